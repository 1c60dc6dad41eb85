#pragma once

// Shared by the fuzz targets: Qt kept quiet, a scratch folder per process
// for the readers that take a path, and helpers that read devices to the end.

#include "exchange/ImportReader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace tp::fuzz {

// Qt's warnings are dropped so that libFuzzer's output stays readable; a
// fatal message (a failed Q_ASSERT among them) is still printed before Qt
// aborts, which libFuzzer reports as a crash.
inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (type == QtFatalMsg)
            std::fprintf(stderr, "qFatal: %s (%s:%d)\n", qPrintable(message),
                         context.file ? context.file : "?", context.line);
    });
}

// One scratch folder per process (several fuzzing jobs may run at once), in
// /dev/shm when there is one; removed at a normal exit.
inline QString scratchPath(const QString& fileName)
{
    static QTemporaryDir dir(
        (QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm") : QDir::tempPath())
        + QStringLiteral("/theprogram-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "cannot create a scratch folder: %s\n", qPrintable(dir.errorString()));
        std::abort();
    }
    return dir.filePath(fileName);
}

inline void writeFile(const QString& path, const uint8_t* data, size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::abort();
    }
}

// Something the optimiser cannot drop.
inline volatile size_t g_touched = 0;

inline void touch(const QByteArray& bytes)
{
    g_touched = g_touched + size_t(bytes.size()) + (bytes.isEmpty() ? 0 : uchar(bytes.back()));
}

// Reads `device` to its end: a few small reads first (partial reads inside a
// buffered block), then 64 KiB at a time. Returns the bytes read.
inline qint64 drain(QIODevice* device)
{
    static constexpr qint64 kFirstReads[] = { 1, 3, 17, 512 };
    static char buffer[64 * 1024];
    qint64 total = 0;
    for (int i = 0;; ++i) {
        const qint64 want = i < 4 ? kFirstReads[i] : qint64(sizeof buffer);
        const qint64 n = device->read(buffer, want);
        if (n <= 0)
            break;
        total += n;
        g_touched = g_touched + uchar(buffer[n - 1]);
    }
    return total;
}

// ImportReader's sink: looks at every value of the row and goes on.
inline bool touchRow(const exchange::SourceRow& row)
{
    size_t sum = size_t(row.table.size() + row.file.size() + row.line + row.parsedJson.size());
    for (auto it = row.values.cbegin(); it != row.values.cend(); ++it)
        sum += size_t(it.key().size() + it.value().toString().size());
    g_touched = g_touched + sum;
    return true;
}

inline void readImport(const QString& path)
{
    const exchange::ReadResult result = exchange::ImportReader::read(path, touchRow);
    g_touched = g_touched + size_t(result.error.size() + result.warnings.size() + result.kind.size());
}

} // namespace tp::fuzz
