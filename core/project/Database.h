#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <variant>

struct sqlite3;
struct sqlite3_stmt;

namespace trapline::db {

// Thrown inside the project subsystem; ProjectStore turns it into a trapline::Error at its edge.
class DbError : public std::runtime_error {
public:
    DbError(const std::string& what, int code) : std::runtime_error(what), m_code(code) {}
    int code() const { return m_code; }
    bool isDiskFull() const;
    bool isBusy() const;

private:
    int m_code;
};

// One SQLite value of any storage class, for code that copies whole rows (snapshots for undo).
using Value = std::variant<std::monostate, std::int64_t, double, QString, QByteArray>;

// A prepared statement. Parameters are 1-based like SQLite's; columns are 0-based.
class Statement {
public:
    Statement(sqlite3* db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    // qint64 (long long) and other integer types, without ambiguity against std::int64_t (long on Linux).
    template <class T>
        requires(std::is_integral_v<T> && !std::is_same_v<T, bool> && !std::is_same_v<T, int> &&
                 !std::is_same_v<T, std::int64_t>)
    Statement& bind(int index, T value)
    {
        return bind(index, static_cast<std::int64_t>(value));
    }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, const Value& value);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, nullptr);
    }

    // Advances to the next row; false when done. Throws DbError on failure.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<std::int64_t> optInteger(int column) const;
    std::optional<double> optReal(int column) const;
    Value value(int column) const;
    int columnCount() const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

class Transaction;

// One SQLite connection. Not shared between threads: each thread opens its own.
class Database {
public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database(const QString& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(const std::string& sql);
    // A statement prepared once per connection and reset for each use.
    Statement& cached(const std::string& sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    std::int64_t scalar(const std::string& sql);

    int userVersion();
    void setUserVersion(int version);
    bool inTransaction() const;
    const QString& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    QString m_path;
    sqlite3* m_db = nullptr;
    std::map<std::string, std::unique_ptr<Statement>> m_cache;
};

// RAII transaction: rolls back unless commit() was called. IMMEDIATE so writers queue on the busy timeout
// instead of failing half-way on a lock upgrade.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace trapline::db
