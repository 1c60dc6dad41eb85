#include "WriteStatement.h"

#include <atomic>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QTime>
#include <QUuid>
#include <sqlite3.h>

#if defined(Q_OS_UNIX) && __has_include(<dlfcn.h>)
#include <dlfcn.h>
#if defined(RTLD_NOLOAD)
#define THEPROGRAM_HAVE_DLADDR 1
#endif
#endif

namespace tp::db {

namespace {

std::atomic<bool> g_nativeAllowed{ true };

// True when the SQLite functions the driver calls are the ones this program
// calls: the driver's code (its plugin, or Qt itself when linked statically)
// resolves sqlite3_step to our sqlite3_step. A driver with a copy of SQLite
// of its own (Qt's bundled SQLite) resolves it elsewhere, or not at all.
bool driverSharesOurSqlite(const QSqlDriver* driver)
{
#ifdef THEPROGRAM_HAVE_DLADDR
    Dl_info where{};
    // The driver object's virtual table lies in the library that implements the driver
    // (its first word points there on every Unix C++ ABI, the Itanium one).
    const void* vtable = *reinterpret_cast<const void* const*>(driver);
    if (!dladdr(vtable, &where) || !where.dli_fname)
        return false;
    void* library = dlopen(where.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!library)
        return false;
    // Looked up in that library and in the libraries it loads, as its own calls are.
    void* theirs = dlsym(library, "sqlite3_step");
    dlclose(library);
    return theirs != nullptr && theirs == reinterpret_cast<void*>(&sqlite3_step);
#else
    Q_UNUSED(driver);
    return false;
#endif
}

sqlite3* nativeHandle(const QSqlDatabase& db)
{
    if (!g_nativeAllowed.load() || !WriteStatement::nativeAvailable(db))
        return nullptr;
    const QVariant handle = db.driver()->handle();
    return *static_cast<sqlite3* const*>(handle.constData());
}

// QtSql's notion of a NULL value (QSqlResultPrivate::isVariantNull).
bool isSqlNull(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString) // the common case first
        return static_cast<const QString*>(v.constData())->isNull();
    if (v.isNull())
        return true;
    switch (v.typeId()) {
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(v.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate*>(v.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(v.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid*>(v.constData())->isNull();
    default:
        return false;
    }
}

// The `?` placeholders of a statement: outside quoted literals and names and
// outside comments, as SQLite counts them (the QSqlQuery path has no
// sqlite3_bind_parameter_count to ask). WriteStatement takes `?` only, not
// `?NNN`, `:name` or `@name`.
int countPlaceholders(const QString& sql)
{
    int count = 0;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        const auto skipTo = [&](QStringView end) {
            const qsizetype at = sql.indexOf(end, i + 1);
            i = at < 0 ? sql.size() : at + end.size() - 1;
        };
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`'))
            skipTo(QStringView(&c, 1)); // a doubled quote inside is two quoted runs: the same count
        else if (c == QLatin1Char('['))
            skipTo(u"]");
        else if (c == QLatin1Char('-') && sql.mid(i, 2) == QLatin1String("--"))
            ++i, skipTo(u"\n");
        else if (c == QLatin1Char('/') && sql.mid(i, 2) == QLatin1String("/*"))
            ++i, skipTo(u"*/");
        else if (c == QLatin1Char('?'))
            ++count;
    }
    return count;
}

} // namespace

bool WriteStatement::nativeAvailable(const QSqlDatabase& db)
{
    const QSqlDriver* driver = db.driver();
    if (!driver || db.driverName() != QLatin1String("QSQLITE"))
        return false;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0
        || *static_cast<sqlite3* const*>(handle.constData()) == nullptr)
        return false;
    // Every QSQLITE driver of the process comes from the same code: decided once.
    static const bool shared = driverSharesOurSqlite(driver);
    return shared;
}

void WriteStatement::setNativeAllowed(bool allowed)
{
    g_nativeAllowed.store(allowed);
}

WriteStatement::WriteStatement(QSqlDatabase db, const QString& sql)
    : m_query(db)
{
    m_handle = nativeHandle(db);
    if (!m_handle) {
        m_valid = m_query.prepare(sql);
        if (!m_valid)
            failQuery();
        m_parameters = countPlaceholders(sql);
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        failNative(rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return;
    }
    m_parameters = sqlite3_bind_parameter_count(m_stmt);
    m_text.resize(size_t(m_parameters));
    m_valid = true;
}

WriteStatement::~WriteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void WriteStatement::failNative(int rc)
{
    m_errorCode = rc & 0xff;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_handle));
}

void WriteStatement::failQuery()
{
    const QSqlError e = m_query.lastError();
    m_error = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    m_errorCode = e.nativeErrorCode().toInt() & 0xff;
}

void WriteStatement::bind(int index, const QVariant& value)
{
    if (index < 0 || index >= m_parameters) {
        if (m_bindError == SQLITE_OK)
            m_bindError = SQLITE_RANGE;
        return;
    }
    if (!m_stmt) {
        m_query.bindValue(index, value);
        return;
    }
    const int n = index + 1;
    int rc = SQLITE_OK;
    // The same types for the same values as QtSql's SQLite driver binds.
    const auto text = [&](QByteArray utf8) {
        QByteArray& kept = m_text[size_t(index)]; // alive until exec
        kept = std::move(utf8);
        rc = sqlite3_bind_text64(m_stmt, n, kept.constData(), sqlite3_uint64(kept.size()), SQLITE_STATIC,
                                 SQLITE_UTF8);
    };
    if (isSqlNull(value)) {
        rc = sqlite3_bind_null(m_stmt, n);
    } else {
        switch (value.typeId()) {
        case QMetaType::QString:
            text(static_cast<const QString*>(value.constData())->toUtf8());
            break;
        case QMetaType::QByteArray: {
            QByteArray& kept = m_text[size_t(index)]; // shared, not copied; alive until exec
            kept = *static_cast<const QByteArray*>(value.constData());
            rc = sqlite3_bind_blob64(m_stmt, n, kept.constData(), sqlite3_uint64(kept.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Int:
        case QMetaType::Bool:
            rc = sqlite3_bind_int(m_stmt, n, value.toInt());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_stmt, n, value.toDouble());
            break;
        case QMetaType::UInt:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_stmt, n, value.toLongLong());
            break;
        case QMetaType::QDateTime:
            text(value.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
            break;
        case QMetaType::QTime:
            text(value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")).toUtf8());
            break;
        default:
            text(value.toString().toUtf8());
            break;
        }
    }
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc; // reported by exec(), which then refuses to run
}

bool WriteStatement::exec()
{
    if (!m_valid)
        return false; // the preparation's error stays
    m_error.clear();
    m_errorCode = 0;
    int rc = m_bindError;
    m_bindError = SQLITE_OK;
    if (rc != SQLITE_OK) {
        m_errorCode = rc & 0xff;
        m_error = QString::fromUtf8(sqlite3_errstr(rc));
    }
    if (!m_stmt) {
        if (rc != SQLITE_OK)
            return false;
        if (m_query.exec())
            return true;
        failQuery();
        return false;
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(m_stmt);
        while (rc == SQLITE_ROW)
            rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_DONE)
            failNative(rc);
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE;
}

std::optional<bool> pendingForeignKeyViolations(const QSqlDatabase& db)
{
    sqlite3* handle = nativeHandle(db);
    if (!handle)
        return std::nullopt;
    int current = 0;
    int highest = 0;
    if (sqlite3_db_status(handle, SQLITE_DBSTATUS_DEFERRED_FKS, &current, &highest, 0) != SQLITE_OK)
        return std::nullopt;
    return current != 0;
}

} // namespace tp::db
