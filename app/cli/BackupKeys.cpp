#include "backup/BackupEngine.h"
#include "BackupActions.h"

#include <iostream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <string>

#ifndef Q_OS_WIN
#include <termios.h>
#include <unistd.h>
#endif

namespace tp::cli {

namespace {

QString promptPassword()
{
#ifndef Q_OS_WIN
    if (!::isatty(0))
        return {};
    termios old{};
    tcgetattr(0, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(0, TCSANOW, &quiet);
    err() << Cli::tr("Backup password: ");
    err().flush();
    std::string line;
    std::getline(std::cin, line);
    tcsetattr(0, TCSANOW, &old);
    err() << '\n';
    err().flush();
    return QString::fromStdString(line);
#else
    return {};
#endif
}

} // namespace

QString BackupCliOptions::folderHelp()
{
    return Cli::tr("The backup folder (default: the one chosen in the app's backup settings, else %1).")
        .arg(QDir::toNativeSeparators(backup::BackupEngine::defaultFolder()));
}

void BackupCliOptions::addTo(QCommandLineParser& parser) const
{
    for (const QCommandLineOption* o :
         { &encrypt, &passwordFile, &keyFile, &level, &label, &pin, &folder, &json, &all, &output, &clients,
           &charts, &strategy, &yes, &preHook, &postHook, &rememberPassword, &upload, &now })
        parser.addOption(*o);
    keep.addTo(parser);
}

QString BackupCall::findBackup(const QString& ref, QString* error) const
{
    if (QFileInfo::exists(ref))
        return ref;
    for (const backup::BackupInfo& b : backup::BackupEngine::list(folder)) {
        if (b.id == ref || QFileInfo(b.path).fileName() == ref)
            return b.path;
    }
    *error = Cli::tr("There is no backup %1 in %2.").arg(ref, QDir::toNativeSeparators(folder));
    return {};
}

bool BackupCall::keyFor(const QString& path, std::optional<crypto::KeySource>* key, QString* error) const
{
    QFile f(path);
    if (key->has_value() || !f.open(QIODevice::ReadOnly) || !crypto::isEncryptedBackup(f.peek(8)))
        return true;
    *key = keyFrom(*this, false, error);
    return key->has_value();
}

std::optional<crypto::KeySource> keyFrom(const BackupCall& b, bool calibrate, QString* error)
{
    const QCommandLineParser& parser = b.parser();
    if (parser.isSet(b.o.keyFile))
        return crypto::readKeyFile(parser.value(b.o.keyFile), error);
    QString password;
    if (parser.isSet(b.o.passwordFile)) {
        QFile f(parser.value(b.o.passwordFile));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = Cli::tr("The password file %1 cannot be read: %2")
                         .arg(parser.value(b.o.passwordFile), f.errorString());
            return std::nullopt;
        }
        password = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    } else if (qEnvironmentVariableIsSet("THEPROGRAM_BACKUP_PASSWORD")) {
        password = qEnvironmentVariable("THEPROGRAM_BACKUP_PASSWORD");
    } else {
        password = promptPassword();
    }
    if (password.isEmpty()) {
        *error = Cli::tr(
            "No password: give --password-file, set THEPROGRAM_BACKUP_PASSWORD, or run in a terminal "
            "to be asked.");
        return std::nullopt;
    }
    crypto::KeySource key;
    key.secret = password.toUtf8();
    if (calibrate)
        key.argon2 = crypto::calibrateArgon2();
    return key;
}

} // namespace tp::cli
