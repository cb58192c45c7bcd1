#include "DeploymentsCsv.h"
#include "Tr.h"

#include "Csv.h"
#include "project/Deployments.h"
#include "project/Project.h"

#include <tuple>
#include <type_traits>

#include <cmath>

namespace trapline::formats {

namespace {

// Reads one optional number cell; an empty cell leaves `target` as it was.
template <class T>
bool readNumber(const QString& cell, std::optional<T>& target)
{
    if (cell.trimmed().isEmpty())
        return true;
    bool ok = false;
    const double v = cell.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    if constexpr (std::is_integral_v<T>) {
        if (v != std::floor(v) || std::abs(v) > 1e9)
            return false;
        target = static_cast<T>(v);
    } else {
        target = v;
    }
    return true;
}

} // namespace

Result<std::vector<DeploymentProperties>> readDeploymentsCsv(Project& project, const QString& path)
{
    auto table = readCsvFile(path, QChar());
    if (!table)
        return Error{table.error().message + FormatsText::tr(" Nothing was changed.")};
    const CsvTable& t = table.value();
    auto idColumn = requireColumn(t, {QStringLiteral("deploymentID"), QStringLiteral("deployment")}, Qt::CaseInsensitive);
    if (!idColumn)
        return Error{FormatsText::tr("%1: %2. Nothing was changed.").arg(path, idColumn.error().message)};
    const auto col = [&t](const char* name) { return column(t, QString::fromLatin1(name), Qt::CaseInsensitive); };
    const int locationName = col("locationName"), latitude = col("latitude"), longitude = col("longitude"),
              uncertainty = col("coordinateUncertainty"), cameraModel = col("cameraModel"),
              cameraHeight = col("cameraHeight"), timezone = col("timezone"), utcOffset = col("utcOffset");
    if (latitude < 0 && longitude < 0 && uncertainty < 0 && cameraModel < 0 && cameraHeight < 0 && timezone < 0 &&
        utcOffset < 0 && locationName < 0)
        return Error{
            FormatsText::tr("%1 has none of the columns locationName, latitude, longitude, coordinateUncertainty, "
                            "cameraModel, cameraHeight, timezone, utcOffset: there is nothing to import. "
                            "Nothing was changed.")
                .arg(path)};

    std::vector<DeploymentProperties> out;
    QStringList problems;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const QStringList& row = t.rows[r];
        const QString where = FormatsText::tr("%1 line %2").arg(path).arg(t.lineOfRow[r]);
        const QString name = row.value(idColumn.value()).trimmed();
        auto id = deploymentIdByName(project, name);
        if (!id) {
            problems << QStringLiteral("%1: %2").arg(where, id.error().message);
            continue;
        }
        auto current = deploymentProperties(project, id.value());
        if (!current)
            return current.error();
        DeploymentProperties p = current.value();
        const auto cell = [&row](int c) { return c >= 0 ? row.value(c).trimmed() : QString(); };
        if (!cell(locationName).isEmpty())
            p.locationName = cell(locationName);
        if (!cell(cameraModel).isEmpty())
            p.cameraModel = cell(cameraModel);
        for (const auto& [c, field, target] : {std::tuple{latitude, "latitude", &p.latitude},
                                               std::tuple{longitude, "longitude", &p.longitude},
                                               std::tuple{cameraHeight, "cameraHeight", &p.cameraHeightM}})
            if (!readNumber(cell(c), *target))
                problems << FormatsText::tr("%1: %2 \"%3\" is not a number (write decimals with a point: 52.7).")
                                .arg(where, QString::fromLatin1(field), cell(c));
        if (!readNumber(cell(uncertainty), p.coordinateUncertaintyM))
            problems << FormatsText::tr("%1: coordinateUncertainty \"%2\" is not a whole number of metres.")
                            .arg(where, cell(uncertainty));
        // One clock column may hold a zone name or an offset, as people write either.
        for (const QString& clock : {cell(timezone), cell(utcOffset)}) {
            if (clock.isEmpty())
                continue;
            if (const auto offset = parseUtcOffset(clock)) {
                p.utcOffsetSeconds = offset;
                p.timeZone.clear();
            } else {
                p.timeZone = clock;
                p.utcOffsetSeconds.reset();
            }
        }
        for (const QString& problem : p.problems())
            problems << QStringLiteral("%1 (%2): %3").arg(where, name, problem);
        out.push_back(p);
    }
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n')) +
                     FormatsText::tr("\nNothing was changed; fix the file and import it again.")};
    return out;
}

Result<int> importDeploymentsCsv(Project& project, const QString& path, const QString& source)
{
    auto records = readDeploymentsCsv(project, path);
    if (!records)
        return records.error();
    if (Status s = setDeploymentProperties(project, records.value(), source); !s)
        return s.error();
    return static_cast<int>(records.value().size());
}

} // namespace trapline::formats
