#include "CsvExport.h"
#include "DateTimes.h"
#include "Tr.h"

#include "Clock.h"
#include "Csv.h"
#include "MediaMatcher.h"
#include "project/Project.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace trapline::formats {

namespace {

// ---- export ----

const QStringList& exportHeader()
{
    static const QStringList header{
        QStringLiteral("File"), QStringLiteral("RelativePath"), QStringLiteral("Folder"), QStringLiteral("DateTime"),
        QStringLiteral("Deployment"), QStringLiteral("SequenceID"), QStringLiteral("FrameInSequence"),
        QStringLiteral("ObservationType"), QStringLiteral("ScientificName"), QStringLiteral("CommonName"),
        QStringLiteral("Count"), QStringLiteral("IndividualID"), QStringLiteral("Method"), QStringLiteral("Confidence"),
        QStringLiteral("ClassifiedBy"), QStringLiteral("BoxX"), QStringLiteral("BoxY"), QStringLiteral("BoxWidth"),
        QStringLiteral("BoxHeight"), QStringLiteral("Notes")};
    return header;
}

// Observations, then (for includeUnlabelled) media with no observation, in one statement so that both halves
// read the same snapshot. An event-level observation (no media) is shown on its sequence's first frame.
// Columns: 0 deployment, 1 time, 2 image root, 3 rel_path, 4 sequence, 5 frame index, 6 observation type,
// 7 scientific name, 8 common name, 9 count, 10 individual, 11 method, 12 confidence, 13 classified by,
// 14-17 box, 18 notes, 19 observation id.
constexpr const char* kExportQuery =
    "SELECT dep.name, coalesce(CASE WHEN o.media_id IS NULL THEN s.start_ms END, m.taken_at_ms, s.start_ms),"
    " r.path, m.rel_path, coalesce(s.external_id, s.id), CASE WHEN o.media_id IS NULL THEN NULL ELSE m.frame_index END,"
    " o.observation_type, t.scientific_name, t.common_name, o.count, i.name, o.method, o.confidence, o.classified_by,"
    " d.x, d.y, d.w, d.h, o.notes, o.id"
    " FROM observations o"
    " LEFT JOIN media m ON m.id = coalesce(o.media_id, (SELECT f.id FROM media f WHERE f.sequence_id = o.sequence_id"
    "                                                    ORDER BY f.frame_index, f.id LIMIT 1))"
    " LEFT JOIN sequences s ON s.id = coalesce(m.sequence_id, o.sequence_id)"
    " LEFT JOIN deployments dep ON dep.id = coalesce(m.deployment_id, s.deployment_id)"
    " LEFT JOIN image_roots r ON r.id = m.root_id"
    " LEFT JOIN taxa t ON t.id = o.taxon_id"
    " LEFT JOIN individuals i ON i.id = o.individual_id"
    " LEFT JOIN detections d ON d.id = o.detection_id"
    " WHERE (NOT ?1 OR o.method = 'human') AND (?2 OR o.observation_type != 'blank')"
    " AND (d.review IS NULL OR d.review != 'rejected')"
    " UNION ALL"
    " SELECT dep.name, m.taken_at_ms, r.path, m.rel_path, coalesce(s.external_id, s.id), m.frame_index,"
    " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL"
    " FROM media m JOIN deployments dep ON dep.id = m.deployment_id JOIN image_roots r ON r.id = m.root_id"
    " LEFT JOIN sequences s ON s.id = m.sequence_id"
    " WHERE ?3"
    " AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.media_id = m.id AND (NOT ?1 OR o.method = 'human'))"
    " AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.sequence_id = m.sequence_id AND o.media_id IS NULL"
    "                 AND (NOT ?1 OR o.method = 'human'))"
    " ORDER BY 1, 2, 4, 20";

QString number(const db::Statement& st, int column)
{
    return st.isNull(column) ? QString() : QString::number(st.real(column), 'g', 8);
}

QString integer(const db::Statement& st, int column, std::int64_t add = 0)
{
    return st.isNull(column) ? QString() : QString::number(st.integer(column) + add);
}

QStringList exportRow(const db::Statement& st)
{
    const QString root = st.text(2);
    const QString relPath = st.text(3);
    const qsizetype slash = relPath.lastIndexOf(QLatin1Char('/'));
    // Media known only by URL (an image root with an empty path) keep the whole URL in File.
    const bool split = !root.isEmpty() && slash >= 0;
    QStringList row{split ? relPath.mid(slash + 1) : relPath,
                    split ? relPath.left(slash) : QString(),
                    root,
                    st.isNull(1) ? QString()
                                 : utcFromMSecs(st.integer(1)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                    st.text(0),
                    st.text(4),
                    integer(st, 5, 1),
                    st.text(6),
                    st.text(7),
                    st.text(8),
                    integer(st, 9),
                    st.text(10),
                    st.text(11),
                    number(st, 12),
                    st.text(13)};
    for (int c = 14; c <= 17; ++c)
        row << number(st, c);
    row << st.text(18);
    return row;
}

// ---- import ----

const QStringList kObservationTypes{QStringLiteral("animal"), QStringLiteral("blank"), QStringLiteral("human"),
                                    QStringLiteral("vehicle"), QStringLiteral("unknown"), QStringLiteral("unclassified")};

struct SpeciesColumns {
    int file = -1;
    int species = -1;
    int count = -1;
    int relativePath = -1;
    int type = -1;
};

struct Label {
    int line = 0;
    QString file;
    QString type;    // observations.observation_type
    QString species; // a taxon's scientific name, or empty
    std::optional<std::int64_t> count;
};

Error importError(const QString& path, const QString& what)
{
    return Error{FormatsText::tr("%1: %2. Nothing was imported.").arg(path, what)};
}

Result<SpeciesColumns> findColumns(const CsvTable& csv)
{
    const auto file = requireColumn(csv, {QStringLiteral("file"), QStringLiteral("filename"), QStringLiteral("file_name")},
                                    Qt::CaseInsensitive);
    if (!file)
        return file.error();
    const auto species = requireColumn(csv, {QStringLiteral("species"), QStringLiteral("scientificName"),
                                             QStringLiteral("scientific_name"), QStringLiteral("label")},
                                       Qt::CaseInsensitive);
    if (!species)
        return species.error();
    SpeciesColumns c;
    c.file = file.value();
    c.species = species.value();
    c.count = column(csv, QStringLiteral("count"), Qt::CaseInsensitive);
    c.relativePath = column(csv, QStringLiteral("RelativePath"), Qt::CaseInsensitive);
    c.type = std::max(column(csv, QStringLiteral("observationType"), Qt::CaseInsensitive),
                      column(csv, QStringLiteral("observation_type"), Qt::CaseInsensitive));
    return c;
}

// The observation type a species cell stands for on its own: "blank" for an empty image, "human" or "vehicle",
// or empty for a taxon.
QString typeOfKeyword(const QString& species)
{
    const QString s = species.toLower();
    if (s.isEmpty() || s == u"empty" || s == u"blank")
        return QStringLiteral("blank");
    if (s == u"human" || s == u"person")
        return QStringLiteral("human");
    if (s == u"vehicle")
        return QStringLiteral("vehicle");
    return {};
}

// One row checked; nullopt for a row that carries no label (all empty, or an unlabelled row of an export).
Result<std::optional<Label>> parseLabel(const QStringList& row, int line, const SpeciesColumns& c)
{
    if (std::all_of(row.begin(), row.end(), [](const QString& f) { return f.trimmed().isEmpty(); }))
        return std::optional<Label>();
    Label label;
    label.line = line;
    label.file = row[c.file].trimmed();
    if (c.relativePath >= 0 && !row[c.relativePath].trimmed().isEmpty() && !label.file.isEmpty())
        label.file = row[c.relativePath].trimmed() + QLatin1Char('/') + label.file;
    if (label.file.isEmpty())
        return Error{FormatsText::tr("line %1: the file name is empty").arg(line)};
    const QString species = row[c.species].trimmed();
    const QString keywordType = typeOfKeyword(species);
    label.type = c.type >= 0 ? row[c.type].trimmed().toLower() : QString();
    if (label.type.isEmpty() && c.type >= 0 && species.isEmpty())
        return std::optional<Label>();
    if (!label.type.isEmpty() && !kObservationTypes.contains(label.type))
        return Error{FormatsText::tr("line %1: observation type \"%2\" is not one of %3")
                         .arg(line)
                         .arg(row[c.type].trimmed(), kObservationTypes.join(QStringLiteral(", ")))};
    if (label.type.isEmpty())
        label.type = keywordType.isEmpty() ? QStringLiteral("animal") : keywordType;
    if (keywordType.isEmpty())
        label.species = species;
    if (label.type == u"blank" && !label.species.isEmpty())
        return Error{FormatsText::tr("line %1: an empty image cannot have the species \"%2\"").arg(line).arg(species)};
    const QString count = c.count >= 0 ? row[c.count].trimmed() : QString();
    if (!count.isEmpty()) {
        bool ok = false;
        label.count = count.toLongLong(&ok);
        if (!ok)
            return Error{FormatsText::tr("line %1: count \"%2\" is not a whole number").arg(line).arg(count)};
        if (*label.count < 0)
            return Error{FormatsText::tr("line %1: count \"%2\" is negative").arg(line).arg(count)};
    }
    if (label.type == u"blank") {
        if (label.count.value_or(0) != 0)
            return Error{FormatsText::tr("line %1: count %2 for an empty image (no species); give the species or leave "
                                         "the count empty")
                             .arg(line)
                             .arg(count)};
        label.count = 0;
    }
    return std::optional<Label>(std::move(label));
}

Result<std::vector<Label>> parseLabels(const CsvTable& csv, const SpeciesColumns& columns)
{
    std::vector<Label> labels;
    labels.reserve(csv.rows.size());
    for (size_t r = 0; r < csv.rows.size(); ++r) {
        auto label = parseLabel(csv.rows[r], csv.lineOfRow[r], columns);
        if (!label)
            return label.error();
        if (label.value())
            labels.push_back(std::move(*label.value()));
    }
    return labels;
}

class LabelWriter {
public:
    explicit LabelWriter(Project& project) : m_db(project.db()), m_matcher(project) {}

    void write(const Label& label, CsvImportSummary& summary, std::int64_t now)
    {
        const MediaMatch match = m_matcher.find(label.file);
        if (!match.media) {
            (match.candidates > 1 ? summary.ambiguous : summary.unmatched) << label.file;
            return;
        }
        ++summary.matched;
        const auto taxon = taxonId(label.species, summary);
        if (exists(match.media->id, label, taxon)) {
            ++summary.alreadyPresent;
            return;
        }
        m_db.cached("INSERT INTO observations(sequence_id, media_id, observation_type, taxon_id, count, method,"
                    " classified_by, classified_ms) VALUES (?1, ?2, ?3, ?4, ?5, 'human', 'CSV import', ?6)")
            .bind(1, match.media->sequenceId).bind(2, match.media->id).bind(3, label.type).bind(4, taxon)
            .bind(5, label.count).bind(6, now).run();
        ++summary.observations;
        summary.blanks += label.type == u"blank" ? 1 : 0;
    }

private:
    std::optional<std::int64_t> taxonId(const QString& species, CsvImportSummary& summary)
    {
        if (species.isEmpty())
            return std::nullopt;
        m_db.cached("INSERT OR IGNORE INTO taxa(scientific_name) VALUES (?1)").bind(1, species).run();
        summary.newTaxa += m_db.changes();
        auto& find = m_db.cached("SELECT id FROM taxa WHERE scientific_name = ?1");
        find.bind(1, species);
        find.step();
        const auto id = find.integer(0);
        find.reset();
        return id;
    }

    // The same label from an earlier import (or an earlier row): importing a file twice adds nothing.
    bool exists(std::int64_t mediaId, const Label& label, std::optional<std::int64_t> taxon)
    {
        auto& st = m_db.cached(
            "SELECT 1 FROM observations WHERE media_id = ?1 AND detection_id IS NULL AND method = 'human'"
            " AND classified_by = 'CSV import' AND observation_type = ?2 AND taxon_id IS ?3 AND count IS ?4");
        st.bind(1, mediaId).bind(2, label.type).bind(3, taxon).bind(4, label.count);
        const bool found = st.step();
        st.reset();
        return found;
    }

    db::Database& m_db;
    MediaMatcher m_matcher;
};

} // namespace

Result<QByteArray> exportObservationsCsv(Project& project, const CsvExportOptions& options)
{
    try {
        auto& st = project.db().cached(kExportQuery);
        st.bind(1, options.reviewedOnly ? 1 : 0).bind(2, options.includeBlanks ? 1 : 0).bind(3, options.includeUnlabelled ? 1 : 0);
        CsvWriter csv;
        csv.addRow(exportHeader());
        while (st.step())
            csv.addRow(exportRow(st));
        st.reset();
        return csv.take();
    } catch (const db::DbError& e) {
        return Error{FormatsText::tr("The CSV export stopped: %1").arg(QString::fromStdString(e.what()))};
    }
}

Result<CsvImportSummary> importSpeciesCsv(Project& project, const QString& path)
{
    auto table = readCsvFile(path, QChar());
    if (!table)
        return Error{table.error().message + FormatsText::tr(". Nothing was imported.")};
    const CsvTable& csv = table.value();
    const auto columns = findColumns(csv);
    if (!columns)
        return importError(path, columns.error().message);
    const auto labels = parseLabels(csv, columns.value());
    if (!labels)
        return importError(path, labels.error().message);

    CsvImportSummary summary;
    summary.rows = static_cast<std::int64_t>(csv.rows.size());
    try {
        const std::int64_t now = Clock::nowMs();
        db::Transaction tx(project.db());
        LabelWriter writer(project);
        for (const Label& label : labels.value())
            writer.write(label, summary, now);
        if (summary.observations > 0) {
            const QJsonObject details{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                      {QStringLiteral("rows"), static_cast<qint64>(summary.rows)},
                                      {QStringLiteral("observations"), static_cast<qint64>(summary.observations)},
                                      {QStringLiteral("unmatched"), static_cast<qint64>(summary.unmatched.size())}};
            project.audit({QStringLiteral("import-labels"), QStringLiteral("insert"), QStringLiteral("observations"),
                           std::nullopt, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), {}});
        }
        tx.commit();
        return summary;
    } catch (const db::DbError& e) {
        return Error{
            FormatsText::tr("Importing %1 failed and changed nothing: %2").arg(path, QString::fromStdString(e.what()))};
    }
}

} // namespace trapline::formats
