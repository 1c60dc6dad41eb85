#pragma once

#include "crypto/BackupCipher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tp::backup {

// What a new backup's manifest records of the file just written.
struct NewBackup
{
    QString id, fileName;
    QDateTime createdAt;
    QString kind, label;
    int schemaVersion = 0;
    qint64 plainBytes = 0, storedBytes = 0;
    QString storedHash, plainHash;
    QJsonObject counts;
    QString compressionLevel; // fast, default, best; empty: not compressed
    const crypto::KeySource* key = nullptr; // how it is encrypted; none: not encrypted
    bool pinned = false;
};

// The manifest beside each backup (docs/BACKUP_FORMAT.md, "Manifest"),
// read through typed accessors instead of keys spelled by each caller. It
// keeps the JSON it was read from whole, so writing it back (after a
// verification, a pin) changes only what was set.
class BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(tp::backup::BackupManifest)

public:
    static constexpr qint64 kMaxBytes = 1024 * 1024; // a larger manifest is not read

    BackupManifest() = default;
    explicit BackupManifest(QJsonObject json)
        : m_json(std::move(json))
    {
    }

    // The manifest of a backup just written, in format 1.0, not yet verified.
    static BackupManifest forNewBackup(const NewBackup& made);
    // Empty, and why in `problem`, when the bytes are no manifest.
    static BackupManifest parse(const QByteArray& bytes, QString* problem);
    static BackupManifest read(const QString& path, QString* problem);
    bool write(const QString& path, QString* error) const; // owner-only, whole or not at all
    static QString pathFor(const QString& backupPath);

    bool isEmpty() const { return m_json.isEmpty(); }
    const QJsonObject& json() const { return m_json; }

    QString id() const;
    QString fileName() const;
    QDateTime createdAt() const; // UTC; invalid when missing
    QString kind() const; // manual, scheduled, pre-import, pre-restore
    QString label() const;
    QString appVersion() const;
    int schemaVersion() const;
    qint64 plainSize() const;
    qint64 storedSize() const;
    QString compression() const; // gzip or none
    bool isEncrypted() const;
    QString sha256Stored() const;
    QString sha256Plain() const;
    QJsonObject rowCounts() const;
    QString integrityCheck() const; // "ok", SQLite's complaint, or empty when never verified
    QDateTime verifiedAt() const;
    bool isVerified() const { return integrityCheck() == QLatin1String("ok"); }
    bool isPinned() const;

    void setVerification(const QString& outcome, const QDateTime& at);
    void setPinned(bool pinned);

private:
    QString text(const char* key) const;

    QJsonObject m_json;
};

} // namespace tp::backup
