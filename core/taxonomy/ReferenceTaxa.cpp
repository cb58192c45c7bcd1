#include "ReferenceTaxa.h"

#include "Logging.h"
#include "SpeciesNetTaxonomy.h"

#include <QFile>
#include <QSet>

namespace trapline::taxonomy {

namespace {

const QString kResource = QStringLiteral(":/trapline/taxonomy/speciesnet/taxonomy_release.txt");

std::vector<ReferenceTaxon> readTaxa()
{
    std::vector<ReferenceTaxon> taxa;
    QFile file(kResource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(log::inference) << "The built-in SpeciesNet taxonomy cannot be read:" << file.errorString();
        return taxa;
    }
    QSet<QString> seen;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const auto label = SpeciesNetLabel::parse(line.trimmed());
        if (!label || label->observationType() != u"animal")
            continue;
        const QString scientific = label->scientificName();
        if (scientific.isEmpty() || seen.contains(scientific.toLower()))
            continue;
        seen.insert(scientific.toLower());
        taxa.push_back({scientific, label->displayCommonName()});
    }
    return taxa;
}

} // namespace

QString ReferenceTaxon::displayName() const
{
    return commonName.isEmpty() ? scientificName : QStringLiteral("%1 (%2)").arg(scientificName, commonName);
}

const std::vector<ReferenceTaxon>& speciesNetTaxa()
{
    static const std::vector<ReferenceTaxon> taxa = readTaxa();
    return taxa;
}

} // namespace trapline::taxonomy
