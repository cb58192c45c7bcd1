#include "Deployments.h"
#include "Tr.h"

#include "Project.h"

#include <QJsonDocument>

namespace trapline {

namespace {

constexpr const char* kColumns =
    "SELECT id, name, location_name, latitude, longitude, coordinate_uncertainty_m, time_zone, utc_offset_s,"
    " camera_model, camera_height_m, start_ms, end_ms, country_code, admin1_region FROM deployments";

std::optional<int> optInt(const db::Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return static_cast<int>(st.integer(column));
}

DeploymentProperties readProperties(const db::Statement& st)
{
    DeploymentProperties p;
    p.id = st.integer(0);
    p.name = st.text(1);
    p.locationName = st.text(2);
    p.latitude = st.optReal(3);
    p.longitude = st.optReal(4);
    p.coordinateUncertaintyM = optInt(st, 5);
    p.timeZone = st.text(6);
    p.utcOffsetSeconds = optInt(st, 7);
    p.cameraModel = st.text(8);
    p.cameraHeightM = st.optReal(9);
    p.startMs = st.optInteger(10);
    p.endMs = st.optInteger(11);
    p.countryCode = st.text(12);
    p.admin1Region = st.text(13);
    return p;
}

std::optional<QString> optText(const QString& s)
{
    if (s.trimmed().isEmpty())
        return std::nullopt;
    return s.trimmed();
}

} // namespace

Result<DeploymentProperties> deploymentProperties(Project& project, std::int64_t deploymentId)
{
    try {
        auto& st = project.db().cached(std::string(kColumns) + " WHERE id = ?1");
        st.bind(1, deploymentId);
        if (!st.step())
            return Error{ProjectText::tr("There is no deployment %1 in this project.").arg(deploymentId)};
        DeploymentProperties p = readProperties(st);
        st.reset();
        return p;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot read deployment %1").arg(deploymentId), e);
    }
}

Result<std::vector<DeploymentProperties>> allDeploymentProperties(Project& project)
{
    try {
        auto& st = project.db().cached(std::string(kColumns) + " ORDER BY name");
        std::vector<DeploymentProperties> out;
        while (st.step())
            out.push_back(readProperties(st));
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot list deployments"), e);
    }
}

Result<std::int64_t> deploymentIdByName(Project& project, const QString& name)
{
    try {
        // A package imported earlier names its deployments by their deploymentID; a folder import by the folder.
        auto& st = project.db().cached("SELECT id FROM deployments WHERE name = ?1 OR external_id = ?1 ORDER BY name = ?1 DESC");
        st.bind(1, name);
        if (!st.step())
            return Error{ProjectText::tr("There is no deployment \"%1\" in %2. See the names with: trapline-cli "
                                         "deployments list %2")
                             .arg(name, project.path())};
        const auto id = st.integer(0);
        st.reset();
        return id;
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot find deployment %1").arg(name), e);
    }
}

Status setDeploymentProperties(Project& project, const std::vector<DeploymentProperties>& records, const QString& source,
                               const QString& actor)
{
    QStringList problems;
    for (const DeploymentProperties& p : records)
        for (const QString& problem : p.problems())
            problems << QStringLiteral("%1: %2").arg(p.name.isEmpty() ? QString::number(p.id) : p.name, problem);
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n')) + ProjectText::tr("\nNothing was changed.")};
    try {
        db::Transaction tx(project.db());
        for (const DeploymentProperties& p : records) {
            auto before = deploymentProperties(project, p.id);
            if (!before)
                return Error{before.error().message + ProjectText::tr(" Nothing was changed.")};
            if (before.value() == p)
                continue;
            project.db()
                .cached("UPDATE deployments SET location_name = ?2, latitude = ?3, longitude = ?4,"
                        " coordinate_uncertainty_m = ?5, time_zone = ?6, utc_offset_s = ?7, camera_model = ?8,"
                        " camera_height_m = ?9, start_ms = ?10, end_ms = ?11, country_code = ?12,"
                        " admin1_region = ?13 WHERE id = ?1")
                .bind(1, p.id)
                .bind(2, optText(p.locationName))
                .bind(3, p.latitude)
                .bind(4, p.longitude)
                .bind(5, p.coordinateUncertaintyM)
                .bind(6, optText(p.timeZone))
                .bind(7, p.utcOffsetSeconds)
                .bind(8, optText(p.cameraModel))
                .bind(9, p.cameraHeightM)
                .bind(10, p.startMs)
                .bind(11, p.endMs)
                .bind(12, optText(p.countryCode))
                .bind(13, optText(p.admin1Region))
                .run();
            const QJsonObject details{{QStringLiteral("before"), before.value().toJson()}, {QStringLiteral("after"), p.toJson()}};
            project.audit({source, QStringLiteral("update"), QStringLiteral("deployments"), p.id,
                   QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), actor});
        }
        tx.commit();
        return okStatus();
    } catch (const db::DbError& e) {
        return databaseFailure(ProjectText::tr("Cannot save the deployment properties (nothing was changed)"), e);
    }
}

} // namespace trapline
