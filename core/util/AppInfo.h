#pragma once

#include <QString>

namespace tp {

// Names that decide where settings and data live (QSettings, QStandardPaths);
// the GUI and the CLI set the same ones so they find the same database.
void setApplicationIdentity();
QString applicationVersion();

} // namespace tp
