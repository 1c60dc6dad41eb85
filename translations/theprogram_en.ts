<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="22"/>
        <source>The Program: an astrologer&apos;s practice database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="26"/>
        <source>The practice database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::cli::Cli</name>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="51"/>
        <source>Try &apos;theprogram-cli --help&apos; for the commands and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="70"/>
        <source>Show the database&apos;s path, versions, size and rows per table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="71"/>
        <source>Fill the database with a fictional, realistic practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="76"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="135"/>
        <source>Database:       </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="136"/>
        <source>Schema version: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="137"/>
        <source>SQLite version: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="138"/>
        <source>App version:    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="139"/>
        <source>File size:      </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="140"/>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="141"/>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="156"/>
        <source>Generating demo data… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="184"/>
        <source>--clients needs a whole number from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="189"/>
        <source>--charts-per-client needs a whole number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="194"/>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="206"/>
        <source>Added demo data to %1 in %2 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="225"/>
        <source>The Program, desktop edition: the practice database from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="230"/>
        <source>The practice database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="232"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="234"/>
        <source>One of the commands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="234"/>
        <source>&lt;command&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="236"/>
        <source>Print the information as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="237"/>
        <source>How many clients to add (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="238"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="240"/>
        <source>Charts per client (default 1; the first is the natal chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="240"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="242"/>
        <source>Seed of the generator: the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="243"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="265"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="267"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="269"/>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommands.cpp" line="275"/>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::db::Database</name>
    <message>
        <location filename="../core/db/Database.cpp" line="95"/>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="105"/>
        <source>The folder %1 does not exist, so the database %2 cannot be opened or created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="115"/>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="121"/>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="127"/>
        <source>%1 is not a database of The Program: it is not an SQLite file. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="133"/>
        <source>%1 is read-only. The Program needs to write to its database; make the file writable or open a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="140"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="146"/>
        <source>The database %1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="161"/>
        <source>%1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="190"/>
        <source>%1 is locked by another program. Close the other program (or the other window of The Program) that uses it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="196"/>
        <source>%1 is not a database of The Program: it is damaged or not an SQLite file. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="200"/>
        <source>%1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="219"/>
        <source>%1 is an SQLite database, but not one of The Program&apos;s (it has no app_config table). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="231"/>
        <source>%1 was written by a newer version of The Program (database schema version %2; this version understands up to %3). Please update The Program to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="253"/>
        <source>%1 cannot be used: its table %2 has no column %3, which this version of The Program needs. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="319"/>
        <source>%1 could not be updated to the current schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::db::Migrations</name>
    <message>
        <location filename="../core/db/Migrations.cpp" line="41"/>
        <source>The schema version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Migrations.cpp" line="52"/>
        <source>No migration step leads from schema version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/Migrations.cpp" line="80"/>
        <source>Updating the database from schema version %1 to %2 failed (%3): %4. Nothing was changed by this step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::demo::DemoGenerator</name>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="109"/>
        <source>Demo data needs 0 to 1,000,000 clients and 0 to 100 charts per client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="121"/>
        <source>Demo data could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="222"/>
        <source>Cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="397"/>
        <source>Client %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/DemoGenerator.cpp" line="401"/>
        <source>Demo data could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::model::PracticeStore</name>
    <message>
        <location filename="../core/model/PracticeStore.cpp" line="58"/>
        <source>It refers to a client, birth record or chart that no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/PracticeStore.cpp" line="60"/>
        <source>The database is busy (locked by another program); please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/PracticeStore.cpp" line="153"/>
        <location filename="../core/model/PracticeStore.cpp" line="237"/>
        <source>There is no table called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/PracticeStore.cpp" line="251"/>
        <source>The record to delete no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::model::Validator</name>
    <message>
        <location filename="../core/model/Validation.cpp" line="47"/>
        <source>Rodden rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="48"/>
        <source>UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="49"/>
        <source>State or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="50"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="51"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="77"/>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="84"/>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="92"/>
        <source>%1 must be a UUID such as 0f8c2a9e-3b1d-4c6f-9a7e-1d2c3b4a5f60 (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="96"/>
        <source>%1 must be 1 in the single-row table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="102"/>
        <source>%1 must be a whole number (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="111"/>
        <source>%1 must be a number (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="120"/>
        <source>%1 must be yes or no (0 or 1; it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="127"/>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="131"/>
        <source>%1 must be a JSON object ({…}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="133"/>
        <source>%1 must be a JSON array ([…]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="140"/>
        <source>%1 must be a date written YYYY-MM-DD (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="142"/>
        <source>%1 is not a real calendar date: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="150"/>
        <source>%1 must be a time written HH:MM:SS, from 00:00:00 to 23:59:59 (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="155"/>
        <source>%1 must be a date and time such as 2025-11-15T15:46:56.930Z (it is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="159"/>
        <source>%1 &quot;%2&quot; is not a known IANA time zone (such as Europe/Berlin or America/New_York).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="164"/>
        <source>%1 &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="192"/>
        <source>Birth time is required unless the time is marked as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="197"/>
        <source>Birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/Validation.cpp" line="200"/>
        <source>Birth date %1 is before the year 1000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::secrets::SecretStore</name>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="81"/>
        <source>No keychain is available on this computer (%1). The secret was not stored; The Program will ask for it when it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/SecretStore.cpp" line="84"/>
        <source>The keychain refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ClientListModel</name>
    <message>
        <location filename="../ui/ClientListModel.cpp" line="99"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientListModel.cpp" line="100"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientListModel.cpp" line="101"/>
        <source>Birthplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientListModel.cpp" line="102"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::ClientPage</name>
    <message>
        <location filename="../ui/ClientPage.cpp" line="64"/>
        <source>&amp;Edit Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="65"/>
        <source>Delete Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="88"/>
        <location filename="../ui/ClientPage.cpp" line="91"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="88"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="88"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="88"/>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="88"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="88"/>
        <source>Rodden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="89"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="89"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="89"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="89"/>
        <source>Houses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="89"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="89"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="90"/>
        <source>Moon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="90"/>
        <source>Ascendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="91"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="95"/>
        <source>Birth data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="95"/>
        <source>Add &amp;Birth Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="96"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="97"/>
        <source>Session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="97"/>
        <source>Add Session &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="99"/>
        <source>Add Birth Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="99"/>
        <source>Edit Birth Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="99"/>
        <source>Delete Birth Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="103"/>
        <source>Delete Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="105"/>
        <source>Add Session Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="105"/>
        <source>Edit Session Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="105"/>
        <source>Delete Session Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="175"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ClientPage.cpp" line="206"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="55"/>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="63"/>
        <source>The deleted records could not be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="80"/>
        <source>The Program – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="93"/>
        <source>Search name, e-mail or city (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="124"/>
        <source>Select a client on the left, or create one with File → New Client (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="148"/>
        <source>Delete this birth data and the charts calculated from it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="151"/>
        <source>Delete this chart with its interpretations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="160"/>
        <source>The practice database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="183"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="184"/>
        <source>&amp;New Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="186"/>
        <source>Load &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="187"/>
        <source>Load Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="188"/>
        <source>Add 200 fictional clients with birth data, charts and session notes to this database? You can delete them again one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="195"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="199"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="200"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="202"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="207"/>
        <source>&amp;Edit Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="208"/>
        <source>&amp;Delete Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>New &amp;Birth Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="211"/>
        <source>New Session &amp;Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="224"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225"/>
        <source>&amp;Find Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="229"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="231"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="232"/>
        <source>&amp;About The Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <location filename="../ui/MainWindow.cpp" line="454"/>
        <location filename="../ui/MainWindow.cpp" line="472"/>
        <source>Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="260"/>
        <source>Please wait until the demo data is written, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>%1 clients · %2 charts · %3 session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>Client created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>Delete %1 with all birth data, charts and session notes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="366"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="371"/>
        <source>Delete Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>Delete Birth Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="373"/>
        <source>Delete Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="374"/>
        <source>Delete Session Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="376"/>
        <source>Deleted. Press Ctrl+Z to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="424"/>
        <source>Welcome to The Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="425"/>
        <source>This practice database is empty.

Would you like to load demo data – 200 fictional clients with birth data, charts, interpretations and session notes – to explore The Program? You can delete them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="453"/>
        <source>Creating the demo practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="453"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="470"/>
        <source>Demo data cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="474"/>
        <source>Demo data loaded: %n client(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="491"/>
        <source>About The Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="492"/>
        <source>&lt;h3&gt;The Program %1&lt;/h3&gt;&lt;p&gt;An astrologer&apos;s practice – clients, birth data, charts, interpretations and session notes – in one database on your own computer. Your data stays yours: it is an open SQLite file.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3 · SQLite %4 · Qt %5&lt;br&gt;%6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::RecordDialog</name>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="239"/>
        <source>Please correct the fields marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="240"/>
        <source>The record could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="251"/>
        <source>Edit Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="251"/>
        <source>New Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="252"/>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="253"/>
        <source>&amp;Last name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="254"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="254"/>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="255"/>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="256"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="265"/>
        <source>Edit Birth Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="265"/>
        <source>New Birth Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="281"/>
        <source>Pick a place the practice has used before to fill in its coordinates and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="282"/>
        <source>Known &amp;place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="284"/>
        <source>Birth &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="284"/>
        <location filename="../ui/RecordDialog.cpp" line="335"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="285"/>
        <source>Birth &amp;time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="285"/>
        <source>HH:MM:SS (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="286"/>
        <source>Birth time &amp;unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="289"/>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="290"/>
        <source>&amp;State or province:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="291"/>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="292"/>
        <source>L&amp;atitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="292"/>
        <source>−90 to 90, north positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="293"/>
        <source>Lo&amp;ngitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="293"/>
        <source>−180 to 180, east positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="297"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="298"/>
        <source>&amp;Rodden rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="299"/>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="300"/>
        <source>AA – recorded (birth certificate or record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="301"/>
        <source>A – from memory (the person or family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="302"/>
        <source>B – biography or autobiography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="303"/>
        <source>C – caution: no source or unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="304"/>
        <source>DD – dirty data: conflicting sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="305"/>
        <source>X – date without time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="306"/>
        <source>XX – date in question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="308"/>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="309"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="310"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="310"/>
        <source>non-binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="334"/>
        <source>Edit Session Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="334"/>
        <source>New Session Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="335"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/RecordDialog.cpp" line="336"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tp::ui::StartupErrors</name>
    <message>
        <location filename="../ui/StartupErrors.cpp" line="14"/>
        <source>Install the newest version of The Program, then open this database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartupErrors.cpp" line="17"/>
        <source>Another program is using this database. Close it and start The Program again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartupErrors.cpp" line="20"/>
        <source>Make the file writable, or copy it to a folder of your own and open the copy with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartupErrors.cpp" line="23"/>
        <source>Create the folder first, or choose another path with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartupErrors.cpp" line="28"/>
        <source>Choose the practice database file (usually theprogram.db) with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/StartupErrors.cpp" line="33"/>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
