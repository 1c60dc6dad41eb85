#include "Autostart.h"

#include "util/SafeFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace tp::ui {

namespace {

QString program()
{
    // An AppImage runs from a temporary mount; its file is in $APPIMAGE.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    return appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage;
}

QString quoted(const QString& path)
{
    return QLatin1Char('"') + QString(path).replace(QLatin1Char('"'), QStringLiteral("\\\""))
        + QLatin1Char('"');
}

#if defined(Q_OS_WIN)
const QString kRunKey
    = QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kValue = QStringLiteral("The Program");
#endif

} // namespace

QString Autostart::command()
{
    return quoted(QDir::toNativeSeparators(program())) + QStringLiteral(" --minimized");
}

QString Autostart::location()
{
#if defined(Q_OS_WIN)
    return kRunKey;
#elif defined(Q_OS_MACOS)
    return QDir::home().filePath(QStringLiteral("Library/LaunchAgents/org.theprogram.desktop.plist"));
#else
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/theprogram.desktop"));
#endif
}

bool Autostart::isEnabled()
{
#if defined(Q_OS_WIN)
    return QSettings(kRunKey, QSettings::NativeFormat).contains(kValue);
#else
    return QFileInfo::exists(location());
#endif
}

bool Autostart::setEnabled(bool on, QString* error)
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (on)
        run.setValue(kValue, command());
    else
        run.remove(kValue);
    run.sync();
    if (run.status() != QSettings::NoError) {
        *error = QCoreApplication::translate("tp::ui::Autostart", "The Windows registry refused the change.");
        return false;
    }
    return true;
#else
    const QString path = location();
    if (!on) {
        if (QFile::remove(path) || !QFileInfo::exists(path))
            return true;
        *error = QCoreApplication::translate("tp::ui::Autostart", "%1 cannot be removed.").arg(path);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
#if defined(Q_OS_MACOS)
    const QByteArray content = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                              "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                              "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                                              "<plist version=\"1.0\"><dict>\n"
                                              "<key>Label</key><string>org.theprogram.desktop</string>\n"
                                              "<key>ProgramArguments</key><array><string>%1</string>"
                                              "<string>--minimized</string></array>\n"
                                              "<key>RunAtLoad</key><true/>\n</dict></plist>\n")
                                   .arg(program().toHtmlEscaped())
                                   .toUtf8();
#else
    // The Desktop Entry Specification: Exec quotes its argument, and %, $ and ` are escaped.
    QString exec = program();
    exec.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    exec.replace(QLatin1Char('$'), QStringLiteral("\\$")).replace(QLatin1Char('`'), QStringLiteral("\\`"));
    exec.replace(QLatin1Char('%'), QStringLiteral("%%"));
    const QByteArray content = QStringLiteral("[Desktop Entry]\n"
                                              "Type=Application\n"
                                              "Name=The Program\n"
                                              "Comment=Scheduled backups of your practice, in the tray\n"
                                              "Exec=\"%1\" --minimized\n"
                                              "Icon=theprogram\n"
                                              "Terminal=false\n"
                                              "X-GNOME-Autostart-enabled=true\n")
                                   .arg(exec)
                                   .toUtf8();
#endif
    return files::saveOwnerOnly(path, content, error);
#endif
}

} // namespace tp::ui
