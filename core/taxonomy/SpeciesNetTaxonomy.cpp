#include "SpeciesNetTaxonomy.h"

#include "Tr.h"

#include <QFile>

namespace trapline::taxonomy {

namespace {

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

// "class;order;family;genus;species" of a 7-field label.
QString taxaOf(const QString& label)
{
    return label.section(QLatin1Char(';'), 1, 5);
}

} // namespace

std::optional<SpeciesNetLabel> SpeciesNetLabel::parse(const QString& label)
{
    const QStringList f = label.split(QLatin1Char(';'));
    if (f.size() != 7)
        return std::nullopt;
    return SpeciesNetLabel{f[0], f[1], f[2], f[3], f[4], f[5], f[6]};
}

QString SpeciesNetLabel::fullClassString() const
{
    return QStringList{taxonClass, order, family, genus, species}.join(QLatin1Char(';'));
}

QString SpeciesNetLabel::scientificName() const
{
    if (observationType() == u"unknown")
        return {};
    if (!species.isEmpty())
        return capitalised(genus) + QLatin1Char(' ') + species;
    for (const QString* rank : {&genus, &family, &order, &taxonClass})
        if (!rank->isEmpty())
            return capitalised(*rank);
    return {};
}

QString SpeciesNetLabel::displayCommonName() const
{
    return capitalised(commonName);
}

QString SpeciesNetLabel::observationType() const
{
    if (taxonClass == u"no cv result")
        return QStringLiteral("unknown");
    if (taxonClass.isEmpty() && commonName == u"blank")
        return QStringLiteral("blank");
    if (taxonClass.isEmpty() && commonName == u"vehicle")
        return QStringLiteral("vehicle");
    if (genus == u"homo" && species == u"sapiens")
        return QStringLiteral("human");
    return QStringLiteral("animal");
}

Result<SpeciesNetTaxonomy> SpeciesNetTaxonomy::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{InferenceText::tr("Cannot read the SpeciesNet taxonomy %1: %2").arg(path, file.errorString())};
    return fromLines(QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')));
}

SpeciesNetTaxonomy SpeciesNetTaxonomy::fromLines(const QStringList& lines)
{
    SpeciesNetTaxonomy t;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed(); // the release file has CRLF line ends
        if (line.isEmpty())
            continue;
        t.m_lines << line;
        t.m_byTaxa.insert(taxaOf(line), line);
    }
    for (const QString& special : {labels::kBlank, labels::kVehicle, labels::kUnknown})
        t.m_byTaxa.remove(taxaOf(special));
    for (const QString& special : {labels::kHuman, labels::kAnimal})
        t.m_byTaxa.insert(taxaOf(special), special);
    return t;
}

std::optional<QString> SpeciesNetTaxonomy::ancestorAt(const QString& label, Rank rank) const
{
    const auto l = SpeciesNetLabel::parse(label);
    if (!l)
        return std::nullopt;
    QStringList parts{l->taxonClass, l->order, l->family, l->genus, l->species};
    // The number of leading fields the ancestor keeps; the last of them must be present.
    int keep = 5;
    switch (rank) {
    case Rank::Species: keep = 5; break;
    case Rank::Genus: keep = 4; break;
    case Rank::Family: keep = 3; break;
    case Rank::Order: keep = 2; break;
    case Rank::Class: keep = 1; break;
    case Rank::Kingdom: keep = 0; break;
    }
    if (keep > 0 && parts[keep - 1].isEmpty())
        return std::nullopt;
    if (keep == 0 && l->taxonClass.isEmpty() && label != labels::kAnimal)
        return std::nullopt;
    for (int i = keep; i < 5; ++i)
        parts[i].clear();
    const auto it = m_byTaxa.constFind(parts.join(QLatin1Char(';')));
    if (it == m_byTaxa.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace trapline::taxonomy
