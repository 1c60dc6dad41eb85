#pragma once

#include "db/Database.h"
#include "util/Progress.h"

#include <memory>
#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace tp::test {

// A folder that disappears after the test, and databases inside it.
class TempDir
{
public:
    TempDir();
    QString path(const QString& name) const;
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// Opens (creating) a database and fails the test loudly if it cannot.
std::unique_ptr<db::Database> openDatabase(const QString& path);

// SHA-256 of a file's bytes; empty if it cannot be read.
QByteArray fileHash(const QString& path);

// Every row of every registry table, in id order, as text: two databases
// with equal dumps hold the same data.
QByteArray dumpRows(QSqlDatabase db);

// Runs one SQL statement on a connection and QVERIFY-style returns success.
bool exec(QSqlDatabase db, const QString& sql);

// Progress that asks to stop once the work reported as done reaches `n`.
class CancelAfter final : public Progress
{
public:
    explicit CancelAfter(qint64 n)
        : m_n(n)
    {
    }
    void report(qint64 done, qint64, const QString&) override { m_done = done; }
    bool isCanceled() const override { return m_done >= m_n; }

private:
    qint64 m_n;
    qint64 m_done = 0;
};

// Call in initTestCase(): settings and data go to throwaway test folders.
void initTestEnvironment();

} // namespace tp::test
