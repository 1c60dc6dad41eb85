#pragma once

#include "db/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

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

// Call in initTestCase(): settings and data go to throwaway test folders.
void initTestEnvironment();

} // namespace tp::test
