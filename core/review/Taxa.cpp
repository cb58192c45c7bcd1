#include "Taxa.h"
#include "Tr.h"

#include "Clock.h"
#include "project/Project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace trapline::review {

namespace {

constexpr const char* kTaxonColumns =
    "t.id, t.scientific_name, coalesce(t.common_name, ''),"
    " (SELECT count(*) FROM observations o WHERE o.taxon_id = t.id AND o.method = 'human')";

Taxon readTaxon(const db::Statement& st)
{
    return Taxon{st.integer(0), st.text(1), st.text(2), st.integer(3)};
}

// "plains zebra (Equus quagga)" -> "Equus quagga"; a plain name is returned as it is.
QString scientificPart(const QString& typed)
{
    static const QRegularExpression inParentheses(QStringLiteral("\\(([^()]+)\\)\\s*$"));
    const auto match = inParentheses.match(typed);
    return match.hasMatch() ? match.captured(1).trimmed() : typed.trimmed();
}

bool looksScientific(const QString& name)
{
    static const QRegularExpression binomial(QStringLiteral("^[A-Z][a-z-]+( [a-z-]+){0,2}$"));
    static const QRegularExpression higher(QStringLiteral("^[A-Z][a-z]+$"));
    return binomial.match(name).hasMatch() || higher.match(name).hasMatch();
}

} // namespace

QString Taxon::displayName() const
{
    if (commonName.isEmpty())
        return scientificName;
    return QStringLiteral("%1 (%2)").arg(commonName, scientificName);
}

Result<std::vector<Taxon>> listTaxa(Project& project)
{
    try {
        auto& st = project.db().cached(std::string("SELECT ") + kTaxonColumns +
                                       " FROM taxa t ORDER BY 4 DESC, coalesce(t.common_name, t.scientific_name)");
        std::vector<Taxon> out;
        while (st.step())
            out.push_back(readTaxon(st));
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(ReviewText::tr("Cannot list the project's species"), e);
    }
}

Result<Taxon> taxon(Project& project, std::int64_t id)
{
    try {
        auto& st = project.db().cached(std::string("SELECT ") + kTaxonColumns + " FROM taxa t WHERE t.id = ?1");
        st.bind(1, id);
        if (!st.step())
            return Error{ReviewText::tr("There is no taxon %1 in this project.").arg(id)};
        Taxon t = readTaxon(st);
        st.reset();
        return t;
    } catch (const db::DbError& e) {
        return databaseFailure(ReviewText::tr("Cannot read taxon %1").arg(id), e);
    }
}

Result<std::int64_t> ensureTaxon(Project& project, const QString& typed)
{
    const QString name = scientificPart(typed);
    if (name.isEmpty())
        return Error{ReviewText::tr("Type a species name (scientific or common).")};
    try {
        auto& db = project.db();
        auto& find = db.cached("SELECT id FROM taxa WHERE lower(scientific_name) = lower(?1) OR lower(common_name) = lower(?1)"
                               " ORDER BY lower(scientific_name) = lower(?1) DESC LIMIT 1");
        find.bind(1, name);
        if (find.step()) {
            const auto id = find.integer(0);
            find.reset();
            return id;
        }
        // A common name becomes a taxon of its own, named by it, until someone gives the scientific name.
        db.cached("INSERT INTO taxa(scientific_name, common_name) VALUES (?1, ?2)")
            .bind(1, name)
            .bind(2, looksScientific(name) ? QString() : name)
            .run();
        const auto id = db.lastInsertId();
        project.audit({QStringLiteral("review"), QStringLiteral("insert"), QStringLiteral("taxa"), id,
                       QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), name}}).toJson(QJsonDocument::Compact)),
                       {}});
        return id;
    } catch (const db::DbError& e) {
        return databaseFailure(ReviewText::tr("Cannot add the species \"%1\"").arg(name), e);
    }
}

Result<std::int64_t> ensureTaxon(Project& project, const QString& scientificName, const QString& commonName)
{
    const QString name = scientificName.trimmed();
    if (name.isEmpty())
        return Error{ReviewText::tr("Type a species name (scientific or common).")};
    try {
        auto& db = project.db();
        auto& find = db.cached("SELECT id, coalesce(common_name, '') FROM taxa WHERE lower(scientific_name) = lower(?1)"
                               " LIMIT 1");
        find.bind(1, name);
        if (find.step()) {
            const auto id = find.integer(0);
            const bool noCommonName = find.text(1).isEmpty();
            find.reset();
            if (noCommonName && !commonName.isEmpty())
                db.cached("UPDATE taxa SET common_name = ?2 WHERE id = ?1").bind(1, id).bind(2, commonName).run();
            return id;
        }
        db.cached("INSERT INTO taxa(scientific_name, common_name) VALUES (?1, ?2)")
            .bind(1, name)
            .bind(2, commonName.isEmpty() ? std::optional<QString>() : std::optional<QString>(commonName))
            .run();
        const auto id = db.lastInsertId();
        project.audit({QStringLiteral("review"),
                       QStringLiteral("insert"),
                       QStringLiteral("taxa"),
                       id,
                       QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), name},
                                                                   {QStringLiteral("common_name"), commonName}})
                                             .toJson(QJsonDocument::Compact)),
                       {}});
        return id;
    } catch (const db::DbError& e) {
        return databaseFailure(ReviewText::tr("Cannot add the species \"%1\"").arg(name), e);
    }
}

