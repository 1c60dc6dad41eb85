#include "TextDecoding.h"

namespace tp::formats {

namespace {

// Windows-1252's 0x80–0x9F; the rest of the code page is Latin-1.
const char16_t kCp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                  0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                  0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

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
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // Cut at a character boundary so a truncated sample is not mistaken.
    qsizetype end = head.size();
    for (int back = 0; back < 4 && end > 0; ++back) {
        if ((uchar(head.at(end - 1)) & 0xC0) != 0x80) {
            if (uchar(head.at(end - 1)) >= 0xC0)
                --end;
            break;
        }
        --end;
    }
    const QString text = decoder(head.left(end));
    return decoder.hasError() ? Charset::Windows1252 : Charset::Utf8;
}

QString charsetName(Charset charset)
{
    switch (charset) {
    case Charset::Utf8: return QStringLiteral("UTF-8");
    case Charset::Utf8Bom: return QStringLiteral("UTF-8 with BOM");
    case Charset::Utf16LE: return QStringLiteral("UTF-16 LE");
    case Charset::Utf16BE: return QStringLiteral("UTF-16 BE");
    case Charset::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

Utf8Reader::Utf8Reader(QIODevice* source, Charset charset)
    : m_source(source)
    , m_charset(charset)
    , m_decoder(charset == Charset::Utf16LE ? QStringDecoder::Utf16LE
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
            if (m_charset == Charset::Utf8Bom)
                chunk.remove(0, 3);
            else if (m_charset == Charset::Utf16LE || m_charset == Charset::Utf16BE)
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
