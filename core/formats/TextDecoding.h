#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringDecoder>

namespace tp::formats {

enum class Charset { Utf8, Utf8Bom, Utf16LE, Utf16BE, Windows1252 };

// Guesses a text file's charset from its first bytes: a BOM decides; else
// a sample with at least one well-formed multi-byte UTF-8 character (or none
// at all, plain ASCII) is UTF-8 — bad bytes in it are errors the reader
// reports; only a sample with bad bytes and no UTF-8 character at all is
// taken as Windows-1252.
Charset detectCharset(const QByteArray& head);
// "utf-8", "utf-16le", "utf-16be", "windows-1252" (also cp1252, latin1):
// what `--encoding` accepts. False for anything else.
bool parseCharset(const QString& name, Charset* charset);
QString charsetName(Charset charset);

// Read-only QIODevice that hands out UTF-8 (without BOM) whatever the
// source's charset, converting as it reads. UTF-8 passes through as it is,
// bad bytes included: the readers above find and report them.
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
