#pragma once

#include <functional>
#include <QIODevice>
#include <QString>
#include <QStringList>

struct zip;
struct zip_file;

namespace tp::formats {

// Writes a zip (ZIP64 when needed) from files on disk with libzip. The
// archive is assembled in an owner-only working folder next to `path`
// (files::TempFolder), synced, and renamed into place on success, so a
// failure, a cancel or a kill leaves no partial zip at `path`.
class ZipWriter
{
public:
    struct Entry
    {
        QString name; // name inside the archive
        QString filePath; // file to store
    };

    static bool write(const QString& path, const QList<Entry>& entries, int level,
                      const std::function<bool()>& canceled, QString* error);

private:
    static bool writeArchive(const QString& path, const QList<Entry>& entries, int level,
                             const std::function<bool()>& canceled, QString* error);
};

// Reads one entry of a zip as a sequential QIODevice.
class ZipReader
{
public:
    explicit ZipReader(const QString& path);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    QString errorString() const { return m_error; }
    QStringList entryNames() const;
    // The entry's size as the archive declares it, and its compressed size.
    bool sizes(const QString& name, qint64* size, qint64* compressed) const;
    // nullptr and errorString() when the entry is missing. Owned by the caller.
    QIODevice* openEntry(const QString& name);

private:
    ::zip* m_zip = nullptr;
    QString m_error;
};

// True when the bytes start with a zip local-file or end-of-directory signature.
bool isZip(const QByteArray& head);

} // namespace tp::formats
