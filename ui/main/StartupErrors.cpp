#include "StartupErrors.h"

#include "common/MessageBox.h"

#include <QCoreApplication>

namespace tp::ui {

QString openFailureText(const db::OpenFailure& failure)
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
            "Make the file writable, or copy it to a folder of your own and open the copy.");
        break;
    case db::OpenError::MissingDirectory:
        advice = QCoreApplication::translate("tp::ui::StartupErrors",
                                             "Create the folder first, or choose another place.");
        break;
    case db::OpenError::NotSQLite:
    case db::OpenError::NotOurDatabase:
    case db::OpenError::IsDirectory:
        advice = QCoreApplication::translate("tp::ui::StartupErrors",
                                             "Choose the practice database file (usually theprogram.db).");
        break;
    default:
        break;
    }
    return advice.isEmpty() ? failure.message : failure.message + QStringLiteral("\n\n") + advice;
}

void showOpenFailure(QWidget* parent, const db::OpenFailure& failure)
{
    MessageBox::critical(
        parent, QCoreApplication::translate("tp::ui::StartupErrors", "The database cannot be opened"),
        openFailureText(failure));
}

} // namespace tp::ui