Result<std::vector<std::optional<Taxon>>> quickKeys(Project& project)
{
    auto taxa = listTaxa(project);
    if (!taxa)
        return taxa.error();
    return quickKeys(project, taxa.value());
}

Result<std::vector<std::optional<Taxon>>> quickKeys(Project& project, const std::vector<Taxon>& taxa)
{
    std::vector<std::optional<std::int64_t>> chosen(kQuickKeyCount);
    try {
        auto& st = project.db().cached("SELECT value FROM project_meta WHERE key = 'quick_keys'");
        if (st.step()) {
            const QJsonArray ids = QJsonDocument::fromJson(st.text(0).toUtf8()).array();
            for (int i = 0; i < kQuickKeyCount && i < ids.size(); ++i)
                if (ids[i].isDouble())
                    chosen[static_cast<size_t>(i)] = static_cast<std::int64_t>(ids[i].toDouble());
            st.reset();
        }
    } catch (const db::DbError& e) {
        return databaseFailure(ReviewText::tr("Cannot read the quick keys"), e);
    }
    std::vector<std::optional<Taxon>> keys(kQuickKeyCount);
    std::vector<bool> used(taxa.size(), false);
    auto byId = [&](std::int64_t id) -> std::optional<size_t> {
        for (size_t i = 0; i < taxa.size(); ++i)
            if (taxa[i].id == id)
                return i;
        return std::nullopt;
    };
    for (int k = 0; k < kQuickKeyCount; ++k)
        if (chosen[static_cast<size_t>(k)])
            if (auto i = byId(*chosen[static_cast<size_t>(k)])) {
                keys[static_cast<size_t>(k)] = taxa[*i];
                used[*i] = true;
            }
    size_t next = 0;
    for (int k = 0; k < kQuickKeyCount; ++k) {
        if (keys[static_cast<size_t>(k)] || chosen[static_cast<size_t>(k)])
            continue;
        while (next < used.size() && used[next])
            ++next;
        if (next == used.size())
            break;
        keys[static_cast<size_t>(k)] = taxa[next];
        used[next] = true;
    }
    return keys;
}

Status setQuickKeys(Project& project, const std::vector<std::optional<std::int64_t>>& taxonIds)
{
    QJsonArray ids;
    for (int k = 0; k < kQuickKeyCount; ++k) {
        const auto& id = static_cast<size_t>(k) < taxonIds.size() ? taxonIds[static_cast<size_t>(k)] : std::nullopt;
        ids.append(id ? QJsonValue(static_cast<double>(*id)) : QJsonValue());
    }
    const QString json = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    try {
        db::Transaction tx(project.db());
        project.db().cached("INSERT OR REPLACE INTO project_meta(key, value) VALUES ('quick_keys', ?1)").bind(1, json).run();
        project.audit({QStringLiteral("review"), QStringLiteral("update"), QStringLiteral("project_meta"), std::nullopt,
                       QStringLiteral("{\"quick_keys\": %1}").arg(json), {}});
        tx.commit();
        return okStatus();
    } catch (const db::DbError& e) {
        return databaseFailure(ReviewText::tr("Cannot save the quick keys"), e);
    }
}

Result<std::vector<Individual>> listIndividuals(Project& project)
{
    try {
        auto& st = project.db().cached("SELECT id, name, taxon_id FROM individuals ORDER BY name");
        std::vector<Individual> out;
        while (st.step())
            out.push_back({st.integer(0), st.text(1), st.optInteger(2)});
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(ReviewText::tr("Cannot list individuals"), e);
    }
}

Result<std::int64_t> createIndividual(Project& project, const QString& name, std::optional<std::int64_t> taxonId)
{
    if (name.trimmed().isEmpty())
        return Error{ReviewText::tr("Give the individual a name.")};
    try {
        db::Transaction tx(project.db());
        project.db().cached("INSERT INTO individuals(taxon_id, name, created_ms) VALUES (?1, ?2, ?3)")
            .bind(1, taxonId).bind(2, name.trimmed()).bind(3, Clock::nowMs()).run();
        const auto id = project.db().lastInsertId();
        project.audit({QStringLiteral("review"), QStringLiteral("insert"), QStringLiteral("individuals"), id,
                       QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("name"), name.trimmed()}})
                                             .toJson(QJsonDocument::Compact)),
                       {}});
        tx.commit();
        return id;
    } catch (const db::DbError& e) {
        return databaseFailure(ReviewText::tr("Cannot create the individual \"%1\"").arg(name), e);
    }
}

} // namespace trapline::review
