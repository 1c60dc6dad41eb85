#pragma once

#include <QByteArray>
#include <QDir>
#include <QHash>
#include <QStringList>
#include <QTemporaryFile>
#include <QtEndian>
#include <utility>

namespace tp::exchange::importer {

// Where each row of a direct import came from — table, file, line, whether it
// failed its checks — appended by the reading thread to a temporary file and
// read back only when a problem needs a place: memory stays flat, and the
// database thread, the busier one, does not spend a statement per row on it.
class PlaceLog
{
public:
    struct Place
    {
        QString file;
        qint64 line = -1; // the first occurrence that passed its checks; -1: none
        bool bad = false; // some occurrence failed its checks
    };
    using Key = std::pair<int, QString>; // table index in the registry, row id

    bool open()
    {
        m_file.setFileTemplate(
            QDir(QDir::tempPath()).filePath(QStringLiteral("theprogram-import-places-XXXXXX")));
        return m_file.open();
    }
    // Reading thread.
    void add(int table, bool bad, const QString& file, qint64 line, const QString& id)
    {
        if (file != m_lastFile) {
            m_lastFile = file;
            auto it = m_fileIndex.constFind(file);
            if (it == m_fileIndex.constEnd()) {
                it = m_fileIndex.insert(file, int(m_files.size()));
                m_files << file;
            }
            m_lastIndex = *it;
        }
        const QByteArray id8 = id.toUtf8().left(kMaxId);
        char head[kHead];
        head[0] = char(table);
        head[1] = bad ? 1 : 0;
        qToLittleEndian<quint16>(quint16(m_lastIndex), head + 2);
        qToLittleEndian<qint64>(line, head + 4);
        qToLittleEndian<quint16>(quint16(id8.size()), head + 12);
        m_buffer.append(head, kHead).append(id8);
        if (m_buffer.size() > (1 << 20))
            flush();
    }
    // A log that could not be written (a full temporary disk) answers "place unknown".
    void flush()
    {
        if (!m_buffer.isEmpty() && (m_file.write(m_buffer) != m_buffer.size() || !m_file.flush()))
            m_failed = true;
        m_buffer.clear();
    }
    // After reading: fills in the places of `wanted` in one pass over the file.
    void lookup(QHash<Key, Place>* wanted)
    {
        flush();
        if (m_failed)
            return;
        m_file.seek(0);
        QByteArray data;
        qsizetype at = 0;
        for (;;) {
            if (data.size() - at < kHead + kMaxId) {
                data = data.mid(at) + m_file.read(1 << 20);
                at = 0;
            }
            if (data.size() - at < kHead)
                break;
            const char* p = data.constData() + at;
            const int length = qFromLittleEndian<quint16>(p + 12);
            if (data.size() - at < kHead + length)
                break;
            const auto it = wanted->find(Key(quint8(p[0]), QString::fromUtf8(p + kHead, length)));
            if (it != wanted->end()) {
                if (p[1])
                    it->bad = true;
                else if (it->line < 0) {
                    it->file = m_files.value(qFromLittleEndian<quint16>(p + 2));
                    it->line = qFromLittleEndian<qint64>(p + 4);
                }
            }
            at += kHead + length;
        }
    }

private:
    static constexpr int kHead = 14; // table, bad, file index (2), line (8), id length (2)
    static constexpr int kMaxId = 4096;
    QTemporaryFile m_file;
    QByteArray m_buffer;
    bool m_failed = false;
    QStringList m_files;
    QHash<QString, int> m_fileIndex;
    QString m_lastFile;
    int m_lastIndex = 0;
};

} // namespace tp::exchange::importer
