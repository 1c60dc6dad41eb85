#pragma once

#include <QByteArray>
#include <QIODevice>

#include <cstddef>
#include <memory>

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
    void Flush()
    {
        if (m_used == 0 || m_failed)
            return;
        if (m_device->write(m_buffer.get(), m_used) != m_used)
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
// lines so parse errors can name one.
class JsonDeviceInput
{
public:
    using Ch = char;

    explicit JsonDeviceInput(QIODevice* device)
        : m_device(device)
    {
        refill();
    }

    char Peek() const { return m_pos < m_buffer.size() ? m_buffer.at(m_pos) : '\0'; }
    char Take()
    {
        if (m_pos >= m_buffer.size())
            return '\0';
        const char c = m_buffer.at(m_pos++);
        ++m_offset;
        if (c == '\n')
            ++m_line;
        if (m_pos >= m_buffer.size())
            refill();
        return c;
    }
    std::size_t Tell() const { return std::size_t(m_offset); }
    qint64 line() const { return m_line; }

    void Put(char) {}
    void Flush() {}
    char* PutBegin() { return nullptr; }
    std::size_t PutEnd(char*) { return 0; }

private:
    void refill()
    {
        m_buffer = m_device->read(256 * 1024);
        m_pos = 0;
    }

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0;
    qint64 m_line = 1;
};

} // namespace tp::formats
