<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupEngine</name>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="698"/>
        <source>The backup could not be unpacked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="717"/>
        <source>Nothing was restored from this backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/backup/BackupEngine.cpp" line="724"/>
        <source>%n of the chosen charts are not in this backup; nothing was restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/backup/BackupEngine.cpp" line="726"/>
        <source>%n of the chosen clients are not in this backup; nothing was restored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="135"/>
        <source>%1, line %2: %3, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="420"/>
        <source>%1 is not UTF-8 at all; it was read as Windows-1252. Check accented letters, or state the encoding (--encoding).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="23"/>
        <source>The Program: an astrologer&apos;s practice database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="28"/>
        <source>The practice database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Exports to import (opens the import wizard).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::backup::BackupEngine</name>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="83"/>
        <source>unknown: it has no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="237"/>
        <source>damaged: its manifest cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="116"/>
        <source>This backup is encrypted: give its password or key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="204"/>
        <source>it could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/backup/BackupEngine.cpp" line="210"/>
        <source>it did not finish within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="215"/>
        <source>it ended with code %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="258"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="184"/>
        <source>Another backup is being written to %1 right now; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="171"/>
        <source>The backup folder %1 cannot be written to: it is read-only or you have no permission to write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="174"/>
        <source>Nothing can be written in the backup folder %1 (is its disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="180"/>
        <source>Waiting for another backup in %1 to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="269"/>
        <source>The pre-backup command failed, so no backup was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="307"/>
        <source>The backup file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="338"/>
        <source>The snapshot could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="355"/>
        <source>Snapshot taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="362"/>
        <source>The snapshot cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="382"/>
        <source>Backup cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="401"/>
        <source>The backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="465"/>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="472"/>
        <source>The post-backup command failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="504"/>
        <source>The backup %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="513"/>
        <source>The outcome could not be recorded in the manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="520"/>
        <source>The backup file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="528"/>
        <source>The backup file does not match its manifest&apos;s SHA-256: it was changed or damaged after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="534"/>
        <source>Checksum verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="550"/>
        <source>This backup is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="558"/>
        <source>The decrypted database does not match its SHA-256 in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="562"/>
        <source>Decrypted and decompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="567"/>
        <source>The database in the backup fails SQLite&apos;s integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="572"/>
        <source>The row counts in the backup differ from its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="577"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="614"/>
        <source>The backup was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="623"/>
        <source>before restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="628"/>
        <source>The safety backup before restoring failed, so nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="641"/>
        <location filename="../core/backup/BackupEngine.cpp" line="649"/>
        <source>The backup could not be unpacked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="658"/>
        <source>The unpacked backup is not what was verified (%1), so nothing was restored. Your practice is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="660"/>
        <source>its rows differ from the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/BackupEngine.cpp" line="672"/>
        <source>The restored database cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::backup::Schedule</name>
    <message>
        <location filename="../core/backup/Schedule.cpp" line="65"/>
        <source>Write a schedule as &quot;daily 02:00&quot;, &quot;weekly mon 02:00&quot;, &quot;monthly 1 02:00&quot; or a cron expression such as &quot;30 2 * * *&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::cli::Cli</name>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="32"/>
        <source>Try &apos;theprogram-cli --help&apos; for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="87"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="22"/>
        <source>Show the database&apos;s path, versions, size and rows per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="20"/>
        <source>Fill the database with a fictional, realistic practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="19"/>
        <source>Write the practice, a client, a chart or a selection to JSON or a CSV bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="17"/>
        <source>Convert between JSON, CSV bundles, single CSV files, gzip and folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="29"/>
        <source>Bring exported data in: checked first, conflict-aware, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="23"/>
        <source>create | list | verify | restore | decrypt | prune | schedule | run-scheduled | keyfile new: encrypted, verified backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="16"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="61"/>
        <source>Database:       </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="62"/>
        <source>Schema version: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="63"/>
        <source>SQLite version: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="64"/>
        <source>App version:    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="65"/>
        <source>File size:      </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="66"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="67"/>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="38"/>
        <source>--clients needs a whole number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="43"/>
        <source>--charts-per-client needs a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="48"/>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="54"/>
        <source>Generating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="61"/>
        <source>Added demo data to %1 in %2 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="48"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="149"/>
        <source>What to export: full, client, chart or selective (default full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="150"/>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="152"/>
        <source>A client id (client, selective) or chart id (chart); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="153"/>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="155"/>
        <source>Selective: first date (YYYY-MM-DD) of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="155"/>
        <location filename="../app/cli/ExportCommand.cpp" line="157"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="156"/>
        <source>Selective: last date (YYYY-MM-DD) of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="160"/>
        <source>Selective: the date the range applies to: created_at (default) or birth_date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="161"/>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="164"/>
        <source>Selective: only charts of this type (natal, transit, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="165"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="168"/>
        <source>Selective: only charts of this system (western, vedic, human_design).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="168"/>
        <source>SYSTEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="171"/>
        <source>json (default) or csv (a zip of CSV files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="171"/>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="172"/>
        <source>Indent the JSON for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="173"/>
        <source>Compress the JSON with gzip (.json.gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="59"/>
        <location filename="../app/cli/ExportCommand.cpp" line="174"/>
        <source>Compression level: fast, default or best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="60"/>
        <location filename="../app/cli/ExportCommand.cpp" line="175"/>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="178"/>
        <source>Replace names with pseudonyms and drop contact details and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="181"/>
        <source>With --anonymize: drop cities and round coordinates to 1°.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="183"/>
        <source>Leave out fields, such as clients.email,clients.phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="184"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="186"/>
        <source>Leave out chart interpretations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="188"/>
        <source>Do not re-read the file after writing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="190"/>
        <source>The file to write (default: a suggested name in the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="54"/>
        <location filename="../app/cli/ConvertCommand.cpp" line="57"/>
        <location filename="../app/cli/ExportCommand.cpp" line="192"/>
        <location filename="../app/cli/ImportCommand.cpp" line="225"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="71"/>
        <source>--scope must be full, client, chart or selective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="77"/>
        <source>--scope %1 needs --id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="84"/>
        <source>--%1 needs a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="90"/>
        <source>--date-field must be created_at or birth_date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="99"/>
        <source>--from, --to, --chart-type and --system belong to --scope selective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="109"/>
        <source>--format must be json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="115"/>
        <source>--gzip is for JSON; the CSV bundle is a zip already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="36"/>
        <location filename="../app/cli/ExportCommand.cpp" line="117"/>
        <source>--level must be fast, default or best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="121"/>
        <source>--coarsen-places goes with --anonymize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliOutput.cpp" line="47"/>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="136"/>
        <source>Exported %1 rows to %2 (%3) in %4 s%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="140"/>
        <source>, verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="33"/>
        <source>convert needs --input FILE and --output FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="38"/>
        <source>Converting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="44"/>
        <source>Converted %1 (%2) to %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="180"/>
        <source>There is no practice at that path yet: checked against an empty one; nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="183"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="193"/>
        <source>Only check the files; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="195"/>
        <source>Run the import and roll it back: shows exactly what would happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="199"/>
        <source>The inputs&apos; text encoding when it is not what is detected: utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="201"/>
        <source>CHARSET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="205"/>
        <source>For rows that already exist: skip (default), replace, merge or rename; per table as TABLE=STRATEGY, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="207"/>
        <source>STRATEGY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="211"/>
        <source>How rows are matched: id (default), natural, or a comma-separated list of columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="212"/>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="216"/>
        <source>merge (default) into the current data, or restore: replace it all (needs --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="217"/>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="219"/>
        <source>Confirm a full restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="221"/>
        <source>Import the valid rows; skip invalid ones and what depends on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="224"/>
        <source>Also write the report here (.json for JSON, else text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="227"/>
        <source>Undo the last import: put back the database as it was before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="62"/>
        <source>--undo-last takes no files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="67"/>
        <source>The last import was undone: %1 is back as it was before it (from %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="79"/>
        <source>import needs at least one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="124"/>
        <source>--strategy must be skip, replace, merge or rename (optionally per table: charts=replace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="129"/>
        <source>--strategy: there is no table called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="96"/>
        <source>--mode must be merge or restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="103"/>
        <source>--mode restore replaces all data in the database: add --yes to confirm (a safety snapshot is taken first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="109"/>
        <source>--encoding must be utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="148"/>
        <source>There was no practice at %1: a new, empty one was created for this import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="151"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="163"/>
        <source>The new practice was removed again: nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="166"/>
        <location filename="../app/cli/ImportCommand.cpp" line="189"/>
        <source>the import failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupKeys.cpp" line="51"/>
        <source>The backup folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupKeys.cpp" line="31"/>
        <source>Backup password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupKeys.cpp" line="92"/>
        <location filename="../app/cli/BackupSchedule.cpp" line="41"/>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupKeys.cpp" line="102"/>
        <source>The password file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupKeys.cpp" line="113"/>
        <source>No password: give --password-file, set THEPROGRAM_BACKUP_PASSWORD, or run in a terminal to be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="85"/>
        <source>--level must be fast, default, best or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="96"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="103"/>
        <source>Backup %1 written and verified: %2 (%3) in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="138"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="138"/>
        <source>plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="140"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="140"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="141"/>
        <source>pinned </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="145"/>
        <source>No backups in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupKeys.cpp" line="73"/>
        <source>There is no backup %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="163"/>
        <source>backup verify needs a backup id or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="172"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupCommand.cpp" line="177"/>
        <source>%n backup(s) failed verification.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="183"/>
        <source>backup decrypt needs a backup id or file and -o OUT.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="192"/>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="201"/>
        <source>backup restore needs a backup id or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="203"/>
        <source>backup restore changes the database: add --yes to confirm (a safety backup is taken first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="206"/>
        <source>Give --clients or --charts, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="216"/>
        <source>--strategy must be skip, replace, merge or rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="234"/>
        <source>Restored %1 from %2; the database as it was before is kept as a pre-restore backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="95"/>
        <source>No backup schedule is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="102"/>
        <source>Schedule: %1; next run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="121"/>
        <source>Use: backup schedule &quot;daily 02:00&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="145"/>
        <source>Backups are scheduled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="158"/>
        <source>No backup schedule is set: use backup schedule &quot;daily 02:00&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="162"/>
        <source>No backup is due; the next one is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="56"/>
        <source>The backup password is not in the keychain any more; set it again with backup schedule … --remember-password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/BackupSchedule.cpp" line="186"/>
        <source>Scheduled backup %1 written and verified; %n old backup(s) removed by the retention rules.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="208"/>
        <source>--%1 needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="211"/>
        <source>prune needs at least one --keep-… rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="217"/>
        <source>keep    %1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="220"/>
        <source>would remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="220"/>
        <source>remove  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="223"/>
        <source>%1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="234"/>
        <source>Use: backup keyfile new FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="237"/>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="240"/>
        <source>The key file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupSchedule.cpp" line="242"/>
        <source>Wrote a new key file %1. Keep a copy somewhere safe: without it the backups cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="60"/>
        <source>backup needs an action: create, list, verify, decrypt, prune or keyfile new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="62"/>
        <source>Unknown backup action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="73"/>
        <source>The Program, desktop edition: the practice database from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="78"/>
        <source>The practice database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="80"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="82"/>
        <source>One of the commands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="83"/>
        <source>&lt;command&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InfoCommand.cpp" line="73"/>
        <source>Print the information as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="76"/>
        <source>How many clients to add (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="76"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="78"/>
        <source>Charts per client (default 1; the first is the natal chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="79"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="82"/>
        <source>Seed of the generator: the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DemoDataCommand.cpp" line="82"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="53"/>
        <source>The file or folder to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="56"/>
        <source>What to write: .json, .json.gz, .gz, .zip, .csv or a folder/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="58"/>
        <source>Indent JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="62"/>
        <source>Single CSV to JSON: take column types from this table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ConvertCommand.cpp" line="63"/>
        <source>TABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="34"/>
        <source>create, list, verify ID|--all, restore ID --yes, decrypt ID -o FILE, prune --keep-…, keyfile new FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/BackupCommand.cpp" line="36"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="39"/>
        <source>Files to import (.json, .json.gz, .zip, .csv, .csv.gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="40"/>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="100"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="104"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="106"/>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="102"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="20"/>
        <source>Create an empty practice database (never over an existing file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="29"/>
        <source>%1 exists already; init only creates a new practice. Choose another --db path, or use info to see what is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="37"/>
        <source>Created an empty practice at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::crypto::DecryptingReader</name>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="388"/>
        <source>This is not an encrypted backup of The Program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="393"/>
        <source>The backup&apos;s encryption format version %1 is newer than this version of The Program understands (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="401"/>
        <source>The backup is damaged or was not made by The Program: its header&apos;s parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="410"/>
        <source>Wrong password or key file: this backup was encrypted with a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="411"/>
        <source>Wrong password or key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="430"/>
        <source>The backup is damaged at byte %1: it ends too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="439"/>
        <source>The backup is damaged at byte %1: segment %2 does not authenticate (changed, missing, reordered or cut off).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::crypto::EncryptingWriter</name>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="257"/>
        <source>Encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="284"/>
        <source>The encryption can only write onto an open, writable device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="288"/>
        <source>The key file is too short: it needs at least 32 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/crypto/BackupCipher.cpp" line="302"/>
        <source>The encryption key could not be derived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::db::Database</name>
    <message>
        <location filename="../core/db/Database.cpp" line="96"/>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="106"/>
        <source>The folder %1 does not exist, so the database %2 cannot be opened or created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="116"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="122"/>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="128"/>
        <source>%1 is empty: it is not a practice of The Program. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="134"/>
        <source>%1 is not a database of The Program: it is not an SQLite file. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="140"/>
        <source>%1 is read-only. The Program needs to write to its database; make the file writable or open a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="147"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="153"/>
        <source>The database %1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="172"/>
        <location filename="../core/db/Database.cpp" line="429"/>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="200"/>
        <location filename="../core/db/Database.cpp" line="211"/>
        <source>%1 needs an upgrade to be read, and no private copy can be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="249"/>
        <source>%1 is locked by another program. Close the other program (or the other window of The Program) that uses it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="255"/>
        <source>%1 is not a database of The Program: it is damaged or not an SQLite file. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="259"/>
        <source>%1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="278"/>
        <source>%1 is an SQLite database, but not one of The Program&apos;s (it has no app_config table). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="291"/>
        <source>%1 was written by a newer version of The Program (database schema version %2; this version understands up to %3). Please update The Program to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="313"/>
        <source>%1 cannot be used: its table %2 has no column %3, which this version of The Program needs. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="328"/>
        <source>%1 is an empty SQLite database, not a practice of The Program. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="402"/>
        <source>%1 could not be updated to the current schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::db::Migrations</name>
    <message>
        <location filename="../core/db/Migrations.cpp" line="42"/>
        <source>The schema version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Migrations.cpp" line="53"/>
        <source>No migration step leads from schema version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Migrations.cpp" line="81"/>
        <source>Updating the database from schema version %1 to %2 failed (%3): %4. Nothing was changed by this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::db::Snapshot</name>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="37"/>
        <source>it is not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="120"/>
        <source>The snapshot failed its integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="136"/>
        <source>The snapshot could not be given its name %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="150"/>
        <source>The snapshot %1 has no record of what it holds (it may be left from an interrupted import), so it was not put in place. Your practice is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="158"/>
        <source>The snapshot %1 was taken of %2, not of this practice (%3), so it was not put in place. Your practice is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="166"/>
        <source>The snapshot %1 is damaged (%2), so it was not put in place. Your practice is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="171"/>
        <source>its size is not the size recorded when it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="174"/>
        <source>integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="176"/>
        <source>its rows are not those counted when it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="184"/>
        <location filename="../core/db/Snapshot.cpp" line="191"/>
        <location filename="../core/db/Snapshot.cpp" line="214"/>
        <source>The database could not be replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Snapshot.cpp" line="192"/>
        <source>the copy is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::demo::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="112"/>
        <source>Demo data needs 0 to 1,000,000 clients and 0 to 100 charts per client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="124"/>
        <source>Demo data could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="230"/>
        <source>Cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="449"/>
        <source>Client %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="453"/>
        <source>Demo data could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::exchange::Converter</name>
    <message>
        <location filename="../core/exchange/convert/ConvertSupport.h" line="99"/>
        <source>A %1 value is not valid JSON and was kept as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/ConvertSupport.cpp" line="69"/>
        <source>%1, line %2, %3: bytes that are not valid UTF-8; nothing was written. Correct them, or convert the file to UTF-8 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Converter.cpp" line="34"/>
        <location filename="../core/exchange/convert/ConvertSupport.cpp" line="113"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/ConvertSupport.cpp" line="128"/>
        <source>%1 is not UTF-8; it was read as Windows-1252. Check accented letters in the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Converter.cpp" line="21"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Converter.cpp" line="25"/>
        <source>No output was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/JsonRoutes.cpp" line="325"/>
        <location filename="../core/exchange/convert/JsonRoutes.cpp" line="376"/>
        <source>%1, line %2: the JSON is not valid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/BundleRoutes.cpp" line="29"/>
        <location filename="../core/exchange/convert/JsonRoutes.cpp" line="360"/>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/BundleRoutes.cpp" line="189"/>
        <location filename="../core/exchange/convert/JsonRoutes.cpp" line="371"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/JsonRoutes.cpp" line="385"/>
        <source>%1 is JSON but not an export of The Program, so it cannot become a CSV bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Converter.cpp" line="65"/>
        <source>JSON can become JSON (.json, .json.gz), a CSV bundle (.zip) or a folder of CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/BundleRoutes.cpp" line="73"/>
        <source>%1 holds no CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/BundleRoutes.cpp" line="137"/>
        <source>%1 is missing from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/BundleRoutes.cpp" line="145"/>
        <source>%1 has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/BundleRoutes.cpp" line="163"/>
        <location filename="../core/exchange/convert/PlainRoutes.cpp" line="119"/>
        <source>%1, line %2: %3 fields where the header has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Converter.cpp" line="76"/>
        <source>A CSV bundle can become JSON (.json, .json.gz), a folder, or (from a folder) a zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/PlainRoutes.cpp" line="76"/>
        <source>There is no table called %1 (for --schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/convert/PlainRoutes.cpp" line="90"/>
        <source>%1 is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Converter.cpp" line="81"/>
        <source>Converting %1 to %2 is not something the converter does.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::exchange::Exporter</name>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="91"/>
        <source>the table %1 should have %2 rows but has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="98"/>
        <source>the table %1 is not announced in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="110"/>
        <source>the zip has no manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="113"/>
        <source>manifest.json is not a manifest of The Program&apos;s export format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="120"/>
        <source>%1 is listed in the manifest but missing from the zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="129"/>
        <source>%1 does not match its SHA-256 in the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="140"/>
        <source>%1 has %2 rows, the manifest says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="146"/>
        <source>%1 has %2 rows, the header counts %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="160"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="180"/>
        <source>the JSON is not valid at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ExportVerifier.cpp" line="185"/>
        <source>the file is not in The Program&apos;s export format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="103"/>
        <source>The table %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="188"/>
        <source>A %1 value is not valid JSON and was exported as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="290"/>
        <location filename="../core/exchange/Exporter.cpp" line="375"/>
        <source>The table %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="504"/>
        <source>The manifest cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="565"/>
        <source>&apos;%1&apos; is not a field: write table.column, such as clients.email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="569"/>
        <source>&apos;%1&apos; cannot be left out: ids and links between tables keep the file re-importable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="592"/>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="597"/>
        <source>Choose the client to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="598"/>
        <source>Choose the chart to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="604"/>
        <source>The database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="616"/>
        <source>The export could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="624"/>
        <source>The client to export does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="625"/>
        <source>The chart to export does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="629"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="662"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="666"/>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="676"/>
        <source>The written file does not check out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="682"/>
        <source>%1: %2 rows were announced but %3 written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Exporter.cpp" line="692"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::exchange::ImportReader</name>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="46"/>
        <source>%1 is in export format version %2; this version of The Program reads up to %3. Please update The Program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="363"/>
        <source>%1: the table &quot;%2&quot; is not one The Program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="436"/>
        <source>%1 is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="443"/>
        <source>%1: neither its name nor its header row (%2) says which table it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="86"/>
        <source>%1: the column &quot;%2&quot; is not part of %3 and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="59"/>
        <source>%1 ends too early, at line %2, column %3 (byte %4): the file is cut off, perhaps by an interrupted download or copy (%5). Nothing was imported; export it again or take a complete copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="67"/>
        <source>%1, line %2, column %3 (byte %4): the file is not valid JSON: %5 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="78"/>
        <source>%1 is not an export of The Program, nor a CSV of one of its tables: it holds no table The Program knows, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="92"/>
        <source>%1 says it holds %2 rows of %3 but holds %4: it is incomplete or was changed after it was written, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="144"/>
        <source>a value is larger than %1 MiB, the most one may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="152"/>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="159"/>
        <source>a row is larger than %1 MiB, the most one may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="458"/>
        <source>%1, line %2: %3 fields where the header has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="542"/>
        <source>%1 has no manifest, so its files cannot be checked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="548"/>
        <source>%1 holds %2 files; a bundle of The Program holds at most %3, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="571"/>
        <source>%1 expands more than %2-fold: it is not part of an export of The Program, or it is built to fill the memory or the disk, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="582"/>
        <source>%1 holds more than the archive declares: it was changed or built to mislead, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="594"/>
        <source>%1 is not listed in the bundle&apos;s manifest, so it cannot be checked; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="601"/>
        <source>%1 does not match its SHA-256 in the bundle&apos;s manifest: it was changed or damaged after it was written, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="616"/>
        <source>%1: %2 is not a table The Program knows and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="636"/>
        <source>%1 is not a regular file (it is a folder, a device or a pipe), so it cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="642"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="695"/>
        <location filename="../core/exchange/ImportReader.cpp" line="748"/>
        <source>%1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="699"/>
        <source>%1, line %2: a text is longer than %3 MiB, the most a value may be, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="711"/>
        <source>%1 is a &quot;%2&quot; file, not an export of The Program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/ImportReader.cpp" line="738"/>
        <source>%1 is a JSON array; The Program imports its export document (an object with &quot;tables&quot;) or a CSV file per table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::exchange::Importer</name>
    <message>
        <location filename="../core/exchange/Importer.cpp" line="30"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/StagedApply.cpp" line="304"/>
        <location filename="../core/exchange/import/Staging.cpp" line="200"/>
        <source>The row could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/References.cpp" line="151"/>
        <location filename="../core/exchange/import/References.cpp" line="155"/>
        <location filename="../core/exchange/import/Staging.cpp" line="203"/>
        <source>, line </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Staging.cpp" line="235"/>
        <source>holds bytes that are not valid UTF-8 (shown as “�”); correct them, or state the file&apos;s encoding (--encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Staging.cpp" line="293"/>
        <source>The application settings (app_config) of the file are not imported; this database keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Staging.cpp" line="320"/>
        <source>Importing %1… %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Staging.cpp" line="321"/>
        <source>Reading… %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/import/Staging.cpp" line="344"/>
        <source>%n file(s) cannot be read (%1); nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/import/References.cpp" line="12"/>
        <source>It belongs to %1 %2, which has errors itself, so it cannot be imported either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/References.cpp" line="14"/>
        <source>It refers to %1 %2, which is neither in the input nor in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/References.cpp" line="36"/>
        <location filename="../core/exchange/import/References.cpp" line="154"/>
        <source>The id appears more than once in the input (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/StagedApply.cpp" line="16"/>
        <source>the single settings row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/StagedApply.cpp" line="45"/>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/StagedApply.cpp" line="46"/>
        <source>same birth data, type, houses and system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/StagedApply.cpp" line="47"/>
        <source>same type, key and tradition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/StagedApply.cpp" line="64"/>
        <location filename="../core/exchange/import/StagedApply.cpp" line="77"/>
        <source>same %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/StagedApply.cpp" line="85"/>
        <source>same id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/StagedApply.cpp" line="264"/>
        <location filename="../core/exchange/import/StagedApply.cpp" line="313"/>
        <source>Importing %1 %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/StagedApply.cpp" line="216"/>
        <source> (imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/DirectImport.cpp" line="52"/>
        <source>A temporary file cannot be created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Importer.cpp" line="137"/>
        <location filename="../core/exchange/import/DirectImport.cpp" line="75"/>
        <source>The input could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/Importer.cpp" line="142"/>
        <location filename="../core/exchange/import/DirectImport.cpp" line="80"/>
        <source>%n problem(s) found; nothing was imported. Correct the file, or import the valid rows only (partial).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/Importer.cpp" line="168"/>
        <location filename="../core/exchange/import/DirectImport.cpp" line="83"/>
        <location filename="../core/exchange/import/DirectImport.cpp" line="90"/>
        <source>The import failed and was undone completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Importer.cpp" line="174"/>
        <location filename="../core/exchange/import/DirectImport.cpp" line="104"/>
        <source>The import could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Snapshots.cpp" line="22"/>
        <source>Taking a safety snapshot of the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Snapshots.cpp" line="25"/>
        <source>The folder for safety snapshots cannot be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Snapshots.cpp" line="34"/>
        <source>The safety snapshot could not be taken, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="23"/>
        <source>The import report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Importer.cpp" line="98"/>
        <source>Import cancelled; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Importer.cpp" line="106"/>
        <source>No file to import was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Importer.cpp" line="111"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/Importer.cpp" line="117"/>
        <source>A full restore replaces every client, chart and note in this database; it must be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Snapshots.cpp" line="78"/>
        <source>There is no import to undo: no safety snapshot was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="127"/>
        <source>Import of %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="129"/>
        <source>Mode: %1; conflicts: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="130"/>
        <source>full restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="130"/>
        <source>merge into the current data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="132"/>
        <source>; dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="133"/>
        <source>; check only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="135"/>
        <source>Result: dry run – this is what would happen; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="136"/>
        <source>Result: the input checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="137"/>
        <source>Result: imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="138"/>
        <source>Result: not imported – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="139"/>
        <source>Rows read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="143"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="143"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="144"/>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="162"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="165"/>
        <source>  %1 %2 (%3, line %4) matches %5: %6; %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="144"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="145"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="145"/>
        <source>copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="146"/>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="157"/>
        <source>Conflicts (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="180"/>
        <source>Errors (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="180"/>
        <source>Warnings (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="186"/>
        <source>A safety snapshot was taken first: Edit → Undo Last Import puts the practice back as it was before this import (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="189"/>
        <source>Safety snapshot (undo with “Undo Last Import” or `theprogram-cli import --undo-last`): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/Reports.cpp" line="192"/>
        <source>Duration: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/ConflictDetails.cpp" line="67"/>
        <source>birth data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/ConflictDetails.cpp" line="69"/>
        <source>session note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/import/ConflictDetails.cpp" line="71"/>
        <source>transit of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::files::SafeFiles</name>
    <message>
        <location filename="../core/util/SafeFiles.cpp" line="275"/>
        <source>The disk is full (%1 free at %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/SafeFiles.cpp" line="280"/>
        <source>%1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/SafeFiles.cpp" line="284"/>
        <location filename="../core/util/SafeFiles.cpp" line="288"/>
        <source>Permission denied: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/SafeFiles.cpp" line="289"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/util/SafeFiles.cpp" line="290"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::formats::Csv</name>
    <message>
        <location filename="../core/formats/Csv.cpp" line="23"/>
        <source>the device refused the write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/Csv.cpp" line="104"/>
        <source>line %1: a field is longer than %2 MiB, the most a value may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/Csv.cpp" line="111"/>
        <source>line %1: a record is longer than %2 MiB, the most a row may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/Csv.cpp" line="145"/>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::formats::Gzip</name>
    <message>
        <location filename="../core/formats/BlockGzip.cpp" line="111"/>
        <source>The compressed data is damaged (a block does not inflate to its checksum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/BlockGzip.cpp" line="135"/>
        <location filename="../core/formats/GzipDevice.cpp" line="54"/>
        <source>The compressor can only write onto an open, writable device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/BlockGzip.cpp" line="161"/>
        <location filename="../core/formats/GzipDevice.cpp" line="73"/>
        <source>Compression failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/GzipDevice.cpp" line="58"/>
        <source>The compressor could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/GzipDevice.cpp" line="130"/>
        <source>The decompressor can only read from an open, readable device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/GzipDevice.cpp" line="134"/>
        <source>The decompressor could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/GzipDevice.cpp" line="202"/>
        <location filename="../core/formats/GzipDevice.cpp" line="224"/>
        <location filename="../core/formats/GzipDevice.cpp" line="231"/>
        <source>The compressed data ends too early: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/GzipDevice.cpp" line="217"/>
        <source>The compressed data is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/GzipDevice.cpp" line="245"/>
        <source>The compressed data expands more than %1-fold (%2 bytes from %3): it is not an export of The Program, or it is built to fill the memory or the disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::formats::Zip</name>
    <message>
        <location filename="../core/formats/ZipArchive.cpp" line="99"/>
        <source>The zip file %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/ZipArchive.cpp" line="112"/>
        <source>%1 cannot be added to the zip file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/ZipArchive.cpp" line="79"/>
        <location filename="../core/formats/ZipArchive.cpp" line="128"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/ZipArchive.cpp" line="142"/>
        <source>%1 is not a readable zip file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/ZipArchive.cpp" line="183"/>
        <source>The zip file has no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::model::PracticeStore</name>
    <message>
        <location filename="../core/model/PracticeStore.cpp" line="33"/>
        <source>It refers to a client, birth record or chart that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/PracticeStore.cpp" line="35"/>
        <source>The database is busy (locked by another program); please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/PracticeStore.cpp" line="129"/>
        <location filename="../core/model/PracticeStore.cpp" line="215"/>
        <source>There is no table called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/PracticeStore.cpp" line="229"/>
        <source>The record to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::model::Validator</name>
    <message>
        <location filename="../core/model/Validation.cpp" line="48"/>
        <source>Rodden rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="49"/>
        <source>UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="50"/>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="51"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="52"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="79"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="86"/>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="94"/>
        <source>%1 must be a UUID such as 0f8c2a9e-3b1d-4c6f-9a7e-1d2c3b4a5f60 (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="99"/>
        <source>%1 must be 1 in the single-row table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="105"/>
        <source>%1 must be a whole number (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="114"/>
        <source>%1 must be a number (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="123"/>
        <source>%1 must be yes or no (0 or 1; it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="160"/>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="164"/>
        <source>%1 must be a JSON object ({…}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="166"/>
        <source>%1 must be a JSON array ([…]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="173"/>
        <source>%1 must be a date written YYYY-MM-DD (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="175"/>
        <source>%1 is not a real calendar date: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="184"/>
        <source>%1 must be a time written HH:MM:SS, from 00:00:00 to 23:59:59 (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="190"/>
        <source>%1 must be a date and time such as 2025-11-15T15:46:56.930Z (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="195"/>
        <source>%1 &quot;%2&quot; is not a known IANA time zone (such as Europe/Berlin or America/New_York).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="200"/>
        <source>%1 &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="229"/>
        <source>Birth time is required unless the time is marked as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="234"/>
        <source>Birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="237"/>
        <source>Birth date %1 is before the year 1000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::secrets::SecretStore</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="83"/>
        <source>No keychain is available on this computer (%1). The secret was not stored; The Program will ask for it when it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="87"/>
        <source>The keychain refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ClientListModel</name>
    <message>
        <location filename="../ui/main/ClientListModel.cpp" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientListModel.cpp" line="104"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientListModel.cpp" line="106"/>
        <source>Birthplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientListModel.cpp" line="108"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ClientPage</name>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="65"/>
        <source>Ed&amp;it Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="66"/>
        <source>Delete Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="90"/>
        <location filename="../ui/main/ClientPage.cpp" line="93"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="90"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="90"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="90"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="90"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="90"/>
        <source>Rodden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="91"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="91"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="91"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="91"/>
        <source>Houses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="91"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="91"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="92"/>
        <source>Moon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="92"/>
        <source>Ascendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="93"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="97"/>
        <source>Birth data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="97"/>
        <source>Add &amp;Birth Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="98"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="99"/>
        <source>Session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="99"/>
        <source>Add Session &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="102"/>
        <source>Add Birth Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="102"/>
        <source>Edit Birth Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="102"/>
        <source>Delete Birth Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="107"/>
        <source>Delete Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="107"/>
        <source>Export Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="111"/>
        <source>Add Session Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="111"/>
        <source>Edit Session Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="111"/>
        <source>Delete Session Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="185"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/ClientPage.cpp" line="217"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportWizard</name>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="66"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="91"/>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="93"/>
        <source>A single chart, one client with everything about them, the whole practice, or a selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="102"/>
        <source>A &amp;chart, with its interpretations, patterns and transits (and its client and birth data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="104"/>
        <source>A c&amp;lient, with all birth data, charts and session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="105"/>
        <source>&amp;Everything in the practice database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="106"/>
        <source>A &amp;selection of clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="114"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="115"/>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="120"/>
        <source>Client added to the practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="121"/>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="122"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="123"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="138"/>
        <location filename="../ui/export/ExportWizard.cpp" line="139"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="150"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="152"/>
        <source>Chart type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="153"/>
        <source>Astrological system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="157"/>
        <source>Tick clients to export only them; with none ticked, the other criteria decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="160"/>
        <source>Search by name or birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="177"/>
        <source>Only these clients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="275"/>
        <source>Format and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="277"/>
        <source>JSON keeps everything in one file; the CSV bundle is a zip with one spreadsheet per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="280"/>
        <source>&amp;JSON (one file, re-importable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="282"/>
        <source>CS&amp;V bundle (a zip of spreadsheets for LibreOffice Calc or Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="288"/>
        <source>In&amp;dented for reading (larger file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="361"/>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="289"/>
        <source>Compress with &amp;gzip (.json.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="291"/>
        <source>Fast compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="292"/>
        <source>Default compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="293"/>
        <source>Best compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="295"/>
        <source>Include chart &amp;interpretations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="298"/>
        <source>&amp;Anonymise: pseudonyms instead of names; no e-mail, phone or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="299"/>
        <source>Also &amp;coarsen birth places (no city; coordinates to whole degrees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="312"/>
        <source>Fields to include (ids and links between tables always come along):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="333"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="334"/>
        <source>What the file will hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="337"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="337"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="356"/>
        <source>Where to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="365"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="367"/>
        <source>&amp;Check the file after writing it (re-read counts and checksums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="377"/>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="380"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="391"/>
        <location filename="../ui/export/ExportWizard.cpp" line="651"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="396"/>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="401"/>
        <source>Show in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="402"/>
        <source>No file manager answered. The file is in:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="405"/>
        <source>&amp;Try Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="473"/>
        <source>Choose the %1 to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="474"/>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="474"/>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="482"/>
        <source>Choose a file in a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="487"/>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="501"/>
        <source>The file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="502"/>
        <source>%1 exists already. Replace it with this export, or keep both (this export is then saved as %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="505"/>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="506"/>
        <source>&amp;Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="507"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="559"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="581"/>
        <source>Estimated size: about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="600"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="611"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="643"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="643"/>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="645"/>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="647"/>
        <source>Nothing was written. Try Again goes back to where the file is chosen: pick another folder or free some space, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="653"/>
        <source>Saved %1 (%2) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="657"/>
        <source>The file was read back and checked: every count and checksum matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="661"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="667"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportWizard.cpp" line="677"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportWizard</name>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="59"/>
        <source>Keep existing (skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="60"/>
        <source>Replace with incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="61"/>
        <source>Merge (incoming fills in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="62"/>
        <source>Import as a new copy (rename)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="85"/>
        <location filename="../ui/import/ImportWizard.cpp" line="132"/>
        <location filename="../ui/import/ImportWizard.cpp" line="349"/>
        <location filename="../ui/import/ImportWizard.cpp" line="586"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="112"/>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="113"/>
        <source>Drop files here or add them: exports of The Program (.json, .json.gz, .zip), CSV files (one per table), or the earlier edition&apos;s JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="124"/>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="125"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="133"/>
        <source>Exports and tables (*.json *.gz *.zip *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="153"/>
        <source>Large files (%1): checking and importing them may take a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="168"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="169"/>
        <source>Every row is checked before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="174"/>
        <source>Filter problems (file, table, field or words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="177"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="177"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="177"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="178"/>
        <source>&amp;Save Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="181"/>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="202"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="204"/>
        <source>These rows are already in the practice. Choose what happens to each, or to all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="208"/>
        <source>Set for &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="209"/>
        <source>For all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="214"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="214"/>
        <source>Existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="214"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="214"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="214"/>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="230"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="233"/>
        <source>&amp;Merge into the current data (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="235"/>
        <source>Full &amp;restore: replace all clients, charts and notes with the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="240"/>
        <source>I understand that a full restore replaces everything (a safety snapshot is taken first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="245"/>
        <source>the same id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="246"/>
        <source>the same person or chart (name and birth date; birth data, type, houses and system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="249"/>
        <source>&amp;Partial: import the valid rows, skip invalid ones and what depends on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="254"/>
        <source>Rows count as already there when they have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="256"/>
        <source>Rows already there, unless chosen otherwise per row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="266"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="267"/>
        <source>What the import will do (a dry run: nothing has been changed yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="269"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="274"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="274"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="274"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="274"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="274"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="274"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="275"/>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="284"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="286"/>
        <source>Taking a safety snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="298"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="304"/>
        <source>Show Imported &amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="305"/>
        <source>&amp;Undo Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="343"/>
        <source>Add at least one file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportWizard.cpp" line="350"/>
        <source>%n row(s) have errors. Import the valid rows only (partial import)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="359"/>
        <source>Tick the box to confirm the full restore, or choose Merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="382"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="383"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="384"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="402"/>
        <source>Reading and checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportWizard.cpp" line="415"/>
        <source>%n file(s) cannot be read, so nothing can be imported from them: %1. The problems below say where each one breaks off. Go Back to remove or replace them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportWizard.cpp" line="427"/>
        <source>%n row(s) read. Nothing has been changed yet; press Import to apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="429"/>
        <source>The import would fail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportWizard.cpp" line="445"/>
        <source>%1 rows read from %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="450"/>
        <source>No errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportWizard.cpp" line="453"/>
        <source>%n error(s): rows with errors cannot be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="459"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="459"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="504"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="507"/>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/ImportWizard.cpp" line="560"/>
        <source>about %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="569"/>
        <source>Import cancelled; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="586"/>
        <source>Cancel the import? Nothing will have been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="591"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::MainWindow</name>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="63"/>
        <location filename="../ui/main/MainWindow.cpp" line="440"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="64"/>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="72"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="73"/>
        <source>The deleted records could not be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="90"/>
        <source>The Program – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="103"/>
        <source>Search name, e-mail or city (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="137"/>
        <source>Select a client on the left, or create one with File → New Client (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="161"/>
        <source>Delete this birth data and the charts calculated from it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="164"/>
        <source>Delete this chart with its interpretations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="174"/>
        <source>The practice database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="198"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="200"/>
        <source>&amp;New Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="202"/>
        <source>Load &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="204"/>
        <source>Load Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="205"/>
        <source>Add 200 fictional clients with birth data, charts and session notes to this database? You can delete them again one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="212"/>
        <source>&amp;Export All Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="215"/>
        <source>Export a &amp;Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="218"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="221"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="225"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="226"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="228"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="232"/>
        <source>Undo Last &amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="235"/>
        <source>&amp;Edit Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="237"/>
        <source>&amp;Delete Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="240"/>
        <source>New &amp;Birth Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="241"/>
        <source>New Session &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="249"/>
        <source>E&amp;xport Client Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="262"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="263"/>
        <source>&amp;Find Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="267"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="269"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="270"/>
        <source>&amp;About The Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="273"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="299"/>
        <location filename="../ui/main/MainWindow.cpp" line="531"/>
        <location filename="../ui/main/MainWindow.cpp" line="549"/>
        <source>Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="300"/>
        <source>Please wait until the demo data is written, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="388"/>
        <source>%1 clients · %2 charts · %3 session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="406"/>
        <source>Client created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="432"/>
        <source>Delete %1 with all birth data, charts and session notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="433"/>
        <source>this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="441"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="446"/>
        <source>Delete Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="447"/>
        <source>Delete Birth Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="448"/>
        <source>Delete Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="449"/>
        <source>Delete Session Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="451"/>
        <source>Deleted. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="502"/>
        <source>Welcome to The Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="503"/>
        <source>This practice database is empty.

Would you like to load demo data – 200 fictional clients with birth data, charts, interpretations and session notes – to explore The Program? You can delete them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="530"/>
        <source>Creating the demo practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="530"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="547"/>
        <source>Demo data cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main/MainWindow.cpp" line="551"/>
        <source>Demo data loaded: %n client(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="573"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="587"/>
        <source>Import finished. Edit → Undo Last Import puts the database back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="613"/>
        <source>the import of today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="615"/>
        <source>the import of yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="616"/>
        <source>the import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="623"/>
        <location filename="../ui/main/MainWindow.cpp" line="627"/>
        <location filename="../ui/main/MainWindow.cpp" line="640"/>
        <location filename="../ui/main/MainWindow.cpp" line="645"/>
        <source>Undo Last Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="623"/>
        <source>There is no import to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="628"/>
        <source>Put the database back as it was before the last import (%1)? Changes made since then are lost too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="648"/>
        <source>The last import was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="675"/>
        <source>About The Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/MainWindow.cpp" line="676"/>
        <source>&lt;h3&gt;The Program %1&lt;/h3&gt;&lt;p&gt;An astrologer&apos;s practice – clients, birth data, charts, interpretations and session notes – in one database on your own computer. Your data stays yours: it is an open SQLite file.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3 · SQLite %4 · Qt %5&lt;br&gt;%6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeMenu.cpp" line="34"/>
        <source>No practices opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeMenu.cpp" line="42"/>
        <source>Show Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeMenu.cpp" line="43"/>
        <source>No file manager answered. The data folder (the default practice, backups and import reports) is:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeMenu.cpp" line="52"/>
        <source>New &amp;Practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeMenu.cpp" line="55"/>
        <source>&amp;Open Practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeMenu.cpp" line="59"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeMenu.cpp" line="63"/>
        <source>Show Data &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::PracticeSession</name>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="42"/>
        <source>%1 exists already, and a new practice is never written over a file. Choose another name, or open it with Open Practice….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="56"/>
        <source>The practice at hand is still busy; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="81"/>
        <location filename="../ui/main/PracticeSession.cpp" line="188"/>
        <source>The practice cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="83"/>
        <source>You can open another practice file, start a new practice, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="84"/>
        <source>&amp;Open Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="85"/>
        <source>&amp;New Practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="86"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="173"/>
        <source>Practice databases (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="175"/>
        <source>New Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="176"/>
        <source>practice.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="178"/>
        <source>Open Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/PracticeSession.cpp" line="190"/>
        <source>The practice you had open stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::RecordDialog</name>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="243"/>
        <source>Please correct the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="244"/>
        <source>The record could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="255"/>
        <source>Edit Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="255"/>
        <source>New Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="256"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="257"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="258"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="258"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="259"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="260"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="269"/>
        <source>Edit Birth Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="269"/>
        <source>New Birth Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="286"/>
        <source>Pick a place the practice has used before to fill in its coordinates and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="287"/>
        <source>Known &amp;place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="289"/>
        <source>Birth &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="289"/>
        <location filename="../ui/main/RecordDialog.cpp" line="345"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="290"/>
        <source>Birth &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="290"/>
        <source>HH:MM:SS (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="291"/>
        <source>Birth time &amp;unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="294"/>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="295"/>
        <source>&amp;State or province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="296"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="298"/>
        <source>L&amp;atitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="298"/>
        <source>−90 to 90, north positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="300"/>
        <source>Lo&amp;ngitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="300"/>
        <source>−180 to 180, east positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="304"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="305"/>
        <source>&amp;Rodden rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="306"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="307"/>
        <source>AA – recorded (birth certificate or record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="308"/>
        <source>A – from memory (the person or family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="309"/>
        <source>B – biography or autobiography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="310"/>
        <source>C – caution: no source or unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="311"/>
        <source>DD – dirty data: conflicting sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="312"/>
        <source>X – date without time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="313"/>
        <source>XX – date in question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="315"/>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="317"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="318"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="319"/>
        <source>non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="344"/>
        <source>Edit Session Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="344"/>
        <source>New Session Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="345"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/RecordDialog.cpp" line="346"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::StartupErrors</name>
    <message>
        <location filename="../ui/main/StartupErrors.cpp" line="14"/>
        <source>Install the newest version of The Program, then open this database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/StartupErrors.cpp" line="19"/>
        <source>Another program is using this database. Close it and start The Program again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/StartupErrors.cpp" line="24"/>
        <source>Make the file writable, or copy it to a folder of your own and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/StartupErrors.cpp" line="29"/>
        <source>Create the folder first, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/StartupErrors.cpp" line="35"/>
        <source>Choose the practice database file (usually theprogram.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main/StartupErrors.cpp" line="47"/>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::Words</name>
    <message>
        <location filename="../ui/common/Words.cpp" line="10"/>
        <source>Natal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Words.cpp" line="11"/>
        <source>Transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Words.cpp" line="12"/>
        <source>Progressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Words.cpp" line="13"/>
        <source>Synastry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Words.cpp" line="14"/>
        <source>Composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Words.cpp" line="15"/>
        <source>Return (solar, lunar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Words.cpp" line="16"/>
        <source>Horary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Words.cpp" line="17"/>
        <source>Western</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Words.cpp" line="18"/>
        <source>Vedic (Jyotish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Words.cpp" line="19"/>
        <source>Human Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Words.cpp" line="20"/>
        <source>Whole sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
