#include "BackupManifest.h"

#include "util/AppInfo.h"
#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QFile>
#include <QJsonDocument>

namespace tp::backup {

BackupManifest BackupManifest::forNewBackup(const NewBackup& made)
{
    QJsonValue encryption;
    if (made.key) {
        const bool withPassword = made.key->kind == crypto::KeySource::Kind::Password;
        QJsonObject e{ { QStringLiteral("cipher"), QStringLiteral("AES-256-GCM STREAM, 64 KiB segments") },
                       { QStringLiteral("container_version"), 1 },
                       { QStringLiteral("key_source"),
                         withPassword ? QStringLiteral("password") : QStringLiteral("key file") },
                       { QStringLiteral("kdf"),
                         withPassword ? QStringLiteral("argon2id + HKDF-SHA256")
                                      : QStringLiteral("HKDF-SHA256") } };
        if (withPassword)
            e.insert(QStringLiteral("argon2"),
                     QJsonObject{ { QStringLiteral("iterations"), qint64(made.key->argon2.iterations) },
                                  { QStringLiteral("memory_kib"), qint64(made.key->argon2.memoryKiB) },
                                  { QStringLiteral("parallelism"), made.key->argon2.parallelism } });
        encryption = e;
    }
    const bool compressed = !made.compressionLevel.isEmpty();
    return BackupManifest(QJsonObject{
        { QStringLiteral("format"), QStringLiteral("theprogram-backup-manifest") },
        { QStringLiteral("format_version"), QStringLiteral("1.0") },
        { QStringLiteral("id"), made.id },
        { QStringLiteral("file"), made.fileName },
        { QStringLiteral("created_at"), timestamp::format(made.createdAt) },
        { QStringLiteral("kind"), made.kind },
        { QStringLiteral("label"), made.label },
        { QStringLiteral("app_version"), applicationVersion() },
        { QStringLiteral("schema_version"), made.schemaVersion },
        { QStringLiteral("plain_size"), made.plainBytes },
        { QStringLiteral("stored_size"), made.storedBytes },
        { QStringLiteral("compression"),
          QJsonObject{
              { QStringLiteral("algorithm"), compressed ? QStringLiteral("gzip") : QStringLiteral("none") },
              { QStringLiteral("level"), compressed ? made.compressionLevel : QStringLiteral("none") } } },
        { QStringLiteral("encryption"), encryption },
        { QStringLiteral("sha256_stored"), made.storedHash },
        { QStringLiteral("sha256_plain"), made.plainHash },
        { QStringLiteral("row_counts"), made.counts },
        { QStringLiteral("integrity_check"), QJsonValue() },
        { QStringLiteral("verified_at"), QJsonValue() },
        { QStringLiteral("pinned"), made.pinned },
    });
}

BackupManifest BackupManifest::parse(const QByteArray& bytes, QString* problem)
{
    QJsonParseError error{};
    const QJsonDocument doc
        = bytes.size() > kMaxBytes ? QJsonDocument() : QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().contains(QLatin1String("sha256_stored"))) {
        *problem = tr("damaged: its manifest cannot be read");
        return {};
    }
    return BackupManifest(doc.object());
}

BackupManifest BackupManifest::read(const QString& path, QString* problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = tr("unknown: it has no manifest");
        return {};
    }
    return parse(f.read(kMaxBytes + 1), problem);
}

bool BackupManifest::write(const QString& path, QString* error) const
{
    return files::saveOwnerOnly(path, QJsonDocument(m_json).toJson(QJsonDocument::Indented), error);
}

QString BackupManifest::pathFor(const QString& backupPath)
{
    return backupPath + QStringLiteral(".manifest.json");
}

QString BackupManifest::text(const char* key) const
{
    return m_json.value(QLatin1String(key)).toString();
}

QString BackupManifest::id() const
{
    return text("id");
}

QString BackupManifest::fileName() const
{
    return text("file");
}

QDateTime BackupManifest::createdAt() const
{
    return timestamp::parse(text("created_at")).value_or(QDateTime());
}

QString BackupManifest::kind() const
{
    return text("kind");
}

QString BackupManifest::label() const
{
    return text("label");
}

QString BackupManifest::appVersion() const
{
    return text("app_version");
}

int BackupManifest::schemaVersion() const
{
    return m_json.value(QLatin1String("schema_version")).toInt();
}

qint64 BackupManifest::plainSize() const
{
    return m_json.value(QLatin1String("plain_size")).toInteger();
}

qint64 BackupManifest::storedSize() const
{
    return m_json.value(QLatin1String("stored_size")).toInteger();
}

QString BackupManifest::compression() const
{
    return m_json.value(QLatin1String("compression")).toObject().value(QLatin1String("algorithm")).toString();
}

bool BackupManifest::isEncrypted() const
{
    return m_json.value(QLatin1String("encryption")).isObject();
}

QString BackupManifest::sha256Stored() const
{
    return text("sha256_stored");
}

QString BackupManifest::sha256Plain() const
{
    return text("sha256_plain");
}

QJsonObject BackupManifest::rowCounts() const
{
    return m_json.value(QLatin1String("row_counts")).toObject();
}

QString BackupManifest::integrityCheck() const
{
    return text("integrity_check");
}

QDateTime BackupManifest::verifiedAt() const
{
    return timestamp::parse(text("verified_at")).value_or(QDateTime());
}

bool BackupManifest::isPinned() const
{
    return m_json.value(QLatin1String("pinned")).toBool();
}

void BackupManifest::setVerification(const QString& outcome, const QDateTime& at)
{
    m_json.insert(QStringLiteral("integrity_check"), outcome);
    m_json.insert(QStringLiteral("verified_at"), timestamp::format(at));
}

void BackupManifest::setPinned(bool pinned)
{
    m_json.insert(QStringLiteral("pinned"), pinned);
}

} // namespace tp::backup
