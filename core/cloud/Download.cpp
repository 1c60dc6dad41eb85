#include "Download.h"

#include "crypto/Sha256.h"
#include "util/SafeFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tp::cloud {

namespace {

// The download's file, hashing what is appended to it: the answers of a
// resumed download arrive in order, so the hash is of the whole file without
// reading it again.
class HashingSink final : public QIODevice
{
public:
    explicit HashingSink(QFile* file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray hexResult() { return m_hash.hexResult(); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (!files::writeAll(m_file, data, size)) {
            setErrorString(m_file->errorString());
            return -1;
        }
        m_hash.addData(QByteArrayView(data, size));
        return size;
    }

private:
    QFile* m_file;
    crypto::Sha256 m_hash;
};

} // namespace

bool Download::run(Progress* progress, QString* error) const
{
    const QFileInfo info(target);
    const QString temp
        = info.dir().filePath(files::kTempPrefix + QStringLiteral("download-") + info.fileName());
    QFile out(temp);
    if (!out.open(QIODevice::ReadWrite | QIODevice::Truncate)) {
        *error = files::writeFailure(temp, out.errorString());
        return false;
    }
    files::makeOwnerOnly(temp);
    auto fail = [&](const QString& reason) {
        out.close();
        QFile::remove(temp);
        *error = reason;
        return false;
    };
    const RetryPolicy policy = http->retryPolicy();
    HttpResponse response;
    HashingSink sink(&out);
    for (int attempt = 1; attempt <= policy.attempts && out.size() < size; ++attempt) {
        if (attempt > 1 && !HttpClient::waitUnlessCanceled(policy.delayMs(attempt, response), progress))
            return fail(tr("Cancelled."));
        const qint64 from = out.size();
        HttpRequest call = request(from);
        call.sink = &sink;
        response = http->send(call, { progress, from, size, tr("Downloading %1").arg(what) });
        out.flush();
        if (response.canceled)
            return fail(tr("Cancelled."));
        if (from > 0 && response.status == 200)
            return fail(tr("%1 does not resume downloads; try again.").arg(store));
        if (!response.ok() && !response.transient())
            return fail(response.sinkFailed && response.status / 100 == 2
                            ? files::writeFailure(temp, response.networkError)
                            : failure(response));
    }
    if (out.size() != size)
        return fail(failure(response));
    out.close();
    if (!sha256.isEmpty() && sink.hexResult() != sha256)
        return fail(tr("The copy of %1 downloaded from %2 does not match its checksum; nothing was kept.")
                        .arg(what, store));
    QString why;
    if (!files::syncFile(temp, &why) || !files::replace(temp, target, &why))
        return fail(files::writeFailure(target, why));
    return true;
}

} // namespace tp::cloud
