#include "formats/Csv.h"
#include "TestSupport.h"

#include <QtTest>

using namespace tp;

namespace {

// A device that hands out at most `step` bytes per read, so records and
// fields cross the reader's chunk boundaries everywhere.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = qMin(qMin(max, m_step), qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_pos = 0;
};

// Every record as "line: field|field|…", NULL fields as <null>; the error last, if any.
QStringList parse(const QByteArray& bytes, qint64 step)
{
    TrickleDevice device(bytes, step);
    formats::CsvReader reader(&device);
    QStringList out;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        QStringList shown;
        for (const QString& f : std::as_const(fields))
            shown << (f.isNull() ? QStringLiteral("<null>") : f);
        out << QString::number(reader.recordStartLine()) + QStringLiteral(": ")
                + shown.join(QLatin1Char('|'));
    }
    if (reader.hasError())
        out << QStringLiteral("error: ") + reader.errorString();
    return out;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::initTestEnvironment(); }

    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << QByteArray("a,b,c\nd,e,f\n") << QStringList{ "1: a|b|c", "2: d|e|f" };
        QTest::newRow("crlf and no final newline")
            << QByteArray("a,b\r\nc,d") << QStringList{ "1: a|b", "2: c|d" };
        QTest::newRow("empty is null, quoted empty is not")
            << QByteArray("a,,\"\"\n") << QStringList{ "1: a|<null>|" };
        QTest::newRow("quotes doubled") << QByteArray("\"x,\"\"y\"\"\",z\n") << QStringList{ "1: x,\"y\"|z" };
        QTest::newRow("newlines inside quotes count as lines")
            << QByteArray("\"one\ntwo\r\nthree\",1\nnext,2\n")
            << QStringList{ "1: one\ntwo\r\nthree|1", "4: next|2" };
        QTest::newRow("quote inside an unquoted field")
            << QByteArray("ab\"c,d\n") << QStringList{ "1: ab\"c|d" };
        QTest::newRow("text after a closing quote")
            << QByteArray("\"abc\"def,g\n") << QStringList{ "1: abcdef|g" };
        QTest::newRow("stray carriage return is data")
            << QByteArray("a\rb,c\r\nd\r") << QStringList{ "1: a\rb|c", "2: d" };
        QTest::newRow("byte order mark")
            << QByteArray("\xEF\xBB\xBFid,name\n1,x\n") << QStringList{ "1: id|name", "2: 1|x" };
        QTest::newRow("utf-8 split anywhere")
            << QByteArray("\"Zo\xC3\xAB \xF0\x9F\x8C\x99\",\xE5\xB1\xB1\xE7\x94\xB0\n")
            << QStringList{ QString::fromUtf8("1: Zoë 🌙|山田") };
        QTest::newRow("unclosed quote")
            << QByteArray("a,b\n\"never\nclosed,c\n")
            << QStringList{ "1: a|b", "error: A quoted field that starts on line 2 is never closed." };
        QByteArray longField(300 * 1024, 'x'); // longer than a chunk of the reader
        longField[1000] = '\n';
        QTest::newRow("field longer than a chunk")
            << ("\"" + longField + "\",tail\nnext\n")
            << QStringList{ "1: " + QString::fromLatin1(longField) + "|tail", "3: next" };
    }

    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, expected);
        for (const qint64 step :
             { qint64(1 << 30), qint64(1), qint64(2), qint64(3), qint64(7), qint64(4096) }) {
            if (step < 4096 && input.size() > 100000)
                continue; // byte by byte through 300 KiB is slow and adds nothing
            QCOMPARE(parse(input, step), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
