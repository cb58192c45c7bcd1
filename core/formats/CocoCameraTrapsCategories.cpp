#include "CocoCameraTrapsPrivate.h"

namespace trapline::formats::coco {

// ---- categories: the names LILA datasets use, and what they mean to Trapline ----

QString categoryOf(const QString& type, const QString& taxon)
{
    if (type == u"blank")
        return QStringLiteral("empty");
    if (type == u"animal" && !taxon.isEmpty())
        return taxon;
    return type; // human, vehicle, unknown, unclassified, or an animal of no known taxon
}

QString typeOfCategory(const QString& category)
{
    const QString c = category.trimmed().toLower();
    if (c == u"empty" || c == u"blank")
        return QStringLiteral("blank");
    if (c == u"human" || c == u"person")
        return QStringLiteral("human");
    if (c == u"vehicle" || c == u"car")
        return QStringLiteral("vehicle");
    if (c == u"unknown" || c == u"unclassified")
        return c;
    return QStringLiteral("animal");
}

bool namesTaxon(const QString& category)
{
    return typeOfCategory(category) == u"animal" && category.trimmed().compare(u"animal", Qt::CaseInsensitive) != 0;
}

std::int64_t defaultCount(const QString& type)
{
    return type == u"blank" ? 0 : 1;
}

} // namespace trapline::formats::coco
