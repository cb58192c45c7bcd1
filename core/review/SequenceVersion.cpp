#include "SequenceVersion.h"

#include "LabelSnapshot.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonValue>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace trapline::review {

namespace {

constexpr auto& kObservationScope = labelScope::kObservations;
constexpr auto& kBoxScope = labelScope::kBoxes;

std::vector<QString> columnsOf(db::Database& db, const QString& table)
{
    std::vector<QString> columns;
    for (const std::string& c : labelScope::columns(db, table.toStdString()))
        columns.push_back(QString::fromStdString(c));
    return columns;
}

QJsonValue toJson(const db::Value& value)
{
    if (const auto* i = std::get_if<std::int64_t>(&value))
        return QJsonValue(static_cast<qint64>(*i));
    if (const auto* d = std::get_if<double>(&value))
        return QJsonValue(*d);
    if (const auto* s = std::get_if<QString>(&value))
        return QJsonValue(*s);
    if (const auto* b = std::get_if<QByteArray>(&value))
        return QJsonValue(QString::fromLatin1(b->toBase64()));
    return QJsonValue(QJsonValue::Null);
}

db::Value fromJson(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Whole numbers go back as integers; a REAL column turns them into reals again.
        if (d == static_cast<double>(static_cast<std::int64_t>(d)))
            return static_cast<std::int64_t>(d);
        return d;
    }
    if (value.isBool())
        return static_cast<std::int64_t>(value.toBool());
    return std::monostate{};
}

QJsonArray readRows(db::Database& db, const QString& table, const char* scope, std::int64_t sequenceId)
{
    const auto columns = columnsOf(db, table);
    QString list;
    for (size_t i = 0; i < columns.size(); ++i)
        list += (i ? QStringLiteral(", ") : QString()) + columns[i];
    auto& st = db.cached("SELECT " + list.toStdString() + scope);
    st.bind(1, sequenceId);
    QJsonArray rows;
    while (st.step()) {
        QJsonObject row;
        for (int c = 0; c < st.columnCount(); ++c)
            row[columns[static_cast<size_t>(c)]] = toJson(st.value(c));
        rows.append(row);
    }
    return rows;
}

// Inserts a row without its id (the table numbers it) and returns the new id. Columns this table lacks are left
// out; the table's defaults fill the ones the row lacks.
std::int64_t insertRow(db::Database& db, const QString& table, const QJsonObject& row,
                       const std::set<QString>& tableColumns)
{
    QString names, marks;
    std::vector<db::Value> values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key() == u"id" || !tableColumns.count(it.key()))
            continue;
        names += (values.empty() ? QString() : QStringLiteral(", ")) + it.key();
        values.push_back(fromJson(it.value()));
        marks += (values.size() > 1 ? QStringLiteral(", ?") : QStringLiteral("?")) + QString::number(values.size());
    }
    auto& st = db.cached(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(table, names, marks).toStdString());
    for (size_t i = 0; i < values.size(); ++i)
        st.bind(static_cast<int>(i + 1), values[i]);
    st.run();
    return db.lastInsertId();
}

void hashValue(QCryptographicHash& hash, const db::Value& value)
{
    const char tag = static_cast<char>('0' + value.index());
    hash.addData(QByteArrayView(&tag, 1));
    if (const auto* i = std::get_if<std::int64_t>(&value))
        hash.addData(QByteArray::number(static_cast<qlonglong>(*i)));
    else if (const auto* d = std::get_if<double>(&value))
        hash.addData(QByteArray::number(*d, 'g', 17));
    else if (const auto* s = std::get_if<QString>(&value))
        hash.addData(s->toUtf8());
    else if (const auto* b = std::get_if<QByteArray>(&value))
        hash.addData(*b);
    hash.addData(QByteArrayView("\x1f", 1));
}

} // namespace

QJsonObject readVersion(db::Database& db, std::int64_t sequenceId)
{
    QJsonObject version;
    auto& state = db.cached("SELECT review_state FROM sequences WHERE id = ?1");
    state.bind(1, sequenceId);
    version[QStringLiteral("review_state")] = state.step() ? static_cast<qint64>(state.integer(0)) : 0;
    state.reset();
    version[QStringLiteral("boxes")] = readRows(db, QStringLiteral("detections"), kBoxScope, sequenceId);
    version[QStringLiteral("observations")] =
        readRows(db, QStringLiteral("observations"), kObservationScope, sequenceId);
    QJsonArray reviews;
    auto& st = db.cached("SELECT id, review FROM detections WHERE source = 'machine' AND review IS NOT NULL AND"
                         " media_id IN (SELECT id FROM media WHERE sequence_id = ?1) ORDER BY id");
    st.bind(1, sequenceId);
    while (st.step())
        reviews.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(st.integer(0))},
                                   {QStringLiteral("review"), st.text(1)}});
    version[QStringLiteral("machine_reviews")] = reviews;
    return version;
}

