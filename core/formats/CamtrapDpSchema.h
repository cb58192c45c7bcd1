#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace trapline::formats::camtrapdp {

// The table schemas of Camtrap DP 1.0 (TDWG), as Trapline knows them: field names in order, types, required
// fields, enumerations and ranges. Exports are written from them and checked against them.
struct Field {
    enum class Type { String, Integer, Number, Boolean, Datetime, Object };
    QString name;
    Type type = Type::String;
    bool required = false;
    QStringList allowed; // enumeration; empty: any value
    std::optional<double> minimum;
    std::optional<double> maximum;
};

struct TableSchema {
    QString name; // deployments, media, observations
    QString url;  // the schema URL a data package declares
    std::vector<Field> fields;
    QStringList names() const;
};

const TableSchema& deploymentsSchema();
const TableSchema& mediaSchema();
const TableSchema& observationsSchema();
const QString& profileUrl();

// Problems of a table against its schema, each naming the row (1-based data row + 1 for the header, i.e. the
// line in the file) and field: missing or unknown columns, empty required fields, values of the wrong type,
// values outside their enumeration or range, duplicate primary keys.
QStringList validateTable(const TableSchema& schema, const QStringList& header, const std::vector<QStringList>& rows);

} // namespace trapline::formats::camtrapdp
