#include "StartupErrors.h"

#include "common/MessageBox.h"

#include <QCoreApplication>

namespace tp::ui {

void showOpenFailure(QWidget* parent, const db::OpenFailure& failure)
{
    QString advice;
    switch (failure.error) {
    case db::OpenError::NewerSchema:
        advice = QCoreApplication::translate(
            "tp::ui::StartupErrors",
            "Install the newest version of The Program, then open this database again.");
        break;
    case db::OpenError::Locked:
        advice = QCoreApplication::translate(
            "tp::ui::StartupErrors",
            "Another program is using this database. Close it and start The Program again.");
        break;
    case db::OpenError::ReadOnly:
        advice = QCoreApplication::translate(
            "tp::ui::StartupErrors",
            "Make the file writable, or copy it to a folder of your own and open the copy with --db.");
        break;
    case db::OpenError::MissingDirectory:
        advice = QCoreApplication::translate("tp::ui::StartupErrors",
                                             "Create the folder first, or choose another path with --db.");
        break;
    case db::OpenError::NotSQLite:
    case db::OpenError::NotOurDatabase:
    case db::OpenError::IsDirectory:
        advice = QCoreApplication::translate(
            "tp::ui::StartupErrors", "Choose the practice database file (usually theprogram.db) with --db.");
        break;
    default:
        break;
    }
    MessageBox::critical(
        parent, QCoreApplication::translate("tp::ui::StartupErrors", "The database cannot be opened"),
        advice.isEmpty() ? failure.message : failure.message + QStringLiteral("\n\n") + advice);
}

} // namespace tp::ui
