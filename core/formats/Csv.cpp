#include "Csv.h"

#include "util/SafeFiles.h"

#include <algorithm>
#include <cstring>
#include <QCoreApplication>

namespace tp::formats {

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
{
}

bool CsvWriter::put(const QByteArray& bytes)
{
    if (!m_error.isEmpty())
        return false; // nothing more after the first failed write
    if (!files::writeAll(m_device, bytes.constData(), bytes.size())) {
        m_error = m_device->errorString();
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("tp::formats::Csv", "the device refused the write");
        return false;
    }
    if (m_hash)
        m_hash->addData(bytes);
    m_bytes += bytes.size();
    return true;
}

bool CsvWriter::writeBom()
{
    return put(QByteArrayLiteral("\xEF\xBB\xBF"));
}

QByteArray CsvWriter::encodeField(const QString& field)
{
    if (field.isNull())
        return {};
    const QByteArray utf8 = field.toUtf8();
    if (utf8.isEmpty())
        return QByteArrayLiteral("\"\"");
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 8);
    out += '"';
    for (const char c : utf8) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            m_line += ',';
        m_line += encodeField(fields.at(i));
    }
    m_line += "\r\n";
    return put(m_line);
}

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{
}

bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray more = m_device->read(256 * 1024);
    if (more.isEmpty())
        return false;
    m_buffer += more;
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return true;
}

// True (with the error set) when the field or the record at hand is longer than allowed.
bool CsvReader::tooLong()
{
    if (m_maxField > 0 && m_field.size() > m_maxField) {
        m_error = QCoreApplication::translate(
                      "tp::formats::Csv", "line %1: a field is longer than %2 MiB, the most a value may be.")
                      .arg(m_recordLine)
                      .arg(m_maxField >> 20);
        return true;
    }
    if (m_maxRecord > 0 && m_recordBytes + m_field.size() > m_maxRecord) {
        m_error = QCoreApplication::translate(
                      "tp::formats::Csv", "line %1: a record is longer than %2 MiB, the most a row may be.")
                      .arg(m_recordLine)
                      .arg(m_maxRecord >> 20);
        return true;
    }
    return false;
}

bool CsvReader::readRecord(QStringList* fields)
{
    fields->clear();
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    m_recordLine = m_line;
    m_field.truncate(0); // keeps its memory for the next field
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    bool any = false;
    m_invalidFields.clear();
    m_recordBytes = 0;
    const auto endField = [&]() {
        m_recordBytes += m_field.size() + 1;
        if (!QByteArrayView(m_field).isValidUtf8())
            m_invalidFields << int(fields->size()); // shown as U+FFFD; the caller reports it
        // An empty unquoted field is NULL; "" is an empty, non-null string.
        fields->append(m_field.isEmpty() ? (wasQuoted ? QStringLiteral("") : QString())
                                         : QString::fromUtf8(m_field));
        m_field.truncate(0); // keeps its memory for the next field
        wasQuoted = false;
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = QCoreApplication::translate(
                              "tp::formats::Csv", "A quoted field that starts on line %1 is never closed.")
                              .arg(m_recordLine);
                return false;
            }
            if (any)
                endField();
            return any;
        }
        any = true;
        const char* const begin = m_buffer.constData() + m_pos;
        const char* const end = m_buffer.constData() + m_buffer.size();
        if (quoted) {
            // Everything up to the next quote belongs to the field, newlines included.
            const char* quote = static_cast<const char*>(std::memchr(begin, '"', size_t(end - begin)));
            const char* runEnd = quote ? quote : end;
            m_field.append(begin, runEnd - begin);
            m_line += std::count(begin, runEnd, '\n');
            m_pos += runEnd - begin;
            if (tooLong())
                return false;
            if (!quote)
                continue; // the field goes on in the next chunk
            ++m_pos;
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                m_field += '"';
                ++m_pos;
            } else {
                quoted = false;
            }
            continue;
        }
        // Unquoted: the run up to the next character with a meaning is copied at once.
        const char* p = begin;
        while (p != end && *p != ',' && *p != '\n' && *p != '\r' && *p != '"')
            ++p;
        if (p != begin) {
            m_field.append(begin, p - begin);
            m_pos += p - begin;
            if (tooLong())
                return false;
            continue;
        }
        const char c = *p;
        ++m_pos;
        if (c == '"' && m_field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r') {
            // CR LF ends the record (the LF does); a CR on its own is data, never dropped.
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) != '\n')
                m_field += c;
        } else if (c == '\n') {
            ++m_line;
            endField();
            return true;
        } else {
            m_field += c; // a quote inside an unquoted field is kept as it is
        }
    }
}

} // namespace tp::formats
