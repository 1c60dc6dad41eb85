#include "AppInfo.h"

#include <QCoreApplication>

namespace tp {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TheProgram"));
    QCoreApplication::setApplicationName(QStringLiteral("TheProgram"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(THEPROGRAM_VERSION);
}

} // namespace tp
