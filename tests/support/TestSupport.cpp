#include "TestSupport.h"

#include "db/TableRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtTest>

namespace tp::test {

TempDir::TempDir() = default;

QString TempDir::path(const QString& name) const
{
    return QDir(m_dir.path()).filePath(name);
}

std::unique_ptr<db::Database> openDatabase(const QString& path)
{
    db::OpenOptions options;
    options.path = path;
    db::OpenFailure failure;
    auto database = db::Database::open(options, &failure);
    if (!database)
        qWarning("openDatabase(%s) failed: %s", qPrintable(path), qPrintable(failure.message));
    return database;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QByteArray dumpRows(QSqlDatabase db)
{
    QByteArray out;
    for (const db::Table& table : db::TableRegistry::instance().tables()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table.name));
        while (q.next()) {
            out += table.name.toUtf8() + ':';
            const QSqlRecord r = q.record();
            for (int i = 0; i < r.count(); ++i) {
                if (table.singleRow
                    && (r.fieldName(i) == QLatin1String("created_at")
                        || r.fieldName(i) == QLatin1String("updated_at")))
                    continue;
                out += q.value(i).isNull() ? QByteArray("NULL") : q.value(i).toString().toUtf8();
                out += '\x1f';
            }
            out += '\n';
        }
    }
    return out;
}

bool exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

void initTestEnvironment()
{
    // Idle worker threads end at once, so none is alive when the program
    // exits (LeakSanitizer's exit check and a live thread can deadlock).
    QThreadPool::globalInstance()->setExpiryTimeout(0);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TheProgramTests"));
    // One settings file per test program: programs that run side by side (ctest -j) share none.
    QCoreApplication::setApplicationName(QStringLiteral("TheProgramTests-")
                                         + QFileInfo(QCoreApplication::applicationFilePath()).baseName());
}

} // namespace tp::test
