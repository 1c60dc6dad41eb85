<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>The Program: an astrologer&apos;s practice database.</source>
        <translation>The Program: die Praxisdatenbank für Astrologen.</translation>
    </message>
    <message>
        <source>The practice database file (default: %1).</source>
        <translation>Die Datei der Praxisdatenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>Start without showing the window (scheduled backups still run).</source>
        <translation>Ohne sichtbares Fenster starten (geplante Sicherungen laufen trotzdem).</translation>
    </message>
    <message>
        <source>Exports to import (the import wizard) or a backup to restore.</source>
        <translation>Exporte zum Importieren (der Import-Assistent) oder eine Sicherung zum Wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>tp::backup::BackupEngine</name>
    <message>
        <source>it could not be started: %1</source>
        <translation>er konnte nicht gestartet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>it did not finish within %n second(s)</source>
        <translation>
            <numerusform>er wurde nicht innerhalb von %n Sekunde beendet</numerusform>
            <numerusform>er wurde nicht innerhalb von %n Sekunden beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>it ended with code %1%2</source>
        <translation>er endete mit Code %1%2</translation>
    </message>
    <message>
        <source>The snapshot could not be taken: %1</source>
        <translation>Die Momentaufnahme der Datenbank konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>This backup is encrypted: give its password or key file.</source>
        <translation>Diese Sicherung ist verschlüsselt: Geben Sie ihr Passwort oder ihre Schlüsseldatei an.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The pre-backup command failed, so no backup was made: %1</source>
        <translation>Der Befehl vor der Sicherung ist fehlgeschlagen, daher wurde keine Sicherung erstellt: %1</translation>
    </message>
    <message>
        <source>The backup file cannot be written: %1</source>
        <translation>Die Sicherungsdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>Momentaufnahme erstellt</translation>
    </message>
    <message>
        <source>The snapshot cannot be read: %1</source>
        <translation>Die Momentaufnahme der Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Backup cancelled; no file was written.</source>
        <translation>Sicherung abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Die Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sicherung geschrieben</translation>
    </message>
    <message>
        <source>The post-backup command failed: %1</source>
        <translation>Der Befehl nach der Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The backup %1 is %2.</source>
        <translation>Die Sicherung %1 ist %2.</translation>
    </message>
    <message>
        <source>The outcome could not be recorded in the manifest: %1</source>
        <translation>Das Ergebnis konnte nicht im Manifest vermerkt werden: %1</translation>
    </message>
    <message>
        <source>The backup file cannot be read: %1</source>
        <translation>Die Sicherungsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The backup file does not match its manifest&apos;s SHA-256: it was changed or damaged after it was written.</source>
        <translation>Die Sicherungsdatei stimmt nicht mit der SHA-256-Prüfsumme in ihrem Manifest überein; sie wurde nach dem Schreiben verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>Checksum verified</source>
        <translation>Prüfsumme geprüft</translation>
    </message>
    <message>
        <source>This backup is encrypted</source>
        <translation>Diese Sicherung ist verschlüsselt</translation>
    </message>
    <message>
        <source>The decrypted database does not match its SHA-256 in the manifest.</source>
        <translation>Die entschlüsselte Datenbank stimmt nicht mit ihrer SHA-256-Prüfsumme im Manifest überein.</translation>
    </message>
    <message>
        <source>Decrypted and decompressed</source>
        <translation>Entschlüsselt und entpackt</translation>
    </message>
    <message>
        <source>The database in the backup fails SQLite&apos;s integrity check: %1</source>
        <translation>Die Datenbank in der Sicherung besteht die Integritätsprüfung von SQLite nicht: %1</translation>
    </message>
    <message>
        <source>The row counts in the backup differ from its manifest.</source>
        <translation>Die Anzahl der Datensätze in der Sicherung weicht von ihrem Manifest ab.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>before restoring %1</source>
        <translation>vor Wiederherstellung von %1</translation>
    </message>
    <message>
        <source>The safety backup before restoring failed, so nothing was restored: %1</source>
        <translation>Die vorsorgliche Sicherung vor der Wiederherstellung ist fehlgeschlagen, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The backup could not be unpacked: %1</source>
        <translation>Die Sicherung konnte nicht entpackt werden: %1</translation>
    </message>
    <message>
        <source>The unpacked backup is not what was verified (%1), so nothing was restored. Your practice is unchanged.</source>
        <translation>Die entpackte Sicherung entspricht nicht der geprüften (%1), daher wurde nichts wiederhergestellt. Ihre Praxis ist unverändert.</translation>
    </message>
    <message>
        <source>its rows differ from the manifest</source>
        <translation>ihre Datensätze weichen vom Manifest ab</translation>
    </message>
    <message>
        <source>The restored database cannot be opened: %1</source>
        <translation>Die wiederhergestellte Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Nothing was restored from this backup: %1</source>
        <translation>Aus dieser Sicherung wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen charts are not in this backup; nothing was restored.</source>
        <translation>
            <numerusform>Eines der gewählten Horoskope ist nicht in dieser Sicherung enthalten; es wurde nichts wiederhergestellt.</numerusform>
            <numerusform>%n der gewählten Horoskope sind nicht in dieser Sicherung enthalten; es wurde nichts wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen clients are not in this backup; nothing was restored.</source>
        <translation>
            <numerusform>Einer der gewählten Klienten ist nicht in dieser Sicherung enthalten; es wurde nichts wiederhergestellt.</numerusform>
            <numerusform>%n der gewählten Klienten sind nicht in dieser Sicherung enthalten; es wurde nichts wiederhergestellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::backup::BackupFolder</name>
    <message>
        <source>The backup folder %1 cannot be written to: it is read-only or you have no permission to write there.</source>
        <translation>In den Sicherungsordner %1 kann nicht geschrieben werden: Er ist schreibgeschützt, oder Sie haben dort keine Schreibrechte.</translation>
    </message>
    <message>
        <source>Nothing can be written in the backup folder %1 (is its disk full?).</source>
        <translation>Im Sicherungsordner %1 kann nichts geschrieben werden (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <source>Waiting for another backup in %1 to finish…</source>
        <translation>Es wird gewartet, bis eine andere Sicherung in %1 fertig ist…</translation>
    </message>
    <message>
        <source>Another backup is being written to %1 right now; try again when it has finished.</source>
        <translation>Gerade wird eine andere Sicherung nach %1 geschrieben; versuchen Sie es erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>This backup&apos;s description cannot be read (%1), so it cannot be pinned.</source>
        <translation>Die Beschreibung dieser Sicherung kann nicht gelesen werden (%1), daher kann sie nicht angeheftet werden.</translation>
    </message>
    <message>
        <source>This is your newest verified backup – the one a restore would need most – so it is kept. It can be deleted once a newer backup has been verified.</source>
        <translation>Dies ist Ihre neueste geprüfte Sicherung – die, auf die es bei einer Wiederherstellung am meisten ankäme –, daher wird sie aufbewahrt. Sie kann gelöscht werden, sobald eine neuere Sicherung geprüft wurde.</translation>
    </message>
    <message>
        <source>This backup is pinned. Unpin it first if you really want to delete it.</source>
        <translation>Diese Sicherung ist angeheftet. Heben Sie zuerst das Anheften auf, wenn Sie sie wirklich löschen möchten.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message numerus="yes">
        <source>Moving was cancelled: %n backup(s) moved, the rest are where they were.</source>
        <translation>
            <numerusform>Das Verschieben wurde abgebrochen: %n Sicherung wurde verschoben, die übrigen liegen noch am alten Ort.</numerusform>
            <numerusform>Das Verschieben wurde abgebrochen: %n Sicherungen wurden verschoben, die übrigen liegen noch am alten Ort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moving the backups…</source>
        <translation>Die Sicherungen werden verschoben…</translation>
    </message>
    <message>
        <source>%1 is in both folders already; nothing more was moved.</source>
        <translation>%1 liegt bereits in beiden Ordnern; es wurde nichts weiter verschoben.</translation>
    </message>
    <message>
        <source>The description of %1 cannot be moved.</source>
        <translation>Die Beschreibung von %1 kann nicht verschoben werden.</translation>
    </message>
    <message>
        <source>This backup&apos;s description cannot be read (%1).</source>
        <translation>Die Beschreibung dieser Sicherung kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Copying the backup…</source>
        <translation>Die Sicherung wird kopiert…</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>Das Kopieren wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The backup&apos;s bytes do not match its checksum: it is damaged, so no copy was made.</source>
        <translation>Die Daten der Sicherung passen nicht zu ihrer Prüfsumme; sie ist beschädigt, daher wurde keine Kopie erstellt.</translation>
    </message>
</context>
<context>
    <name>tp::backup::BackupHealth</name>
    <message>
        <source>The last scheduled backup failed: %1</source>
        <translation>Die letzte geplante Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Scheduled backups are encrypted with a password the keychain no longer holds, so they cannot run. Set the password again in Settings…</source>
        <translation>Geplante Sicherungen sind mit einem Passwort verschlüsselt, das nicht mehr im Schlüsselbund liegt, daher können sie nicht laufen. Legen Sie das Passwort erneut fest unter Einstellungen…</translation>
    </message>
    <message>
        <source>There is no verified backup of this practice yet.</source>
        <translation>Von dieser Praxis gibt es noch keine geprüfte Sicherung.</translation>
    </message>
    <message numerus="yes">
        <source>The newest verified backup is %n day(s) old.</source>
        <translation>
            <numerusform>Die neueste geprüfte Sicherung ist %n Tag alt.</numerusform>
            <numerusform>Die neueste geprüfte Sicherung ist %n Tage alt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups are not scheduled: they are made only when you click Back Up Now. Set a schedule in Settings…</source>
        <translation>Sicherungen sind nicht geplant: Sie werden nur erstellt, wenn Sie auf „Jetzt sichern“ klicken. Legen Sie einen Zeitplan fest unter Einstellungen…</translation>
    </message>
    <message>
        <source>Scheduled backups are paused until you resume them.</source>
        <translation>Geplante Sicherungen sind pausiert, bis Sie sie fortsetzen.</translation>
    </message>
    <message>
        <source>Scheduled backups are paused until %1.</source>
        <translation>Geplante Sicherungen sind bis %1 pausiert.</translation>
    </message>
</context>
<context>
    <name>tp::backup::BackupManifest</name>
    <message>
        <source>damaged: its manifest cannot be read</source>
        <translation>beschädigt: Das Manifest kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>unknown: it has no manifest</source>
        <translation>unbekannt: Es gibt kein Manifest</translation>
    </message>
</context>
<context>
    <name>tp::backup::Retention</name>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>tp::backup::Schedule</name>
    <message>
        <source>Write a schedule as &quot;daily 02:00&quot;, &quot;weekly mon 02:00&quot;, &quot;monthly 1 02:00&quot; or a cron expression such as &quot;30 2 * * *&quot;.</source>
        <translation>Geben Sie einen Zeitplan an wie &quot;daily 02:00&quot;, &quot;weekly mon 02:00&quot;, &quot;monthly 1 02:00&quot; oder einen Cron-Ausdruck wie &quot;30 2 * * *&quot;.</translation>
    </message>
</context>
<context>
    <name>tp::backup::ScheduledBackup</name>
    <message>
        <source>The backup password is not in the keychain any more; set it again in the backup settings (or with backup schedule … --remember-password).</source>
        <translation>Das Sicherungspasswort ist nicht mehr im Schlüsselbund; legen Sie es in den Sicherungseinstellungen erneut fest (oder mit backup schedule … --remember-password).</translation>
    </message>
    <message>
        <source>No backup schedule is set.</source>
        <translation>Es ist kein Sicherungszeitplan festgelegt.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made or written to.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt oder beschrieben werden.</translation>
    </message>
</context>
<context>
    <name>tp::cli::Cli</name>
    <message>
        <source>Encrypt the backup (AES-256-GCM) with a password or a key file.</source>
        <translation>Die Sicherung mit einem Passwort oder einer Schlüsseldatei verschlüsseln (AES-256-GCM).</translation>
    </message>
    <message>
        <source>Read the backup password from this file (else THEPROGRAM_BACKUP_PASSWORD, else a prompt).</source>
        <translation>Das Sicherungspasswort aus dieser Datei lesen (sonst aus THEPROGRAM_BACKUP_PASSWORD, sonst per Eingabeaufforderung).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Use this key file instead of a password.</source>
        <translation>Diese Schlüsseldatei statt eines Passworts verwenden.</translation>
    </message>
    <message>
        <source>Compression: fast, default, best or none.</source>
        <translation>Kompression: fast, default, best oder none.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>A label for the backup.</source>
        <translation>Eine Bezeichnung für die Sicherung.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Pin the backup: retention never removes it.</source>
        <translation>Die Sicherung anheften: Die Aufbewahrungsregeln entfernen sie nie.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>List as JSON.</source>
        <translation>Als JSON auflisten.</translation>
    </message>
    <message>
        <source>Verify every backup.</source>
        <translation>Jede Sicherung prüfen.</translation>
    </message>
    <message>
        <source>Where decrypt writes the database.</source>
        <translation>Wohin decrypt die Datenbank schreibt.</translation>
    </message>
    <message>
        <source>restore: only these clients (comma-separated ids), through the import&apos;s conflict handling.</source>
        <translation>restore: nur diese Klienten (IDs durch Kommas getrennt), über die Konfliktbehandlung des Imports.</translation>
    </message>
    <message>
        <source>UUIDS</source>
        <translation>UUIDS</translation>
    </message>
    <message>
        <source>restore: only these charts (comma-separated ids), with their interpretations, birth data and client, through the import&apos;s conflict handling.</source>
        <translation>restore: nur diese Horoskope (IDs durch Kommas getrennt), mit ihren Deutungen, Geburtsdaten und ihrem Klienten, über die Konfliktbehandlung des Imports.</translation>
    </message>
    <message>
        <source>restore --clients/--charts: skip (default), replace, merge or rename.</source>
        <translation>restore --clients/--charts: skip (Standard), replace, merge oder rename.</translation>
    </message>
    <message>
        <source>STRATEGY</source>
        <translation>STRATEGIE</translation>
    </message>
    <message>
        <source>restore: confirm replacing the database (a safety backup is taken first).</source>
        <translation>restore: das Ersetzen der Datenbank bestätigen (zuvor wird eine vorsorgliche Sicherung erstellt).</translation>
    </message>
    <message>
        <source>create: run this command first; if it fails, no backup is made.</source>
        <translation>create: diesen Befehl zuerst ausführen; schlägt er fehl, wird keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>create: run this command after a verified backup (THEPROGRAM_BACKUP_FILE names it).</source>
        <translation>create: diesen Befehl nach einer geprüften Sicherung ausführen (THEPROGRAM_BACKUP_FILE nennt die Sicherungsdatei).</translation>
    </message>
    <message>
        <source>schedule: keep the backup password (from --password-file or THEPROGRAM_BACKUP_PASSWORD) in the OS keychain for scheduled backups.</source>
        <translation>schedule: das Sicherungspasswort (aus --password-file oder THEPROGRAM_BACKUP_PASSWORD) für geplante Sicherungen im Schlüsselbund des Betriebssystems aufbewahren.</translation>
    </message>
    <message>
        <source>create: copy the new backup to this cloud destination (see cloud add).</source>
        <translation>create: die neue Sicherung zu diesem Cloud-Ziel kopieren (siehe cloud add).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>run-scheduled: make the scheduled backup now, whether or not one is due.</source>
        <translation>run-scheduled: die geplante Sicherung jetzt erstellen, ob sie fällig ist oder nicht.</translation>
    </message>
    <message>
        <source>create | list | verify | restore | decrypt | prune | schedule | run-scheduled | keyfile new: encrypted, verified backups.</source>
        <translation>create | list | verify | restore | decrypt | prune | schedule | run-scheduled | keyfile new: verschlüsselte, geprüfte Sicherungen.</translation>
    </message>
    <message>
        <source>create, list, verify ID|--all, restore ID --yes, decrypt ID -o FILE, prune --keep-…, keyfile new FILE.</source>
        <translation>create, list, verify ID|--all, restore ID --yes, decrypt ID -o DATEI, prune --keep-…, keyfile new DATEI.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>backup needs an action: create, list, verify, decrypt, prune or keyfile new.</source>
        <translation>backup braucht eine Aktion: create, list, verify, decrypt, prune oder keyfile new.</translation>
    </message>
    <message>
        <source>Unknown backup action &apos;%1&apos;.</source>
        <translation>Unbekannte backup-Aktion &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--level must be fast, default, best or none.</source>
        <translation>--level muss fast, default, best oder none sein.</translation>
    </message>
    <message>
        <source>There is no destination “%1” (cloud list shows them).</source>
        <translation>Es gibt kein Ziel „%1“ (cloud list zeigt alle Ziele an).</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Backup %1 written and verified: %2 (%3) in %4 s.</source>
        <translation>Sicherung %1 geschrieben und geprüft: %2 (%3) in %4 s.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschl.</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>pinned </source>
        <translation>angeheftet </translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>Keine Sicherungen in %1.</translation>
    </message>
    <message>
        <source>backup verify needs a backup id or --all.</source>
        <translation>backup verify braucht eine Sicherungs-ID oder --all.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed verification.</source>
        <translation>
            <numerusform>%n Sicherung hat die Prüfung nicht bestanden.</numerusform>
            <numerusform>%n Sicherungen haben die Prüfung nicht bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>backup decrypt needs a backup id or file and -o OUT.db.</source>
        <translation>backup decrypt braucht eine Sicherungs-ID oder -datei und -o AUSGABE.db.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>backup restore needs a backup id or file.</source>
        <translation>backup restore braucht eine Sicherungs-ID oder -datei.</translation>
    </message>
    <message>
        <source>backup restore changes the database: add --yes to confirm (a safety backup is taken first).</source>
        <translation>backup restore verändert die Datenbank: Fügen Sie zur Bestätigung --yes hinzu (zuvor wird eine vorsorgliche Sicherung erstellt).</translation>
    </message>
    <message>
        <source>Give --clients or --charts, not both.</source>
        <translation>Geben Sie --clients oder --charts an, nicht beides.</translation>
    </message>
    <message>
        <source>--strategy must be skip, replace, merge or rename.</source>
        <translation>--strategy muss skip, replace, merge oder rename sein.</translation>
    </message>
    <message>
        <source>Restored %1 from %2; the database as it was before is kept as a pre-restore backup.</source>
        <translation>%1 aus %2 wiederhergestellt; der vorherige Stand der Datenbank wird als Sicherung vor der Wiederherstellung aufbewahrt.</translation>
    </message>
    <message>
        <source>Backup password: </source>
        <translation>Sicherungspasswort: </translation>
    </message>
    <message>
        <source>There is no backup %1 in %2.</source>
        <translation>In %2 gibt es keine Sicherung %1.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No password: give --password-file, set THEPROGRAM_BACKUP_PASSWORD, or run in a terminal to be asked.</source>
        <translation>Kein Passwort: Geben Sie --password-file an, setzen Sie THEPROGRAM_BACKUP_PASSWORD, oder starten Sie den Befehl in einem Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>No backup schedule is set.</source>
        <translation>Es ist kein Sicherungszeitplan festgelegt.</translation>
    </message>
    <message>
        <source>Schedule: %1; next run: %2</source>
        <translation>Zeitplan: %1; nächste Ausführung: %2</translation>
    </message>
    <message>
        <source>Use: backup schedule &quot;daily 02:00&quot;</source>
        <translation>Aufruf: backup schedule &quot;daily 02:00&quot;</translation>
    </message>
    <message>
        <source>Backups are scheduled: %1; the next one is at %2.</source>
        <translation>Sicherungen sind geplant: %1; nächste Sicherung: %2.</translation>
    </message>
    <message>
        <source>No backup schedule is set: use backup schedule &quot;daily 02:00&quot; first.</source>
        <translation>Es ist kein Sicherungszeitplan festgelegt: Legen Sie zuerst einen fest, z. B. mit backup schedule &quot;daily 02:00&quot;.</translation>
    </message>
    <message>
        <source>No backup is due; the next one is at %1.</source>
        <translation>Derzeit ist keine Sicherung fällig; nächste Sicherung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Scheduled backup %1 written and verified; %n old backup(s) removed by the retention rules.</source>
        <translation>
            <numerusform>Geplante Sicherung %1 geschrieben und geprüft; %n alte Sicherung nach den Aufbewahrungsregeln entfernt.</numerusform>
            <numerusform>Geplante Sicherung %1 geschrieben und geprüft; %n alte Sicherungen nach den Aufbewahrungsregeln entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>prune needs at least one --keep-… rule.</source>
        <translation>prune braucht mindestens eine --keep-…-Regel.</translation>
    </message>
    <message>
        <source>Use: backup keyfile new FILE</source>
        <translation>Aufruf: backup keyfile new DATEI</translation>
    </message>
    <message>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>%1 existiert bereits; eine Schlüsseldatei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>The key file cannot be written: %1</source>
        <translation>Die Schlüsseldatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Wrote a new key file %1. Keep a copy somewhere safe: without it the backups cannot be read.</source>
        <translation>Neue Schlüsseldatei %1 geschrieben. Bewahren Sie eine Kopie an einem sicheren Ort auf: Ohne sie können die Sicherungen nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>The Program, desktop edition: the practice database from the command line.</source>
        <translation>The Program, Desktop-Ausgabe: die Praxisdatenbank auf der Kommandozeile.</translation>
    </message>
    <message>
        <source>The practice database file (default: %1).</source>
        <translation>Die Datei der Praxisdatenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Einer der folgenden Befehle.</translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation>&lt;command&gt;</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db erwartet einen Dateipfad.</translation>
    </message>
    <message>
        <source>Try &apos;theprogram-cli --help&apos; for the commands and their options.</source>
        <translation>Mit &apos;theprogram-cli --help&apos; sehen Sie die Befehle und ihre Optionen.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation>%1 wird kopiert…</translation>
    </message>
    <message>
        <source>%1: copied to %2 (%3).</source>
        <translation>%1: nach %2 kopiert (%3).</translation>
    </message>
    <message>
        <source>%1: already in %2.</source>
        <translation>%1: bereits in %2.</translation>
    </message>
    <message>
        <source>Use: cloud upload NAME ID|FILE|--all</source>
        <translation>Aufruf: cloud upload NAME ID|DATEI|--all</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Kopieren nach %1…</translation>
    </message>
    <message>
        <source>The backup was made, but copying it to “%1” failed: %2</source>
        <translation>Die Sicherung wurde erstellt, aber das Kopieren nach „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Copied to %1.</source>
        <translation>Nach %1 kopiert.</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
    <message>
        <source>Copying to “%1” failed: %2</source>
        <translation>Kopieren nach „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Use: cloud download NAME REMOTE -o FILE</source>
        <translation>Aufruf: cloud download NAME ZIELDATEI -o DATEI</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>The download could not be named %1.</source>
        <translation>Die heruntergeladene Datei konnte nicht in %1 umbenannt werden.</translation>
    </message>
    <message>
        <source>Downloaded %1 from %2 and checked it; restore it with: theprogram-cli backup restore %3 --yes</source>
        <translation>%1 von %2 heruntergeladen und geprüft; wiederherstellen mit: theprogram-cli backup restore %3 --yes</translation>
    </message>
    <message>
        <source>Use: cloud rm NAME REMOTE</source>
        <translation>Aufruf: cloud rm NAME ZIELDATEI</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%1 aus %2 entfernt.</translation>
    </message>
    <message>
        <source>prune needs at least one --keep-… rule (the destination has none of its own).</source>
        <translation>prune braucht mindestens eine --keep-…-Regel (das Ziel hat keine eigenen).</translation>
    </message>
    <message>
        <source>add: folder, s3, webdav, dropbox or gdrive.</source>
        <translation>add: folder, s3, webdav, dropbox oder gdrive.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>add: the S3 endpoint (https://s3.eu-central-1.amazonaws.com), or the WebDAV folder&apos;s address (https://cloud.example.org/remote.php/dav/files/me/TheProgram/).</source>
        <translation>add: der S3-Endpunkt (https://s3.eu-central-1.amazonaws.com) oder die Adresse des WebDAV-Ordners (https://cloud.example.org/remote.php/dav/files/me/TheProgram/).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add: the S3 region (default us-east-1).</source>
        <translation>add: die S3-Region (Standard: us-east-1).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>add: the S3 bucket.</source>
        <translation>add: der S3-Bucket.</translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation>BUCKET</translation>
    </message>
    <message>
        <source>add: a folder in the bucket.</source>
        <translation>add: ein Ordner im Bucket.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>add: address the bucket as endpoint/bucket (MinIO and most self-hosted stores).</source>
        <translation>add: den Bucket als Endpunkt/Bucket ansprechen (MinIO und die meisten selbst betriebenen Speicher).</translation>
    </message>
    <message>
        <source>add: the S3 access key id.</source>
        <translation>add: die S3-Zugriffsschlüssel-ID.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>add: the WebDAV user.</source>
        <translation>add: der WebDAV-Benutzer.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>add: read the S3 secret key or WebDAV password from this file; it goes into the OS keychain and nowhere else.</source>
        <translation>add: den geheimen S3-Schlüssel oder das WebDAV-Passwort aus dieser Datei lesen; er wird nur im Schlüsselbund des Betriebssystems gespeichert, nirgendwo sonst.</translation>
    </message>
    <message>
        <source>add --type folder: the folder copies go to.</source>
        <translation>add --type folder: der Ordner, in den die Kopien kommen.</translation>
    </message>
    <message>
        <source>add: copy new backups immediately (default), daily or weekly.</source>
        <translation>add: neue Sicherungen immediately (sofort, Standard), daily (täglich) oder weekly (wöchentlich) kopieren.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>add: keep the destination but copy nothing to it for now.</source>
        <translation>add: das Ziel behalten, vorerst aber nichts dorthin kopieren.</translation>
    </message>
    <message>
        <source>upload: the local backup folder (default: the usual one).</source>
        <translation>upload: der lokale Sicherungsordner (Standard: der übliche).</translation>
    </message>
    <message>
        <source>upload: every local backup not yet there.</source>
        <translation>upload: jede lokale Sicherung, die dort noch fehlt.</translation>
    </message>
    <message>
        <source>list, ls: as JSON.</source>
        <translation>list, ls: als JSON.</translation>
    </message>
    <message>
        <source>connect: only print the sign-in address, to open in a browser anywhere on this computer.</source>
        <translation>connect: nur die Anmeldeadresse ausgeben, um sie in einem beliebigen Browser auf diesem Computer zu öffnen.</translation>
    </message>
    <message>
        <source>download: the file to write (its manifest goes beside it).</source>
        <translation>download: die zu schreibende Datei (ihr Manifest kommt daneben).</translation>
    </message>
    <message>
        <source>add | connect | list | test | remove | upload | ls | download | rm | prune | apps: copies of backups in other places.</source>
        <translation>add | connect | list | test | remove | upload | ls | download | rm | prune | apps: Kopien der Sicherungen an anderen Orten.</translation>
    </message>
    <message>
        <source>add NAME --type …, connect NAME, list, test NAME, remove NAME, apps, upload NAME ID|FILE|--all, ls NAME, download NAME REMOTE -o FILE, rm NAME REMOTE, prune NAME --keep-….</source>
        <translation>add NAME --type …, connect NAME, list, test NAME, remove NAME, apps, upload NAME ID|DATEI|--all, ls NAME, download NAME ZIELDATEI -o DATEI, rm NAME ZIELDATEI, prune NAME --keep-….</translation>
    </message>
    <message>
        <source>cloud needs an action: add, connect, list, test, remove, upload, ls, download, rm, prune or apps.</source>
        <translation>cloud braucht eine Aktion: add, connect, list, test, remove, upload, ls, download, rm, prune oder apps.</translation>
    </message>
    <message>
        <source>Unknown cloud action &apos;%1&apos;.</source>
        <translation>Unbekannte cloud-Aktion &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The secret file %1 cannot be read: %2</source>
        <translation>Die Datei %1 mit den Zugangsdaten kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation>Die Datei %1 mit den Zugangsdaten ist leer.</translation>
    </message>
    <message>
        <source>--type must be folder, s3, webdav, dropbox or gdrive.</source>
        <translation>--type muss folder, s3, webdav, dropbox oder gdrive sein.</translation>
    </message>
    <message>
        <source>cloud add needs --type.</source>
        <translation>cloud add braucht --type.</translation>
    </message>
    <message>
        <source>--when must be immediately, daily or weekly.</source>
        <translation>--when muss immediately, daily oder weekly sein.</translation>
    </message>
    <message>
        <source>cloud %1 needs the name of a destination.</source>
        <translation>cloud %1 braucht den Namen eines Ziels.</translation>
    </message>
    <message>
        <source>Use: cloud add NAME --type folder|s3|webdav|dropbox|gdrive …</source>
        <translation>Aufruf: cloud add NAME --type folder|s3|webdav|dropbox|gdrive …</translation>
    </message>
    <message>
        <source>The secret cannot be kept in the OS keychain: %1</source>
        <translation>Die Zugangsdaten können nicht im Schlüsselbund des Betriebssystems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A %1 destination needs --secret-file (its secret goes into the OS keychain).</source>
        <translation>Ein %1-Ziel braucht --secret-file (die Zugangsdaten kommen in den Schlüsselbund des Betriebssystems).</translation>
    </message>
    <message>
        <source>Changed the destination “%1”: %2.</source>
        <translation>Ziel „%1“ geändert: %2.</translation>
    </message>
    <message>
        <source>Added the destination “%1”: %2.</source>
        <translation>Ziel „%1“ hinzugefügt: %2.</translation>
    </message>
    <message>
        <source>Connect it to the account with: theprogram-cli cloud connect %1</source>
        <translation>Mit dem Konto verbinden Sie es so: theprogram-cli cloud connect %1</translation>
    </message>
    <message>
        <source>Try it with: theprogram-cli cloud test %1</source>
        <translation>Testen Sie es mit: theprogram-cli cloud test %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>last copy %1, %2</source>
        <translation>letzte Kopie %1, %2</translation>
    </message>
    <message>
        <source>nothing copied yet</source>
        <translation>noch nichts kopiert</translation>
    </message>
    <message numerus="yes">
        <source>; %n copies there</source>
        <translation>
            <numerusform>; %n Kopie dort</numerusform>
            <numerusform>; %n Kopien dort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n waiting</source>
        <translation>
            <numerusform>; %n wartet</numerusform>
            <numerusform>; %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>reconnect needed: theprogram-cli cloud connect %1</source>
        <translation>neu verbinden nötig: theprogram-cli cloud connect %1</translation>
    </message>
    <message>
        <source>last failure: %1</source>
        <translation>letzter Fehler: %1</translation>
    </message>
    <message>
        <source>No destinations yet: add one with cloud add NAME --type folder|s3|webdav ….</source>
        <translation>Noch keine Ziele: Fügen Sie eines hinzu mit cloud add NAME --type folder|s3|webdav ….</translation>
    </message>
    <message>
        <source>%1 answers and accepts the account.</source>
        <translation>%1 ist erreichbar und akzeptiert das Konto.</translation>
    </message>
    <message>
        <source>%1 answers and accepts the account of %2.</source>
        <translation>%1 ist erreichbar und akzeptiert das Konto von %2.</translation>
    </message>
    <message>
        <source>%1 of %2 free.</source>
        <translation>%1 von %2 frei.</translation>
    </message>
    <message>
        <source>The destination&apos;s secret cannot be removed from the OS keychain: %1</source>
        <translation>Die Zugangsdaten des Ziels können nicht aus dem Schlüsselbund des Betriebssystems entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed the destination “%1”; the copies already there stay.</source>
        <translation>Ziel „%1“ entfernt; die Kopien, die bereits dort liegen, bleiben erhalten.</translation>
    </message>
    <message>
        <source>Log in to Nextcloud in the browser that opens now. If none opens, open this address:</source>
        <translation>Melden Sie sich in dem Browser, der sich jetzt öffnet, bei Nextcloud an. Falls sich keiner öffnet, rufen Sie diese Adresse auf:</translation>
    </message>
    <message>
        <source>Open this address in a browser and log in to Nextcloud:</source>
        <translation>Rufen Sie diese Adresse in einem Browser auf und melden Sie sich bei Nextcloud an:</translation>
    </message>
    <message>
        <source>The app password cannot be kept in the OS keychain, so nothing was connected: %1</source>
        <translation>Das App-Passwort kann nicht im Schlüsselbund des Betriebssystems gespeichert werden, daher wurde nichts verbunden: %1</translation>
    </message>
    <message>
        <source>Logged in, but the folder does not answer yet: %1</source>
        <translation>Angemeldet, aber der Ordner antwortet noch nicht: %1</translation>
    </message>
    <message>
        <source>Logged “%1” in to %2 as %3: copies go to %4.</source>
        <translation>„%1“ ist bei %2 als %3 angemeldet: Kopien kommen nach %4.</translation>
    </message>
    <message>
        <source>cloud connect needs the name of a destination.</source>
        <translation>cloud connect braucht den Namen eines Ziels.</translation>
    </message>
    <message>
        <source>“%1” is %2: only Dropbox, Google Drive and Nextcloud destinations are connected through the browser (the others take --secret-file with cloud add).</source>
        <translation>„%1“ ist %2: Nur Dropbox-, Google-Drive- und Nextcloud-Ziele werden über den Browser verbunden (die anderen erhalten bei cloud add --secret-file).</translation>
    </message>
    <message>
        <source>Sign in to %1 in the browser that opens now. If none opens, open this address:</source>
        <translation>Melden Sie sich in dem Browser, der sich jetzt öffnet, bei %1 an. Falls sich keiner öffnet, rufen Sie diese Adresse auf:</translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in to %1:</source>
        <translation>Rufen Sie diese Adresse in einem Browser auf und melden Sie sich bei %1 an:</translation>
    </message>
    <message>
        <source>The access cannot be kept in the OS keychain, so nothing was connected: %1</source>
        <translation>Der Zugang kann nicht im Schlüsselbund des Betriebssystems gespeichert werden, daher wurde nichts verbunden: %1</translation>
    </message>
    <message>
        <source>Connected, but %1 does not answer yet: %2</source>
        <translation>Verbunden, aber %1 antwortet noch nicht: %2</translation>
    </message>
    <message>
        <source>Connected “%1” to %2.</source>
        <translation>„%1“ mit %2 verbunden.</translation>
    </message>
    <message>
        <source>Connected “%1” to %2 as %3.</source>
        <translation>„%1“ mit %2 als %3 verbunden.</translation>
    </message>
    <message>
        <source>Use: cloud apps [dropbox APP_KEY | gdrive CLIENT_ID CLIENT_SECRET]</source>
        <translation>Aufruf: cloud apps [dropbox APP_KEY | gdrive CLIENT_ID CLIENT_SECRET]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Dropbox app key: %1</source>
        <translation>Dropbox-App-Key: %1</translation>
    </message>
    <message>
        <source>Google client id: %1</source>
        <translation>Google-Client-ID: %1</translation>
    </message>
    <message>
        <source>Convert between JSON, CSV bundles, single CSV files, gzip and folders.</source>
        <translation>Zwischen JSON, CSV-Paketen, einzelnen CSV-Dateien, gzip und Ordnern umwandeln.</translation>
    </message>
    <message>
        <source>convert needs --input FILE and --output FILE.</source>
        <translation>convert braucht --input DATEI und --output DATEI.</translation>
    </message>
    <message>
        <source>--level must be fast, default or best.</source>
        <translation>--level muss fast, default oder best sein.</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Wird umgewandelt…</translation>
    </message>
    <message>
        <source>Converted %1 (%2) to %3 (%4).</source>
        <translation>%1 (%2) in %3 (%4) umgewandelt.</translation>
    </message>
    <message>
        <source>The file or folder to convert.</source>
        <translation>Die Datei oder der Ordner, die bzw. der umgewandelt werden soll.</translation>
    </message>
    <message>
        <source>What to write: .json, .json.gz, .gz, .zip, .csv or a folder/.</source>
        <translation>Was geschrieben wird: .json, .json.gz, .gz, .zip, .csv oder ein Ordner/.</translation>
    </message>
    <message>
        <source>Indent JSON output.</source>
        <translation>JSON-Ausgabe einrücken.</translation>
    </message>
    <message>
        <source>Compression level: fast, default or best.</source>
        <translation>Kompressionsstufe: fast, default oder best.</translation>
    </message>
    <message>
        <source>Single CSV to JSON: take column types from this table.</source>
        <translation>Einzelne CSV-Datei nach JSON: Spaltentypen aus dieser Tabelle übernehmen.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>Fill the database with a fictional, realistic practice.</source>
        <translation>Die Datenbank mit einer erfundenen, realistischen Praxis füllen.</translation>
    </message>
    <message>
        <source>--clients needs a whole number from 1 to 1000000.</source>
        <translation>--clients erwartet eine ganze Zahl von 1 bis 1000000.</translation>
    </message>
    <message>
        <source>--charts-per-client needs a whole number from 0 to 100.</source>
        <translation>--charts-per-client erwartet eine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Generating demo data…</source>
        <translation>Demodaten werden erzeugt…</translation>
    </message>
    <message>
        <source>Added demo data to %1 in %2 s:</source>
        <translation>Demodaten in %2 s zu %1 hinzugefügt:</translation>
    </message>
    <message>
        <source>How many clients to add (default 200).</source>
        <translation>Wie viele Klienten hinzugefügt werden (Standard: 200).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Charts per client (default 1; the first is the natal chart).</source>
        <translation>Horoskope pro Klient (Standard: 1; das erste ist das Geburtshoroskop).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Seed of the generator: the same seed gives the same data (default 1).</source>
        <translation>Startwert des Generators: Derselbe Startwert ergibt dieselben Daten (Standard: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Write the practice, a client, a chart or a selection to JSON or a CSV bundle.</source>
        <translation>Die Praxis, einen Klienten, ein Horoskop oder eine Auswahl als JSON oder CSV-Paket schreiben.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>--scope must be full, client, chart or selective.</source>
        <translation>--scope muss full, client, chart oder selective sein.</translation>
    </message>
    <message>
        <source>--scope %1 needs --id.</source>
        <translation>--scope %1 erfordert --id.</translation>
    </message>
    <message>
        <source>--%1 needs a date written YYYY-MM-DD.</source>
        <translation>--%1 erwartet ein Datum im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--date-field must be created_at or birth_date.</source>
        <translation>--date-field muss created_at oder birth_date sein.</translation>
    </message>
    <message>
        <source>--from, --to, --chart-type and --system belong to --scope selective.</source>
        <translation>--from, --to, --chart-type und --system gehören zu --scope selective.</translation>
    </message>
    <message>
        <source>--format must be json or csv.</source>
        <translation>--format muss json oder csv sein.</translation>
    </message>
    <message>
        <source>--gzip is for JSON; the CSV bundle is a zip already.</source>
        <translation>--gzip ist für JSON gedacht; das CSV-Paket ist bereits ein Zip.</translation>
    </message>
    <message>
        <source>--coarsen-places goes with --anonymize.</source>
        <translation>--coarsen-places geht nur zusammen mit --anonymize.</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2 (%3) in %4 s%5.</source>
        <translation>%1 Datensätze in %4 s nach %2 exportiert (%3)%5.</translation>
    </message>
    <message>
        <source>, verified</source>
        <translation>, geprüft</translation>
    </message>
    <message>
        <source>What to export: full, client, chart or selective (default full).</source>
        <translation>Was exportiert wird: full, client, chart oder selective (Standard: full).</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>UMFANG</translation>
    </message>
    <message>
        <source>A client id (client, selective) or chart id (chart); repeatable.</source>
        <translation>Eine Klienten-ID (client, selective) oder Horoskop-ID (chart); mehrfach möglich.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Selective: first date (YYYY-MM-DD) of the range.</source>
        <translation>selective: erstes Datum (JJJJ-MM-TT) des Zeitraums.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Selective: last date (YYYY-MM-DD) of the range.</source>
        <translation>selective: letztes Datum (JJJJ-MM-TT) des Zeitraums.</translation>
    </message>
    <message>
        <source>Selective: the date the range applies to: created_at (default) or birth_date.</source>
        <translation>selective: das Datum, auf das sich der Zeitraum bezieht: created_at (Standard) oder birth_date.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>Selective: only charts of this type (natal, transit, …).</source>
        <translation>selective: nur Horoskope dieser Art (natal, transit, …).</translation>
    </message>
    <message>
        <source>Selective: only charts of this system (western, vedic, human_design).</source>
        <translation>selective: nur Horoskope dieses Systems (western, vedic, human_design).</translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation>SYSTEM</translation>
    </message>
    <message>
        <source>json (default) or csv (a zip of CSV files).</source>
        <translation>json (Standard) oder csv (ein Zip mit CSV-Dateien).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Indent the JSON for reading.</source>
        <translation>JSON zum Lesen einrücken.</translation>
    </message>
    <message>
        <source>Compress the JSON with gzip (.json.gz).</source>
        <translation>JSON mit gzip komprimieren (.json.gz).</translation>
    </message>
    <message>
        <source>Replace names with pseudonyms and drop contact details and notes.</source>
        <translation>Namen durch Pseudonyme ersetzen und Kontaktdaten und Notizen weglassen.</translation>
    </message>
    <message>
        <source>With --anonymize: drop cities and round coordinates to 1°.</source>
        <translation>Mit --anonymize: Orte weglassen und Koordinaten auf 1° runden.</translation>
    </message>
    <message>
        <source>Leave out fields, such as clients.email,clients.phone.</source>
        <translation>Felder weglassen, etwa clients.email,clients.phone.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Leave out chart interpretations.</source>
        <translation>Horoskopdeutungen weglassen.</translation>
    </message>
    <message>
        <source>Do not re-read the file after writing it.</source>
        <translation>Die Datei nach dem Schreiben nicht erneut einlesen.</translation>
    </message>
    <message>
        <source>The file to write (default: a suggested name in the current folder).</source>
        <translation>Die zu schreibende Datei (Standard: ein vorgeschlagener Name im aktuellen Ordner).</translation>
    </message>
    <message>
        <source>Bring exported data in: checked first, conflict-aware, all or nothing.</source>
        <translation>Exportierte Daten einlesen: vorher geprüft, mit Konfliktbehandlung, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>Files to import (.json, .json.gz, .zip, .csv, .csv.gz).</source>
        <translation>Zu importierende Dateien (.json, .json.gz, .zip, .csv, .csv.gz).</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>--undo-last takes no files.</source>
        <translation>--undo-last nimmt keine Dateien an.</translation>
    </message>
    <message>
        <source>The last import was undone: %1 is back as it was before it (from %2).</source>
        <translation>Der letzte Import wurde rückgängig gemacht: %1 ist wieder im Zustand von vor dem Import (aus %2).</translation>
    </message>
    <message>
        <source>import needs at least one file.</source>
        <translation>import braucht mindestens eine Datei.</translation>
    </message>
    <message>
        <source>--mode must be merge or restore.</source>
        <translation>--mode muss merge oder restore sein.</translation>
    </message>
    <message>
        <source>--mode restore replaces all data in the database: add --yes to confirm (a safety snapshot is taken first).</source>
        <translation>--mode restore ersetzt alle Daten in der Datenbank: Fügen Sie zur Bestätigung --yes hinzu (zuvor wird eine Sicherheitskopie angelegt).</translation>
    </message>
    <message>
        <source>--encoding must be utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>--encoding muss utf-8, utf-16le, utf-16be oder windows-1252 sein.</translation>
    </message>
    <message>
        <source>--strategy must be skip, replace, merge or rename (optionally per table: charts=replace).</source>
        <translation>--strategy muss skip, replace, merge oder rename sein (wahlweise pro Tabelle: charts=replace).</translation>
    </message>
    <message>
        <source>--strategy: there is no table called %1.</source>
        <translation>--strategy: Es gibt keine Tabelle namens %1.</translation>
    </message>
    <message>
        <source>There was no practice at %1: a new, empty one was created for this import.</source>
        <translation>Unter %1 gab es keine Praxis: Für diesen Import wurde eine neue, leere Praxis angelegt.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The new practice was removed again: nothing was created.</source>
        <translation>Die neue Praxis wurde wieder entfernt: Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>the import failed.</source>
        <translation>der Import ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>There is no practice at that path yet: checked against an empty one; nothing was created.</source>
        <translation>Unter diesem Pfad gibt es noch keine Praxis: Geprüft wurde gegen eine leere Praxis; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Only check the files; change nothing.</source>
        <translation>Die Dateien nur prüfen, nichts ändern.</translation>
    </message>
    <message>
        <source>Run the import and roll it back: shows exactly what would happen.</source>
        <translation>Den Import ausführen und zurückrollen: zeigt genau, was passieren würde.</translation>
    </message>
    <message>
        <source>The inputs&apos; text encoding when it is not what is detected: utf-8, utf-16le, utf-16be or windows-1252.</source>
        <translation>Die Textkodierung der Eingabedateien, falls sie nicht richtig erkannt wird: utf-8, utf-16le, utf-16be oder windows-1252.</translation>
    </message>
    <message>
        <source>CHARSET</source>
        <translation>ZEICHENSATZ</translation>
    </message>
    <message>
        <source>For rows that already exist: skip (default), replace, merge or rename; per table as TABLE=STRATEGY, comma-separated.</source>
        <translation>Für Datensätze, die bereits vorhanden sind: skip (Standard), replace, merge oder rename; pro Tabelle als TABELLE=STRATEGIE, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>How rows are matched: id (default), natural, or a comma-separated list of columns.</source>
        <translation>Wie Datensätze zugeordnet werden: id (Standard), natural oder eine durch Kommas getrennte Liste von Spalten.</translation>
    </message>
    <message>
        <source>merge (default) into the current data, or restore: replace it all (needs --yes).</source>
        <translation>merge (Standard) in die aktuellen Daten oder restore: alles ersetzen (erfordert --yes).</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>Confirm a full restore.</source>
        <translation>Eine vollständige Wiederherstellung bestätigen.</translation>
    </message>
    <message>
        <source>Import the valid rows; skip invalid ones and what depends on them.</source>
        <translation>Die gültigen Datensätze importieren; ungültige und alles, was von ihnen abhängt, überspringen.</translation>
    </message>
    <message>
        <source>Also write the report here (.json for JSON, else text).</source>
        <translation>Den Bericht zusätzlich hierhin schreiben (.json für JSON, sonst Text).</translation>
    </message>
    <message>
        <source>Undo the last import: put back the database as it was before it.</source>
        <translation>Den letzten Import rückgängig machen: die Datenbank in den Zustand von vor dem Import zurückversetzen.</translation>
    </message>
    <message>
        <source>Show the database&apos;s path, versions, size and rows per table.</source>
        <translation>Pfad, Versionen, Größe und Datensätze pro Tabelle der Datenbank anzeigen.</translation>
    </message>
    <message>
        <source>Database:       </source>
        <translation>Datenbank:      </translation>
    </message>
    <message>
        <source>Schema version: </source>
        <translation>Schemaversion:  </translation>
    </message>
    <message>
        <source>SQLite version: </source>
        <translation>SQLite-Version: </translation>
    </message>
    <message>
        <source>App version:    </source>
        <translation>App-Version:    </translation>
    </message>
    <message>
        <source>File size:      </source>
        <translation>Dateigröße:     </translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Datensätze pro Tabelle:</translation>
    </message>
    <message>
        <source>Print the information as JSON.</source>
        <translation>Die Informationen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Create an empty practice database (never over an existing file).</source>
        <translation>Eine leere Praxisdatenbank anlegen (nie über eine vorhandene Datei).</translation>
    </message>
    <message>
        <source>%1 exists already; init only creates a new practice. Choose another --db path, or use info to see what is in it.</source>
        <translation>%1 existiert bereits; init legt nur eine neue Praxis an. Wählen Sie einen anderen --db-Pfad, oder sehen Sie mit info nach, was darin ist.</translation>
    </message>
    <message>
        <source>Created an empty practice at %1.</source>
        <translation>Leere Praxis unter %1 angelegt.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number.</source>
        <translation>--%1 erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>keep    %1  (%2)</source>
        <translation>behalten  %1  (%2)</translation>
    </message>
    <message>
        <source>would remove %1</source>
        <translation>würde entfernt: %1</translation>
    </message>
    <message>
        <source>remove  %1</source>
        <translation>entfernt  %1</translation>
    </message>
    <message>
        <source>prune: keep the N newest backups.</source>
        <translation>prune: die N neuesten Sicherungen behalten.</translation>
    </message>
    <message>
        <source>prune: keep every backup within D days of the newest.</source>
        <translation>prune: jede Sicherung behalten, die höchstens D Tage älter ist als die neueste.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>prune: keep the newest backup of each of the last N days.</source>
        <translation>prune: die neueste Sicherung jedes der letzten N Tage behalten.</translation>
    </message>
    <message>
        <source>prune: … of each of the last N weeks.</source>
        <translation>prune: … jeder der letzten N Wochen.</translation>
    </message>
    <message>
        <source>prune: … of each of the last N months.</source>
        <translation>prune: … jedes der letzten N Monate.</translation>
    </message>
    <message>
        <source>prune: … of each of the last N years.</source>
        <translation>prune: … jedes der letzten N Jahre.</translation>
    </message>
    <message>
        <source>prune: only show what would go and why the rest stays.</source>
        <translation>prune: nur anzeigen, was entfernt würde und warum der Rest bleibt.</translation>
    </message>
    <message>
        <source>Could be tidied away (in the app: View → Statistics):</source>
        <translation>Könnte aufgeräumt werden (in der App: Ansicht → Statistik):</translation>
    </message>
    <message numerus="yes">
        <source>%n import safety snapshot(s) older than %1 days</source>
        <translation>
            <numerusform>%n Sicherheitskopie eines Imports, älter als %1 Tage</numerusform>
            <numerusform>%n Sicherheitskopien von Importen, älter als %1 Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved place(s) no birth data uses</source>
        <translation>
            <numerusform>%n gespeicherter Ort, den keine Geburtsdaten verwenden</numerusform>
            <numerusform>%n gespeicherte Orte, die keine Geburtsdaten verwenden</numerusform>
        </translation>
    </message>
    <message>
        <source>Records checked: %1; problems: %2; to note: %3</source>
        <translation>Datensätze geprüft: %1; Probleme: %2; Hinweise: %3</translation>
    </message>
    <message>
        <source>(the first %1 are listed)</source>
        <translation>(die ersten %1 sind aufgeführt)</translation>
    </message>
    <message>
        <source>What the practice holds, how it grows, where the space goes and what needs care.</source>
        <translation>Was die Praxis enthält, wie sie wächst, wo der Speicherplatz bleibt und was Pflege braucht.</translation>
    </message>
    <message>
        <source>%1 this month, %2 last month</source>
        <translation>%1 diesen Monat, %2 letzten Monat</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Horoskope</translation>
    </message>
    <message>
        <source>Interpretations</source>
        <translation>Deutungen</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Space by kind:</source>
        <translation>Speicherplatz nach Art:</translation>
    </message>
    <message>
        <source>Space by kind (estimated):</source>
        <translation>Speicherplatz nach Art (geschätzt):</translation>
    </message>
    <message>
        <source>Data quality:</source>
        <translation>Datenqualität:</translation>
    </message>
    <message>
        <source>%L1 of %L2 charts have no interpretations</source>
        <translation>%L1 von %L2 Horoskopen haben keine Deutungen</translation>
    </message>
    <message>
        <source>%L1 of %L2 clients have no birth data</source>
        <translation>%L1 von %L2 Klienten haben keine Geburtsdaten</translation>
    </message>
    <message>
        <source>%L1 of %L2 birth data have no known time</source>
        <translation>Bei %L1 von %L2 Geburtsdaten ist die Geburtszeit unbekannt</translation>
    </message>
    <message>
        <source>%L1 of %L2 birth data have no Rodden rating</source>
        <translation>Bei %L1 von %L2 Geburtsdaten fehlt die Rodden-Einstufung</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of clients look like the same person</source>
        <translation>
            <numerusform>%n Klientenpaar scheint dieselbe Person zu sein</numerusform>
            <numerusform>%n Klientenpaare scheinen jeweils dieselbe Person zu sein</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the numbers, with the ids behind them, as JSON.</source>
        <translation>Die Zahlen samt den zugehörigen IDs als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also check every record against the rules an import applies (slow on a large practice).</source>
        <translation>Zusätzlich jeden Datensatz gegen die Regeln prüfen, die ein Import anwendet (langsam bei einer großen Praxis).</translation>
    </message>
    <message>
        <source>The backup folder (default: the one chosen in the app&apos;s backup settings, else %1).</source>
        <translation>Der Sicherungsordner (Standard: der in den Sicherungseinstellungen der App gewählte, sonst %1).</translation>
    </message>
</context>
<context>
    <name>tp::cloud::AccessTokens</name>
    <message>
        <source>%1 needs to be connected again.</source>
        <translation>%1 muss erneut verbunden werden.</translation>
    </message>
</context>
<context>
    <name>tp::cloud::CloudCopies</name>
    <message>
        <source>%1 cannot be copied: its manifest cannot be read (%2).</source>
        <translation>%1 kann nicht kopiert werden: Die zugehörige Manifestdatei ist nicht lesbar (%2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>its upload did not finish (no manifest)</source>
        <translation>das Hochladen wurde nicht abgeschlossen (keine Manifestdatei)</translation>
    </message>
    <message>
        <source>There is no backup “%1” in %2.</source>
        <translation>In %2 gibt es keine Sicherung „%1“.</translation>
    </message>
    <message>
        <source>The backup %1 in %2 cannot be restored: %3.</source>
        <translation>Die Sicherung %1 in %2 kann nicht wiederhergestellt werden: %3.</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The backup %1 downloaded from %2 does not match its manifest&apos;s checksum; it was not kept.</source>
        <translation>Die aus %2 heruntergeladene Sicherung %1 stimmt nicht mit der Prüfsumme in ihrer Manifestdatei überein und wurde verworfen.</translation>
    </message>
    <message>
        <source>Copying to %1…</source>
        <translation>Kopieren nach %1…</translation>
    </message>
</context>
<context>
    <name>tp::cloud::Destinations</name>
    <message>
        <source>the folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>S3 bucket %1 at %2</source>
        <translation>S3-Bucket %1 auf %2</translation>
    </message>
    <message>
        <source>WebDAV at %1</source>
        <translation>WebDAV auf %1</translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>Dropbox, folder %1</source>
        <translation>Dropbox, Ordner %1</translation>
    </message>
    <message>
        <source>Google Drive</source>
        <translation>Google Drive</translation>
    </message>
    <message>
        <source>“%1” cannot name a destination: use letters, digits, spaces, “-” and “_” (at most 40).</source>
        <translation>„%1“ ist als Name für ein Ziel nicht möglich: Verwenden Sie Buchstaben, Ziffern, Leerzeichen, „-“ und „_“ (höchstens 40 Zeichen).</translation>
    </message>
    <message>
        <source>A folder destination needs its folder.</source>
        <translation>Geben Sie für das Ordnerziel einen Ordner an.</translation>
    </message>
    <message>
        <source>An S3 destination needs its endpoint, e.g. https://s3.eu-central-1.amazonaws.com.</source>
        <translation>Geben Sie für das S3-Ziel den Endpunkt an, z. B. https://s3.eu-central-1.amazonaws.com.</translation>
    </message>
    <message>
        <source>An S3 destination needs its bucket.</source>
        <translation>Geben Sie für das S3-Ziel den Bucket an.</translation>
    </message>
    <message>
        <source>An S3 destination needs its access key id.</source>
        <translation>Geben Sie für das S3-Ziel die Zugriffsschlüssel-ID an.</translation>
    </message>
    <message>
        <source>A WebDAV destination needs its server&apos;s address, e.g. https://cloud.example.org/remote.php/dav/files/me/.</source>
        <translation>Geben Sie für das WebDAV-Ziel die Adresse des Servers an, z. B. https://cloud.example.org/remote.php/dav/files/me/.</translation>
    </message>
    <message>
        <source>The endpoint of %1 is not a web address.</source>
        <translation>Der Endpunkt von %1 ist keine Webadresse.</translation>
    </message>
    <message>
        <source>“%1” is not logged in to its server yet: Log In with Nextcloud… in Settings → Cloud, or theprogram-cli cloud connect %1.</source>
        <translation>„%1“ ist noch nicht bei seinem Server angemeldet: Klicken Sie unter Einstellungen → Cloud auf „Mit Nextcloud anmelden…“ oder verwenden Sie theprogram-cli cloud connect %1.</translation>
    </message>
    <message>
        <source>“%1” is not connected to %2 yet: connect it in Settings → Cloud, or with theprogram-cli cloud connect %1.</source>
        <translation>„%1“ ist noch nicht mit %2 verbunden: Verbinden Sie es unter Einstellungen → Cloud oder mit theprogram-cli cloud connect %1.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for the destination “%1”; add it again with its secret.</source>
        <translation>Im Schlüsselbund sind keine Zugangsdaten für das Ziel „%1“ gespeichert; fügen Sie das Ziel mit seinen Zugangsdaten erneut hinzu.</translation>
    </message>
    <message>
        <source>The secret of the destination “%1” cannot be read from the keychain: %2</source>
        <translation>Die Zugangsdaten des Ziels „%1“ können nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tp::cloud::Download</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <source>%1 does not resume downloads; try again.</source>
        <translation>%1 setzt unterbrochene Downloads nicht fort; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The copy of %1 downloaded from %2 does not match its checksum; nothing was kept.</source>
        <translation>Die aus %2 heruntergeladene Kopie von %1 stimmt nicht mit ihrer Prüfsumme überein; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>tp::cloud::DriveRepository</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Google Drive (folder “%1”)</source>
        <translation>Google Drive (Ordner „%1“)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Google Drive refused the app&apos;s access while %1; try again, and reconnect Google Drive if it keeps failing.</source>
        <translation>Google Drive hat der App %1 den Zugriff verweigert. Versuchen Sie es erneut, und verbinden Sie Google Drive neu, falls der Fehler bestehen bleibt.</translation>
    </message>
    <message>
        <source>%1 could not be reached while %2: %3</source>
        <translation>%1 war %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>the Google account&apos;s storage is full (free some space in Drive or get more, then try again)</source>
        <translation>der Speicher des Google-Kontos ist voll (schaffen Sie in Drive Platz oder erweitern Sie den Speicher, und versuchen Sie es dann erneut)</translation>
    </message>
    <message>
        <source>Google asks the app to slow down; try again later</source>
        <translation>Google meldet zu viele Anfragen; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>the app is not allowed to do this (%1)</source>
        <translation>die App hat dafür keine Berechtigung (%1)</translation>
    </message>
    <message>
        <source>it is not there (was it deleted in Drive?)</source>
        <translation>nicht gefunden (wurde es in Drive gelöscht?)</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>der Server antwortete mit %1</translation>
    </message>
    <message>
        <source>%1 refused while %2: %3.</source>
        <translation>%1 hat %2 einen Fehler gemeldet: %3.</translation>
    </message>
    <message>
        <source>looking for the folder</source>
        <translation>beim Suchen des Ordners</translation>
    </message>
    <message>
        <source>making the folder</source>
        <translation>beim Anlegen des Ordners</translation>
    </message>
    <message>
        <source>%1 sent an answer that cannot be read.</source>
        <translation>%1 hat eine unlesbare Antwort gesendet.</translation>
    </message>
    <message>
        <source>listing the backups</source>
        <translation>beim Auflisten der Sicherungen</translation>
    </message>
    <message>
        <source>%1 sent a list that cannot be read.</source>
        <translation>%1 hat eine unlesbare Liste gesendet.</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Inhalt von %1 wird abgerufen</translation>
    </message>
    <message>
        <source>%1 does not match its checksum (did it change, or is the disk failing?); it was not uploaded.</source>
        <translation>Die Prüfsumme von %1 stimmt nicht (wurde die Datei geändert oder ist der Datenträger defekt?); die Datei wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>%1 ended the upload of %2 %3 times before it was done; try again later.</source>
        <translation>%1 hat das Hochladen von %2 %3-mal abgebrochen, bevor es abgeschlossen war; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 did not start the upload of %2.</source>
        <translation>%1 hat das Hochladen von %2 nicht gestartet.</translation>
    </message>
    <message>
        <source>starting the upload of %1</source>
        <translation>beim Starten des Hochladens von %1</translation>
    </message>
    <message>
        <source>Uploading to %1</source>
        <translation>Hochladen nach %1</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>beim Hochladen von %1</translation>
    </message>
    <message>
        <source>%1 answered the upload of %2 with a range that cannot be (%3).</source>
        <translation>%1 hat auf das Hochladen von %2 mit einem unmöglichen Bereich geantwortet (%3).</translation>
    </message>
    <message>
        <source>%1 kept a copy of %2 that differs from the file (did the file change while it was uploaded?); it was removed. Try again.</source>
        <translation>%1 hat eine Kopie von %2 gespeichert, die von der Datei abweicht (wurde die Datei während des Hochladens geändert?); sie wurde entfernt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 ist in %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>beim Herunterladen von %1</translation>
    </message>
    <message>
        <source>The copy of %1 downloaded from %2 does not match its checksum; nothing was kept.</source>
        <translation>Die aus %2 heruntergeladene Kopie von %1 stimmt nicht mit ihrer Prüfsumme überein; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>removing a file</source>
        <translation>beim Entfernen einer Datei</translation>
    </message>
    <message>
        <source>asking about the account</source>
        <translation>beim Abfragen der Kontodaten</translation>
    </message>
</context>
<context>
    <name>tp::cloud::DropboxRepository</name>
    <message>
        <source>Dropbox (the app&apos;s folder)</source>
        <translation>Dropbox (App-Ordner)</translation>
    </message>
    <message>
        <source>Dropbox (the app&apos;s folder “%1”)</source>
        <translation>Dropbox (App-Ordner „%1“)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Dropbox needs to be connected again: %1</source>
        <translation>Dropbox muss erneut verbunden werden: %1</translation>
    </message>
    <message>
        <source>Dropbox could not be reached while %1: %2</source>
        <translation>Dropbox war %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Dropbox did not accept the sign-in while %1: %2</source>
        <translation>Dropbox hat %1 die Zugangsdaten nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>the Dropbox is full</source>
        <translation>die Dropbox ist voll</translation>
    </message>
    <message>
        <source>Dropbox does not allow this name</source>
        <translation>Dropbox erlaubt diesen Namen nicht</translation>
    </message>
    <message>
        <source>the account may not write there</source>
        <translation>das Konto hat dort keine Schreibrechte</translation>
    </message>
    <message>
        <source>it did not understand the request (%1)</source>
        <translation>die Anfrage wurde nicht verstanden (%1)</translation>
    </message>
    <message>
        <source>it refused</source>
        <translation>die Anfrage wurde abgelehnt</translation>
    </message>
    <message>
        <source>Dropbox refused while %1: %2.</source>
        <translation>Dropbox hat %1 einen Fehler gemeldet: %2.</translation>
    </message>
    <message>
        <source>listing the backups</source>
        <translation>beim Auflisten der Sicherungen</translation>
    </message>
    <message>
        <source>Dropbox listed without end; try again later.</source>
        <translation>Dropbox hat die Auflistung nicht beendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not match its checksum (did it change, or is the disk failing?); it was not uploaded.</source>
        <translation>Die Prüfsumme von %1 stimmt nicht (wurde die Datei geändert oder ist der Datenträger defekt?); die Datei wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>Dropbox kept a copy of %1 that differs from the file; it was removed. Try again.</source>
        <translation>Dropbox hat eine Kopie von %1 gespeichert, die von der Datei abweicht; sie wurde entfernt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>beim Hochladen von %1</translation>
    </message>
    <message>
        <source>Dropbox did not open an upload for %1; try again.</source>
        <translation>Dropbox hat das Hochladen von %1 nicht gestartet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Dropbox dropped the upload of %1 again and again; try again later.</source>
        <translation>Dropbox hat das Hochladen von %1 wiederholt abgebrochen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Uploading to %1</source>
        <translation>Hochladen nach %1</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 ist in %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>beim Herunterladen von %1</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>beim Entfernen von %1</translation>
    </message>
    <message>
        <source>asking for the free space</source>
        <translation>beim Abfragen des freien Speicherplatzes</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>bei der Anmeldung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tp::cloud::HttpClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The network library could not be started.</source>
        <translation>Die Netzwerkbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than expected.</source>
        <translation>Die Antwort des Servers ist größer als erwartet.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete mit %1.</translation>
    </message>
</context>
<context>
    <name>tp::cloud::LocalRepository</name>
    <message>
        <source>the folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>“%1” is not a file name that can be kept in %2.</source>
        <translation>„%1“ ist kein Dateiname, der in %2 gespeichert werden kann.</translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is its disk connected?).</source>
        <translation>Der Ordner %1 existiert nicht (ist sein Datenträger angeschlossen?).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read: permission denied.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>%1 wird kopiert</translation>
    </message>
    <message>
        <source>The copy of %1 does not match its checksum; nothing was kept. Is the disk failing?</source>
        <translation>Die Kopie von %1 stimmt nicht mit ihrer Prüfsumme überein; es wurde nichts gespeichert. Ist der Datenträger defekt?</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 ist in %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 cannot be removed from %2: %3</source>
        <translation>%1 kann nicht aus %2 entfernt werden: %3</translation>
    </message>
    <message>
        <source>The disk of %1 cannot be read.</source>
        <translation>Der Datenträger von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the lock cannot be made</source>
        <translation>die Sperrdatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Waiting for another program writing to %1…</source>
        <translation>Warten auf ein anderes Programm, das in %1 schreibt…</translation>
    </message>
    <message>
        <source>Cancelled while another program was writing to %1.</source>
        <translation>Abgebrochen, während ein anderes Programm in %1 schrieb.</translation>
    </message>
</context>
<context>
    <name>tp::cloud::LoopbackReceiver</name>
    <message>
        <source>The port %1 on this computer is in use, so the browser cannot hand the sign-in back. Close the program using it and try again.</source>
        <translation>Der Port %1 auf diesem Computer ist belegt, daher kann der Browser die Anmeldung nicht an The Program zurückgeben. Schließen Sie das Programm, das ihn verwendet, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No port on this computer could be opened for the sign-in: %1</source>
        <translation>Auf diesem Computer konnte kein Port für die Anmeldung geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>The Program has what it needs. You can close this tab.</source>
        <translation>The Program hat alles, was es braucht. Sie können diesen Tab schließen.</translation>
    </message>
</context>
<context>
    <name>tp::cloud::NextcloudLogin</name>
    <message>
        <source>“%1” is not the address of a Nextcloud server (e.g. https://cloud.example.org).</source>
        <translation>„%1“ ist nicht die Adresse eines Nextcloud-Servers (z. B. https://cloud.example.org).</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 does not offer Nextcloud&apos;s browser login (it answered %2). Enter the user and an app password instead.</source>
        <translation>%1 bietet die Browser-Anmeldung von Nextcloud nicht an (Antwort: %2). Geben Sie stattdessen den Benutzernamen und ein App-Passwort ein.</translation>
    </message>
    <message>
        <source>%1 sent the login elsewhere (%2); nothing was connected.</source>
        <translation>%1 hat die Anmeldung an eine andere Adresse weitergeleitet (%2); es wurde nichts verbunden.</translation>
    </message>
    <message>
        <source>Logging in was cancelled; nothing was connected.</source>
        <translation>Die Anmeldung wurde abgebrochen; es wurde nichts verbunden.</translation>
    </message>
    <message>
        <source>%1 ended the login without handing over access (%2). Try again.</source>
        <translation>%1 hat die Anmeldung beendet, ohne Zugriff zu gewähren (%2). Versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The login in the browser was not finished within %n minute(s); nothing was connected.</source>
        <translation>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb einer Minute abgeschlossen; es wurde nichts verbunden.</numerusform>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Minuten abgeschlossen; es wurde nichts verbunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::cloud::OAuthClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be reached to sign in: %2</source>
        <translation>%1 war für die Anmeldung nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered the sign-in without an access token.</source>
        <translation>%1 hat die Anmeldung ohne Zugriffstoken beantwortet.</translation>
    </message>
    <message>
        <source>%1 no longer accepts this app&apos;s access (it was revoked, expired or the password changed). Reconnect to copy backups there again.</source>
        <translation>%1 akzeptiert den Zugriff dieser App nicht mehr (er wurde widerrufen, ist abgelaufen oder das Passwort wurde geändert). Stellen Sie die Verbindung erneut her, damit wieder Sicherungen dorthin kopiert werden.</translation>
    </message>
    <message>
        <source>%1 does not know this app&apos;s id (%2). Check the app id in Settings → Cloud; the cloud guide says how to register one.</source>
        <translation>%1 kennt die App-ID dieser App nicht (%2). Prüfen Sie die App-ID unter Einstellungen → Cloud; in der Cloud-Anleitung steht, wie Sie eine registrieren.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>tp::cloud::OAuthLogin</name>
    <message numerus="yes">
        <source>No answer came from the browser within %n minute(s); nothing was connected. Try again.</source>
        <translation>
            <numerusform>Innerhalb einer Minute kam keine Antwort vom Browser; es wurde nichts verbunden. Versuchen Sie es erneut.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser; es wurde nichts verbunden. Versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 gave no lasting access (no refresh token), so backups could not be copied unattended. Try again.</source>
        <translation>%1 hat keinen dauerhaften Zugriff gewährt (kein Refresh-Token), daher könnten Sicherungen nicht automatisch kopiert werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This copy of The Program has no app id for %1. Enter one in Settings → Cloud → App Ids…; the cloud guide says how to register one.</source>
        <translation>Diese Installation von The Program hat keine App-ID für %1. Geben Sie unter Einstellungen → Cloud → App-IDs… eine ein; in der Cloud-Anleitung steht, wie Sie eine registrieren.</translation>
    </message>
    <message>
        <source>The sign-in address of %1 is not a web address: %2</source>
        <translation>Die Anmeldeadresse von %1 ist keine Webadresse: %2</translation>
    </message>
    <message>
        <source>Connecting was cancelled; nothing was connected.</source>
        <translation>Das Verbinden wurde abgebrochen; es wurde nichts verbunden.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in The Program is waiting for. Use the page The Program opened.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, auf die The Program wartet. Verwenden Sie die Seite, die The Program geöffnet hat.</translation>
    </message>
    <message>
        <source>Access was not given. You can close this tab.</source>
        <translation>Der Zugriff wurde nicht gewährt. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Access to %1 was not given in the browser; nothing was connected.</source>
        <translation>Der Zugriff auf %1 wurde im Browser nicht gewährt; es wurde nichts verbunden.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in&apos;s code (it may have been used or expired). Try again.</source>
        <translation>%1 hat den Anmeldecode nicht akzeptiert (er wurde möglicherweise schon verwendet oder ist abgelaufen). Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>tp::cloud::S3Repository</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not match its checksum (did it change, or is the disk failing?); it was not uploaded.</source>
        <translation>Die Prüfsumme von %1 stimmt nicht (wurde die Datei geändert oder ist der Datenträger defekt?); die Datei wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>S3 bucket %1 at %2</source>
        <translation>S3-Bucket %1 auf %2</translation>
    </message>
    <message>
        <source>folder %1 of S3 bucket %2 at %3</source>
        <translation>Ordner %1 im S3-Bucket %2 auf %3</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be reached while %2: %3</source>
        <translation>%1 war %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>the access key id is not known to the store</source>
        <translation>die Zugriffsschlüssel-ID ist dem Speicherdienst nicht bekannt</translation>
    </message>
    <message>
        <source>the secret access key does not match the access key id</source>
        <translation>der geheime Zugriffsschlüssel passt nicht zur Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>there is no bucket %1</source>
        <translation>es gibt keinen Bucket %1</translation>
    </message>
    <message>
        <source>the key is not allowed to do this (check the bucket&apos;s policy)</source>
        <translation>der Schlüssel hat dafür keine Berechtigung (prüfen Sie die Richtlinie des Buckets)</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>der Server antwortete mit %1</translation>
    </message>
    <message>
        <source>%1 refused while %2: %3.</source>
        <translation>%1 hat %2 einen Fehler gemeldet: %3.</translation>
    </message>
    <message>
        <source>listing the backups</source>
        <translation>beim Auflisten der Sicherungen</translation>
    </message>
    <message>
        <source>%1 sent a list that cannot be read.</source>
        <translation>%1 hat eine unlesbare Liste gesendet.</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Inhalt von %1 wird abgerufen</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>beim Prüfen von %1</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 kept a copy of %2 that differs from the file; it was removed. Try again.</source>
        <translation>%1 hat eine Kopie von %2 gespeichert, die von der Datei abweicht; sie wurde entfernt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Uploading to %1</source>
        <translation>Hochladen nach %1</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>beim Hochladen von %1</translation>
    </message>
    <message>
        <source>starting the upload of %1</source>
        <translation>beim Starten des Hochladens von %1</translation>
    </message>
    <message>
        <source>uploading part %1 of %2</source>
        <translation>beim Hochladen von Teil %1 der Datei %2</translation>
    </message>
    <message>
        <source>finishing the upload of %1</source>
        <translation>beim Abschließen des Hochladens von %1</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 ist in %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>beim Herunterladen von %1</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>beim Entfernen von %1</translation>
    </message>
    <message>
        <source>testing the connection</source>
        <translation>beim Testen der Verbindung</translation>
    </message>
</context>
<context>
    <name>tp::cloud::WebDavRepository</name>
    <message>
        <source>the WebDAV folder %1</source>
        <translation>WebDAV-Ordner %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be reached while %2: %3</source>
        <translation>%1 war %2 nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>the user or the (app) password is not accepted</source>
        <translation>Benutzername oder (App-)Passwort wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>the account may not write there</source>
        <translation>das Konto hat dort keine Schreibrechte</translation>
    </message>
    <message>
        <source>the folder does not exist (check the address)</source>
        <translation>der Ordner existiert nicht (prüfen Sie die Adresse)</translation>
    </message>
    <message>
        <source>the storage is full</source>
        <translation>der Speicher ist voll</translation>
    </message>
    <message>
        <source>it answered %1</source>
        <translation>der Server antwortete mit %1</translation>
    </message>
    <message>
        <source>%1 refused while %2: %3.</source>
        <translation>%1 hat %2 einen Fehler gemeldet: %3.</translation>
    </message>
    <message>
        <source>opening the folder</source>
        <translation>beim Öffnen des Ordners</translation>
    </message>
    <message>
        <source>making the folder</source>
        <translation>beim Anlegen des Ordners</translation>
    </message>
    <message>
        <source>listing the folder</source>
        <translation>beim Auflisten des Ordners</translation>
    </message>
    <message>
        <source>%1 sent a list that cannot be read.</source>
        <translation>%1 hat eine unlesbare Liste gesendet.</translation>
    </message>
    <message>
        <source>Uploading to %1</source>
        <translation>Hochladen nach %1</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>beim Hochladen von %1</translation>
    </message>
    <message>
        <source>%1 does not match its checksum (did it change, or is the disk failing?); it was not uploaded.</source>
        <translation>Die Prüfsumme von %1 stimmt nicht (wurde die Datei geändert oder ist der Datenträger defekt?); die Datei wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>naming %1</source>
        <translation>beim Umbenennen in %1</translation>
    </message>
    <message>
        <source>%1 kept a copy of %2 that differs from the file; it was removed. Try again.</source>
        <translation>%1 hat eine Kopie von %2 gespeichert, die von der Datei abweicht; sie wurde entfernt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 changed while it was uploaded (or the disk is failing); it was not uploaded.</source>
        <translation>%1 wurde während des Hochladens geändert (oder der Datenträger ist defekt); die Datei wurde nicht hochgeladen.</translation>
    </message>
    <message>
        <source>joining the parts of %1</source>
        <translation>beim Zusammenfügen der Teile von %1</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 ist in %2 nicht vorhanden.</translation>
    </message>
    <message>
        <source>downloading %1</source>
        <translation>beim Herunterladen von %1</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>beim Entfernen von %1</translation>
    </message>
</context>
<context>
    <name>tp::crypto::DecryptingReader</name>
    <message>
        <source>This is not an encrypted backup of The Program.</source>
        <translation>Dies ist keine verschlüsselte Sicherung von The Program.</translation>
    </message>
    <message>
        <source>The backup&apos;s encryption format version %1 is newer than this version of The Program understands (%2).</source>
        <translation>Die Sicherung verwendet Version %1 des Verschlüsselungsformats; diese Version von The Program versteht nur bis Version %2. Aktualisieren Sie The Program, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The backup is damaged or was not made by The Program: its header&apos;s parameters are out of range.</source>
        <translation>Die Sicherung ist beschädigt oder wurde nicht von The Program erstellt: Die Parameter in ihren Kopfdaten liegen außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <source>Wrong password or key file: this backup was encrypted with a key file.</source>
        <translation>Falsches Passwort oder falsche Schlüsseldatei: Diese Sicherung wurde mit einer Schlüsseldatei verschlüsselt.</translation>
    </message>
    <message>
        <source>Wrong password or key file.</source>
        <translation>Falsches Passwort oder falsche Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The backup is damaged at byte %1: it ends too early.</source>
        <translation>Die Sicherung ist bei Byte %1 beschädigt: Sie endet zu früh.</translation>
    </message>
    <message>
        <source>The backup is damaged at byte %1: segment %2 does not authenticate (changed, missing, reordered or cut off).</source>
        <translation>Die Sicherung ist bei Byte %1 beschädigt: Segment %2 lässt sich nicht authentifizieren (geändert, fehlend, vertauscht oder abgeschnitten).</translation>
    </message>
</context>
<context>
    <name>tp::crypto::EncryptingWriter</name>
    <message>
        <source>Encryption failed.</source>
        <translation>Die Verschlüsselung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The encryption can only write onto an open, writable device.</source>
        <translation>Die Verschlüsselung kann nur in ein geöffnetes, beschreibbares Ausgabeziel schreiben.</translation>
    </message>
    <message>
        <source>The key file is too short: it needs at least 32 bytes.</source>
        <translation>Die Schlüsseldatei ist zu kurz: Sie muss mindestens 32 Byte lang sein.</translation>
    </message>
    <message>
        <source>The encryption key could not be derived.</source>
        <translation>Der Schlüssel für die Verschlüsselung konnte nicht abgeleitet werden.</translation>
    </message>
</context>
<context>
    <name>tp::crypto::KeySource</name>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>tp::db::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be opened or created there.</source>
        <translation>Der Ordner %1 existiert nicht, daher kann die Datenbank %2 dort weder geöffnet noch angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a practice of The Program. It was left untouched.</source>
        <translation>%1 ist leer und damit keine Praxis von The Program. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a database of The Program: it is not an SQLite file. It was left untouched.</source>
        <translation>%1 ist keine Datenbank von The Program, denn die Datei ist keine SQLite-Datei. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is read-only. The Program needs to write to its database; make the file writable or open a copy of it.</source>
        <translation>%1 ist schreibgeschützt. The Program muss in seine Datenbank schreiben können; machen Sie die Datei beschreibbar oder öffnen Sie eine Kopie davon.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2.</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to be read, and no private copy can be made: %2</source>
        <translation>Um %1 lesen zu können, muss die Datei aktualisiert werden, doch es lässt sich keine eigene Arbeitskopie anlegen: %2</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close the other program (or the other window of The Program) that uses it and try again.</source>
        <translation>%1 ist von einem anderen Programm gesperrt. Schließen Sie das andere Programm (oder das andere Fenster von The Program), das die Datei verwendet, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a database of The Program: it is damaged or not an SQLite file. It was left untouched.</source>
        <translation>%1 ist keine Datenbank von The Program: Die Datei ist beschädigt oder keine SQLite-Datei. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>%1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of The Program&apos;s (it has no app_config table). It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine von The Program (ihr fehlt die Tabelle app_config). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of The Program (database schema version %2; this version understands up to %3). Please update The Program to open it. The file was left untouched.</source>
        <translation>%1 wurde von einer neueren Version von The Program geschrieben (Datenbankschema-Version %2; diese Version unterstützt bis Version %3). Bitte aktualisieren Sie The Program, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be used: its table %2 has no column %3, which this version of The Program needs. The file was left untouched.</source>
        <translation>%1 kann nicht verwendet werden: Der Tabelle %2 fehlt die Spalte %3, die diese Version von The Program benötigt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an empty SQLite database, not a practice of The Program. It was left untouched.</source>
        <translation>%1 ist eine leere SQLite-Datenbank, keine Praxis von The Program. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 could not be updated to the current schema: %2</source>
        <translation>%1 konnte nicht auf das aktuelle Schema aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>tp::db::Migrations</name>
    <message>
        <source>The schema version could not be read.</source>
        <translation>Die Schemaversion konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No migration step leads from schema version %1 to %2.</source>
        <translation>Es gibt keinen Migrationsschritt von Schemaversion %1 zu %2.</translation>
    </message>
    <message>
        <source>Updating the database from schema version %1 to %2 failed (%3): %4. Nothing was changed by this step.</source>
        <translation>Die Aktualisierung der Datenbank von Schemaversion %1 auf %2 ist fehlgeschlagen (%3): %4. Durch diesen Schritt wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tp::db::Snapshot</name>
    <message>
        <source>it is not a database file</source>
        <translation>keine Datenbankdatei</translation>
    </message>
    <message>
        <source>The snapshot failed its integrity check: %1</source>
        <translation>Die Sicherheitskopie hat die Integritätsprüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>The snapshot could not be given its name %1: %2</source>
        <translation>Die Sicherheitskopie konnte nicht unter dem Namen %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The snapshot %1 has no record of what it holds (it may be left from an interrupted import), so it was not put in place. Your practice is unchanged.</source>
        <translation>Die Sicherheitskopie %1 enthält keine Angaben zu ihrem Inhalt (sie stammt vielleicht von einem unterbrochenen Import) und wurde daher nicht eingespielt. Ihre Praxis ist unverändert.</translation>
    </message>
    <message>
        <source>The snapshot %1 was taken of %2, not of this practice (%3), so it was not put in place. Your practice is unchanged.</source>
        <translation>Die Sicherheitskopie %1 wurde von %2 erstellt, nicht von dieser Praxis (%3), und wurde daher nicht eingespielt. Ihre Praxis ist unverändert.</translation>
    </message>
    <message>
        <source>The snapshot %1 is damaged (%2), so it was not put in place. Your practice is unchanged.</source>
        <translation>Die Sicherheitskopie %1 ist beschädigt (%2) und wurde daher nicht eingespielt. Ihre Praxis ist unverändert.</translation>
    </message>
    <message>
        <source>its size is not the size recorded when it was taken</source>
        <translation>ihre Größe weicht von der bei der Erstellung gespeicherten ab</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>its rows are not those counted when it was taken</source>
        <translation>ihre Zeilenzahlen weichen von den bei der Erstellung gezählten ab</translation>
    </message>
    <message>
        <source>The database could not be replaced: %1</source>
        <translation>Die Datenbank konnte nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>the copy is incomplete</source>
        <translation>die Kopie ist unvollständig</translation>
    </message>
</context>
<context>
    <name>tp::db::TableRegistry</name>
    <message>
        <source>Program settings</source>
        <translation>Programmeinstellungen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Persönliche Einstellungen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Birth data</source>
        <translation>Geburtsdaten</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Horoskope</translation>
    </message>
    <message>
        <source>Chart interpretations</source>
        <translation>Horoskopdeutungen</translation>
    </message>
    <message>
        <source>Interpretation library</source>
        <translation>Deutungsbibliothek</translation>
    </message>
    <message>
        <source>Aspect patterns</source>
        <translation>Aspektfiguren</translation>
    </message>
    <message>
        <source>Transits</source>
        <translation>Transite</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>Saved places</source>
        <translation>Gespeicherte Orte</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Horoskop</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Ayanamsa</source>
        <translation>Ayanamsa</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <source>Database version</source>
        <translation>Datenbankversion</translation>
    </message>
    <message>
        <source>Default house system</source>
        <translation>Standard-Häusersystem</translation>
    </message>
    <message>
        <source>Default ayanamsa</source>
        <translation>Standard-Ayanamsa</translation>
    </message>
    <message>
        <source>Default zodiac</source>
        <translation>Standard-Tierkreis</translation>
    </message>
    <message>
        <source>Aspect orbs</source>
        <translation>Aspektorben</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Points shown</source>
        <translation>Angezeigte Punkte</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Time of birth</source>
        <translation>Geburtszeit</translation>
    </message>
    <message>
        <source>Time of birth unknown</source>
        <translation>Geburtszeit unbekannt</translation>
    </message>
    <message>
        <source>UTC offset (minutes)</source>
        <translation>UTC-Abweichung (Minuten)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Rodden rating</source>
        <translation>Rodden-Einstufung</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Chart name</source>
        <translation>Horoskopname</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Horoskopart</translation>
    </message>
    <message>
        <source>Astrological system</source>
        <translation>Astrologisches System</translation>
    </message>
    <message>
        <source>House system</source>
        <translation>Häusersystem</translation>
    </message>
    <message>
        <source>Zodiac</source>
        <translation>Tierkreis</translation>
    </message>
    <message>
        <source>Calculation settings</source>
        <translation>Berechnungseinstellungen</translation>
    </message>
    <message>
        <source>Chart positions</source>
        <translation>Horoskoppositionen</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Kind of element</source>
        <translation>Art des Elements</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Deutung</translation>
    </message>
    <message>
        <source>Written by (model)</source>
        <translation>Verfasst von (Modell)</translation>
    </message>
    <message>
        <source>Prompt version</source>
        <translation>Prompt-Version</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Tradition</source>
        <translation>Tradition</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Written by you</source>
        <translation>Von Ihnen verfasst</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Figur</translation>
    </message>
    <message>
        <source>Planets involved</source>
        <translation>Beteiligte Planeten</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Transiting planet</source>
        <translation>Transitplanet</translation>
    </message>
    <message>
        <source>Natal planet</source>
        <translation>Radixplanet</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
    <message>
        <source>Orb</source>
        <translation>Orbis</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Applikativ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>GeoNames number</source>
        <translation>GeoNames-Nummer</translation>
    </message>
</context>
<context>
    <name>tp::demo::DemoGenerator</name>
    <message>
        <source>Demo data needs 0 to 1,000,000 clients and 0 to 100 charts per client.</source>
        <translation>Für Demodaten sind 0 bis 1.000.000 Klienten und 0 bis 100 Horoskope pro Klient möglich.</translation>
    </message>
    <message>
        <source>Demo data could not be written: %1</source>
        <translation>Die Demodaten konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Client %1 of %2</source>
        <translation>Klient %1 von %2</translation>
    </message>
    <message>
        <source>Demo data could not be saved: %1</source>
        <translation>Die Demodaten konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tp::exchange::Converter</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 holds no CSV files.</source>
        <translation>%1 enthält keine CSV-Dateien.</translation>
    </message>
    <message>
        <source>%1 is missing from the bundle.</source>
        <translation>%1 fehlt im Paket.</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields where the header has %4.</source>
        <translation>%1, Zeile %2: %3 Felder, die Kopfzeile hat aber %4.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1, line %2, %3: bytes that are not valid UTF-8; nothing was written. Correct them, or convert the file to UTF-8 first.</source>
        <translation>%1, Zeile %2, %3: Bytes, die kein gültiges UTF-8 sind; es wurde nichts geschrieben. Korrigieren Sie diese Stellen oder wandeln Sie die Datei zuerst in UTF-8 um.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8; it was read as Windows-1252. Check accented letters in the result.</source>
        <translation>%1 ist kein UTF-8; die Datei wurde als Windows-1252 gelesen. Prüfen Sie Umlaute und Buchstaben mit Akzent im Ergebnis.</translation>
    </message>
    <message>
        <source>A %1 value is not valid JSON and was kept as text.</source>
        <translation>Ein Wert in %1 ist kein gültiges JSON und wurde als Text übernommen.</translation>
    </message>
    <message>
        <source>%1, line %2: the JSON is not valid: %3</source>
        <translation>%1, Zeile %2: Das JSON ist ungültig: %3</translation>
    </message>
    <message>
        <source>%1 is JSON but not an export of The Program, so it cannot become a CSV bundle.</source>
        <translation>%1 ist JSON, aber kein Export von The Program, und lässt sich daher nicht in ein CSV-Paket umwandeln.</translation>
    </message>
    <message>
        <source>There is no table called %1 (for --schema).</source>
        <translation>Es gibt keine Tabelle namens %1 (für --schema).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 ist leer: Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>No output was given.</source>
        <translation>Es wurde keine Ausgabe angegeben.</translation>
    </message>
    <message>
        <source>JSON can become JSON (.json, .json.gz), a CSV bundle (.zip) or a folder of CSV files.</source>
        <translation>JSON lässt sich umwandeln in JSON (.json, .json.gz), ein CSV-Paket (.zip) oder einen Ordner mit CSV-Dateien.</translation>
    </message>
    <message>
        <source>A CSV bundle can become JSON (.json, .json.gz), a folder, or (from a folder) a zip.</source>
        <translation>Ein CSV-Paket lässt sich umwandeln in JSON (.json, .json.gz), einen Ordner oder (aus einem Ordner) eine ZIP-Datei.</translation>
    </message>
    <message>
        <source>Converting %1 to %2 is not something the converter does.</source>
        <translation>Die Umwandlung von %1 in %2 beherrscht der Konverter nicht.</translation>
    </message>
    <message>
        <source>%1 holds no CSV file named after a table of the practice (clients.csv, birth_data.csv, charts.csv, …), and no manifest.json says which table each file is. Nothing was written.</source>
        <translation>%1 enthält keine CSV-Datei, die nach einer Tabelle der Praxis benannt ist (clients.csv, birth_data.csv, charts.csv, …), und keine manifest.json sagt, zu welcher Tabelle jede Datei gehört. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>tp::exchange::Exporter</name>
    <message>
        <source>The table %1 cannot be read: %2</source>
        <translation>Die Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The manifest cannot be written: %1</source>
        <translation>Das Manifest kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A %1 value is not valid JSON and was exported as text.</source>
        <translation>Ein Wert in %1 ist kein gültiges JSON und wurde als Text exportiert.</translation>
    </message>
    <message>
        <source>The table %1 cannot be read.</source>
        <translation>Die Tabelle %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field: write table.column, such as clients.email.</source>
        <translation>&apos;%1&apos; ist kein Feld: Schreiben Sie tabelle.spalte, etwa clients.email.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be left out: ids and links between tables keep the file re-importable.</source>
        <translation>&apos;%1&apos; kann nicht weggelassen werden: IDs und Verknüpfungen zwischen den Tabellen sorgen dafür, dass sich die Datei wieder importieren lässt.</translation>
    </message>
    <message>
        <source>No output file was given.</source>
        <translation>Es wurde keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>Choose the client to export.</source>
        <translation>Wählen Sie den Klienten, der exportiert werden soll.</translation>
    </message>
    <message>
        <source>Choose the chart to export.</source>
        <translation>Wählen Sie das Horoskop, das exportiert werden soll.</translation>
    </message>
    <message>
        <source>The database cannot be read: %1</source>
        <translation>Die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The export could not be prepared: %1</source>
        <translation>Der Export konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The client to export does not exist (any more).</source>
        <translation>Der zu exportierende Klient existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>The chart to export does not exist (any more).</source>
        <translation>Das zu exportierende Horoskop existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The written file does not check out: %1</source>
        <translation>Die geschriebene Datei besteht die Prüfung nicht: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows were announced but %3 written.</source>
        <translation>%1: %2 Zeilen waren angekündigt, aber %3 wurden geschrieben.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>the table %1 should have %2 rows but has %3.</source>
        <translation>die Tabelle %1 sollte %2 Zeilen haben, hat aber %3.</translation>
    </message>
    <message>
        <source>the table %1 is not announced in the header.</source>
        <translation>die Tabelle %1 ist im Kopfteil nicht angekündigt.</translation>
    </message>
    <message>
        <source>the zip has no manifest.json.</source>
        <translation>die ZIP-Datei enthält keine manifest.json.</translation>
    </message>
    <message>
        <source>manifest.json is not a manifest of The Program&apos;s export format.</source>
        <translation>manifest.json ist kein Manifest des Exportformats von The Program.</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing from the zip.</source>
        <translation>%1 ist im Manifest aufgeführt, fehlt aber in der ZIP-Datei.</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest.</source>
        <translation>%1 stimmt nicht mit seiner SHA-256-Prüfsumme im Manifest überein.</translation>
    </message>
    <message>
        <source>%1 has %2 rows, the manifest says %3.</source>
        <translation>%1 hat %2 Zeilen, laut Manifest sind es %3.</translation>
    </message>
    <message>
        <source>%1 has %2 rows, the header counts %3.</source>
        <translation>%1 hat %2 Zeilen, laut Kopfteil sind es %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the JSON is not valid at line %1: %2</source>
        <translation>das JSON ist in Zeile %1 ungültig: %2</translation>
    </message>
    <message>
        <source>the file is not in The Program&apos;s export format.</source>
        <translation>die Datei ist nicht im Exportformat von The Program.</translation>
    </message>
</context>
<context>
    <name>tp::exchange::ImportReader</name>
    <message>
        <source>%1 is not UTF-8 at all; it was read as Windows-1252. Check accented letters, or state the encoding (--encoding).</source>
        <translation>%1 ist überhaupt kein UTF-8; die Datei wurde als Windows-1252 gelesen. Prüfen Sie Umlaute und Buchstaben mit Akzent oder geben Sie die Kodierung an (--encoding).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header row.</source>
        <translation>%1 ist leer: Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>%1: neither its name nor its header row (%2) says which table it holds.</source>
        <translation>%1: Weder der Dateiname noch die Kopfzeile (%2) verrät, welche Tabelle die Datei enthält.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields where the header has %4.</source>
        <translation>%1, Zeile %2: %3 Felder, die Kopfzeile hat aber %4.</translation>
    </message>
    <message>
        <source>%1 has no manifest, so its files cannot be checked against it.</source>
        <translation>%1 hat kein Manifest, daher lassen sich die enthaltenen Dateien nicht damit abgleichen.</translation>
    </message>
    <message>
        <source>%1 holds %2 files; a bundle of The Program holds at most %3, so nothing was imported.</source>
        <translation>%1 enthält %2 Dateien; ein Paket von The Program enthält höchstens %3, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 expands more than %2-fold: it is not part of an export of The Program, or it is built to fill the memory or the disk, so nothing was imported.</source>
        <translation>%1 wird beim Entpacken mehr als %2-mal so groß: Die Datei stammt nicht aus einem Export von The Program oder ist darauf angelegt, Arbeitsspeicher oder Datenträger zu füllen; daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 holds more than the archive declares: it was changed or built to mislead, so nothing was imported.</source>
        <translation>%1 enthält mehr, als das Archiv angibt: Es wurde verändert oder gezielt irreführend erstellt; daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 is not listed in the bundle&apos;s manifest, so it cannot be checked; nothing was imported.</source>
        <translation>%1 ist nicht im Manifest des Pakets aufgeführt und lässt sich daher nicht prüfen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the bundle&apos;s manifest: it was changed or damaged after it was written, so nothing was imported.</source>
        <translation>%1 stimmt nicht mit seiner SHA-256-Prüfsumme im Manifest des Pakets überein: Die Datei wurde nach dem Schreiben verändert oder beschädigt; daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2 is not a table The Program knows and is ignored.</source>
        <translation>%1: %2 ist keine Tabelle, die The Program kennt, und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1 is in export format version %2; this version of The Program reads up to %3. Please update The Program.</source>
        <translation>%1 liegt im Exportformat Version %2 vor; diese Version von The Program liest bis Version %3. Bitte aktualisieren Sie The Program.</translation>
    </message>
    <message>
        <source>%1 ends too early, at line %2, column %3 (byte %4): the file is cut off, perhaps by an interrupted download or copy (%5). Nothing was imported; export it again or take a complete copy.</source>
        <translation>%1 endet zu früh, in Zeile %2, Spalte %3 (Byte %4): Die Datei ist abgeschnitten, vielleicht durch einen unterbrochenen Download oder Kopiervorgang (%5). Es wurde nichts importiert; exportieren Sie die Daten erneut oder verwenden Sie eine vollständige Kopie.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3 (byte %4): the file is not valid JSON: %5 Nothing was imported.</source>
        <translation>%1, Zeile %2, Spalte %3 (Byte %4): Die Datei ist kein gültiges JSON: %5 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 is not an export of The Program, nor a CSV of one of its tables: it holds no table The Program knows, so nothing was imported.</source>
        <translation>%1 ist weder ein Export von The Program noch eine CSV-Datei einer seiner Tabellen: Die Datei enthält keine Tabelle, die The Program kennt; daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; is not part of %3 and is ignored.</source>
        <translation>%1: Die Spalte &quot;%2&quot; gehört nicht zu %3 und wird ignoriert.</translation>
    </message>
    <message>
        <source>%1 says it holds %2 rows of %3 but holds %4: it is incomplete or was changed after it was written, so nothing was imported.</source>
        <translation>%1 gibt an, %2 Zeilen von %3 zu enthalten, enthält aber %4: Die Datei ist unvollständig oder wurde nach dem Schreiben verändert; daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1, line %2: %3, so nothing was imported.</source>
        <translation>%1, Zeile %2: %3, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>a value is larger than %1 MiB, the most one may be</source>
        <translation>ein Wert ist größer als die zulässigen %1 MiB</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a row is larger than %1 MiB, the most one may be</source>
        <translation>eine Zeile ist größer als die zulässigen %1 MiB</translation>
    </message>
    <message>
        <source>%1: the table &quot;%2&quot; is not one The Program knows.</source>
        <translation>%1: Die Tabelle &quot;%2&quot; kennt The Program nicht.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a folder, a device or a pipe), so it cannot be imported.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Ordner, ein Gerät oder eine Pipe) und kann daher nicht importiert werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1, line %2: a text is longer than %3 MiB, the most a value may be, so nothing was imported.</source>
        <translation>%1, Zeile %2: Ein Text ist länger als die für einen Wert zulässigen %3 MiB, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 is a &quot;%2&quot; file, not an export of The Program.</source>
        <translation>%1 ist eine &quot;%2&quot;-Datei, kein Export von The Program.</translation>
    </message>
    <message>
        <source>%1 is a JSON array; The Program imports its export document (an object with &quot;tables&quot;) or a CSV file per table.</source>
        <translation>%1 ist ein JSON-Array; The Program importiert sein Exportdokument (ein Objekt mit &quot;tables&quot;) oder eine CSV-Datei pro Tabelle.</translation>
    </message>
</context>
<context>
    <name>tp::exchange::Importer</name>
    <message>
        <source>birth data of %1</source>
        <translation>Geburtsdaten vom %1</translation>
    </message>
    <message>
        <source>session note of %1</source>
        <translation>Sitzungsnotiz vom %1</translation>
    </message>
    <message>
        <source>transit of %1, %2</source>
        <translation>Transit vom %1, %2</translation>
    </message>
    <message>
        <source>A temporary file cannot be created in %1.</source>
        <translation>In %1 kann keine temporäre Datei angelegt werden.</translation>
    </message>
    <message>
        <source>The input could not be read.</source>
        <translation>Die Eingabe konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported. Correct the file, or import the valid rows only (partial).</source>
        <translation>
            <numerusform>%n Problem gefunden; es wurde nichts importiert. Korrigieren Sie die Datei oder importieren Sie nur die gültigen Zeilen (Teilimport).</numerusform>
            <numerusform>%n Probleme gefunden; es wurde nichts importiert. Korrigieren Sie die Datei oder importieren Sie nur die gültigen Zeilen (Teilimport).</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed and was undone completely: %1</source>
        <translation>Der Import ist fehlgeschlagen und wurde vollständig rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>The import could not be saved: %1</source>
        <translation>Der Import konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>It belongs to %1 %2, which has errors itself, so it cannot be imported either.</source>
        <translation>Der übergeordnete Eintrag %1 %2 ist selbst fehlerhaft, daher kann auch dieser Eintrag nicht importiert werden.</translation>
    </message>
    <message>
        <source>It refers to %1 %2, which is neither in the input nor in the database.</source>
        <translation>Der Eintrag verweist auf %1 %2; dieses Ziel gibt es weder in der Eingabe noch in der Datenbank.</translation>
    </message>
    <message>
        <source>The id appears more than once in the input (%1).</source>
        <translation>Die ID kommt in der Eingabe mehrfach vor (%1).</translation>
    </message>
    <message>
        <source>, line </source>
        <translation>, Zeile </translation>
    </message>
    <message>
        <source>The import report could not be saved: %1</source>
        <translation>Der Importbericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Import of %1 into %2</source>
        <translation>Import von %1 in %2</translation>
    </message>
    <message>
        <source>Mode: %1; conflicts: %2%3</source>
        <translation>Modus: %1; Konflikte: %2%3</translation>
    </message>
    <message>
        <source>full restore</source>
        <translation>vollständige Wiederherstellung</translation>
    </message>
    <message>
        <source>merge into the current data</source>
        <translation>mit den vorhandenen Daten zusammenführen</translation>
    </message>
    <message>
        <source>; dry run</source>
        <translation>; Probelauf</translation>
    </message>
    <message>
        <source>; check only</source>
        <translation>; nur prüfen</translation>
    </message>
    <message>
        <source>Result: dry run – this is what would happen; nothing was changed.</source>
        <translation>Ergebnis: Probelauf – so würde der Import verlaufen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Result: the input checks out.</source>
        <translation>Ergebnis: Die Eingabe ist in Ordnung.</translation>
    </message>
    <message>
        <source>Result: imported.</source>
        <translation>Ergebnis: importiert.</translation>
    </message>
    <message>
        <source>Result: not imported – %1</source>
        <translation>Ergebnis: nicht importiert – %1</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Gelesene Zeilen: %1</translation>
    </message>
    <message>
        <source>what</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>kopiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>Conflicts (%1):</source>
        <translation>Konflikte (%1):</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>  %1: %2 (%3, line %4): %5; %6</source>
        <translation>  %1: %2 (%3, Zeile %4): %5; %6</translation>
    </message>
    <message>
        <source>  %1 %2 (%3, line %4) matches %5: %6; %7</source>
        <translation>  %1 %2 (%3, Zeile %4) entspricht %5: %6; %7</translation>
    </message>
    <message>
        <source>Errors (%1):</source>
        <translation>Fehler (%1):</translation>
    </message>
    <message>
        <source>Warnings (%1):</source>
        <translation>Warnungen (%1):</translation>
    </message>
    <message>
        <source>A safety snapshot was taken first: Edit → Undo Last Import puts the practice back as it was before this import (%1).</source>
        <translation>Zuvor wurde eine Sicherheitskopie erstellt: Bearbeiten → Letzten Import rückgängig machen versetzt die Praxis in den Zustand vor diesem Import zurück (%1).</translation>
    </message>
    <message>
        <source>Safety snapshot (undo with “Undo Last Import” or `theprogram-cli import --undo-last`): %1</source>
        <translation>Sicherheitskopie (rückgängig machen mit „Letzten Import rückgängig machen“ oder `theprogram-cli import --undo-last`): %1</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <source>Taking a safety snapshot of the database…</source>
        <translation>Sicherheitskopie der Datenbank wird erstellt…</translation>
    </message>
    <message>
        <source>The folder for safety snapshots cannot be created: %1</source>
        <translation>Der Ordner für Sicherheitskopien kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The safety snapshot could not be taken, so nothing was imported: %1</source>
        <translation>Die Sicherheitskopie konnte nicht erstellt werden, daher wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>There is no import to undo: no safety snapshot was found in %1.</source>
        <translation>Es gibt keinen Import, der sich rückgängig machen ließe: In %1 wurde keine Sicherheitskopie gefunden.</translation>
    </message>
    <message>
        <source>the single settings row</source>
        <translation>die einzige Einstellungszeile</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>gleicher Name und gleiches Geburtsdatum</translation>
    </message>
    <message>
        <source>same birth data, type, houses and system</source>
        <translation>gleiche Geburtsdaten, Horoskopart, Häuser und System</translation>
    </message>
    <message>
        <source>same type, key and tradition</source>
        <translation>gleiche Art, gleicher Schlüssel und gleiche Tradition</translation>
    </message>
    <message>
        <source>same %1</source>
        <translation>Übereinstimmung in %1</translation>
    </message>
    <message>
        <source>same id</source>
        <translation>gleiche ID</translation>
    </message>
    <message>
        <source> (imported)</source>
        <translation> (importiert)</translation>
    </message>
    <message>
        <source>Importing %1 %2/%3</source>
        <translation>Import von %1: %2/%3</translation>
    </message>
    <message>
        <source>The row could not be written: %1</source>
        <translation>Die Zeile konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>holds bytes that are not valid UTF-8 (shown as “�”); correct them, or state the file&apos;s encoding (--encoding)</source>
        <translation>enthält Bytes, die kein gültiges UTF-8 sind (als „�“ angezeigt); korrigieren Sie diese Stellen oder geben Sie die Kodierung der Datei an (--encoding)</translation>
    </message>
    <message>
        <source>The program settings of the file (its version and database version) are not imported; this practice keeps its own.</source>
        <translation>Die Programmeinstellungen der Datei (Version und Datenbankversion) werden nicht importiert; diese Praxis behält ihre eigenen.</translation>
    </message>
    <message>
        <source>Importing %1… %2 rows</source>
        <translation>Import von %1… %2 Zeilen</translation>
    </message>
    <message>
        <source>Reading… %1 rows</source>
        <translation>Wird gelesen… %1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read (%1); nothing was imported.</source>
        <translation>
            <numerusform>%n Datei kann nicht gelesen werden (%1); es wurde nichts importiert.</numerusform>
            <numerusform>%n Dateien können nicht gelesen werden (%1); es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Keep existing</source>
        <translation>Vorhandenes behalten</translation>
    </message>
    <message>
        <source>Replace with incoming</source>
        <translation>Durch Importiertes ersetzen</translation>
    </message>
    <message>
        <source>Merge (incoming fills in)</source>
        <translation>Zusammenführen (Importiertes füllt Lücken)</translation>
    </message>
    <message>
        <source>Import as a new copy</source>
        <translation>Als neue Kopie importieren</translation>
    </message>
    <message>
        <source>Import cancelled; the database is as it was.</source>
        <translation>Import abgebrochen; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>No file to import was given.</source>
        <translation>Es wurde keine Datei zum Importieren angegeben.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>A full restore replaces every client, chart and note in this database; it must be confirmed.</source>
        <translation>Eine vollständige Wiederherstellung ersetzt alle Klienten, Horoskope und Notizen in dieser Datenbank; sie muss bestätigt werden.</translation>
    </message>
</context>
<context>
    <name>tp::files::SafeFiles</name>
    <message>
        <source>The disk is full (%1 free at %2).</source>
        <translation>Der Datenträger ist voll (%1 frei unter %2).</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Permission denied: %1.</source>
        <translation>Zugriff verweigert: %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>tp::formats::Csv</name>
    <message>
        <source>the device refused the write</source>
        <translation>das Gerät hat den Schreibvorgang verweigert</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 MiB, the most a value may be.</source>
        <translation>Zeile %1: Ein Feld ist länger als die für einen Wert zulässigen %2 MiB.</translation>
    </message>
    <message>
        <source>line %1: a record is longer than %2 MiB, the most a row may be.</source>
        <translation>Zeile %1: Ein Datensatz ist länger als die für eine Zeile zulässigen %2 MiB.</translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nirgends geschlossen.</translation>
    </message>
</context>
<context>
    <name>tp::formats::Gzip</name>
    <message>
        <source>The compressed data is damaged (a block does not inflate to its checksum).</source>
        <translation>Die komprimierten Daten sind beschädigt (ein Block passt entpackt nicht zu seiner Prüfsumme).</translation>
    </message>
    <message>
        <source>The compressor can only write onto an open, writable device.</source>
        <translation>Der Komprimierer kann nur auf ein geöffnetes, beschreibbares Gerät schreiben.</translation>
    </message>
    <message>
        <source>Compression failed.</source>
        <translation>Die Komprimierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The compressor could not start.</source>
        <translation>Der Komprimierer konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The decompressor can only read from an open, readable device.</source>
        <translation>Der Entpacker kann nur von einem geöffneten, lesbaren Gerät lesen.</translation>
    </message>
    <message>
        <source>The decompressor could not start.</source>
        <translation>Der Entpacker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The compressed data ends too early: the file is truncated.</source>
        <translation>Die komprimierten Daten enden zu früh: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The compressed data is damaged (%1).</source>
        <translation>Die komprimierten Daten sind beschädigt (%1).</translation>
    </message>
    <message>
        <source>The compressed data expands more than %1-fold (%2 bytes from %3): it is not an export of The Program, or it is built to fill the memory or the disk.</source>
        <translation>Die komprimierten Daten werden beim Entpacken mehr als %1-mal so groß (%2 Bytes aus %3): Es ist kein Export von The Program, oder die Datei ist darauf angelegt, Arbeitsspeicher oder Datenträger zu füllen.</translation>
    </message>
</context>
<context>
    <name>tp::formats::Zip</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The zip file %1 cannot be created: %2</source>
        <translation>Die ZIP-Datei %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be added to the zip file: %2</source>
        <translation>%1 kann nicht zur ZIP-Datei hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable zip file: %2</source>
        <translation>%1 ist keine lesbare ZIP-Datei: %2</translation>
    </message>
    <message>
        <source>The zip file has no entry %1.</source>
        <translation>Die ZIP-Datei enthält keinen Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>tp::model::PracticeStore</name>
    <message>
        <source>It refers to a client, birth record or chart that no longer exists.</source>
        <translation>Der Eintrag verweist auf einen Klienten, Geburtsdaten oder ein Horoskop, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>The database is busy (locked by another program); please try again.</source>
        <translation>Die Datenbank ist belegt (von einem anderen Programm gesperrt); bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no table called %1.</source>
        <translation>Es gibt keine Tabelle namens %1.</translation>
    </message>
    <message>
        <source>The record to delete no longer exists.</source>
        <translation>Der zu löschende Datensatz existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>tp::model::Validator</name>
    <message>
        <source>Rodden rating</source>
        <translation>Rodden-Einstufung</translation>
    </message>
    <message>
        <source>UTC offset</source>
        <translation>UTC-Versatz</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 (it is %4).</source>
        <translation>%1 muss zwischen %2 und %3 liegen (Wert: %4).</translation>
    </message>
    <message>
        <source>%1 must be a UUID such as 0f8c2a9e-3b1d-4c6f-9a7e-1d2c3b4a5f60 (it is &quot;%2&quot;).</source>
        <translation>%1 muss eine UUID sein, etwa 0f8c2a9e-3b1d-4c6f-9a7e-1d2c3b4a5f60 (Wert: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 must be 1 in the single-row table %2.</source>
        <translation>%1 muss in der einzeiligen Tabelle %2 den Wert 1 haben.</translation>
    </message>
    <message>
        <source>%1 must be a whole number (it is &quot;%2&quot;).</source>
        <translation>%1 muss eine ganze Zahl sein (Wert: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 must be a number (it is &quot;%2&quot;).</source>
        <translation>%1 muss eine Zahl sein (Wert: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 must be yes or no (0 or 1; it is &quot;%2&quot;).</source>
        <translation>%1 muss Ja oder Nein sein (0 oder 1; Wert: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at character %3.</source>
        <translation>%1 ist kein gültiges JSON: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>%1 must be a JSON object ({…}).</source>
        <translation>%1 muss ein JSON-Objekt sein ({…}).</translation>
    </message>
    <message>
        <source>%1 must be a JSON array ([…]).</source>
        <translation>%1 muss ein JSON-Array sein ([…]).</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD (it is &quot;%2&quot;).</source>
        <translation>%1 muss ein Datum im Format JJJJ-MM-TT sein (Wert: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 is not a real calendar date: %2.</source>
        <translation>%1 ist kein gültiges Kalenderdatum: %2.</translation>
    </message>
    <message>
        <source>%1 must be a time written HH:MM:SS, from 00:00:00 to 23:59:59 (it is &quot;%2&quot;).</source>
        <translation>%1 muss eine Uhrzeit im Format HH:MM:SS sein, von 00:00:00 bis 23:59:59 (Wert: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 must be a date and time such as 2025-11-15T15:46:56.930Z (it is &quot;%2&quot;).</source>
        <translation>%1 muss ein Datum mit Uhrzeit sein, etwa 2025-11-15T15:46:56.930Z (Wert: &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known IANA time zone (such as Europe/Berlin or America/New_York).</source>
        <translation>%1 &quot;%2&quot; ist keine bekannte IANA-Zeitzone (etwa Europe/Berlin oder America/New_York).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of %3.</source>
        <translation>%1 &quot;%2&quot; ist nicht zulässig; erlaubt sind: %3.</translation>
    </message>
    <message>
        <source>Birth time is required unless the time is marked as unknown.</source>
        <translation>Die Geburtszeit ist erforderlich, sofern sie nicht als unbekannt markiert ist.</translation>
    </message>
    <message>
        <source>Birth date %1 is in the future.</source>
        <translation>Das Geburtsdatum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Birth date %1 is before the year 1000.</source>
        <translation>Das Geburtsdatum %1 liegt vor dem Jahr 1000.</translation>
    </message>
</context>
<context>
    <name>tp::notify::SmtpMailer</name>
    <message>
        <source>Fill in the mail server, the sender and the recipient first.</source>
        <translation>Geben Sie zuerst den Mailserver, den Absender und den Empfänger an.</translation>
    </message>
    <message>
        <source>The mail library could not be started.</source>
        <translation>Die Mail-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The mail server refused the login: check the user name and password (%1).</source>
        <translation>Der Mailserver hat die Anmeldung abgelehnt: Prüfen Sie Benutzername und Passwort (%1).</translation>
    </message>
    <message>
        <source>The mail server %1 cannot be reached (%2).</source>
        <translation>Der Mailserver %1 ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>The mail server does not offer STARTTLS, so nothing was sent unencrypted (%1).</source>
        <translation>Der Mailserver bietet kein STARTTLS an, daher wurde nichts unverschlüsselt gesendet (%1).</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate cannot be trusted (%1).</source>
        <translation>Dem Zertifikat des Mailservers kann nicht vertraut werden (%1).</translation>
    </message>
    <message>
        <source>The email was not sent: %1</source>
        <translation>Die E-Mail wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The mail server&apos;s password is not in the keychain; set it in the backup settings.</source>
        <translation>Das Passwort für den Mailserver ist nicht im Schlüsselbund; legen Sie es in den Sicherungseinstellungen fest.</translation>
    </message>
</context>
<context>
    <name>tp::secrets::SecretStore</name>
    <message>
        <source>The keychain did not answer in time; try again.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1). The secret was not stored; The Program will ask for it when it is needed.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (%1). Die Zugangsdaten wurden nicht gespeichert; The Program fragt danach, wenn sie benötigt werden.</translation>
    </message>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>Der Schlüsselbund hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar (%1).</translation>
    </message>
</context>
<context>
    <name>tp::stats::PracticeStats</name>
    <message>
        <source>The practice cannot be read: %1</source>
        <translation>Die Praxis kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>tp::stats::RecordCheck</name>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>The practice cannot be read: %1</source>
        <translation>Die Praxis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Every record checked.</source>
        <translation>Alle Datensätze geprüft.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ActivityHeatmap</name>
    <message>
        <source>Activity by weekday and hour</source>
        <translation>Aktivität nach Wochentag und Uhrzeit</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2:00–%2:59: %n change(s)</source>
        <translation>
            <numerusform>%1, %2:00–%2:59 Uhr: %n Änderung</numerusform>
            <numerusform>%1, %2:00–%2:59 Uhr: %n Änderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::AppIdsDialog</name>
    <message>
        <source>App Ids for Dropbox and Google Drive</source>
        <translation>App-IDs für Dropbox und Google Drive</translation>
    </message>
    <message>
        <source>none in this build</source>
        <translation>in dieser Version keine</translation>
    </message>
    <message>
        <source>The Program signs in to Dropbox and Google Drive as an app registered with them. This copy may have come with its own; you can also register yours (the cloud guide shows how, step by step) and enter its ids here. Leave a field empty to use the one this copy came with.</source>
        <translation>The Program meldet sich bei Dropbox und Google Drive als dort registrierte App an. Diese Kopie bringt womöglich eigene IDs mit; Sie können aber auch Ihre eigene App registrieren (die Cloud-Anleitung zeigt Schritt für Schritt, wie) und deren IDs hier eintragen. Lassen Sie ein Feld leer, um den Wert zu verwenden, den diese Kopie mitbringt.</translation>
    </message>
    <message>
        <source>Dropbox &amp;app key:</source>
        <translation>Dropbox-&amp;App-Schlüssel:</translation>
    </message>
    <message>
        <source>Dropbox &amp;redirect port:</source>
        <translation>Dropbox-&amp;Weiterleitungsport:</translation>
    </message>
    <message>
        <source>Google &amp;client id:</source>
        <translation>Google-&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Google client &amp;secret:</source>
        <translation>Google-Client&amp;schlüssel:</translation>
    </message>
</context>
<context>
    <name>tp::ui::Autostart</name>
    <message>
        <source>The Windows registry refused the change.</source>
        <translation>Die Windows-Registrierung hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>tp::ui::BackupHistoryModel</name>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>Auch in</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>✘ Unreadable</source>
        <translation>✘ Unlesbar</translation>
    </message>
    <message>
        <source>%1 (waiting)</source>
        <translation>%1 (wartet)</translation>
    </message>
    <message>
        <source>Checked %1: %2</source>
        <translation>Geprüft %1: %2</translation>
    </message>
    <message>
        <source>the backup is whole and can be restored</source>
        <translation>die Sicherung ist vollständig und kann wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>tp::ui::BackupNotifier</name>
    <message>
        <source>Backup made</source>
        <translation>Sicherung erstellt</translation>
    </message>
    <message>
        <source>The scheduled backup is made and verified (%1).</source>
        <translation>Die geplante Sicherung wurde erstellt und geprüft (%1).</translation>
    </message>
    <message>
        <source>The scheduled backup failed</source>
        <translation>Die geplante Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Open The Program&apos;s Backups page (Ctrl+B) to see what to do.</source>
        <translation>%1

Öffnen Sie in The Program die Seite „Sicherungen“ (Strg+B), um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <source>The Program: the scheduled backup failed</source>
        <translation>The Program: Die geplante Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The scheduled backup of %1 failed at %2:

%3

Open The Program&apos;s Backups page (Ctrl+B) to see what to do. You hear of this failure again after a day if it lasts.</source>
        <translation>Die geplante Sicherung von %1 ist am %2 fehlgeschlagen:

%3

Öffnen Sie in The Program die Seite „Sicherungen“ (Strg+B), um zu sehen, was zu tun ist. Besteht der Fehler weiter, werden Sie nach einem Tag erneut benachrichtigt.</translation>
    </message>
</context>
<context>
    <name>tp::ui::BackupPage</name>
    <message>
        <source>Back Up Now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Make a verified backup of this practice now</source>
        <translation>Jetzt eine geprüfte Sicherung dieser Praxis erstellen</translation>
    </message>
    <message>
        <source>More ways to back up</source>
        <translation>Weitere Möglichkeiten zum Sichern</translation>
    </message>
    <message>
        <source>Back Up with a &amp;Label…</source>
        <translation>Mit &amp;Bezeichnung sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show backups of kind</source>
        <translation>Sicherungen dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show backups in state</source>
        <translation>Sicherungen mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Not yet verified</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Failed or unreadable</source>
        <translation>Fehlgeschlagen oder unlesbar</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>23 hours ago</source>
        <translation>vor 23 Stunden</translation>
    </message>
    <message>
        <source>The last copy to “%1” failed: %2 — Settings… → Cloud shows what to do.</source>
        <translation>Die letzte Kopie nach „%1“ ist fehlgeschlagen: %2 — unter Einstellungen… → Cloud steht, was zu tun ist.</translation>
    </message>
    <message>
        <source>Last verified backup: %1 ✔</source>
        <translation>Letzte geprüfte Sicherung: %1 ✔</translation>
    </message>
    <message>
        <source>No verified backup yet</source>
        <translation>Noch keine geprüfte Sicherung</translation>
    </message>
    <message>
        <source>Scheduled backups: off</source>
        <translation>Geplante Sicherungen: aus</translation>
    </message>
    <message>
        <source>Scheduled backups: paused</source>
        <translation>Geplante Sicherungen: pausiert</translation>
    </message>
    <message>
        <source>Next scheduled backup: %1</source>
        <translation>Nächste geplante Sicherung: %1</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s), %1 in all</source>
        <translation>
            <numerusform>%n Sicherung, insgesamt %1</numerusform>
            <numerusform>%n Sicherungen, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 free</source>
        <translation>%1 · %2 frei</translation>
    </message>
    <message>
        <source>%1 · in %2</source>
        <translation>%1 · in %2</translation>
    </message>
    <message>
        <source>A backup is being made already.</source>
        <translation>Es wird bereits eine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Back Up with a Label</source>
        <translation>Mit Bezeichnung sichern</translation>
    </message>
    <message>
        <source>A few words to find this backup by (&quot;before the move&quot;):</source>
        <translation>Ein paar Worte, an denen Sie diese Sicherung wiederfinden („vor dem Umzug“):</translation>
    </message>
    <message>
        <source>Making the scheduled backup…</source>
        <translation>Geplante Sicherung wird erstellt…</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Sicherung wird erstellt…</translation>
    </message>
    <message>
        <source>Backup made and verified: %1; but copying it failed — %2. It will be copied with the next backup.</source>
        <translation>Sicherung erstellt und geprüft: %1; das Kopieren ist jedoch fehlgeschlagen — %2. Sie wird mit der nächsten Sicherung kopiert.</translation>
    </message>
    <message>
        <source>Backup made and verified: %1, and copied to %2.</source>
        <translation>Sicherung erstellt und geprüft: %1, und nach %2 kopiert.</translation>
    </message>
    <message>
        <source>Backup made and verified: %1.</source>
        <translation>Sicherung erstellt und geprüft: %1.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tp::ui::BackupRowActions</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check that this backup is whole and can be restored</source>
        <translation>Prüfen, ob diese Sicherung vollständig ist und wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>A pinned backup is never deleted by the retention rules</source>
        <translation>Eine angeheftete Sicherung wird von den Aufbewahrungsregeln nie gelöscht</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Verify Backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>This backup is encrypted. Its password:</source>
        <translation>Diese Sicherung ist verschlüsselt. Ihr Passwort:</translation>
    </message>
    <message>
        <source>Verifying the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>The backup is whole and can be restored.</source>
        <translation>Die Sicherung ist vollständig und kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Save a Copy of the Backup</source>
        <translation>Kopie der Sicherung speichern</translation>
    </message>
    <message>
        <source>Backups (*.db *.gz *.encrypted);;All files (*)</source>
        <translation>Sicherungen (*.db *.gz *.encrypted);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Copying the backup…</source>
        <translation>Sicherung wird kopiert…</translation>
    </message>
    <message>
        <source>A copy of the backup, with its description, is in %1.</source>
        <translation>Eine Kopie der Sicherung samt Beschreibung liegt in %1.</translation>
    </message>
    <message>
        <source>Pinning the backup…</source>
        <translation>Sicherung wird angeheftet…</translation>
    </message>
    <message>
        <source>Unpinning the backup…</source>
        <translation>Anheftung wird aufgehoben…</translation>
    </message>
    <message>
        <source>Pinned: the retention rules will keep this backup.</source>
        <translation>Angeheftet: Die Aufbewahrungsregeln behalten diese Sicherung.</translation>
    </message>
    <message>
        <source>Unpinned: the retention rules decide about this backup again.</source>
        <translation>Nicht mehr angeheftet: Über diese Sicherung entscheiden wieder die Aufbewahrungsregeln.</translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>Delete the backup made %1? It cannot be brought back.</source>
        <translation>Die am %1 erstellte Sicherung löschen? Sie lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <source>Deleting the backup…</source>
        <translation>Sicherung wird gelöscht…</translation>
    </message>
    <message>
        <source>The backup was deleted.</source>
        <translation>Die Sicherung wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>tp::ui::BackupService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tp::ui::BackupSettingsDialog</name>
    <message>
        <source>Backup Settings</source>
        <translation>Sicherungseinstellungen</translation>
    </message>
    <message>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Keeping</source>
        <translation>&amp;Aufbewahrung</translation>
    </message>
    <message>
        <source>&amp;Encryption</source>
        <translation>&amp;Verschlüsselung</translation>
    </message>
    <message>
        <source>S&amp;torage</source>
        <translation>&amp;Speicherort</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Clo&amp;ud</source>
        <translation>&amp;Cloud</translation>
    </message>
    <message>
        <source>Changes take effect at once.</source>
        <translation>Änderungen gelten sofort.</translation>
    </message>
    <message>
        <source>&amp;Catch up when a backup was missed (the computer was off or asleep)</source>
        <translation>Ver&amp;passte Sicherung nachholen (der Computer war ausgeschaltet oder im Ruhezustand)</translation>
    </message>
    <message>
        <source>Scheduled backups run while The Program runs (in the tray when its window is closed). A backup missed meanwhile is made once, soon after.</source>
        <translation>Geplante Sicherungen laufen, solange The Program läuft (bei geschlossenem Fenster im Infobereich). Eine in der Zwischenzeit verpasste Sicherung wird kurz darauf einmal nachgeholt.</translation>
    </message>
    <message>
        <source>Keep The Program running in the t&amp;ray when its window is closed</source>
        <translation>The Program bei geschlossenem Fenster im &amp;Infobereich weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Start The Program in the tray when I &amp;log in</source>
        <translation>The Program beim Anmel&amp;den im Infobereich starten</translation>
    </message>
    <message>
        <source>Start at Login</source>
        <translation>Beim Anmelden starten</translation>
    </message>
    <message>
        <source>Keep the &amp;last:</source>
        <translation>Die neu&amp;esten behalten:</translation>
    </message>
    <message>
        <source>Keep one a &amp;day for:</source>
        <translation>Eine pro &amp;Tag behalten für:</translation>
    </message>
    <message>
        <source>Keep one a &amp;week for:</source>
        <translation>Eine pro &amp;Woche behalten für:</translation>
    </message>
    <message>
        <source>Keep one a &amp;month for:</source>
        <translation>Eine pro &amp;Monat behalten für:</translation>
    </message>
    <message>
        <source>Keep one a &amp;year for:</source>
        <translation>Eine pro &amp;Jahr behalten für:</translation>
    </message>
    <message>
        <source>Keep e&amp;verything from the last:</source>
        <translation>Alle behalten aus den &amp;letzten:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Pinned backups and the newest verified one are always kept.</source>
        <translation>Angeheftete Sicherungen und die neueste geprüfte Sicherung werden immer aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translation>Verschieben &amp;nach…</translation>
    </message>
    <message>
        <source>Choose another backup folder; the backups there now move with you</source>
        <translation>Einen anderen Sicherungsordner wählen; die vorhandenen Sicherungen ziehen mit um</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Sicherungs&amp;ordner:</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Move the existing backups to %1 too?</source>
        <translation>Die vorhandenen Sicherungen auch nach %1 verschieben?</translation>
    </message>
    <message>
        <source>None (largest, quickest)</source>
        <translation>Keine (am größten, am schnellsten)</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Schnell</translation>
    </message>
    <message>
        <source>Balanced (recommended)</source>
        <translation>Ausgewogen (empfohlen)</translation>
    </message>
    <message>
        <source>Best (smallest, slowest)</source>
        <translation>Maximal (am kleinsten, am langsamsten)</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Komprimierung:</translation>
    </message>
    <message>
        <source>a command run before each backup; if it fails, no backup is made</source>
        <translation>ein Befehl, der vor jeder Sicherung läuft; schlägt er fehl, wird keine Sicherung erstellt</translation>
    </message>
    <message>
        <source>a command run after; it gets THEPROGRAM_BACKUP_FILE</source>
        <translation>ein Befehl, der danach läuft; er erhält THEPROGRAM_BACKUP_FILE</translation>
    </message>
    <message>
        <source>&amp;Before a backup:</source>
        <translation>Vo&amp;r einer Sicherung:</translation>
    </message>
    <message>
        <source>&amp;After a backup:</source>
        <translation>Nac&amp;h einer Sicherung:</translation>
    </message>
    <message>
        <source>Tell &amp;me when a scheduled backup worked</source>
        <translation>Melden, wenn eine geplante Sicherung gelun&amp;gen ist</translation>
    </message>
    <message>
        <source>A failed backup is always shown – once per problem, again at most daily.</source>
        <translation>Eine fehlgeschlagene Sicherung wird immer gemeldet – einmal pro Problem, erneut höchstens einmal täglich.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Wa&amp;rn when the newest backup is older than:</source>
        <translation>Warnen, &amp;falls die neueste Sicherung älter ist als:</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Sicherungen werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>No rule is set: every backup is kept (%n now).</source>
        <translation>
            <numerusform>Keine Regel festgelegt: Jede Sicherung wird aufbewahrt (derzeit %n).</numerusform>
            <numerusform>Keine Regel festgelegt: Jede Sicherung wird aufbewahrt (derzeit %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>With these rules, of the %1 backups there are now, %2 would be kept and %3 deleted after the next scheduled backup.</source>
        <translation>Mit diesen Regeln würden von den derzeit %1 Sicherungen nach der nächsten geplanten Sicherung %2 aufbewahrt und %3 gelöscht.</translation>
    </message>
    <message>
        <source>Moving the backups…</source>
        <translation>Sicherungen werden verschoben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) moved; new backups go to %1.</source>
        <translation>
            <numerusform>%n Sicherung verschoben; neue Sicherungen werden in %1 gespeichert.</numerusform>
            <numerusform>%n Sicherungen verschoben; neue Sicherungen werden in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>New backups go to %1.</source>
        <translation>Neue Sicherungen werden in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>tp::ui::BackupSizeChart</name>
    <message>
        <source>Size of each backup (MB)</source>
        <translation>Größe jeder Sicherung (MB)</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source>Backup sizes over time</source>
        <translation>Größe der Sicherungen im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>tp::ui::ChartExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>The Chart Was Not Saved</source>
        <translation>Das Diagramm wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
</context>
<context>
    <name>tp::ui::ClientEditing</name>
    <message>
        <source>Client created.</source>
        <translation>Klient angelegt.</translation>
    </message>
    <message>
        <source>Delete %1 with all birth data, charts and session notes?</source>
        <translation>Möchten Sie %1 mit allen Geburtsdaten, Horoskopen und Sitzungsnotizen löschen?</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>diesen Klienten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Sie können dies mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Klienten löschen</translation>
    </message>
    <message>
        <source>Delete Birth Data</source>
        <translation>Geburtsdaten löschen</translation>
    </message>
    <message>
        <source>Delete Chart</source>
        <translation>Horoskop löschen</translation>
    </message>
    <message>
        <source>Delete Session Note</source>
        <translation>Sitzungsnotiz löschen</translation>
    </message>
    <message>
        <source>Deleted. Press Ctrl+Z to undo.</source>
        <translation>Gelöscht. Mit Strg+Z machen Sie dies rückgängig.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ClientListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Birthplace</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>tp::ui::ClientPage</name>
    <message>
        <source>Ed&amp;it Client…</source>
        <translation>&amp;Klienten bearbeiten…</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Klienten löschen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Koordinaten</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Rodden</source>
        <translation>Rodden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>Häuser</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <source>Moon</source>
        <translation>Mond</translation>
    </message>
    <message>
        <source>Ascendant</source>
        <translation>Aszendent</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Birth data</source>
        <translation>Geburtsdaten</translation>
    </message>
    <message>
        <source>Add &amp;Birth Data…</source>
        <translation>&amp;Geburtsdaten hinzufügen…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Horoskope</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>Add Session &amp;Note…</source>
        <translation>Sitzungs&amp;notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Add Birth Data…</source>
        <translation>Geburtsdaten hinzufügen…</translation>
    </message>
    <message>
        <source>Edit Birth Data…</source>
        <translation>Geburtsdaten bearbeiten…</translation>
    </message>
    <message>
        <source>Delete Birth Data</source>
        <translation>Geburtsdaten löschen</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Horoskop exportieren…</translation>
    </message>
    <message>
        <source>Delete Chart</source>
        <translation>Horoskop löschen</translation>
    </message>
    <message>
        <source>Add Session Note…</source>
        <translation>Sitzungsnotiz hinzufügen…</translation>
    </message>
    <message>
        <source>Edit Session Note…</source>
        <translation>Sitzungsnotiz bearbeiten…</translation>
    </message>
    <message>
        <source>Delete Session Note</source>
        <translation>Sitzungsnotiz löschen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>tp::ui::CloudSourceBox</name>
    <message>
        <source>&amp;List Backups There</source>
        <translation>Sicherungen dort auf&amp;listen</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Places with copies</source>
        <translation>Ziele mit Kopien</translation>
    </message>
    <message>
        <source>Backups there</source>
        <translation>Sicherungen dort</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No places for copies are set up on this computer. On a new computer, add the place in Backups → Settings… → Cloud first (and connect it); its backups are listed here then.</source>
        <translation>Auf diesem Computer ist noch kein Ziel für Kopien eingerichtet. Auf einem neuen Computer fügen Sie das Ziel zuerst unter Sicherungen → Einstellungen… → Cloud hinzu (und verbinden es); danach werden seine Sicherungen hier aufgeführt.</translation>
    </message>
    <message>
        <source>“%1” is no longer there.</source>
        <translation>„%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in “%1”, newest first.</source>
        <translation>
            <numerusform>%n Sicherung in „%1“.</numerusform>
            <numerusform>%n Sicherungen in „%1“, die neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups in “%1” yet.</source>
        <translation>In „%1“ gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Reading the backups in “%1”…</source>
        <translation>Sicherungen in „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Stopped; nothing was kept.</source>
        <translation>Angehalten; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Downloaded and checked: %1.</source>
        <translation>Heruntergeladen und geprüft: %1.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
</context>
<context>
    <name>tp::ui::CloudTab</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Än&amp;dern…</translation>
    </message>
    <message>
        <source>Test Connect&amp;ion</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Copy No&amp;w</source>
        <translation>Jetzt &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Conne&amp;ct…</source>
        <translation>Verb&amp;inden…</translation>
    </message>
    <message>
        <source>App I&amp;ds…</source>
        <translation>A&amp;pp-IDs…</translation>
    </message>
    <message>
        <source>Copies of each backup can go to places besides the backup folder — another disk, Dropbox, Google Drive, your own S3 storage or Nextcloud. A backup on the same disk dies with the disk.</source>
        <translation>Kopien jeder Sicherung können außer im Sicherungsordner auch an weiteren Zielen abgelegt werden — auf einem anderen Datenträger, in Dropbox, Google Drive, Ihrem eigenen S3-Speicher oder in Nextcloud. Eine Sicherung auf demselben Datenträger geht mit diesem verloren.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <source>Last copy</source>
        <translation>Letzte Kopie</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n Sicherung</numerusform>
            <numerusform>%n Sicherungen</numerusform>
        </translation>
    </message>
    <message>
        <source>reconnect needed</source>
        <translation>neue Verbindung nötig</translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation>Neue Verbindung nötig: %1</translation>
    </message>
    <message>
        <source>The last copy failed: %1</source>
        <translation>Die letzte Kopie ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Copies arrive there</source>
        <translation>Kopien kommen dort an</translation>
    </message>
    <message>
        <source>Nothing copied there yet</source>
        <translation>Noch nichts dorthin kopiert</translation>
    </message>
    <message>
        <source>“%1” needs to be connected again: %2 Click Reconnect… and allow The Program in the browser; what waits is copied then.</source>
        <translation>„%1“ muss erneut verbunden werden: %2 Klicken Sie auf „Erneut verbinden…“ und erlauben Sie The Program den Zugriff im Browser; danach wird alles Ausstehende kopiert.</translation>
    </message>
    <message>
        <source>“%1” is not connected to an account yet: click Connect…</source>
        <translation>„%1“ ist noch mit keinem Konto verbunden: Klicken Sie auf Verbinden…</translation>
    </message>
    <message>
        <source>The last copy to “%1” failed: %2 Copy Now tries again; Test Connection checks the account.</source>
        <translation>Die letzte Kopie nach „%1“ ist fehlgeschlagen: %2 „Jetzt kopieren“ versucht es erneut; „Verbindung testen“ prüft das Konto.</translation>
    </message>
    <message>
        <source>“%1” got its last copy %2 (%3).</source>
        <translation>„%1“ hat die letzte Kopie %2 erhalten (%3).</translation>
    </message>
    <message>
        <source>Nothing has been copied to “%1” yet: the next backup will be, or Copy Now.</source>
        <translation>Nach „%1“ wurde noch nichts kopiert: Das geschieht mit der nächsten Sicherung oder über „Jetzt kopieren“.</translation>
    </message>
    <message>
        <source>Reconne&amp;ct…</source>
        <translation>Erneut verb&amp;inden…</translation>
    </message>
    <message>
        <source>No places for copies yet: Add… one.</source>
        <translation>Noch keine Ziele für Kopien: Fügen Sie über „Hinzufügen…“ eines hinzu.</translation>
    </message>
    <message>
        <source>Added “%1”. Test Connection checks that it answers.</source>
        <translation>„%1“ hinzugefügt. „Verbindung testen“ prüft, ob das Ziel antwortet.</translation>
    </message>
    <message>
        <source>“%1” is not connected: %2</source>
        <translation>„%1“ ist nicht verbunden: %2</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Erneut verbinden…</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Copy Now</source>
        <translation>Jetzt kopieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Disconnect “%1”</source>
        <translation>„%1“ trennen</translation>
    </message>
    <message>
        <source>Forget the access to %1 on this computer? Copies there stop until it is connected again; the copies already there stay. To withdraw the access at %1 too, remove The Program from the connected apps in your account&apos;s settings.</source>
        <translation>Den Zugriff auf %1 auf diesem Computer vergessen? Bis zur erneuten Verbindung wird nichts mehr dorthin kopiert; die bereits vorhandenen Kopien bleiben erhalten. Um den Zugriff auch bei %1 zu widerrufen, entfernen Sie The Program in den Einstellungen Ihres Kontos aus den verbundenen Apps.</translation>
    </message>
    <message>
        <source>The access could not be removed from the keychain: %1</source>
        <translation>Der Zugriff konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>“%1” is disconnected: nothing is copied there until you connect it again.</source>
        <translation>„%1“ ist getrennt: Bis Sie es wieder verbinden, wird nichts dorthin kopiert.</translation>
    </message>
    <message>
        <source>Testing the connection to “%1”…</source>
        <translation>Verbindung zu „%1“ wird getestet…</translation>
    </message>
    <message>
        <source>Copying what waits for “%1”…</source>
        <translation>Ausstehendes wird nach „%1“ kopiert…</translation>
    </message>
    <message>
        <source>“%1” is no longer there.</source>
        <translation>„%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>“%1” answers and accepts the account</source>
        <translation>„%1“ antwortet und akzeptiert das Konto</translation>
    </message>
    <message>
        <source>“%1” answers: the account of %2</source>
        <translation>„%1“ antwortet: Konto von %2</translation>
    </message>
    <message>
        <source>%1; %2 of %3 free.</source>
        <translation>%1; %2 von %3 frei.</translation>
    </message>
    <message>
        <source>Everything waiting was copied to “%1”.</source>
        <translation>Alles Ausstehende wurde nach „%1“ kopiert.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Stop copying backups to %1? The copies already there stay where they are.</source>
        <translation>Keine Sicherungen mehr nach %1 kopieren? Die dort bereits vorhandenen Kopien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Removed “%1”; its secret could not be removed from the keychain: %2</source>
        <translation>„%1“ entfernt; die Zugangsdaten konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>tp::ui::ConflictModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not tied to a client</source>
        <translation>Keinem Klienten zugeordnet</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with other values</source>
        <translation>
            <numerusform>%n Zeile mit anderen Werten</numerusform>
            <numerusform>%n Zeilen mit anderen Werten</numerusform>
        </translation>
    </message>
    <message>
        <source>(different per row)</source>
        <translation>(je Zeile verschieden)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 (as for all)</source>
        <translation>%1 (wie für alle)</translation>
    </message>
    <message>
        <source>Client and row</source>
        <translation>Klient und Zeile</translation>
    </message>
    <message>
        <source>In the practice</source>
        <translation>In der Praxis</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Zugeordnet über</translation>
    </message>
</context>
<context>
    <name>tp::ui::ConnectDialog</name>
    <message>
        <source>&amp;Open the Page Again</source>
        <translation>Seite erneut ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Copy the &amp;Address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Connect “%1” to %2</source>
        <translation>„%1“ mit %2 verbinden</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <source>Copied — paste it into a browser</source>
        <translation>Kopiert — fügen Sie sie in einen Browser ein</translation>
    </message>
    <message>
        <source>Your browser shows %1&apos;s page now. Sign in there and allow The Program to keep backups in its own folder; then come back here. It sees nothing else of yours.</source>
        <translation>Ihr Browser zeigt jetzt die Seite von %1. Melden Sie sich dort an und erlauben Sie The Program, Sicherungen in einem eigenen Ordner abzulegen; kehren Sie dann hierher zurück. Sonst sieht The Program nichts von Ihren Daten.</translation>
    </message>
    <message>
        <source>No browser could be opened here. Open this address in a browser on this computer, sign in to %1 and allow The Program; then come back here.</source>
        <translation>Hier konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in einem Browser auf diesem Computer, melden Sie sich bei %1 an und erlauben Sie The Program den Zugriff; kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Allowed. Keeping the access in the keychain and asking %1 whose account it is…</source>
        <translation>Erlaubt. Der Zugriff wird im Schlüsselbund gespeichert und %1 nach dem zugehörigen Konto gefragt…</translation>
    </message>
    <message>
        <source>The access cannot be kept in the keychain, so copies could not run unattended; nothing was connected: %1</source>
        <translation>Der Zugriff kann nicht im Schlüsselbund gespeichert werden, daher könnten Kopien nicht unbeaufsichtigt laufen; es wurde nichts verbunden: %1</translation>
    </message>
    <message>
        <source>“%1” is no longer there.</source>
        <translation>„%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Access was given, but %1 does not answer yet: %2</source>
        <translation>Der Zugriff wurde erteilt, aber %1 antwortet noch nicht: %2</translation>
    </message>
    <message>
        <source>Connected. Backups will be copied to %1.</source>
        <translation>Verbunden. Sicherungen werden nach %1 kopiert.</translation>
    </message>
    <message>
        <source>Connected as %1. Backups will be copied to %2.</source>
        <translation>Verbunden als %1. Sicherungen werden nach %2 kopiert.</translation>
    </message>
</context>
<context>
    <name>tp::ui::DestinationDialog</name>
    <message>
        <source>Change “%1”</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>Add a Place for Copies</source>
        <translation>Ziel für Kopien hinzufügen</translation>
    </message>
    <message>
        <source>A folder (another disk, a network share)</source>
        <translation>Ein Ordner (anderer Datenträger, Netzwerkfreigabe)</translation>
    </message>
    <message>
        <source>S3 storage (Amazon S3, Backblaze B2, Wasabi, Cloudflare R2, MinIO)</source>
        <translation>S3-Speicher (Amazon S3, Backblaze B2, Wasabi, Cloudflare R2, MinIO)</translation>
    </message>
    <message>
        <source>WebDAV (Nextcloud, ownCloud, a WebDAV server)</source>
        <translation>WebDAV (Nextcloud, ownCloud, ein WebDAV-Server)</translation>
    </message>
    <message>
        <source>Dropbox (a folder of its own, Apps/The Program)</source>
        <translation>Dropbox (ein eigener Ordner, Apps/The Program)</translation>
    </message>
    <message>
        <source>Google Drive (only the files The Program makes)</source>
        <translation>Google Drive (nur die Dateien, die The Program anlegt)</translation>
    </message>
    <message>
        <source>After each backup</source>
        <translation>Nach jeder Sicherung</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Einmal wöchentlich</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wohin:</translation>
    </message>
    <message>
        <source>&amp;Copy:</source>
        <translation>&amp;Kopieren:</translation>
    </message>
    <message>
        <source>&amp;Keep there:</source>
        <translation>Dort be&amp;halten:</translation>
    </message>
    <message>
        <source>e.g. Office NAS</source>
        <translation>z. B. Praxis-NAS</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder for the Copies</source>
        <translation>Ordner für die Kopien</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>optional, e.g. backups/</source>
        <translation>optional, z. B. sicherungen/</translation>
    </message>
    <message>
        <source>Address the bucket as endpoint/bucket (MinIO, most self-hosted storage)</source>
        <translation>Bucket als „Endpunkt/Bucket“ ansprechen (MinIO und die meisten selbst betriebenen Speicher)</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>&amp;Bucket:</translation>
    </message>
    <message>
        <source>Folder in the &amp;bucket:</source>
        <translation>&amp;Ordner im Bucket:</translation>
    </message>
    <message>
        <source>&amp;Access key:</source>
        <translation>&amp;Zugriffsschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Nextcloud: type its address and Log In — no password to type. Other servers: use an app password where the server has them, not your login password.</source>
        <translation>Nextcloud: Geben Sie die Adresse ein und melden Sie sich an — ein Passwort müssen Sie nicht eintippen. Andere Server: Verwenden Sie ein App-Passwort, sofern der Server so etwas anbietet, nicht Ihr Anmeldepasswort.</translation>
    </message>
    <message>
        <source>&amp;Log In with Nextcloud…</source>
        <translation>Mit Nextcloud an&amp;melden…</translation>
    </message>
    <message>
        <source>Opens your Nextcloud&apos;s login page in the browser and fills in the user and an app password from there</source>
        <translation>Öffnet die Anmeldeseite Ihrer Nextcloud im Browser und übernimmt von dort den Benutzer und ein App-Passwort</translation>
    </message>
    <message>
        <source>Folder &amp;address:</source>
        <translation>Ordner&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>App &amp;password:</source>
        <translation>App-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Type your Nextcloud&apos;s address first, e.g. https://cloud.example.org.</source>
        <translation>Geben Sie zuerst die Adresse Ihrer Nextcloud ein, z. B. https://cloud.example.org.</translation>
    </message>
    <message>
        <source>optional, e.g. backups</source>
        <translation>optional, z. B. Sicherungen</translation>
    </message>
    <message>
        <source>The Program Backups</source>
        <translation>The Program Backups</translation>
    </message>
    <message>
        <source>After Connect… your browser opens Dropbox&apos;s page: sign in there and allow The Program. It keeps backups in Apps/The Program and sees nothing else in your Dropbox; no password is typed here.</source>
        <translation>Nach „Verbinden…“ öffnet Ihr Browser die Seite von Dropbox: Melden Sie sich dort an und erlauben Sie The Program den Zugriff. The Program legt die Sicherungen in Apps/The Program ab und sieht sonst nichts in Ihrer Dropbox; hier wird kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>After Connect… your browser opens Google&apos;s page: sign in there and allow The Program. It sees only the files it makes itself, in a folder of My Drive; no password is typed here.</source>
        <translation>Nach „Verbinden…“ öffnet Ihr Browser die Seite von Google: Melden Sie sich dort an und erlauben Sie The Program den Zugriff. The Program sieht nur die Dateien, die es selbst anlegt, in einem Ordner in „Meine Ablage“; hier wird kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>App I&amp;ds…</source>
        <translation>App-&amp;IDs…</translation>
    </message>
    <message>
        <source>Folder in the app &amp;folder:</source>
        <translation>&amp;Ordner im App-Ordner:</translation>
    </message>
    <message>
        <source>&amp;Folder in My Drive:</source>
        <translation>&amp;Ordner in „Meine Ablage“:</translation>
    </message>
    <message>
        <source>There is a place called “%1” already; choose another name.</source>
        <translation>Es gibt bereits ein Ziel namens „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Log In with Nextcloud…, or type the user and an app password.</source>
        <translation>Klicken Sie auf „Mit Nextcloud anmelden…“ oder geben Sie Benutzer und App-Passwort ein.</translation>
    </message>
    <message>
        <source>The secret key is needed.</source>
        <translation>Der geheime Schlüssel fehlt noch.</translation>
    </message>
    <message>
        <source>The app password is needed (or Log In with Nextcloud…).</source>
        <translation>Das App-Passwort fehlt noch (oder klicken Sie auf „Mit Nextcloud anmelden…“).</translation>
    </message>
    <message>
        <source>This copy of The Program has no app id for %1 yet: enter one with App Ids… below (the cloud guide shows how to get one).</source>
        <translation>Diese Installation von The Program hat noch keine App-ID für %1: Geben Sie unten über „App-IDs…“ eine ein (die Cloud-Anleitung zeigt, wie Sie eine erhalten).</translation>
    </message>
    <message>
        <source>Conn&amp;ect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>The secret cannot be kept in the keychain, so copies there cannot run unattended: %1</source>
        <translation>Die Zugangsdaten können nicht im Schlüsselbund gespeichert werden, daher können Kopien dorthin nicht unbeaufsichtigt laufen: %1</translation>
    </message>
</context>
<context>
    <name>tp::ui::EmailBox</name>
    <message>
        <source>Emai&amp;l me when a scheduled backup fails</source>
        <translation>Per E-Mai&amp;l benachrichtigen, wenn eine geplante Sicherung fehlschlägt</translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation>smtp.example.org</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (Port 465)</translation>
    </message>
    <message>
        <source>None – only on a trusted network</source>
        <translation>Keine – nur in einem vertrauenswürdigen Netzwerk</translation>
    </message>
    <message>
        <source>leave empty when the server needs no login</source>
        <translation>leer lassen, wenn der Server keine Anmeldung verlangt</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Sen&amp;d Test Email</source>
        <translation>Test-E-Mail sen&amp;den</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>Ma&amp;ilserver:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sic&amp;herheit:</translation>
    </message>
    <message>
        <source>User n&amp;ame:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Abs&amp;ender:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <source>The password is in the keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The password could not be kept: %1</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The Program: a test email</source>
        <translation>The Program: eine Test-E-Mail</translation>
    </message>
    <message>
        <source>This is a test email from The Program. When a scheduled backup fails, an email like this says why.</source>
        <translation>Dies ist eine Test-E-Mail von The Program. Wenn eine geplante Sicherung fehlschlägt, nennt Ihnen eine solche E-Mail den Grund.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>tp::ui::EncryptionTab</name>
    <message>
        <source>&amp;Do not encrypt backups</source>
        <translation>Sicherungen &amp;nicht verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt with a &amp;password (kept in this computer&apos;s keychain)</source>
        <translation>Mit &amp;Passwort verschlüsseln (im Schlüsselbund dieses Computers gespeichert)</translation>
    </message>
    <message>
        <source>Encrypt with a ke&amp;y file</source>
        <translation>Mit Schlüssel&amp;datei verschlüsseln</translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <source>Save the Password</source>
        <translation>Passwort speichern</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Wieder&amp;holen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>no key file chosen</source>
        <translation>keine Schlüsseldatei gewählt</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Auswäh&amp;len…</translation>
    </message>
    <message>
        <source>Create New &amp;File…</source>
        <translation>Neue Datei &amp;erstellen…</translation>
    </message>
    <message>
        <source>Choose a Key File</source>
        <translation>Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>Create a Key File</source>
        <translation>Schlüsseldatei erstellen</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>Schlüsseldateien (*.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>sehr stark</translation>
    </message>
    <message>
        <source>Too easy to guess: use a longer password (a few words make a good one).</source>
        <translation>Zu leicht zu erraten: Verwenden Sie ein längeres Passwort (einige Wörter ergeben ein gutes).</translation>
    </message>
    <message>
        <source>Backups are not encrypted: anyone who can read the backup folder can read your clients&apos; data.</source>
        <translation>Sicherungen werden nicht verschlüsselt: Wer den Sicherungsordner lesen kann, kann die Daten Ihrer Klienten lesen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>The password is in the keychain: scheduled backups can run unattended. Remember it too – without it, the backups cannot be read.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert: Geplante Sicherungen können unbeaufsichtigt laufen. Merken Sie es sich trotzdem – ohne das Passwort lassen sich die Sicherungen nicht lesen.</translation>
    </message>
    <message>
        <source>Type a password and save it. Until then, backups are not encrypted.</source>
        <translation>Geben Sie ein Passwort ein und speichern Sie es. Bis dahin werden Sicherungen nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Choose a key file or create a new one. Until then, backups are not encrypted.</source>
        <translation>Wählen Sie eine Schlüsseldatei aus oder erstellen Sie eine neue. Bis dahin werden Sicherungen nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Keep a copy of the key file somewhere safe (a USB stick in a drawer): without it, the backups cannot be read.</source>
        <translation>Bewahren Sie eine Kopie der Schlüsseldatei an einem sicheren Ort auf (z. B. auf einem USB-Stick in einer Schublade): Ohne sie lassen sich die Sicherungen nicht lesen.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1

Without a keychain, scheduled backups cannot be encrypted with a password. Use a key file instead, or back up by hand.</source>
        <translation>Das Passwort konnte nicht gespeichert werden: %1

Ohne Schlüsselbund können geplante Sicherungen nicht mit einem Passwort verschlüsselt werden. Verwenden Sie stattdessen eine Schlüsseldatei oder sichern Sie von Hand.</translation>
    </message>
    <message>
        <source>%1 is no key file: %2</source>
        <translation>%1 ist keine Schlüsseldatei: %2</translation>
    </message>
    <message>
        <source>%1 exists already; a key file is never overwritten.</source>
        <translation>%1 existiert bereits; eine Schlüsseldatei wird nie überschrieben. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The key file cannot be written: %1</source>
        <translation>Die Schlüsseldatei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportDestinationPage</name>
    <message>
        <source>Where to save</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Check the file after writing it (re-read counts and checksums)</source>
        <translation>Datei nach dem Schreiben &amp;prüfen (Anzahlen und Prüfsummen erneut einlesen)</translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation>Wählen Sie eine Datei in einem vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; bitte wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The file exists</source>
        <translation>Die Datei ist bereits vorhanden</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it with this export, or keep both (this export is then saved as %2)?</source>
        <translation>%1 ist bereits vorhanden. Soll die Datei durch diesen Export ersetzt werden, oder möchten Sie beide behalten (dieser Export wird dann als %2 gespeichert)?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportFormatPage</name>
    <message>
        <source>Format and options</source>
        <translation>Format und Optionen</translation>
    </message>
    <message>
        <source>JSON keeps everything in one file; the CSV bundle is a zip with one spreadsheet per table.</source>
        <translation>JSON enthält alles in einer Datei; das CSV-Paket ist ein ZIP-Archiv mit einer Tabellendatei pro Tabelle.</translation>
    </message>
    <message>
        <source>&amp;JSON (one file, re-importable)</source>
        <translation>&amp;JSON (eine Datei, wieder importierbar)</translation>
    </message>
    <message>
        <source>CS&amp;V bundle (a zip of spreadsheets for LibreOffice Calc or Excel)</source>
        <translation>CS&amp;V-Paket (ein ZIP-Archiv mit Tabellen für LibreOffice Calc oder Excel)</translation>
    </message>
    <message>
        <source>In&amp;dented for reading (larger file)</source>
        <translation>&amp;Eingerückt, gut lesbar (größere Datei)</translation>
    </message>
    <message>
        <source>Compress with &amp;gzip (.json.gz)</source>
        <translation>Mit &amp;gzip komprimieren (.json.gz)</translation>
    </message>
    <message>
        <source>Fast compression</source>
        <translation>Schnelle Komprimierung</translation>
    </message>
    <message>
        <source>Default compression</source>
        <translation>Standardkomprimierung</translation>
    </message>
    <message>
        <source>Best compression</source>
        <translation>Beste Komprimierung</translation>
    </message>
    <message>
        <source>Include chart &amp;interpretations</source>
        <translation>Horoskop&amp;deutungen einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Anonymise: pseudonyms instead of names; no e-mail, phone or notes</source>
        <translation>&amp;Anonymisieren: Pseudonyme statt Namen; keine E-Mail, kein Telefon, keine Notizen</translation>
    </message>
    <message>
        <source>Also &amp;coarsen birth places (no city; coordinates to whole degrees)</source>
        <translation>Auch Geburts&amp;orte vergröbern (keine Stadt; Koordinaten auf ganze Grad)</translation>
    </message>
    <message>
        <source>Fields to include (ids and links between tables always come along):</source>
        <translation>Felder im Export (IDs und Verknüpfungen zwischen Tabellen sind immer enthalten):</translation>
    </message>
    <message>
        <source>Stored as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the file will hold.</source>
        <translation>Was die Datei enthalten wird.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Estimated size: about %1</source>
        <translation>Geschätzte Größe: etwa %1</translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportProgressPage</name>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportResultPage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Try Again…</source>
        <translation>&amp;Erneut versuchen…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written. Try Again goes back to where the file is chosen: pick another folder or free some space, then export again.</source>
        <translation>Es wurde nichts geschrieben. „Erneut versuchen“ führt zurück zur Dateiauswahl: Wählen Sie einen anderen Ordner oder schaffen Sie freien Speicherplatz, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Saved %1 (%2) in %3 s.</source>
        <translation>%1 (%2) in %3 s gespeichert.</translation>
    </message>
    <message>
        <source>The file was read back and checked: every count and checksum matches.</source>
        <translation>Die Datei wurde erneut eingelesen und geprüft: Alle Anzahlen und Prüfsummen stimmen überein.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>No file manager answered. The file is in:
%1</source>
        <translation>Kein Dateimanager hat reagiert. Die Datei liegt in:
%1</translation>
    </message>
    <message>
        <source>&amp;Show in Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportScopePage</name>
    <message>
        <source>What to export</source>
        <translation>Was soll exportiert werden?</translation>
    </message>
    <message>
        <source>A single chart, one client with everything about them, the whole practice, or a selection.</source>
        <translation>Ein einzelnes Horoskop, ein Klient mit allem, was zu ihm gehört, die gesamte Praxis oder eine Auswahl.</translation>
    </message>
    <message>
        <source>A &amp;chart, with its interpretations, patterns and transits (and its client and birth data)</source>
        <translation>Ein &amp;Horoskop, mit seinen Deutungen, Aspektfiguren und Transiten (samt Klient und Geburtsdaten)</translation>
    </message>
    <message>
        <source>A c&amp;lient, with all birth data, charts and session notes</source>
        <translation>Einen &amp;Klienten, mit allen Geburtsdaten, Horoskopen und Sitzungsnotizen</translation>
    </message>
    <message>
        <source>&amp;Everything in the practice database</source>
        <translation>Alles in der &amp;Praxisdatenbank</translation>
    </message>
    <message>
        <source>A &amp;selection of clients</source>
        <translation>Eine &amp;Auswahl von Klienten</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Horoskop:</translation>
    </message>
    <message>
        <source>Client added to the practice</source>
        <translation>Aufnahme des Klienten in die Praxis</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Chart type:</source>
        <translation>Horoskopart:</translation>
    </message>
    <message>
        <source>Astrological system:</source>
        <translation>Astrologisches System:</translation>
    </message>
    <message>
        <source>Tick clients to export only them; with none ticked, the other criteria decide.</source>
        <translation>Setzen Sie bei Klienten ein Häkchen, um nur diese zu exportieren; ohne Häkchen entscheiden die übrigen Kriterien.</translation>
    </message>
    <message>
        <source>Search by name or birth date</source>
        <translation>Nach Name oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>Only these clients:</source>
        <translation>Nur diese Klienten:</translation>
    </message>
    <message>
        <source>Choose the client to export first.</source>
        <translation>Wählen Sie zuerst den Klienten, der exportiert werden soll.</translation>
    </message>
    <message>
        <source>Choose the chart to export first.</source>
        <translation>Wählen Sie zuerst das Horoskop, das exportiert werden soll.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ExportWizard</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written.</source>
        <translation>Jede Zeile wird geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Filter problems (file, table, field or words)</source>
        <translation>Probleme filtern (Datei, Tabelle, Feld oder Stichwörter)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Reading and checking…</source>
        <translation>Wird gelesen und geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 rows read from %n file(s).</source>
        <translation>
            <numerusform>%1 Zeilen aus %n Datei gelesen.</numerusform>
            <numerusform>%1 Zeilen aus %n Dateien gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read, so nothing can be imported from them: %1. The problems below say where each one breaks off. Go Back to remove or replace them.</source>
        <translation>
            <numerusform>%n Datei kann nicht gelesen werden, daher kann aus ihr nichts importiert werden: %1. Die Probleme unten zeigen, wo sie abbricht. Mit „Zurück“ können Sie sie entfernen oder ersetzen.</numerusform>
            <numerusform>%n Dateien können nicht gelesen werden, daher kann aus ihnen nichts importiert werden: %1. Die Probleme unten zeigen, wo jede einzelne abbricht. Mit „Zurück“ können Sie sie entfernen oder ersetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Keine Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): rows with errors cannot be imported.</source>
        <translation>
            <numerusform>%n Fehler: Zeilen mit Fehlern können nicht importiert werden.</numerusform>
            <numerusform>%n Fehler: Zeilen mit Fehlern können nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Import the valid rows only (partial import)?</source>
        <translation>
            <numerusform>%n Zeile enthält Fehler. Nur die gültigen Zeilen importieren (Teilimport)?</numerusform>
            <numerusform>%n Zeilen enthalten Fehler. Nur die gültigen Zeilen importieren (Teilimport)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>The report could not be saved: %1. Choose another folder.</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1. Wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>These rows are already in the practice with other values; only the fields that differ are shown. Choose what happens to each, to a client&apos;s rows, or to all at once.</source>
        <translation>Diese Zeilen sind bereits mit anderen Werten in der Praxis vorhanden; angezeigt werden nur die abweichenden Felder. Legen Sie fest, was mit jeder einzelnen Zeile, mit den Zeilen eines Klienten oder mit allen auf einmal geschieht.</translation>
    </message>
    <message>
        <source>Set for &amp;All</source>
        <translation>Auf alle &amp;anwenden</translation>
    </message>
    <message>
        <source>For a&amp;ll:</source>
        <translation>Für a&amp;lle:</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportFilesPage</name>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Drop files here or add them: exports of The Program (.json, .json.gz, .zip), CSV files (one per table), or the earlier edition&apos;s JSON.</source>
        <translation>Ziehen Sie Dateien hierher oder fügen Sie sie hinzu: Exporte von The Program (.json, .json.gz, .zip), CSV-Dateien (eine pro Tabelle) oder das JSON der früheren Ausgabe.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Exports and tables (*.json *.gz *.zip *.csv);;All files (*)</source>
        <translation>Exporte und Tabellen (*.json *.gz *.zip *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Large files (%1): checking and importing them may take a while.</source>
        <translation>Große Dateien (%1): Prüfen und Importieren kann eine Weile dauern.</translation>
    </message>
    <message>
        <source>Add at least one file first: press Add Files…, or drop files here.</source>
        <translation>Fügen Sie zuerst mindestens eine Datei hinzu: mit „Dateien hinzufügen…“ oder indem Sie Dateien hierher ziehen.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportOptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Merge into the current data (recommended)</source>
        <translation>&amp;Mit den aktuellen Daten zusammenführen (empfohlen)</translation>
    </message>
    <message>
        <source>Full &amp;restore: replace all clients, charts and notes with the file&apos;s</source>
        <translation>&amp;Vollständige Wiederherstellung: alle Klienten, Horoskope und Notizen durch die aus der Datei ersetzen</translation>
    </message>
    <message>
        <source>I understand that a full restore replaces everything (a safety snapshot is taken first).</source>
        <translation>Mir ist klar, dass eine vollständige Wiederherstellung alles ersetzt (vorher wird eine Sicherheitskopie erstellt).</translation>
    </message>
    <message>
        <source>the same id</source>
        <translation>gleicher ID</translation>
    </message>
    <message>
        <source>the same person or chart (name and birth date; birth data, type, houses and system)</source>
        <translation>gleicher Person bzw. gleichem Horoskop (Name und Geburtsdatum; Geburtsdaten, Horoskopart, Häuser und System)</translation>
    </message>
    <message>
        <source>&amp;Partial: import the valid rows, skip invalid ones and what depends on them</source>
        <translation>&amp;Teilimport: gültige Zeilen importieren, ungültige und davon abhängige Daten überspringen</translation>
    </message>
    <message>
        <source>Rows count as already &amp;there when they have:</source>
        <translation>Zeilen gelten als &amp;bereits vorhanden bei:</translation>
    </message>
    <message>
        <source>Rows already there, unless chosen &amp;otherwise per row:</source>
        <translation>Bereits vorhandene Zeilen, sofern nicht pro Zeile &amp;anders gewählt:</translation>
    </message>
    <message>
        <source>Tick the box to confirm the full restore, or choose Merge.</source>
        <translation>Setzen Sie das Häkchen, um die vollständige Wiederherstellung zu bestätigen, oder wählen Sie „Zusammenführen“.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the import will do (a dry run: nothing has been changed yet).</source>
        <translation>Was der Import bewirken wird (ein Probelauf: Bisher wurde nichts geändert).</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Reading and checking…</source>
        <translation>Wird gelesen und geprüft…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read. Nothing has been changed yet; press Import to apply.</source>
        <translation>
            <numerusform>%n Zeile gelesen. Bisher wurde nichts geändert; klicken Sie auf „Importieren“, um den Import auszuführen.</numerusform>
            <numerusform>%n Zeilen gelesen. Bisher wurde nichts geändert; klicken Sie auf „Importieren“, um den Import auszuführen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import would fail: %1 Go Back to change the files or the options.</source>
        <translation>Der Import würde fehlschlagen: %1 Mit „Zurück“ können Sie die Dateien oder die Optionen ändern.</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Taking a safety snapshot…</source>
        <translation>Sicherheitskopie wird erstellt…</translation>
    </message>
    <message>
        <source>Import cancelled; the database is as it was.</source>
        <translation>Import abgebrochen; die Datenbank ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportResultPage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Show Imported &amp;Clients</source>
        <translation>Importierte &amp;Klienten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Try Again…</source>
        <translation>&amp;Erneut versuchen…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportTables</name>
    <message>
        <source>What</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Beibehalten</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits vorhanden</translation>
    </message>
</context>
<context>
    <name>tp::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel the import? Nothing will have been changed.</source>
        <translation>Den Import abbrechen? Es wird nichts geändert.</translation>
    </message>
</context>
<context>
    <name>tp::ui::KeepRulesBox</name>
    <message>
        <source>Only some; older copies there are removed:</source>
        <translation>Nur einige; ältere Kopien dort werden entfernt:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Unticked, every copy stays there. Pinned backups and the newest verified one always stay.</source>
        <translation>Ohne Häkchen bleiben dort alle Kopien erhalten. Angeheftete Sicherungen und die neueste geprüfte Sicherung bleiben immer erhalten.</translation>
    </message>
    <message>
        <source>the newest</source>
        <translation>die neuesten</translation>
    </message>
    <message>
        <source>one a day for</source>
        <translation>eine pro Tag für</translation>
    </message>
    <message>
        <source>one a week for</source>
        <translation>eine pro Woche für</translation>
    </message>
    <message>
        <source>one a month for</source>
        <translation>eine pro Monat für</translation>
    </message>
    <message>
        <source>one a year for</source>
        <translation>eine pro Jahr für</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>tp::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>The Program speaks %1 from its next start.</source>
        <translation>The Program spricht ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>tp::ui::MainWindow</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The deleted records could not be put back: %1</source>
        <translation>Die gelöschten Datensätze konnten nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>The Program – %1</source>
        <translation>The Program – %1</translation>
    </message>
    <message>
        <source>Search name, e-mail or city (Ctrl+F)</source>
        <translation>Name, E-Mail oder Ort suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Select a client on the left, or create one with File → New Client (Ctrl+N).</source>
        <translation>Wählen Sie links einen Klienten aus, oder legen Sie über Datei → Neuer Klient (Strg+N) einen neuen an.</translation>
    </message>
    <message>
        <source>Delete this birth data and the charts calculated from it?</source>
        <translation>Diese Geburtsdaten und die daraus berechneten Horoskope löschen?</translation>
    </message>
    <message>
        <source>Delete this chart with its interpretations?</source>
        <translation>Dieses Horoskop samt seinen Deutungen löschen?</translation>
    </message>
    <message>
        <source>The practice database</source>
        <translation>Die Praxisdatenbank</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Client…</source>
        <translation>&amp;Neuer Klient…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data…</source>
        <translation>&amp;Demodaten laden…</translation>
    </message>
    <message>
        <source>Load Demo Data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <source>Add 200 fictional clients with birth data, charts and session notes to this database? You can delete them again one by one.</source>
        <translation>200 fiktive Klienten mit Geburtsdaten, Horoskopen und Sitzungsnotizen zu dieser Datenbank hinzufügen? Sie können sie später einzeln wieder löschen.</translation>
    </message>
    <message>
        <source>&amp;Export All Data…</source>
        <translation>Alle Daten &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export a &amp;Selection…</source>
        <translation>&amp;Auswahl exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo Last &amp;Import…</source>
        <translation>Letzten &amp;Import rückgängig machen…</translation>
    </message>
    <message>
        <source>&amp;Edit Client…</source>
        <translation>Klient &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Client</source>
        <translation>Klient &amp;löschen</translation>
    </message>
    <message>
        <source>New &amp;Birth Data…</source>
        <translation>Neue &amp;Geburtsdaten…</translation>
    </message>
    <message>
        <source>New Session &amp;Note…</source>
        <translation>Neue &amp;Sitzungsnotiz…</translation>
    </message>
    <message>
        <source>E&amp;xport Client Data…</source>
        <translation>Klientendaten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klienten</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>&amp;Find Client</source>
        <translation>Klient s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About The Program</source>
        <translation>&amp;Über The Program</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Please wait until the demo data is written, or cancel it.</source>
        <translation>Bitte warten Sie, bis die Demodaten geschrieben sind, oder brechen Sie den Vorgang ab.</translation>
    </message>
    <message>
        <source>%1 clients · %2 charts · %3 session notes</source>
        <translation>%1 Klienten · %2 Horoskope · %3 Sitzungsnotizen</translation>
    </message>
    <message>
        <source>Welcome to The Program</source>
        <translation>Willkommen bei The Program</translation>
    </message>
    <message>
        <source>This practice database is empty.

Would you like to load demo data – 200 fictional clients with birth data, charts, interpretations and session notes – to explore The Program? You can delete them later.</source>
        <translation>Diese Praxisdatenbank ist leer.

Möchten Sie Demodaten laden – 200 fiktive Klienten mit Geburtsdaten, Horoskopen, Deutungen und Sitzungsnotizen –, um The Program kennenzulernen? Sie können sie später wieder löschen.</translation>
    </message>
    <message>
        <source>Creating the demo practice…</source>
        <translation>Die Demopraxis wird angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo data cancelled; nothing was added.</source>
        <translation>Demodaten abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data loaded: %n client(s).</source>
        <translation>
            <numerusform>Demodaten geladen: %n Klient.</numerusform>
            <numerusform>Demodaten geladen: %n Klienten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Import finished. Edit → Undo Last Import puts the database back as it was.</source>
        <translation>Import abgeschlossen. Mit Bearbeiten → Letzten Import rückgängig machen lässt sich der vorherige Stand der Datenbank wiederherstellen.</translation>
    </message>
    <message>
        <source>About The Program</source>
        <translation>Über The Program</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The Program %1&lt;/h3&gt;&lt;p&gt;An astrologer&apos;s practice – clients, birth data, charts, interpretations and session notes – in one database on your own computer. Your data stays yours: it is an open SQLite file.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3 · SQLite %4 · Qt %5&lt;br&gt;%6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;The Program %1&lt;/h3&gt;&lt;p&gt;Ihre astrologische Praxis – Klienten, Geburtsdaten, Horoskope, Deutungen und Sitzungsnotizen – in einer Datenbank auf Ihrem eigenen Computer. Ihre Daten gehören Ihnen: Sie liegen in einer offenen SQLite-Datei.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;br&gt;Schemaversion %3 · SQLite %4 · Qt %5&lt;br&gt;%6&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Unused Place(s)</source>
        <translation>
            <numerusform>%n ungenutzten Ort entfernen</numerusform>
            <numerusform>%n ungenutzte Orte entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n saved place(s). Press Ctrl+Z to undo.</source>
        <translation>
            <numerusform>%n gespeicherter Ort entfernt. Mit Strg+Z machen Sie das rückgängig.</numerusform>
            <numerusform>%n gespeicherte Orte entfernt. Mit Strg+Z machen Sie das rückgängig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 (%n) — type to search all clients</source>
        <translation>
            <numerusform>Nur %1 (%n) — tippen, um alle Klienten zu durchsuchen</numerusform>
            <numerusform>Nur %1 (%n) — tippen, um alle Klienten zu durchsuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %n client(s): %1. Typing a search shows every client again.</source>
        <translation>
            <numerusform>%n Klient angezeigt: %1. Sobald Sie etwas suchen, werden wieder alle Klienten angezeigt.</numerusform>
            <numerusform>%n Klienten angezeigt: %1. Sobald Sie etwas suchen, werden wieder alle Klienten angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No practices opened yet</source>
        <translation>Noch keine Praxis geöffnet</translation>
    </message>
    <message>
        <source>Show Data Folder</source>
        <translation>Datenordner anzeigen</translation>
    </message>
    <message>
        <source>No file manager answered. The data folder (the default practice, backups and import reports) is:
%1</source>
        <translation>Kein Dateimanager hat reagiert. Der Datenordner (Standardpraxis, Sicherungen und Importberichte) ist:
%1</translation>
    </message>
    <message>
        <source>New &amp;Practice…</source>
        <translation>Neue &amp;Praxis…</translation>
    </message>
    <message>
        <source>&amp;Open Practice…</source>
        <translation>Praxis ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Show Data &amp;Folder</source>
        <translation>Daten&amp;ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>tp::ui::NextcloudLoginDialog</name>
    <message>
        <source>Log In with Nextcloud</source>
        <translation>Mit Nextcloud anmelden</translation>
    </message>
    <message>
        <source>Your browser shows the login page of %1 now. Log in there and grant access; The Program gets a password of its own, which you can revoke in Nextcloud&apos;s security settings.</source>
        <translation>Ihr Browser zeigt jetzt die Anmeldeseite von %1. Melden Sie sich dort an und gewähren Sie den Zugriff. The Program erhält ein eigenes Passwort, das Sie in den Sicherheitseinstellungen von Nextcloud widerrufen können.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tp::ui::PracticeSession</name>
    <message>
        <source>%1 exists already, and a new practice is never written over a file. Choose another name, or open it with Open Practice….</source>
        <translation>%1 ist bereits vorhanden, und eine neue Praxis überschreibt niemals eine vorhandene Datei. Wählen Sie einen anderen Namen, oder öffnen Sie die Datei mit „Praxis öffnen…“.</translation>
    </message>
    <message>
        <source>The practice at hand is still busy; try again when it has finished.</source>
        <translation>Die geöffnete Praxis ist noch beschäftigt; versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <source>A backup of the practice is being made right now; try again when it has finished.</source>
        <translation>Gerade wird eine Sicherung der Praxis erstellt; versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Cancelled; the practice is unchanged.</source>
        <translation>Abgebrochen; die Praxis ist unverändert.</translation>
    </message>
    <message>
        <source>Undo Last Import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Put the practice back as it was before the last import (%1)? Changes made since then are lost too.</source>
        <translation>Die Praxis auf den Stand vor dem letzten Import (%1) zurücksetzen? Seitdem vorgenommene Änderungen gehen dabei ebenfalls verloren.</translation>
    </message>
    <message>
        <source>The last import was undone.</source>
        <translation>Der letzte Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The practice cannot be opened</source>
        <translation>Die Praxis kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>You can open another practice file, start a new practice, or quit.</source>
        <translation>Sie können eine andere Praxisdatei öffnen, eine neue Praxis anlegen oder das Programm beenden.</translation>
    </message>
    <message>
        <source>&amp;Open Other…</source>
        <translation>&amp;Andere öffnen…</translation>
    </message>
    <message>
        <source>&amp;New Practice…</source>
        <translation>&amp;Neue Praxis…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Practice databases (*.db);;All files (*)</source>
        <translation>Praxisdatenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Practice</source>
        <translation>Neue Praxis</translation>
    </message>
    <message>
        <source>practice.db</source>
        <translation>practice.db</translation>
    </message>
    <message>
        <source>Open Practice</source>
        <translation>Praxis öffnen</translation>
    </message>
    <message>
        <source>The practice you had open stays open.</source>
        <translation>Die bisher geöffnete Praxis bleibt geöffnet.</translation>
    </message>
</context>
<context>
    <name>tp::ui::RecordCheckBox</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Checks every record against the rules an import applies.</source>
        <translation>Prüft jeden Datensatz nach den Regeln, die auch beim Import gelten.</translation>
    </message>
    <message>
        <source>clients with records that need correcting</source>
        <translation>Klienten mit korrekturbedürftigen Datensätzen</translation>
    </message>
    <message>
        <source>The records have not been checked yet.</source>
        <translation>Die Datensätze wurden noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Checking every record against the rules an import applies…</source>
        <translation>Alle Datensätze werden nach den Regeln geprüft, die beim Import gelten…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The records could not be checked: %1</source>
        <translation>Die Datensätze konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Stopped after %1 records. Check Again looks at them all.</source>
        <translation>Nach %1 Datensätzen angehalten. „Erneut prüfen“ prüft alle.</translation>
    </message>
    <message>
        <source>All %1 records pass the checks an import applies.</source>
        <translation>Alle %1 Datensätze bestehen die Prüfungen, die beim Import gelten.</translation>
    </message>
    <message>
        <source>Records checked: %1; problems: %2; to note: %3.</source>
        <translation>Geprüfte Datensätze: %1; Probleme: %2; Hinweise: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) have records that need correcting</source>
        <translation>
            <numerusform>%n Klient hat korrekturbedürftige Datensätze</numerusform>
            <numerusform>%n Klienten haben korrekturbedürftige Datensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
</context>
<context>
    <name>tp::ui::RecordDialog</name>
    <message>
        <source>Please correct the fields marked below.</source>
        <translation>Bitte korrigieren Sie die unten markierten Felder.</translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation>Der Datensatz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Edit Client</source>
        <translation>Klient bearbeiten</translation>
    </message>
    <message>
        <source>New Client</source>
        <translation>Neuer Klient</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Edit Birth Data</source>
        <translation>Geburtsdaten bearbeiten</translation>
    </message>
    <message>
        <source>New Birth Data</source>
        <translation>Neue Geburtsdaten</translation>
    </message>
    <message>
        <source>Pick a place the practice has used before to fill in its coordinates and time zone.</source>
        <translation>Wählen Sie einen Ort, den die Praxis schon verwendet hat, um Koordinaten und Zeitzone auszufüllen.</translation>
    </message>
    <message>
        <source>Known &amp;place:</source>
        <translation>Gespeicherter &amp;Ort:</translation>
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation>Geburts&amp;datum:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Birth &amp;time:</source>
        <translation>Geburts&amp;zeit:</translation>
    </message>
    <message>
        <source>HH:MM:SS (local time)</source>
        <translation>HH:MM:SS (Ortszeit)</translation>
    </message>
    <message>
        <source>Birth time &amp;unknown</source>
        <translation>Geburtszeit &amp;unbekannt</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Stadt:</translation>
    </message>
    <message>
        <source>&amp;State or province:</source>
        <translation>&amp;Bundesland/Provinz:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>L&amp;atitude:</source>
        <translation>Brei&amp;tengrad:</translation>
    </message>
    <message>
        <source>−90 to 90, north positive</source>
        <translation>−90 bis 90, Nord positiv</translation>
    </message>
    <message>
        <source>Lo&amp;ngitude:</source>
        <translation>Län&amp;gengrad:</translation>
    </message>
    <message>
        <source>−180 to 180, east positive</source>
        <translation>−180 bis 180, Ost positiv</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeitzo&amp;ne:</translation>
    </message>
    <message>
        <source>&amp;Rodden rating:</source>
        <translation>&amp;Rodden-Einstufung:</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <source>AA – recorded (birth certificate or record)</source>
        <translation>AA – dokumentiert (Geburtsurkunde oder amtlicher Eintrag)</translation>
    </message>
    <message>
        <source>A – from memory (the person or family)</source>
        <translation>A – aus der Erinnerung (der Person oder Familie)</translation>
    </message>
    <message>
        <source>B – biography or autobiography</source>
        <translation>B – Biografie oder Autobiografie</translation>
    </message>
    <message>
        <source>C – caution: no source or unreliable</source>
        <translation>C – Vorsicht: keine oder unzuverlässige Quelle</translation>
    </message>
    <message>
        <source>DD – dirty data: conflicting sources</source>
        <translation>DD – zweifelhafte Daten: widersprüchliche Quellen</translation>
    </message>
    <message>
        <source>X – date without time</source>
        <translation>X – Datum ohne Uhrzeit</translation>
    </message>
    <message>
        <source>XX – date in question</source>
        <translation>XX – Datum fraglich</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Ges&amp;chlecht:</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>non-binary</source>
        <translation>nicht-binär</translation>
    </message>
    <message>
        <source>Edit Session Note</source>
        <translation>Sitzungsnotiz bearbeiten</translation>
    </message>
    <message>
        <source>New Session Note</source>
        <translation>Neue Sitzungsnotiz</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>tp::ui::RestoreDialog</name>
    <message>
        <source>Restore from a Backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Everything: the whole practice as it was when the backup was made</source>
        <translation>&amp;Alles: die gesamte Praxis, wie sie zum Zeitpunkt der Sicherung war</translation>
    </message>
    <message>
        <source>&amp;Only these clients, brought back into the practice as it is now:</source>
        <translation>&amp;Nur diese Klienten, zurückgeholt in die Praxis, wie sie jetzt ist:</translation>
    </message>
    <message>
        <source>Search name or birth date</source>
        <translation>Name oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>Clients in the backup</source>
        <translation>Klienten in der Sicherung</translation>
    </message>
    <message>
        <source>When a client is here already: </source>
        <translation>Wenn ein Klient bereits vorhanden ist: </translation>
    </message>
    <message>
        <source>I &amp;understand what will be replaced</source>
        <translation>Mir ist &amp;klar, was ersetzt wird</translation>
    </message>
    <message>
        <source>&amp;Undo This Restore</source>
        <translation>Wiederherstellung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Put the practice back as it was just before, from the safety backup</source>
        <translation>Die Praxis aus der Sicherheitskopie auf den Stand unmittelbar davor zurücksetzen</translation>
    </message>
    <message>
        <source>Everything in the practice now is replaced by the backup made %1: %2 clients, %3 charts and %4 session notes. Whatever was added or changed since then is lost – unless you undo the restore.</source>
        <translation>Der gesamte jetzige Inhalt der Praxis wird durch die Sicherung (erstellt %1) ersetzt: %2 Klienten, %3 Horoskope und %4 Sitzungsnotizen. Alles, was seitdem hinzugefügt oder geändert wurde, geht verloren – es sei denn, Sie machen die Wiederherstellung rückgängig.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen client(s), with their birth data, charts and session notes, come back from the backup made %1. A client who is here already: %2. Everyone else stays as they are.</source>
        <translation>
            <numerusform>%n ausgewählter Klient wird mit seinen Geburtsdaten, Horoskopen und Sitzungsnotizen aus der Sicherung (erstellt %1) zurückgeholt. Für bereits vorhandene Klienten gilt: %2. Alle anderen bleiben unverändert.</numerusform>
            <numerusform>%n ausgewählte Klienten werden mit ihren Geburtsdaten, Horoskopen und Sitzungsnotizen aus der Sicherung (erstellt %1) zurückgeholt. Für bereits vorhandene Klienten gilt: %2. Alle anderen bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>First, a safety backup of the practice as it is now is made, so that this restore can be undone.</source>
        <translation>Zuerst wird eine Sicherheitskopie der Praxis in ihrem jetzigen Stand erstellt, damit sich diese Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Open the practice in The Program&apos;s window to restore all of it</source>
        <translation>Öffnen Sie die Praxis im Fenster von The Program, um sie vollständig wiederherzustellen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel Restore</source>
        <translation>Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <source>Reading the backup&apos;s clients…</source>
        <translation>Die Klienten der Sicherung werden gelesen…</translation>
    </message>
    <message>
        <source>%1 (born %2)</source>
        <translation>%1 (geb. %2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) in this backup; tick those to bring back.</source>
        <translation>
            <numerusform>%n Klient in dieser Sicherung; setzen Sie ein Häkchen, um ihn zurückzuholen.</numerusform>
            <numerusform>%n Klienten in dieser Sicherung; setzen Sie ein Häkchen bei denen, die zurückgeholt werden sollen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup&apos;s clients cannot be read: %1</source>
        <translation>Die Klienten der Sicherung können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The practice is back as it was before the restore.</source>
        <translation>Die Praxis ist wieder auf dem Stand vor der Wiederherstellung.</translation>
    </message>
    <message>
        <source>The practice is restored: the window shows it as it was then.</source>
        <translation>Die Praxis ist wiederhergestellt: Das Fenster zeigt sie im damaligen Stand.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>before restoring some clients</source>
        <translation>vor der Wiederherstellung einzelner Klienten</translation>
    </message>
    <message>
        <source>The safety backup failed, so nothing was restored: %1</source>
        <translation>Die Sicherheitskopie ist fehlgeschlagen, daher wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) brought back from the backup</source>
        <translation>
            <numerusform>%n Klient aus der Sicherung zurückgeholt</numerusform>
            <numerusform>%n Klienten aus der Sicherung zurückgeholt</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Abgebrochen; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The practice as it was just before is kept as a safety backup (%1). Undo This Restore puts it back.</source>
        <translation>Die Praxis im Stand unmittelbar davor bleibt als Sicherheitskopie erhalten (%1). „Wiederherstellung rückgängig machen“ stellt sie wieder her.</translation>
    </message>
</context>
<context>
    <name>tp::ui::RestoreSourcePage</name>
    <message>
        <source>A backup from the &amp;history:</source>
        <translation>Eine Sicherung aus dem &amp;Verlauf:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A backup &amp;file from elsewhere (its .manifest.json beside it):</source>
        <translation>Eine Sicherungs&amp;datei von anderswo (die zugehörige .manifest.json liegt daneben):</translation>
    </message>
    <message>
        <source>no file chosen</source>
        <translation>keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>A &amp;copy in a place for copies (Dropbox, Google Drive, S3, Nextcloud…):</source>
        <translation>Eine Cloud-&amp;Kopie (Dropbox, Google Drive, S3, Nextcloud…):</translation>
    </message>
    <message>
        <source>leave empty to use the one in the backup settings</source>
        <translation>leer lassen, um das Passwort aus den Sicherungseinstellungen zu verwenden</translation>
    </message>
    <message>
        <source>or a key file</source>
        <translation>oder eine Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Key File…</source>
        <translation>&amp;Schlüsseldatei…</translation>
    </message>
    <message>
        <source>This backup is encrypted. &amp;Password:</source>
        <translation>Diese Sicherung ist verschlüsselt. &amp;Passwort:</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>Backups (*.db *.gz *.encrypted);;All files (*)</source>
        <translation>Sicherungen (*.db *.gz *.encrypted);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the Key File</source>
        <translation>Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Download a backup from the place first.</source>
        <translation>Laden Sie zuerst eine Sicherung vom Ziel herunter.</translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation>Wählen Sie eine Sicherung aus.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>This backup&apos;s description (%1) cannot be read: %2. Copy it from where the backup came from, beside the backup file.</source>
        <translation>Die Beschreibung dieser Sicherung (%1) kann nicht gelesen werden: %2. Kopieren Sie sie von dort, woher die Sicherung stammt, neben die Sicherungsdatei.</translation>
    </message>
    <message>
        <source>verified %1 ✔</source>
        <translation>geprüft %1 ✔</translation>
    </message>
    <message>
        <source>not verified yet (it is checked before restoring)</source>
        <translation>noch nicht geprüft (wird vor der Wiederherstellung geprüft)</translation>
    </message>
    <message>
        <source>failed verification: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Made %1&lt;/b&gt; (%2%3) by The Program %4, %5, %6.&lt;/p&gt;&lt;p&gt;It holds:&lt;/p&gt;&lt;table&gt;%7&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erstellt %1&lt;/b&gt; (%2%3) mit The Program %4, %5, %6.&lt;/p&gt;&lt;p&gt;Sie enthält:&lt;/p&gt;&lt;table&gt;%7&lt;/table&gt;</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
</context>
<context>
    <name>tp::ui::ScheduleEditor</name>
    <message>
        <source>Off – only when I click Back Up Now</source>
        <translation>Aus – nur wenn ich auf „Jetzt sichern“ klicke</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Custom (cron)</source>
        <translation>Benutzerdefiniert (cron)</translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation>Sic&amp;hern:</translation>
    </message>
    <message>
        <source>A day the month does not have means its last day</source>
        <translation>Hat der Monat diesen Tag nicht, wird sein letzter Tag verwendet</translation>
    </message>
    <message>
        <source>minute hour day month weekday, e.g. 30 2 * * 1-5</source>
        <translation>Minute Stunde Tag Monat Wochentag, z. B. 30 2 * * 1-5</translation>
    </message>
    <message>
        <source>Cron schedule</source>
        <translation>Cron-Zeitplan</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>Next backups:</source>
        <translation>Nächste Sicherungen:</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>none: backups are made only when you click Back Up Now</source>
        <translation>keine: Sicherungen werden nur erstellt, wenn Sie auf „Jetzt sichern“ klicken</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>tp::ui::StartupErrors</name>
    <message>
        <source>Install the newest version of The Program, then open this database again.</source>
        <translation>Installieren Sie die neueste Version von The Program und öffnen Sie diese Datenbank dann erneut.</translation>
    </message>
    <message>
        <source>Another program is using this database. Close it and start The Program again.</source>
        <translation>Ein anderes Programm verwendet diese Datenbank. Schließen Sie es und starten Sie The Program erneut.</translation>
    </message>
    <message>
        <source>Make the file writable, or copy it to a folder of your own and open the copy.</source>
        <translation>Heben Sie den Schreibschutz der Datei auf, oder kopieren Sie sie in einen eigenen Ordner und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Create the folder first, or choose another place.</source>
        <translation>Legen Sie zuerst den Ordner an, oder wählen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Choose the practice database file (usually theprogram.db).</source>
        <translation>Wählen Sie die Datei der Praxisdatenbank aus (meist theprogram.db).</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>tp::ui::StatsCharts</name>
    <message>
        <source>Where the space goes</source>
        <translation>Wofür der Speicherplatz genutzt wird</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Safety snapshots of imports</source>
        <translation>Sicherheitskopien vor Importen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Sonstiges (%1)</translation>
    </message>
    <message>
        <source>Clients and charts made per week</source>
        <translation>Neue Klienten und Horoskope pro Woche</translation>
    </message>
    <message>
        <source>Clients and charts made per year</source>
        <translation>Neue Klienten und Horoskope pro Jahr</translation>
    </message>
    <message>
        <source>Clients and charts made per month</source>
        <translation>Neue Klienten und Horoskope pro Monat</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Horoskope</translation>
    </message>
    <message>
        <source>Space the kept backups took as they were made</source>
        <translation>Größe der aufbewahrten Sicherungen zum Zeitpunkt ihrer Erstellung</translation>
    </message>
    <message>
        <source>Backups (MB)</source>
        <translation>Sicherungen (MB)</translation>
    </message>
</context>
<context>
    <name>tp::ui::StatsPage</name>
    <message>
        <source>no change this month</source>
        <translation>diesen Monat unverändert</translation>
    </message>
    <message>
        <source>▲ %1 this month</source>
        <translation>▲ %1 diesen Monat</translation>
    </message>
    <message>
        <source>▼ %1 this month</source>
        <translation>▼ %1 diesen Monat</translation>
    </message>
    <message>
        <source>none new this month</source>
        <translation>diesen Monat keine neuen</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <source>Clients and charts made</source>
        <translation>Neue Klienten und Horoskope</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your practice at a glance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Praxis auf einen Blick&lt;/b&gt;</translation>
    </message>
    <message>
        <source>E&amp;xport All…</source>
        <translation>Alles e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;When you work&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wann Sie arbeiten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Latest changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letzte Änderungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data that needs care&lt;/b&gt;</source>
        <translation>&lt;b&gt;Daten, die Aufmerksamkeit brauchen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Records that would not pass an import&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datensätze, die ein Import ablehnen würde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space you can free&lt;/b&gt;</source>
        <translation>&lt;b&gt;Speicherplatz, den Sie freigeben können&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The numbers cannot be read: %1</source>
        <translation>Die Zahlen können nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 free of %3</source>
        <translation>%1: %2 von %3 frei</translation>
    </message>
    <message>
        <source>Disk of the practice</source>
        <translation>Datenträger der Praxis</translation>
    </message>
    <message>
        <source>Disk of the backups</source>
        <translation>Datenträger der Sicherungen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Birth data</source>
        <translation>Geburtsdaten</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Horoskop</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Sitzungsnotiz</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Horoskope</translation>
    </message>
    <message>
        <source>Interpretations</source>
        <translation>Deutungen</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>Practice file</source>
        <translation>Praxisdatei</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>none made this month</source>
        <translation>diesen Monat keine erstellt</translation>
    </message>
    <message>
        <source>Against the practice&apos;s size in the newest backup made before this month.</source>
        <translation>Verglichen mit der Größe der Praxis in der neuesten Sicherung vor diesem Monat.</translation>
    </message>
    <message>
        <source>%L1 of %L2 clients have no birth data</source>
        <translation>Bei %L1 von %L2 Klienten fehlen die Geburtsdaten</translation>
    </message>
    <message>
        <source>clients without birth data</source>
        <translation>Klienten ohne Geburtsdaten</translation>
    </message>
    <message>
        <source>%L1 of %L2 charts have no interpretations</source>
        <translation>Bei %L1 von %L2 Horoskopen fehlen Deutungen</translation>
    </message>
    <message>
        <source>clients with a chart without interpretations</source>
        <translation>Klienten mit einem Horoskop ohne Deutungen</translation>
    </message>
    <message>
        <source>%L1 of %L2 birth data have no known time</source>
        <translation>Bei %L1 von %L2 Geburtsdaten ist die Geburtszeit unbekannt</translation>
    </message>
    <message>
        <source>clients whose birth time is not known</source>
        <translation>Klienten mit unbekannter Geburtszeit</translation>
    </message>
    <message>
        <source>%L1 of %L2 birth data have no Rodden rating</source>
        <translation>Bei %L1 von %L2 Geburtsdaten fehlt die Rodden-Einstufung</translation>
    </message>
    <message>
        <source>clients whose birth data has no Rodden rating</source>
        <translation>Klienten, deren Geburtsdaten keine Rodden-Einstufung haben</translation>
    </message>
    <message>
        <source>No clients look like the same person.</source>
        <translation>Keine Hinweise auf doppelt erfasste Klienten.</translation>
    </message>
    <message>
        <source>Likely the same person: %1, born %2</source>
        <translation>Vermutlich dieselbe Person: %1, geboren %2</translation>
    </message>
    <message>
        <source>Show Both</source>
        <translation>Beide anzeigen</translation>
    </message>
    <message>
        <source>likely the same person</source>
        <translation>vermutlich dieselbe Person</translation>
    </message>
</context>
<context>
    <name>tp::ui::TidyUpBox</name>
    <message>
        <source>Nothing to tidy away.</source>
        <translation>Nichts aufzuräumen.</translation>
    </message>
    <message numerus="yes">
        <source>%n safety snapshot(s) taken before imports more than %1 days ago: %2</source>
        <translation>
            <numerusform>%n Sicherheitskopie von einem Import, älter als %1 Tage: %2</numerusform>
            <numerusform>%n Sicherheitskopien von Importen, älter als %1 Tage: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved place(s) that no birth data uses: %1</source>
        <translation>
            <numerusform>%n gespeicherter Ort, den keine Geburtsdaten verwenden: %1</numerusform>
            <numerusform>%n gespeicherte Orte, die keine Geburtsdaten verwenden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Entfernen: %1</translation>
    </message>
    <message>
        <source>Remove Old Safety Snapshots</source>
        <translation>Alte Sicherheitskopien entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n safety snapshot(s) taken before imports more than %1 days ago (%2)?

The imports they were taken for can then no longer be undone. Your clients, charts and backups are not touched. This cannot be undone.</source>
        <translation>
            <numerusform>%n Sicherheitskopie von einem Import, älter als %1 Tage (%2), entfernen?

Der zugehörige Import kann danach nicht mehr rückgängig gemacht werden. Ihre Klienten, Horoskope und Sicherungen bleiben unberührt. Dieser Schritt kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Sicherheitskopien von Importen, älter als %1 Tage (%2), entfernen?

Die zugehörigen Importe können danach nicht mehr rückgängig gemacht werden. Ihre Klienten, Horoskope und Sicherungen bleiben unberührt. Dieser Schritt kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>%1 of %2 snapshots could not be removed. Check that the folder %3 can be written to, then try again.</source>
        <translation>%1 von %2 Sicherheitskopien konnten nicht entfernt werden. Prüfen Sie, ob in den Ordner %3 geschrieben werden kann, und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n old safety snapshot(s).</source>
        <translation>
            <numerusform>%n alte Sicherheitskopie entfernt.</numerusform>
            <numerusform>%n alte Sicherheitskopien entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Unused Places</source>
        <translation>Nicht verwendete Orte entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n saved place(s) that no birth data uses?

They will no longer be offered when you type a birth place. You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>%n gespeicherten Ort entfernen, den keine Geburtsdaten verwenden?

Beim Eingeben eines Geburtsorts wird er dann nicht mehr vorgeschlagen. Mit Strg+Z können Sie dies rückgängig machen.</numerusform>
            <numerusform>%n gespeicherte Orte entfernen, die keine Geburtsdaten verwenden?

Beim Eingeben eines Geburtsorts werden sie dann nicht mehr vorgeschlagen. Mit Strg+Z können Sie dies rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::ui::TrayIcon</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Open The Program</source>
        <translation>&amp;The Program öffnen</translation>
    </message>
    <message>
        <source>&amp;Pause Scheduled Backups</source>
        <translation>Geplante Sicherungen &amp;pausieren</translation>
    </message>
    <message>
        <source>For an &amp;Hour</source>
        <translation>Für eine &amp;Stunde</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow</source>
        <translation>Bis &amp;morgen</translation>
    </message>
    <message>
        <source>Until I &amp;Resume Them</source>
        <translation>Bis ich sie &amp;fortsetze</translation>
    </message>
    <message>
        <source>&amp;Resume Scheduled Backups</source>
        <translation>Geplante Sicherungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The Program keeps running</source>
        <translation>The Program läuft weiter</translation>
    </message>
    <message>
        <source>Scheduled backups go on from here in the tray. To end The Program, choose Quit in this icon&apos;s menu.</source>
        <translation>Geplante Sicherungen laufen von hier aus im Infobereich weiter. Um The Program zu beenden, wählen Sie „Beenden“ im Menü dieses Symbols.</translation>
    </message>
    <message>
        <source>Last scheduled backup: %1</source>
        <translation>Letzte geplante Sicherung: %1</translation>
    </message>
    <message>
        <source>No backup schedule</source>
        <translation>Kein Sicherungszeitplan</translation>
    </message>
    <message>
        <source>No scheduled backup yet</source>
        <translation>Noch keine geplante Sicherung</translation>
    </message>
    <message>
        <source>The Program – scheduled backups are paused</source>
        <translation>The Program – geplante Sicherungen sind pausiert</translation>
    </message>
    <message>
        <source>The Program – %1</source>
        <translation>The Program – %1</translation>
    </message>
    <message>
        <source>The Program – backing up: %1%%2</source>
        <translation>The Program – Sicherung läuft: %1 %%2</translation>
    </message>
    <message>
        <source>The Program – the last scheduled backup failed: %1</source>
        <translation>The Program – die letzte geplante Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>tp::ui::Words</name>
    <message>
        <source>Natal</source>
        <translation>Geburtshoroskop</translation>
    </message>
    <message>
        <source>Transit</source>
        <translation>Transit</translation>
    </message>
    <message>
        <source>Progressed</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Synastry</source>
        <translation>Synastrie</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>Composit</translation>
    </message>
    <message>
        <source>Return (solar, lunar)</source>
        <translation>Revolution (Solar, Lunar)</translation>
    </message>
    <message>
        <source>Horary</source>
        <translation>Stundenhoroskop</translation>
    </message>
    <message>
        <source>Western</source>
        <translation>Westlich</translation>
    </message>
    <message>
        <source>Vedic (Jyotish)</source>
        <translation>Vedisch (Jyotish)</translation>
    </message>
    <message>
        <source>Human Design</source>
        <translation>Human Design</translation>
    </message>
    <message>
        <source>Whole sign</source>
        <translation>Ganzzeichen</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n Minute</numerusform>
            <numerusform>in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>at a time not recorded</source>
        <translation>zu einem nicht erfassten Zeitpunkt</translation>
    </message>
    <message>
        <source>the import of %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other file(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Datei</numerusform>
            <numerusform>%1 und %n weitere Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Äqual</translation>
    </message>
    <message>
        <source>Porphyry</source>
        <translation>Porphyrius</translation>
    </message>
    <message>
        <source>Topocentric</source>
        <translation>Topozentrisch</translation>
    </message>
    <message>
        <source>Tropical</source>
        <translation>Tropisch</translation>
    </message>
    <message>
        <source>Sidereal</source>
        <translation>Siderisch</translation>
    </message>
    <message>
        <source>Aries</source>
        <translation>Widder</translation>
    </message>
    <message>
        <source>Taurus</source>
        <translation>Stier</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Zwillinge</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Krebs</translation>
    </message>
    <message>
        <source>Leo</source>
        <translation>Löwe</translation>
    </message>
    <message>
        <source>Virgo</source>
        <translation>Jungfrau</translation>
    </message>
    <message>
        <source>Libra</source>
        <translation>Waage</translation>
    </message>
    <message>
        <source>Scorpio</source>
        <translation>Skorpion</translation>
    </message>
    <message>
        <source>Sagittarius</source>
        <translation>Schütze</translation>
    </message>
    <message>
        <source>Capricorn</source>
        <translation>Steinbock</translation>
    </message>
    <message>
        <source>Aquarius</source>
        <translation>Wassermann</translation>
    </message>
    <message>
        <source>Pisces</source>
        <translation>Fische</translation>
    </message>
</context>
</TS>
