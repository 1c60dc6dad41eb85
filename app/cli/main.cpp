#include "CliCommands.h"
#include "util/AppInfo.h"
#include "util/Translations.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tp::setApplicationIdentity();
    tp::Translations::install();
    return tp::cli::run(QCoreApplication::arguments());
}
