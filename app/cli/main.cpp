#include "CliCommands.h"
#include "util/AppInfo.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    tp::setApplicationIdentity();
    return tp::cli::run(QCoreApplication::arguments());
}