void applyVersion(db::Database& db, std::int64_t sequenceId, const QJsonObject& version)
{
    // Observations first: the boxes they point at go next, and a box's removal would take them anyway.
    db.cached("DELETE FROM observations WHERE method = 'human' AND (sequence_id = ?1 OR media_id IN"
              " (SELECT id FROM media WHERE sequence_id = ?1))")
        .bind(1, sequenceId)
        .run();
    db.cached(
          "DELETE FROM detections WHERE source = 'human' AND media_id IN (SELECT id FROM media WHERE sequence_id = ?1)")
        .bind(1, sequenceId)
        .run();
    // Only frames of this sequence take rows: a version never writes outside its sequence.
    std::set<std::int64_t> frames;
    auto& media = db.cached("SELECT id FROM media WHERE sequence_id = ?1");
    media.bind(1, sequenceId);
    while (media.step())
        frames.insert(media.integer(0));
    std::set<std::int64_t> machineBoxes;
    auto& machine = db.cached("SELECT id FROM detections WHERE source = 'machine' AND media_id IN"
                              " (SELECT id FROM media WHERE sequence_id = ?1)");
    machine.bind(1, sequenceId);
    while (machine.step())
        machineBoxes.insert(machine.integer(0));

    const auto boxColumns = columnsOf(db, QStringLiteral("detections"));
    const std::set<QString> boxSet(boxColumns.begin(), boxColumns.end());
    std::map<std::int64_t, std::int64_t> boxIds; // the version's box id -> this project's
    for (const QJsonValue& value : version[QStringLiteral("boxes")].toArray()) {
        const QJsonObject box = value.toObject();
        if (!frames.count(box[QStringLiteral("media_id")].toInteger()))
            continue;
        boxIds[box[QStringLiteral("id")].toInteger()] = insertRow(db, QStringLiteral("detections"), box, boxSet);
    }
    const auto observationColumns = columnsOf(db, QStringLiteral("observations"));
    const std::set<QString> observationSet(observationColumns.begin(), observationColumns.end());
    for (const QJsonValue& value : version[QStringLiteral("observations")].toArray()) {
        QJsonObject observation = value.toObject();
        const QJsonValue mediaId = observation[QStringLiteral("media_id")];
        if (!mediaId.isNull() && !frames.count(mediaId.toInteger()))
            continue;
        observation[QStringLiteral("sequence_id")] = static_cast<qint64>(sequenceId);
        const QJsonValue detection = observation[QStringLiteral("detection_id")];
        if (!detection.isNull()) {
            const auto id = detection.toInteger();
            if (const auto it = boxIds.find(id); it != boxIds.end())
                observation[QStringLiteral("detection_id")] = static_cast<qint64>(it->second);
            else if (!machineBoxes.count(id))
                continue; // the box it labelled is gone: so is the label
        }
        insertRow(db, QStringLiteral("observations"), observation, observationSet);
    }
    db.cached("UPDATE detections SET review = NULL WHERE source = 'machine' AND media_id IN"
              " (SELECT id FROM media WHERE sequence_id = ?1)")
        .bind(1, sequenceId)
        .run();
    auto& review = db.cached("UPDATE detections SET review = ?2 WHERE id = ?1 AND source = 'machine'");
    for (const QJsonValue& value : version[QStringLiteral("machine_reviews")].toArray()) {
        const QJsonObject r = value.toObject();
        if (machineBoxes.count(r[QStringLiteral("id")].toInteger()))
            review.bind(1, r[QStringLiteral("id")].toInteger()).bind(2, r[QStringLiteral("review")].toString()).run();
    }
    db.cached("UPDATE sequences SET review_state = ?2 WHERE id = ?1")
        .bind(1, sequenceId)
        .bind(2, version[QStringLiteral("review_state")].toInteger())
        .run();
}

QJsonObject renumbered(QJsonObject version, const std::function<std::int64_t(std::int64_t)>& taxon,
                       const std::function<std::int64_t(std::int64_t)>& individual)
{
    QJsonArray observations;
    for (const QJsonValue& value : version[QStringLiteral("observations")].toArray()) {
        QJsonObject o = value.toObject();
        if (const QJsonValue t = o[QStringLiteral("taxon_id")]; !t.isNull() && !t.isUndefined())
            o[QStringLiteral("taxon_id")] = static_cast<qint64>(taxon(t.toInteger()));
        if (const QJsonValue i = o[QStringLiteral("individual_id")]; !i.isNull() && !i.isUndefined())
            o[QStringLiteral("individual_id")] = static_cast<qint64>(individual(i.toInteger()));
        observations.append(o);
    }
    version[QStringLiteral("observations")] = observations;
    return version;
}

QString labelHash(db::Database& db, std::int64_t sequenceId)
{
    const LabelSnapshot s = takeSnapshot(db, sequenceId);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(s.reviewState == 2 ? QByteArrayView("reviewed;") : QByteArrayView("open;"));
    for (const auto* rows : {&s.observations, &s.boxes}) {
        for (const auto& row : *rows)
            for (const auto& value : row.values)
                hashValue(hash, value);
        hash.addData(QByteArrayView(";"));
    }
    for (const auto& [id, review] : s.machineReviews)
        if (!std::holds_alternative<std::monostate>(review)) {
            hashValue(hash, id);
            hashValue(hash, review);
        }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace trapline::review
