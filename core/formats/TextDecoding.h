#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>

namespace tp::formats {

enum class Charset { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

// Guesses a text file's charset from its first bytes: a BOM decides; else
// valid UTF-8 is UTF-8; anything else is taken as Windows-1252.
Charset detectCharset(const QByteArray& head);
QString charsetName(Charset charset);

// Read-only QIODevice that hands out UTF-8 (without BOM) whatever the
// source's charset, converting as it reads.
class Utf8Reader : public QIODevice
{
public:
    Utf8Reader(QIODevice* source, Charset charset);
    bool isSequential() const override { return true; }
    bool atEnd() const override;

protected:
    qint64 readData(char* data, qint64 maxLength) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice* m_source;
    Charset m_charset;
    QStringDecoder m_decoder;
    QByteArray m_pending;
    bool m_first = true;
};

} // namespace tp::formats
