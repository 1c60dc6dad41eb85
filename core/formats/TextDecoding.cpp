#include "TextDecoding.h"

namespace tp::formats {

namespace {

// Windows-1252's 0x80–0x9F; the rest of the code page is Latin-1.
const char16_t kCp1252High[32]
    = { 0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178 };

QString decodeCp1252(const QByteArray& bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const uchar u = uchar(c);
        out += (u >= 0x80 && u < 0xA0) ? QChar(kCp1252High[u - 0x80]) : QChar(char16_t(u));
    }
    return out;
}

} // namespace

Charset detectCharset(const QByteArray& head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return Charset::Utf8Bom;
    if (head.startsWith("\xFF\xFE"))
        return Charset::Utf16LE;
    if (head.startsWith("\xFE\xFF"))
        return Charset::Utf16BE;
    // Count well-formed multi-byte UTF-8 characters and bytes that cannot be
    // UTF-8. Text in Windows-1252 practically never forms a valid multi-byte
    // sequence, so one such sequence says "UTF-8 (with a few bad bytes)";
    // only a sample with bad bytes and no valid sequence is Windows-1252.
    qsizetype valid = 0, invalid = 0;
    const auto* p = reinterpret_cast<const uchar*>(head.constData());
    const auto* end = p + head.size();
    while (p < end) {
        const uchar c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        const int extra = c >= 0xC2 && c <= 0xDF ? 1
            : c >= 0xE0 && c <= 0xEF             ? 2
            : c >= 0xF0 && c <= 0xF4             ? 3
                                                 : -1;
        if (extra < 0) {
            ++invalid;
            ++p;
            continue;
        }
        if (end - p <= extra)
            break; // cut off at the end of the sample
        int k = 1;
        while (k <= extra && (p[k] & 0xC0) == 0x80)
            ++k;
        if (k <= extra) {
            ++invalid;
            ++p;
            continue;
        }
        ++valid;
        p += extra + 1;
    }
    return invalid > 0 && valid == 0 ? Charset::Windows1252 : Charset::Utf8;
}

bool parseCharset(const QString& name, Charset* charset)
{
    const QString n = name.toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        *charset = Charset::Utf8;
    else if (n == QLatin1String("utf16le"))
        *charset = Charset::Utf16LE;
    else if (n == QLatin1String("utf16be"))
        *charset = Charset::Utf16BE;
    else if (n == QLatin1String("windows1252") || n == QLatin1String("cp1252") || n == QLatin1String("latin1")
             || n == QLatin1String("iso88591"))
        *charset = Charset::Windows1252;
    else
        return false;
    return true;
}

QString charsetName(Charset charset)
{
    switch (charset) {
    case Charset::Utf8:
        return QStringLiteral("UTF-8");
    case Charset::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case Charset::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case Charset::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case Charset::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

Utf8Reader::Utf8Reader(QIODevice* source, Charset charset)
    : m_source(source)
    , m_charset(charset)
    , m_decoder(charset == Charset::Utf16LE       ? QStringDecoder::Utf16LE
                    : charset == Charset::Utf16BE ? QStringDecoder::Utf16BE
                                                  : QStringDecoder::Utf8)
{
    QIODevice::open(ReadOnly);
}

bool Utf8Reader::atEnd() const
{
    return m_pending.isEmpty() && m_source->atEnd() && QIODevice::atEnd();
}

qint64 Utf8Reader::readData(char* data, qint64 maxLength)
{
    while (m_pending.size() < maxLength) {
        QByteArray chunk = m_source->read(256 * 1024);
        if (chunk.isEmpty())
            break;
        if (m_first) {
            m_first = false;
            if (chunk.startsWith("\xEF\xBB\xBF")
                && (m_charset == Charset::Utf8Bom || m_charset == Charset::Utf8))
                chunk.remove(0, 3);
            else if ((m_charset == Charset::Utf16LE && chunk.startsWith("\xFF\xFE"))
                     || (m_charset == Charset::Utf16BE && chunk.startsWith("\xFE\xFF")))
                chunk.remove(0, 2);
        }
        if (m_charset == Charset::Utf8 || m_charset == Charset::Utf8Bom)
            m_pending += chunk;
        else if (m_charset == Charset::Windows1252)
            m_pending += decodeCp1252(chunk).toUtf8();
        else
            m_pending += QString(m_decoder(chunk)).toUtf8();
    }
    if (m_pending.isEmpty())
        return -1;
    const qint64 n = qMin<qint64>(maxLength, m_pending.size());
    memcpy(data, m_pending.constData(), size_t(n));
    m_pending.remove(0, n);
    return n;
}

} // namespace tp::formats
