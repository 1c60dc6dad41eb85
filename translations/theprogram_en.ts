<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tp::backup::BackupEngine</name>
    <message numerus="yes">
        <source>it did not finish within %n second(s)</source>
        <translation>
            <numerusform>it did not finish within %n second</numerusform>
            <numerusform>it did not finish within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen charts are not in this backup; nothing was restored.</source>
        <translation>
            <numerusform>%n of the chosen charts is not in this backup; nothing was restored.</numerusform>
            <numerusform>%n of the chosen charts are not in this backup; nothing was restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen clients are not in this backup; nothing was restored.</source>
        <translation>
            <numerusform>%n of the chosen clients is not in this backup; nothing was restored.</numerusform>
            <numerusform>%n of the chosen clients are not in this backup; nothing was restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::backup::BackupFolder</name>
    <message numerus="yes">
        <source>Moving was cancelled: %n backup(s) moved, the rest are where they were.</source>
        <translation>
            <numerusform>Moving was cancelled: %n backup moved, the rest are where they were.</numerusform>
            <numerusform>Moving was cancelled: %n backups moved, the rest are where they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::backup::BackupHealth</name>
    <message numerus="yes">
        <source>The newest verified backup is %n day(s) old.</source>
        <translation>
            <numerusform>The newest verified backup is %n day old.</numerusform>
            <numerusform>The newest verified backup is %n days old.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::cli::Cli</name>
    <message numerus="yes">
        <source>%n backup(s) failed verification.</source>
        <translation>
            <numerusform>%n backup failed verification.</numerusform>
            <numerusform>%n backups failed verification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled backup %1 written and verified; %n old backup(s) removed by the retention rules.</source>
        <translation>
            <numerusform>Scheduled backup %1 written and verified; %n old backup removed by the retention rules.</numerusform>
            <numerusform>Scheduled backup %1 written and verified; %n old backups removed by the retention rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n copies there</source>
        <translation>
            <numerusform>; %n copy there</numerusform>
            <numerusform>; %n copies there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n waiting</source>
        <translation>
            <numerusform>; %n waiting</numerusform>
            <numerusform>; %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import safety snapshot(s) older than %1 days</source>
        <translation>
            <numerusform>%n import safety snapshot older than %1 days</numerusform>
            <numerusform>%n import safety snapshots older than %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved place(s) no birth data uses</source>
        <translation>
            <numerusform>%n saved place no birth data uses</numerusform>
            <numerusform>%n saved places no birth data uses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of clients look like the same person</source>
        <translation>
            <numerusform>%n pair of clients looks like the same person</numerusform>
            <numerusform>%n pairs of clients look like the same person</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::cloud::NextcloudLogin</name>
    <message numerus="yes">
        <source>The login in the browser was not finished within %n minute(s); nothing was connected.</source>
        <translation>
            <numerusform>The login in the browser was not finished within %n minute; nothing was connected.</numerusform>
            <numerusform>The login in the browser was not finished within %n minutes; nothing was connected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::cloud::OAuthLogin</name>
    <message numerus="yes">
        <source>No answer came from the browser within %n minute(s); nothing was connected. Try again.</source>
        <translation>
            <numerusform>No answer came from the browser within %n minute; nothing was connected. Try again.</numerusform>
            <numerusform>No answer came from the browser within %n minutes; nothing was connected. Try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::exchange::Importer</name>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported. Correct the file, or import the valid rows only (partial).</source>
        <translation>
            <numerusform>%n problem found; nothing was imported. Correct the file, or import the valid rows only (partial).</numerusform>
            <numerusform>%n problems found; nothing was imported. Correct the file, or import the valid rows only (partial).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read (%1); nothing was imported.</source>
        <translation>
            <numerusform>%n file cannot be read (%1); nothing was imported.</numerusform>
            <numerusform>%n files cannot be read (%1); nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::ActivityHeatmap</name>
    <message numerus="yes">
        <source>%1, %2:00–%2:59: %n change(s)</source>
        <translation>
            <numerusform>%1, %2:00–%2:59: %n change</numerusform>
            <numerusform>%1, %2:00–%2:59: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::BackupPage</name>
    <message numerus="yes">
        <source>%n backup(s), %1 in all</source>
        <translation>
            <numerusform>%n backup, %1 in all</numerusform>
            <numerusform>%n backups, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::BackupSettingsDialog</name>
    <message numerus="yes">
        <source>No rule is set: every backup is kept (%n now).</source>
        <translation>
            <numerusform>No rule is set: every backup is kept (%n now).</numerusform>
            <numerusform>No rule is set: every backup is kept (%n now).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) moved; new backups go to %1.</source>
        <translation>
            <numerusform>%n backup moved; new backups go to %1.</numerusform>
            <numerusform>%n backups moved; new backups go to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::CloudSourceBox</name>
    <message numerus="yes">
        <source>%n backup(s) in “%1”, newest first.</source>
        <translation>
            <numerusform>%n backup in “%1”.</numerusform>
            <numerusform>%n backups in “%1”, newest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::CloudTab</name>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::ConflictModel</name>
    <message numerus="yes">
        <source>%n row(s) with other values</source>
        <translation>
            <numerusform>%n row with other values</numerusform>
            <numerusform>%n rows with other values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportCheckPage</name>
    <message numerus="yes">
        <source>%1 rows read from %n file(s).</source>
        <translation>
            <numerusform>%1 rows read from %n file.</numerusform>
            <numerusform>%1 rows read from %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read, so nothing can be imported from them: %1. The problems below say where each one breaks off. Go Back to remove or replace them.</source>
        <translation>
            <numerusform>%n file cannot be read, so nothing can be imported from it: %1. The problem below says where it breaks off. Go Back to remove or replace it.</numerusform>
            <numerusform>%n files cannot be read, so nothing can be imported from them: %1. The problems below say where each one breaks off. Go Back to remove or replace them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): rows with errors cannot be imported.</source>
        <translation>
            <numerusform>%n error: rows with errors cannot be imported.</numerusform>
            <numerusform>%n errors: rows with errors cannot be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Import the valid rows only (partial import)?</source>
        <translation>
            <numerusform>%n row has errors. Import the valid rows only (partial import)?</numerusform>
            <numerusform>%n rows have errors. Import the valid rows only (partial import)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportPreviewPage</name>
    <message numerus="yes">
        <source>%n row(s) read. Nothing has been changed yet; press Import to apply.</source>
        <translation>
            <numerusform>%n row read. Nothing has been changed yet; press Import to apply.</numerusform>
            <numerusform>%n rows read. Nothing has been changed yet; press Import to apply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportProgressPage</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::MainWindow</name>
    <message numerus="yes">
        <source>Demo data loaded: %n client(s).</source>
        <translation>
            <numerusform>Demo data loaded: %n client.</numerusform>
            <numerusform>Demo data loaded: %n clients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Unused Place(s)</source>
        <translation>
            <numerusform>Remove %n Unused Place</numerusform>
            <numerusform>Remove %n Unused Places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n saved place(s). Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>Removed %n saved place. Press Ctrl+Z to undo.</numerusform>
            <numerusform>Removed %n saved places. Press Ctrl+Z to undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 (%n) — type to search all clients</source>
        <translation>
            <numerusform>Only %1 (%n) — type to search all clients</numerusform>
            <numerusform>Only %1 (%n) — type to search all clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n client(s): %1. Typing a search shows every client again.</source>
        <translation>
            <numerusform>Showing %n client: %1. Typing a search shows every client again.</numerusform>
            <numerusform>Showing %n clients: %1. Typing a search shows every client again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::RecordCheckBox</name>
    <message numerus="yes">
        <source>%n client(s) have records that need correcting</source>
        <translation>
            <numerusform>%n client has records that need correcting</numerusform>
            <numerusform>%n clients have records that need correcting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::RestoreDialog</name>
    <message numerus="yes">
        <source>%n chosen client(s), with their birth data, charts and session notes, come back from the backup made %1. A client who is here already: %2. Everyone else stays as they are.</source>
        <translation>
            <numerusform>%n chosen client, with their birth data, charts and session notes, comes back from the backup made %1. A client who is here already: %2. Everyone else stays as they are.</numerusform>
            <numerusform>%n chosen clients, with their birth data, charts and session notes, come back from the backup made %1. A client who is here already: %2. Everyone else stays as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) in this backup; tick those to bring back.</source>
        <translation>
            <numerusform>%n client in this backup; tick it to bring it back.</numerusform>
            <numerusform>%n clients in this backup; tick those to bring back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) brought back from the backup</source>
        <translation>
            <numerusform>%n client brought back from the backup</numerusform>
            <numerusform>%n clients brought back from the backup</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::TidyUpBox</name>
    <message numerus="yes">
        <source>%n safety snapshot(s) taken before imports more than %1 days ago: %2</source>
        <translation>
            <numerusform>%n safety snapshot taken before an import more than %1 days ago: %2</numerusform>
            <numerusform>%n safety snapshots taken before imports more than %1 days ago: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved place(s) that no birth data uses: %1</source>
        <translation>
            <numerusform>%n saved place that no birth data uses: %1</numerusform>
            <numerusform>%n saved places that no birth data uses: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n safety snapshot(s) taken before imports more than %1 days ago (%2)?

The imports they were taken for can then no longer be undone. Your clients, charts and backups are not touched. This cannot be undone.</source>
        <translation>
            <numerusform>Remove %n safety snapshot taken before an import more than %1 days ago (%2)?

The import it was taken for can then no longer be undone. Your clients, charts and backups are not touched. This cannot be undone.</numerusform>
            <numerusform>Remove %n safety snapshots taken before imports more than %1 days ago (%2)?

The imports they were taken for can then no longer be undone. Your clients, charts and backups are not touched. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old safety snapshot(s).</source>
        <translation>
            <numerusform>Removed %n old safety snapshot.</numerusform>
            <numerusform>Removed %n old safety snapshots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved place(s) that no birth data uses?

They will no longer be offered when you type a birth place. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Remove %n saved place that no birth data uses?

They will no longer be offered when you type a birth place. You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Remove %n saved places that no birth data uses?

They will no longer be offered when you type a birth place. You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::Words</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other file(s)</source>
        <translation>
            <numerusform>%1 and %n other file</numerusform>
            <numerusform>%1 and %n other files</numerusform>
        </translation>
    </message>
</context>
</TS>
