#include "Database.h"

#include <sqlite3.h>

namespace trapline::db {

namespace {

[[noreturn]] void fail(sqlite3* db, int code, const std::string& context)
{
    std::string message = context + ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw DbError(message, code);
}

// For tests only: TRAPLINE_TEST_MAX_PAGE_COUNT=N caps every writing connection at N pages, so SQLite answers
// SQLITE_FULL as on a full disk. A job opens connections of its own, out of a test's reach; this is how the
// disk-full messages of an import are driven (tests/project/tst_disk_full.cpp). Never set in normal use.
void capPagesForTests(Database& db)
{
    bool ok = false;
    const qint64 pages = qEnvironmentVariable("TRAPLINE_TEST_MAX_PAGE_COUNT").toLongLong(&ok);
    if (ok && pages > 0)
        db.exec("PRAGMA max_page_count = " + std::to_string(pages));
}

// Settings every connection needs; each failure is an error that says which file and what to do.
void setUp(Database& db, Database::Mode mode)
{
    if (const int rc = sqlite3_extended_result_codes(db.handle(), 1); rc != SQLITE_OK)
        fail(db.handle(), rc, "setting up " + db.path().toStdString());
    if (const int rc = sqlite3_busy_timeout(db.handle(), 10000); rc != SQLITE_OK)
        fail(db.handle(), rc, "setting up " + db.path().toStdString());
    db.exec("PRAGMA foreign_keys = ON");
    if (mode == Database::Mode::ReadOnly)
        return;
    // The pragma answers with the mode it actually set: a project that stayed on a rollback journal would block
    // every reader during each write, so say so instead of running on silently.
    const std::string wal = db.path().toStdString() + "-wal";
    std::string journal;
    try {
        Statement st(db.handle(), "PRAGMA journal_mode = WAL");
        journal = st.step() ? st.text(0).toLower().toStdString() : std::string();
    } catch (const DbError& e) {
        const int primary = e.code() & 0xff;
        if (primary != SQLITE_CANTOPEN && primary != SQLITE_IOERR && primary != SQLITE_READONLY)
            throw;
        throw DbError("cannot set up the project's write-ahead log " + wal + " (" + e.what() +
                          "). Check that the project's folder is writable and that " + wal + " is not a folder.",
                      e.code());
    }
    if (journal != "wal")
        throw DbError("cannot set up the project's write-ahead log " + wal + ": the journal mode stayed '" + journal +
                          "'. Copy the project to a local disk whose folder is writable and open it from there.",
                      SQLITE_CANTOPEN);
    // NORMAL in WAL mode is crash-safe for the database; only the last commits may be lost on power loss.
    db.exec("PRAGMA synchronous = NORMAL");
    capPagesForTests(db);
}

} // namespace

bool DbError::isDiskFull() const { return (m_code & 0xff) == SQLITE_FULL; }
bool DbError::isBusy() const { return (m_code & 0xff) == SQLITE_BUSY || (m_code & 0xff) == SQLITE_LOCKED; }

Statement::Statement(sqlite3* db, const std::string& sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.c_str(), static_cast<int>(sql.size() + 1), SQLITE_PREPARE_PERSISTENT,
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(db, rc, "preparing \"" + sql + "\"");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(m_db, rc, "binding an integer");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(m_db, rc, "binding a number");
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bind(index, nullptr);
    const QByteArray utf8 = value.toUtf8();
    if (const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()),
                                         SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(m_db, rc, "binding text");
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull())
        return bind(index, nullptr);
    if (const int rc = sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()),
                                         SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        fail(m_db, rc, "binding a blob");
    return *this;
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(m_db, rc, "binding null");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string sql = sqlite3_sql(m_stmt) ? sqlite3_sql(m_stmt) : "";
    sqlite3_reset(m_stmt);
    fail(m_db, rc, "running \"" + sql + "\"");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Statement& Statement::bind(int index, const Value& value)
{
    return std::visit([&](const auto& v) -> Statement& {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>)
            return bind(index, nullptr);
        else
            return bind(index, v);
    }, value);
}

Value Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return integer(column);
    case SQLITE_FLOAT: return real(column);
    case SQLITE_TEXT: return text(column);
    case SQLITE_BLOB: return blob(column);
    default: return std::monostate{};
    }
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    if (!data)
        return {};
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

std::optional<std::int64_t> Statement::optInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<double> Statement::optReal(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

Database::Database(const QString& path, Mode mode) : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    const QByteArray utf8 = path.toUtf8();
    const int rc = sqlite3_open_v2(utf8.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw DbError("opening " + utf8.toStdString() + ": " + message, rc);
    }
    try {
        setUp(*this, mode);
    } catch (const DbError&) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

void Database::exec(const std::string& sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw DbError(message + " (in \"" + sql.substr(0, 120) + "\")", rc);
    }
}

Statement& Database::cached(const std::string& sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(m_db, sql)).first;
    it->second->reset();
    return *it->second;
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

std::int64_t Database::scalar(const std::string& sql)
{
    Statement& st = cached(sql);
    const std::int64_t value = st.step() ? st.integer(0) : 0;
    st.reset();
    return value;
}

int Database::userVersion() { return static_cast<int>(scalar("PRAGMA user_version")); }
void Database::setUserVersion(int version) { exec("PRAGMA user_version = " + std::to_string(version)); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

Transaction::Transaction(Database& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction()
{
    if (!m_done && m_db.inTransaction()) {
        try {
            m_db.exec("ROLLBACK");
        } catch (const DbError&) {
            // Nothing more can be done in a destructor; SQLite rolls back on close anyway.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace trapline::db
