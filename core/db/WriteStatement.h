#pragma once

#include <memory>
#include <optional>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tp::db {

// A prepared statement that writes (INSERT, UPDATE, DELETE) and returns no
// rows, run many times with positional values — what bulk work (import,
// demo data) spends its time in.
//
// Where Qt's SQLite driver uses the very SQLite library The Program links
// (a system SQLite, as on Debian), the statement runs through SQLite's C API
// on the driver's own connection handle (QSqlDriver::handle()): text is
// bound as UTF-8, which SQLite stores as it is, and QtSql's per-execution
// copies of the values are skipped. Where the driver carries its own copy of
// SQLite (Qt's bundled one), or the check cannot be made, it runs through
// QSqlQuery. Either way: the same connection and transaction, the same
// values stored with the same types (QtSql's binding rules), the same
// errors. (One difference: text with a lone UTF-16 surrogate, which no
// valid input holds, is converted by Qt rather than by SQLite.)
//
// The statement must be destroyed before its connection is closed.
class WriteStatement
{
public:
    WriteStatement(QSqlDatabase db, const QString& sql);
    ~WriteStatement();
    WriteStatement(const WriteStatement&) = delete;
    WriteStatement& operator=(const WriteStatement&) = delete;

    bool isValid() const { return m_valid; }
    bool isNative() const { return m_stmt != nullptr; }

    // A value for the next exec(), by 0-based position of its `?`
    // (positional placeholders only). Bind every parameter before each exec().
    void bind(int index, const QVariant& value);
    bool exec();

    // After a failure: SQLite's message, and its primary result code
    // (SQLITE_CONSTRAINT is 19), or 0 when SQLite gave none.
    QString errorText() const { return m_error; }
    int errorCode() const { return m_errorCode; }

    // Whether this process can use the native path with `db` (the driver
    // links the same SQLite library as The Program). Decided once.
    static bool nativeAvailable(const QSqlDatabase& db);
    // For tests: false makes every new statement use QSqlQuery.
    static void setNativeAllowed(bool allowed);

private:
    void failNative(int rc);
    void failQuery();

    QSqlQuery m_query;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<QByteArray>
        m_text; // by parameter: the bytes of bound text (UTF-8) and blobs, alive until exec
    bool m_valid = false;
    int m_parameters = 0;
    int m_bindError = 0; // the first refused bind since the last exec
    QString m_error;
    int m_errorCode = 0;
};

// Whether the transaction open on `db` holds links that resolve nowhere and
// wait for COMMIT to refuse them (deferred foreign keys), as SQLite counts
// them; std::nullopt where SQLite cannot be asked (no native path).
std::optional<bool> pendingForeignKeyViolations(const QSqlDatabase& db);

} // namespace tp::db
