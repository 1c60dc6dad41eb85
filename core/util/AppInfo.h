#pragma once

#include <QString>

namespace tp {

// Names that decide where settings and data live (QSettings, QStandardPaths);
// the GUI and the CLI set the same ones so they find the same database.
void setApplicationIdentity();
QString applicationVersion();

// The folder of the default practice, backups and import reports: one level
// below the platform's data folder — ~/.local/share/TheProgram on Linux,
// ~/Library/Application Support/TheProgram on macOS, %LOCALAPPDATA%\TheProgram
// on Windows. What earlier versions kept one level deeper
// (…/TheProgram/TheProgram) is moved up the first time it is asked for.
QString dataFolder();
// Moves every entry of `from` into `to` that `to` does not have yet, then
// removes `from` if it is empty. False if something stayed behind.
bool moveFolderContents(const QString& from, const QString& to);

} // namespace tp
