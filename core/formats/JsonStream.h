#pragma once

#include "util/SafeFiles.h"

#include <cstddef>
#include <cstring>
#include <memory>
#include <QByteArray>
#include <QIODevice>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

namespace tp::formats {

// RapidJSON output stream onto a QIODevice through a 256 KiB buffer.
class JsonDeviceStream
{
public:
    using Ch = char;

    explicit JsonDeviceStream(QIODevice* device)
        : m_device(device)
        , m_buffer(new char[kSize])
    {
    }
    ~JsonDeviceStream() { Flush(); }
    JsonDeviceStream(const JsonDeviceStream&) = delete;
    JsonDeviceStream& operator=(const JsonDeviceStream&) = delete;

    void Put(char c)
    {
        m_buffer[m_used++] = c;
        if (m_used == kSize)
            Flush();
    }
    // After a failed write the rest is dropped (the buffer is reused, never
    // overrun); the writer checks failed() and reports the device's error.
    void Flush()
    {
        if (m_used == 0)
            return;
        if (!m_failed && !files::writeAll(m_device, m_buffer.get(), m_used))
            m_failed = true;
        m_written += m_used;
        m_used = 0;
    }
    bool failed() const { return m_failed; }
    qint64 written() const { return m_written + m_used; }

    // Unused by writers; required by the concept.
    char Peek() const { return 0; }
    char Take() { return 0; }
    std::size_t Tell() const { return 0; }
    char* PutBegin() { return nullptr; }
    std::size_t PutEnd(char*) { return 0; }

private:
    static constexpr qint64 kSize = 256 * 1024;
    QIODevice* m_device;
    std::unique_ptr<char[]> m_buffer;
    qint64 m_used = 0;
    qint64 m_written = 0;
    bool m_failed = false;
};

// RapidJSON input stream reading a QIODevice in 256 KiB chunks, counting
// lines so parse errors and rows can name one. Lines are counted when asked
// for, over what was taken since (a vectorised count), not character by
// character: the parser's inner loop is Peek and Take, kept to a compare.
class JsonDeviceInput
{
public:
    using Ch = char;

    explicit JsonDeviceInput(QIODevice* device)
        : m_device(device)
    {
        refill();
    }

    // At the end of a chunk the buffer's terminating '\0' is read, which is
    // also what the parser expects at the end of the input.
    Q_ALWAYS_INLINE char Peek() const { return *m_cur; }
    Q_ALWAYS_INLINE char Take()
    {
        if (m_cur == m_end)
            return '\0';
        const char c = *m_cur++;
        if (m_cur == m_end)
            refill();
        return c;
    }
    std::size_t Tell() const { return std::size_t(m_consumed + (m_cur - m_begin)); }
    // The line of the next character to be taken (1-based).
    qint64 line() const
    {
        if (const qint64 newlines = countNewlines(m_counted, m_cur); newlines > 0) {
            m_line += newlines;
            const char* p = m_cur;
            while (p != m_counted && p[-1] != '\n')
                --p;
            m_lineStart = m_consumed + (p - m_begin);
        }
        m_counted = m_cur;
        return m_line;
    }
    // The column (in bytes, 1-based) of the next character to be taken.
    qint64 column() const
    {
        line();
        return qint64(Tell()) - m_lineStart + 1;
    }
    // Whether the whole input has been taken.
    bool atEnd() const { return m_cur == m_end && (m_stopped || m_device->atEnd()); }

    void Put(char) { }
    void Flush() { }
    char* PutBegin() { return nullptr; }
    std::size_t PutEnd(char*) { return 0; }

    // Longest string (or key) the parser may collect; 0: no limit. Beyond
    // it the input ends at once (the parse fails) and stringTooLong() says why.
    void setStringLimit(std::size_t bytes) { m_stringLimit = bytes; }
    bool stringTooLong() const { return m_stringTooLong; }
    // Called by the parser's string copy with the length collected so far.
    bool withinStringLimit(std::size_t collected)
    {
        if (m_stringLimit == 0 || collected <= m_stringLimit)
            return true;
        line(); // the place stays countable
        m_stringTooLong = true;
        static const char kEnd[1] = { 0 };
        m_buffer.clear();
        m_begin = m_cur = m_end = m_counted = kEnd;
        m_stopped = true;
        return false;
    }

