#include "Csv.h"

#include <QCoreApplication>

namespace tp::formats {

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
{
}

bool CsvWriter::put(const QByteArray& bytes)
{
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
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

bool CsvReader::readRecord(QStringList* fields)
{
    fields->clear();
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    m_recordLine = m_line;
    QByteArray field;
    bool quoted = false;   // inside a quoted field
    bool wasQuoted = false; // the current field started with a quote
    bool any = false;
    const auto endField = [&]() {
        // An empty unquoted field is NULL; "" is an empty, non-null string.
        fields->append(field.isEmpty() ? (wasQuoted ? QStringLiteral("") : QString()) : QString::fromUtf8(field));
        field.clear();
        wasQuoted = false;
    };
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (quoted) {
                m_error = QCoreApplication::translate("tp::formats::Csv",
                                                      "A quoted field that starts on line %1 is never closed.")
                              .arg(m_recordLine);
                return false;
            }
            if (any)
                endField();
            return any;
        }
        const char c = m_buffer.at(m_pos++);
        any = true;
        if (quoted) {
            if (c == '"') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '"') {
                    field += '"';
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r') {
            continue;
        } else if (c == '\n') {
            ++m_line;
            endField();
            return true;
        } else {
            field += c;
        }
    }
}

} // namespace tp::formats
