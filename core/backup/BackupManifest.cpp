#include "BackupManifest.h"

#include "util/Clock.h"
#include "util/SafeFiles.h"

#include <QFile>
#include <QJsonDocument>

namespace tp::backup {

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
