#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>

namespace trapline::taxonomy {

// Where a deployment is: ISO 3166-1 alpha-3 country ("KEN") and, optionally, a first-level region (a US state,
// "CA"), as SpeciesNet's geofence takes them.
struct Location {
    QString country;
    QString admin1Region;
};

// SpeciesNet's geofence (geofence_release.json in its model folder): per taxon ("class;order;family;genus;species"),
// the countries (and regions) where it is allowed and where it is blocked. The rules read as
// speciesnet/geofence_utils.py's should_geofence_animal_classification reads them.
class Geofence {
public:
    static Result<Geofence> load(const QString& path);
    static Geofence fromJson(const QJsonObject& json);

    // Whether a prediction of `label` (a 7-field SpeciesNet label) is impossible at `where`. Error for a country
    // code that is not 3 letters or a region that is not 2, as SpeciesNet refuses them.
    Result<bool> excludes(const QString& label, const Location& where) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    struct Rules {
        std::map<QString, QStringList> allow; // country -> regions (empty: the whole country)
        std::map<QString, QStringList> block;
    };
    QHash<QString, Rules> m_rules;
};

} // namespace trapline::taxonomy
