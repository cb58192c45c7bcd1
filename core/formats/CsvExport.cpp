#include "CsvExport.h"

#include "Csv.h"
#include "project/Project.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>

namespace trapline::formats {

namespace {

int findColumn(const CsvTable& table, const QStringList& names)
{
    for (const QString& name : names)
        if (const auto i = table.header.indexOf(name); i >= 0)
            return static_cast<int>(i);
    return -1;
}

QString num(double v) { return QString::number(v, 'g', 8); }

} // namespace

Result<QByteArray> exportObservationsCsv(Project& project, const CsvExportOptions& options)
{
    try {
        const QStringList header{QStringLiteral("File"), QStringLiteral("RelativePath"), QStringLiteral("Folder"),
                                 QStringLiteral("DateTime"), QStringLiteral("Deployment"), QStringLiteral("SequenceID"),
                                 QStringLiteral("FrameInSequence"), QStringLiteral("ObservationType"),
                                 QStringLiteral("ScientificName"), QStringLiteral("CommonName"), QStringLiteral("Count"),
                                 QStringLiteral("IndividualID"), QStringLiteral("Method"), QStringLiteral("Confidence"),
                                 QStringLiteral("ClassifiedBy"), QStringLiteral("BoxX"), QStringLiteral("BoxY"),
                                 QStringLiteral("BoxWidth"), QStringLiteral("BoxHeight"), QStringLiteral("Notes")};
        std::vector<QStringList> rows;
        auto& st = project.db().cached(
            "SELECT m.rel_path, r.path, m.taken_at_ms, dep.name, coalesce(s.external_id, s.id), m.frame_index,"
            " o.observation_type, t.scientific_name, t.common_name, o.count, i.name, o.method, o.confidence,"
            " o.classified_by, d.x, d.y, d.w, d.h, o.notes"
            " FROM observations o JOIN media m ON m.id = o.media_id JOIN image_roots r ON r.id = m.root_id"
            " JOIN deployments dep ON dep.id = m.deployment_id LEFT JOIN sequences s ON s.id = m.sequence_id"
            " LEFT JOIN taxa t ON t.id = o.taxon_id LEFT JOIN individuals i ON i.id = o.individual_id"
            " LEFT JOIN detections d ON d.id = o.detection_id WHERE (NOT ?1 OR o.method = 'human') ORDER BY m.id, o.id");
        st.bind(1, options.reviewedOnly ? 1 : 0);
        while (st.step()) {
            const QString relPath = st.text(0);
            QStringList row{QFileInfo(relPath).fileName(), QFileInfo(relPath).path() == u"." ? QString() : QFileInfo(relPath).path(),
                            st.text(1),
                            st.isNull(2) ? QString() : QDateTime::fromMSecsSinceEpoch(st.integer(2), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            st.text(3), st.text(4), st.isNull(5) ? QString() : QString::number(st.integer(5) + 1),
                            st.text(6), st.text(7), st.text(8), st.isNull(9) ? QString() : QString::number(st.integer(9)),
                            st.text(10), st.text(11), st.isNull(12) ? QString() : num(st.real(12)), st.text(13)};
            for (int c = 14; c < 18; ++c)
                row << (st.isNull(c) ? QString() : num(st.real(c)));
            row << st.text(18);
            rows.push_back(row);
        }
        return writeCsv(header, rows);
    } catch (const db::DbError& e) {
        return Error{QStringLiteral("Cannot read the project: %1").arg(QString::fromStdString(e.what()))};
    }
}

Result<CsvImportSummary> importSpeciesCsv(Project& project, const QString& path)
{
    auto table = readCsvFile(path);
    if (!table)
        return Error{table.error().message + QStringLiteral(". Nothing was imported.")};
    const CsvTable& csv = table.value();
    const int fileColumn = findColumn(csv, {QStringLiteral("file"), QStringLiteral("File"), QStringLiteral("filename"),
                                            QStringLiteral("RelativePath")});
    const int speciesColumn = findColumn(csv, {QStringLiteral("species"), QStringLiteral("scientificName"),
                                               QStringLiteral("ScientificName"), QStringLiteral("label")});
    const int countColumn = findColumn(csv, {QStringLiteral("count"), QStringLiteral("Count")});
    if (fileColumn < 0 || speciesColumn < 0)
        return Error{QStringLiteral("%1 needs a file column (file, filename) and a species column (species, "
                                    "scientificName, label). Nothing was imported.").arg(path)};
    for (size_t r = 0; r < csv.rows.size(); ++r) {
        bool ok = true;
        if (countColumn >= 0 && !csv.rows[r][countColumn].isEmpty() && (csv.rows[r][countColumn].toInt(&ok) < 0 || !ok))
            return Error{QStringLiteral("%1 line %2: count \"%3\" is not a whole number. Nothing was imported.")
                             .arg(path).arg(csv.lineOfRow[r]).arg(csv.rows[r][countColumn])};
    }
    CsvImportSummary summary;
    summary.rows = static_cast<std::int64_t>(csv.rows.size());
    try {
        auto& db = project.db();
        QHash<QString, std::pair<std::int64_t, std::optional<std::int64_t>>> byPath;
        QMultiHash<QString, QString> byName;
        auto& all = db.cached("SELECT id, rel_path, sequence_id FROM media");
        while (all.step()) {
            byPath.insert(all.text(1), {all.integer(0), all.optInteger(2)});
            byName.insert(QFileInfo(all.text(1)).fileName(), all.text(1));
        }
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        db::Transaction tx(db);
        auto& insert = db.cached("INSERT INTO observations(sequence_id, media_id, observation_type, taxon_id, count, method,"
                                 " classified_by, classified_ms) VALUES (?1,?2,?3,?4,?5,'human','CSV import',?6)");
        auto& taxon = db.cached("INSERT OR IGNORE INTO taxa(scientific_name) VALUES (?1)");
        auto& taxonId = db.cached("SELECT id FROM taxa WHERE scientific_name = ?1");
        for (const QStringList& row : csv.rows) {
            QString file = row[fileColumn];
            file.replace(QLatin1Char('\\'), QLatin1Char('/'));
            if (!byPath.contains(file)) {
                const auto named = byName.values(QFileInfo(file).fileName());
                QString match;
                for (const QString& candidate : named)
                    if (file.endsWith(QLatin1Char('/') + candidate) || candidate.endsWith(QLatin1Char('/') + file) || named.size() == 1)
                        match = candidate;
                if (match.isEmpty()) {
                    summary.unmatched << row[fileColumn];
                    continue;
                }
                file = match;
            }
            ++summary.matched;
            const auto [mediaId, sequenceId] = byPath.value(file);
            const QString species = row[speciesColumn].trimmed();
            const bool blank = species.isEmpty() || species.compare(QStringLiteral("empty"), Qt::CaseInsensitive) == 0 ||
                               species.compare(QStringLiteral("blank"), Qt::CaseInsensitive) == 0;
            std::optional<std::int64_t> taxonRow;
            if (!blank) {
                taxon.bind(1, species).run();
                taxonId.bind(1, species);
                taxonId.step();
                taxonRow = taxonId.integer(0);
                taxonId.reset();
            }
            const int count = countColumn >= 0 && !row[countColumn].isEmpty() ? row[countColumn].toInt() : (blank ? 0 : 1);
            insert.bind(1, sequenceId).bind(2, mediaId).bind(3, blank ? QStringLiteral("blank") : QStringLiteral("animal"))
                .bind(4, taxonRow).bind(5, count).bind(6, now).run();
            ++summary.observations;
        }
        project.audit({QStringLiteral("import-labels"), QStringLiteral("insert"), QStringLiteral("observations"), std::nullopt,
                       QStringLiteral("{\"csv\": \"%1\", \"observations\": %2}").arg(QFileInfo(path).fileName()).arg(summary.observations), {}});
        tx.commit();
        return summary;
    } catch (const db::DbError& e) {
        return Error{QStringLiteral("Importing %1 failed and changed nothing: %2").arg(path, QString::fromStdString(e.what()))};
    }
}

} // namespace trapline::formats
