#include "Geofence.h"

#include "SpeciesNetTaxonomy.h"
#include "Tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace trapline::taxonomy {

namespace {

std::map<QString, QStringList> countries(const QJsonObject& json)
{
    std::map<QString, QStringList> out;
    for (auto it = json.begin(); it != json.end(); ++it) {
        QStringList regions;
        for (const QJsonValue& r : it.value().toArray())
            regions << r.toString();
        out[it.key()] = regions;
    }
    return out;
}

} // namespace

Result<Geofence> Geofence::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{InferenceText::tr("Cannot read the SpeciesNet geofence %1: %2").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{InferenceText::tr("The SpeciesNet geofence %1 is not valid JSON (%2).")
                         .arg(path, parseError.errorString())};
    return fromJson(doc.object());
}

Geofence Geofence::fromJson(const QJsonObject& json)
{
    Geofence g;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonObject rules = it.value().toObject();
        g.m_rules.insert(it.key(), Rules{countries(rules.value(QStringLiteral("allow")).toObject()),
                                         countries(rules.value(QStringLiteral("block")).toObject())});
    }
    return g;
}

Result<bool> Geofence::excludes(const QString& label, const Location& where) const
{
    if (where.country.isEmpty())
        return false;
    if (where.country.size() != 3)
        return Error{InferenceText::tr("The country code \"%1\" is not an ISO 3166-1 alpha-3 code (three letters, "
                                       "e.g. KEN).")
                         .arg(where.country)};
    if (!where.admin1Region.isEmpty() && where.admin1Region.size() != 2)
        return Error{InferenceText::tr("The region code \"%1\" is not a two-letter first-level region (e.g. the US "
                                       "state CA).")
                         .arg(where.admin1Region)};
    const auto parsed = SpeciesNetLabel::parse(label);
    if (!parsed)
        return Error{InferenceText::tr("\"%1\" is not a SpeciesNet label (7 fields separated by ';').").arg(label)};
    const auto rules = m_rules.constFind(parsed->fullClassString());
    if (rules == m_rules.constEnd())
        return false;
    const QString& region = where.admin1Region;
    if (!rules->allow.empty()) {
        const auto allowed = rules->allow.find(where.country);
        if (allowed == rules->allow.end())
            return true; // the country is not among those allowed
        if (!region.isEmpty() && !allowed->second.isEmpty() && !allowed->second.contains(region))
            return true; // allowed in some regions of the country, not in this one
    }
    const auto blocked = rules->block.find(where.country);
    if (blocked != rules->block.end()) {
        if (blocked->second.isEmpty())
            return true; // blocked in the whole country
        if (!region.isEmpty() && blocked->second.contains(region))
            return true;
    }
    return false;
}

} // namespace trapline::taxonomy