    // The characters from here to the next quote, backslash or control
    // character, within the chunk at hand: what a string copies verbatim.
    const char* plainRun(std::size_t* length) const
    {
        const char* p = m_cur;
        while (p != m_end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        *length = std::size_t(p - m_cur);
        return m_cur;
    }
    void skip(std::size_t length)
    {
        m_cur += length;
        if (m_cur == m_end)
            refill();
    }

private:
    // Eight bytes at a time: a byte of x is zero exactly where a newline was;
    // t gets the high bit of exactly those bytes.
    static qint64 countNewlines(const char* p, const char* end)
    {
        qint64 n = 0;
        constexpr quint64 kLow7 = 0x7f7f7f7f7f7f7f7fULL;
        for (; end - p >= 8; p += 8) {
            quint64 x;
            std::memcpy(&x, p, 8);
            x ^= 0x0a0a0a0a0a0a0a0aULL;
            const quint64 t = ~(((x & kLow7) + kLow7) | x | kLow7);
            n += qint64(((t >> 7) * 0x0101010101010101ULL) >> 56); // adds up the bytes' high bits
        }
        for (; p != end; ++p)
            n += *p == '\n';
        return n;
    }

    Q_NEVER_INLINE void refill()
    {
        if (m_stopped)
            return;
        line(); // the rest of the chunk is counted before it goes
        m_consumed += m_cur - m_begin;
        m_buffer = m_device->read(256 * 1024);
        m_begin = m_cur = m_counted = m_buffer.constData();
        m_end = m_begin + m_buffer.size();
    }

    QIODevice* m_device;
    QByteArray m_buffer;
    const char* m_begin = nullptr;
    const char* m_cur = nullptr;
    const char* m_end = nullptr;
    mutable const char* m_counted = nullptr;
    mutable qint64 m_line = 1;
    mutable qint64 m_lineStart = 0; // offset of the current line's first byte
    qint64 m_consumed = 0;
    std::size_t m_stringLimit = 0;
    bool m_stringTooLong = false;
    bool m_stopped = false;
};

// RapidJSON 1.1.0 (Debian 12's) turns a number whose digits are all zero
// and whose exponent is large (0e94) into garbage with undefined behaviour
// when it parses with full precision (a clz of zero in its DiyFp code;
// fixed upstream after 1.1.0). Every reader of The Program therefore either
// takes numbers as their text (kParseNumbersAsStringsFlag, with RawNumbers
// below) or, for JSON held in memory, has such numbers written as 0 first.
// Returns how many numbers were rewritten.
inline int defuseZeroNumbers(QByteArray* json)
{
    int rewritten = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json->size(); ++i) {
        const char c = json->at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            continue;
        }
        if (c != '-' && (c < '0' || c > '9'))
            continue;
        qsizetype j = i + (c == '-' ? 1 : 0);
        bool allZero = true;
        while (j < json->size() && ((json->at(j) >= '0' && json->at(j) <= '9') || json->at(j) == '.')) {
            allZero = allZero && (json->at(j) == '0' || json->at(j) == '.');
            ++j;
        }
        const bool exponent = j < json->size() && (json->at(j) == 'e' || json->at(j) == 'E');
        while (j < json->size()
               && (json->at(j) == 'e' || json->at(j) == 'E' || json->at(j) == '+' || json->at(j) == '-'
                   || (json->at(j) >= '0' && json->at(j) <= '9')))
            ++j;
        if (allZero && exponent) {
            json->replace(i, j - i, "0");
            ++rewritten;
            j = i + 1;
        }
        i = j - 1;
    }
    return rewritten;
}

// A SAX handler that hands every event to `Next` as it is, and numbers —
// read as text (kParseNumbersAsStringsFlag) — as raw number values: the
// digits of the input pass unchanged, and RapidJSON converts nothing.
template <typename Next> struct RawNumbers
{
    Next& next;
    bool Null() { return next.Null(); }
    bool Bool(bool b) { return next.Bool(b); }
    bool Int(int i) { return next.Int(i); }
    bool Uint(unsigned u) { return next.Uint(u); }
    bool Int64(int64_t i) { return next.Int64(i); }
    bool Uint64(uint64_t u) { return next.Uint64(u); }
    bool Double(double d) { return next.Double(d); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool)
    {
        return next.RawValue(s, n, rapidjson::kNumberType);
    }
    bool String(const char* s, rapidjson::SizeType n, bool c) { return next.String(s, n, c); }
    bool StartObject() { return next.StartObject(); }
    bool Key(const char* s, rapidjson::SizeType n, bool c) { return next.Key(s, n, c); }
    bool EndObject(rapidjson::SizeType n) { return next.EndObject(n); }
    bool StartArray() { return next.StartArray(); }
    bool EndArray(rapidjson::SizeType n) { return next.EndArray(n); }
};

// Writes the JSON text `json` through the writer `w` event by event, every
// number as its text: the digits stay as they were written (-6e-05 stays
// -6e-05; through a double, 2.758243 may come out as 2.7582429999999999).
// False, with nothing written, when it is not valid JSON.
template <typename W> bool writeJsonText(W& w, const char* json, std::size_t length)
{
    constexpr unsigned kFlags = rapidjson::kParseNumbersAsStringsFlag;
    rapidjson::Reader reader;
    rapidjson::BaseReaderHandler<> check;
    rapidjson::MemoryStream checkStream(json, length);
    if (!reader.Parse<kFlags>(checkStream, check))
        return false;
    rapidjson::MemoryStream stream(json, length);
    RawNumbers<W> raw{ w };
    return !reader.Parse<kFlags>(stream, raw).IsError();
}

} // namespace tp::formats

// RapidJSON copies the plain part of a string in one go from the streams it
// knows (ScanCopyUnescapedString); for ours it would go character by
// character. This gives ours the same: the run up to the next quote,
// backslash or control character is copied at once, the rest is left to the
// parser as before.
namespace rapidjson {
template <>
template <>
inline void GenericReader<UTF8<>, UTF8<>, CrtAllocator>::ScanCopyUnescapedString(
    tp::formats::JsonDeviceInput& is, GenericReader<UTF8<>, UTF8<>, CrtAllocator>::StackStream<char>& os)
{
    std::size_t length = 0;
    const char* run = is.plainRun(&length);
    if (!is.withinStringLimit(os.Length() + length) || length == 0)
        return;
    std::memcpy(os.Push(SizeType(length)), run, length);
    is.skip(length);
}
} // namespace rapidjson
