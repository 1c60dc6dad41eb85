#pragma once

#include "crypto/Sha256.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace tp::formats {

// RFC 4180 CSV as spreadsheets read it: UTF-8 with a byte-order mark, CRLF
// line ends, fields quoted when they hold a comma, quote, CR or LF. An empty
// unquoted field is NULL; "" (quoted empty) is an empty string.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device);

    // Every byte written is also added to `hash` (for the bundle's manifest).
    void setHash(crypto::Sha256* hash) { m_hash = hash; }
    qint64 bytesWritten() const { return m_bytes; }

    bool writeBom();
    // Fields as text; a null QString writes an empty unquoted field.
    bool writeRecord(const QStringList& fields);
    QString errorString() const { return m_error; }

    static QByteArray encodeField(const QString& field);

private:
    bool put(const QByteArray& bytes);

    QIODevice* m_device;
    crypto::Sha256* m_hash = nullptr;
    qint64 m_bytes = 0;
    QByteArray m_line;
    QString m_error;
};

// Streaming RFC 4180 reader over UTF-8 text (a leading BOM is skipped).
// Knows the physical line each record starts on, counting newlines inside
// quoted fields.
class CsvReader
{
public:
    explicit CsvReader(QIODevice* device);

    // Longest field and record accepted (0: no limit); beyond, an error
    // naming the line, before more memory is taken.
    void setLimits(qint64 maxField, qint64 maxRecord)
    {
        m_maxField = maxField;
        m_maxRecord = maxRecord;
    }

    // Reads the next record; false at the end or on an error (see errorString()).
    bool readRecord(QStringList* fields);
    qint64 recordStartLine() const { return m_recordLine; }
    // The fields of the last record whose bytes are not valid UTF-8 (their
    // bad bytes read as U+FFFD).
    const QList<int>& invalidUtf8Fields() const { return m_invalidFields; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    bool fill();

    QIODevice* m_device;
    QByteArray m_buffer;
    QByteArray m_field; // the field being read, kept to reuse its memory
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    bool m_started = false;
    QString m_error;
    QList<int> m_invalidFields;
    qint64 m_maxField = 0;
    qint64 m_maxRecord = 0;
    qint64 m_recordBytes = 0;
    bool tooLong();
};

} // namespace tp::formats
