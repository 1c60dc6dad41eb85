#include "ZipArchive.h"

#include "util/SafeFiles.h"

#include <limits>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <zip.h>

namespace tp::formats {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tp::formats::Zip)
};

class ZipEntryDevice : public QIODevice
{
public:
    explicit ZipEntryDevice(zip_file_t* file)
        : m_file(file)
    {
        QIODevice::open(ReadOnly);
    }
    ~ZipEntryDevice() override
    {
        if (m_file)
            zip_fclose(m_file);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_end && QIODevice::atEnd(); }

protected:
    qint64 readData(char* data, qint64 maxLength) override
    {
        if (m_end)
            return -1;
        const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxLength));
        if (n < 0) {
            setErrorString(QString::fromUtf8(zip_error_strerror(zip_file_get_error(m_file))));
            return -1;
        }
        if (n == 0) {
            m_end = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    zip_file_t* m_file;
    bool m_end = false;
};

} // namespace

bool isZip(const QByteArray& head)
{
    return head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06");
}

bool ZipWriter::write(const QString& path, const QList<Entry>& entries, int level,
                      const std::function<bool()>& canceled, QString* error)
{
    // Made in a working folder beside the destination and renamed into
    // place when whole: a failure or a kill leaves nothing at `path`.
    files::TempFolder work(QFileInfo(path).absolutePath(), QStringLiteral("zip"));
    if (!work.isValid()) {
        *error = work.errorString();
        return false;
    }
    const QString temp = work.filePath(QStringLiteral("archive.zip"));
    if (!writeArchive(temp, entries, level, canceled, error)) {
        if (*error != Tr::tr("Cancelled."))
            *error = files::writeFailure(path, *error);
        return false;
    }
    QString why;
    if (!files::syncFile(temp, &why) || !files::replace(temp, path, &why)) {
        *error = files::writeFailure(path, why);
        return false;
    }
    return true;
}

bool ZipWriter::writeArchive(const QString& path, const QList<Entry>& entries, int level,
                             const std::function<bool()>& canceled, QString* error)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!archive) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        *error = Tr::tr("The zip file %1 cannot be created: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(zip_error_strerror(&e)));
        zip_error_fini(&e);
        return false;
    }
    for (const Entry& entry : entries) {
        zip_source_t* source = zip_source_file(archive, QFile::encodeName(entry.filePath).constData(), 0, -1);
        const zip_int64_t index = source ? zip_file_add(archive, entry.name.toUtf8().constData(), source,
                                                        ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                         : -1;
        if (index < 0) {
            if (source)
                zip_source_free(source);
            *error = Tr::tr("%1 cannot be added to the zip file: %2")
                         .arg(entry.name, QString::fromUtf8(zip_strerror(archive)));
            zip_discard(archive);
            return false;
        }
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, zip_uint32_t(level));
    }
    std::function<bool()> cancelCheck = canceled;
    if (cancelCheck) {
        zip_register_cancel_callback_with_state(
            archive,
            [](zip_t*, void* state) { return (*static_cast<std::function<bool()>*>(state))() ? 1 : 0; },
            nullptr, &cancelCheck);
    }
    if (zip_close(archive) != 0) {
        *error
            = cancelCheck && cancelCheck() ? Tr::tr("Cancelled.") : QString::fromUtf8(zip_strerror(archive));
        zip_discard(archive);
        return false;
    }
    return true;
}

ZipReader::ZipReader(const QString& path)
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        m_error = Tr::tr("%1 is not a readable zip file: %2")
                      .arg(QDir::toNativeSeparators(path), QString::fromUtf8(zip_error_strerror(&e)));
        zip_error_fini(&e);
    }
}

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

QStringList ZipReader::entryNames() const
{
    QStringList names;
    if (!m_zip)
        return names;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        names << QString::fromUtf8(zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS));
    return names;
}

bool ZipReader::sizes(const QString& name, qint64* size, qint64* compressed) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (!m_zip || zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)
        || !(st.valid & ZIP_STAT_COMP_SIZE))
        return false;
    *size = qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(std::numeric_limits<qint64>::max())));
    *compressed = qint64(qMin<zip_uint64_t>(st.comp_size, zip_uint64_t(std::numeric_limits<qint64>::max())));
    return true;
}

QIODevice* ZipReader::openEntry(const QString& name)
{
    if (!m_zip)
        return nullptr;
    zip_file_t* file = zip_fopen(m_zip, name.toUtf8().constData(), 0);
    if (!file) {
        m_error = Tr::tr("The zip file has no entry %1.").arg(name);
        return nullptr;
    }
    return new ZipEntryDevice(file);
}

} // namespace tp::formats
