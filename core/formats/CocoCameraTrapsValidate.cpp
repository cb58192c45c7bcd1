#include "CocoCameraTrapsPrivate.h"
#include "Tr.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <map>

namespace trapline::formats::coco {

namespace {

std::optional<std::int64_t> wholeNumber(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9e15)
        return std::nullopt;
    return static_cast<std::int64_t>(d);
}

// An id as other tools write them: a string, or a whole number (taken as its decimal text).
std::optional<QString> identifier(const QJsonValue& v)
{
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (const auto n = wholeNumber(v))
        return QString::number(static_cast<qint64>(*n));
    return std::nullopt;
}

bool absent(const QJsonValue& v)
{
    return v.isUndefined() || v.isNull();
}

Error notValid(const QString& path, const QString& where, const QString& what)
{
    return Error{
        FormatsText::tr("%1 is not valid COCO Camera Traps JSON: %2 %3. Nothing was imported.").arg(path, where, what)};
}

class CocoReader {
public:
    explicit CocoReader(QString path) : m_path(std::move(path)) {}
    Result<CocoFile> read();

private:
    Error invalid(const QString& where, const QString& what) const { return notValid(m_path, where, what); }
    Result<QJsonObject> readRoot() const;
    Status readImages(const QJsonValue& value);
    Result<CocoImage> readImage(const QJsonValue& value, qsizetype i) const;
    Status readSize(const QJsonObject& image, const QString& where, const char* key,
                    std::optional<std::int64_t>& out) const;
    Status readCategories(const QJsonValue& value);
    Status readAnnotations(const QJsonValue& value);
    Result<CocoAnnotation> readAnnotation(const QJsonValue& value, qsizetype i) const;
    Status readReferences(const QJsonObject& annotation, const QString& where, CocoAnnotation& a) const;
    Status readBox(const QJsonValue& value, const QString& where, CocoAnnotation& a) const;
    Status readCount(const QJsonValue& value, const QString& where, CocoAnnotation& a) const;

    QString m_path;
    CocoFile m_file;
    QHash<QString, qsizetype> m_imageIndex;
    std::map<std::int64_t, QString> m_categories;
};

Result<CocoFile> CocoReader::read()
{
    const auto root = readRoot();
    if (!root)
        return root.error();
    if (Status s = readImages(root.value().value(QStringLiteral("images"))); !s)
        return s.error();
    if (Status s = readCategories(root.value().value(QStringLiteral("categories"))); !s)
        return s.error();
    if (Status s = readAnnotations(root.value().value(QStringLiteral("annotations"))); !s)
        return s.error();
    return std::move(m_file);
}

Result<QJsonObject> CocoReader::readRoot() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{FormatsText::tr("Cannot read %1: %2").arg(m_path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(FormatsText::tr("at character %1:").arg(error.offset), error.errorString());
    if (!doc.isObject())
        return invalid(FormatsText::tr("the top level"),
                       FormatsText::tr("must be an object with \"images\", \"categories\" "
                                       "and \"annotations\""));
    return doc.object();
}

Status CocoReader::readImages(const QJsonValue& value)
{
    if (!value.isArray())
        return invalid(QStringLiteral("\"images\""), FormatsText::tr("is missing or not a list"));
    const QJsonArray images = value.toArray();
    m_file.images.reserve(static_cast<size_t>(images.size()));
    for (qsizetype i = 0; i < images.size(); ++i) {
        auto image = readImage(images[i], i);
        if (!image)
            return image.error();
        if (const auto seen = m_imageIndex.constFind(image.value().id); seen != m_imageIndex.constEnd())
            return invalid(QStringLiteral("images[%1].id").arg(i),
                           QStringLiteral("\"%1\" is the id of images[%2] too").arg(image.value().id).arg(*seen));
        m_imageIndex.insert(image.value().id, i);
        m_file.images.push_back(std::move(image).value());
    }
    return okStatus();
}

Result<CocoImage> CocoReader::readImage(const QJsonValue& value, qsizetype i) const
{
    const QString where = QStringLiteral("images[%1]").arg(i);
    if (!value.isObject())
        return invalid(where, FormatsText::tr("is not an object"));
    const QJsonObject o = value.toObject();
    CocoImage image;
    const auto id = identifier(o.value(QStringLiteral("id")));
    if (!id)
        return invalid(where + QStringLiteral(".id"),
                       FormatsText::tr("is missing (it must be a string or a whole number)"));
    image.id = *id;
    image.fileName = o.value(QStringLiteral("file_name")).toString().trimmed();
    if (image.fileName.isEmpty())
        return invalid(where + QStringLiteral(".file_name"), FormatsText::tr("is missing"));
    if (Status s = readSize(o, where, "width", image.width); !s)
        return s.error();
    if (Status s = readSize(o, where, "height", image.height); !s)
        return s.error();
    return image;
}

Status CocoReader::readSize(const QJsonObject& image, const QString& where, const char* key,
                            std::optional<std::int64_t>& out) const
{
    const QJsonValue v = image.value(QLatin1String(key));
    if (absent(v))
        return okStatus();
    out = wholeNumber(v);
    if (!out || *out <= 0)
        return invalid(where + QLatin1Char('.') + QLatin1String(key),
                       FormatsText::tr("must be a whole number of pixels"));
    return okStatus();
}

Status CocoReader::readCategories(const QJsonValue& value)
{
    if (!value.isArray())
        return invalid(QStringLiteral("\"categories\""), FormatsText::tr("is missing or not a list"));
    const QJsonArray categories = value.toArray();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString where = QStringLiteral("categories[%1]").arg(i);
        const QJsonObject c = categories[i].toObject();
        const auto id = wholeNumber(c.value(QStringLiteral("id")));
        if (!id)
            return invalid(where + QStringLiteral(".id"), FormatsText::tr("must be a whole number"));
        const QString name = c.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty())
            return invalid(where + QStringLiteral(".name"), FormatsText::tr("is missing"));
        if (!m_categories.emplace(*id, name).second)
            return invalid(where + QStringLiteral(".id"),
                           FormatsText::tr("%1 is the id of another category too").arg(*id));
    }
    return okStatus();
}

Status CocoReader::readAnnotations(const QJsonValue& value)
{
    if (!value.isArray())
        return invalid(QStringLiteral("\"annotations\""), FormatsText::tr("is missing or not a list"));
    const QJsonArray annotations = value.toArray();
    m_file.annotations.reserve(static_cast<size_t>(annotations.size()));
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        auto a = readAnnotation(annotations[i], i);
        if (!a)
            return a.error();
        m_file.annotations.push_back(std::move(a).value());
    }
    return okStatus();
}

Result<CocoAnnotation> CocoReader::readAnnotation(const QJsonValue& value, qsizetype i) const
{
    const QString where = QStringLiteral("annotations[%1]").arg(i);
    if (!value.isObject())
        return invalid(where, FormatsText::tr("is not an object"));
    const QJsonObject o = value.toObject();
    CocoAnnotation a;
    a.index = i;
    // LILA always gives an id, but COCO readers do not need one: without it the observation has no external id.
    if (const QJsonValue id = o.value(QStringLiteral("id")); !absent(id)) {
        const auto text = identifier(id);
        if (!text)
            return invalid(where + QStringLiteral(".id"), FormatsText::tr("must be a string or a whole number"));
        a.id = *text;
    }
    if (Status s = readReferences(o, where, a); !s)
        return s.error();
    if (Status s = readBox(o.value(QStringLiteral("bbox")), where + QStringLiteral(".bbox"), a); !s)
        return s.error();
    if (Status s = readCount(o.value(QStringLiteral("count")), where + QStringLiteral(".count"), a); !s)
        return s.error();
    const QJsonValue level = o.value(QStringLiteral("sequence_level_annotation"));
    if (!absent(level) && !level.isBool())
        return invalid(where + QStringLiteral(".sequence_level_annotation"), FormatsText::tr("must be true or false"));
    a.sequenceLevel = level.toBool();
    return a;
}

Status CocoReader::readReferences(const QJsonObject& annotation, const QString& where, CocoAnnotation& a) const
{
    const auto image = identifier(annotation.value(QStringLiteral("image_id")));
    if (!image)
        return invalid(where + QStringLiteral(".image_id"), FormatsText::tr("is missing"));
    const auto found = m_imageIndex.constFind(*image);
    if (found == m_imageIndex.constEnd())
        return invalid(where + QStringLiteral(".image_id"), QStringLiteral("\"%1\" is not an image").arg(*image));
    a.image = *found;
    const auto category = wholeNumber(annotation.value(QStringLiteral("category_id")));
    if (!category)
        return invalid(where + QStringLiteral(".category_id"),
                       FormatsText::tr("must be the id of one of the categories"));
    const auto named = m_categories.find(*category);
    if (named == m_categories.end())
        return invalid(where + QStringLiteral(".category_id"),
                       FormatsText::tr("%1 is not in categories").arg(*category));
    a.category = named->second;
    return okStatus();
}

Status CocoReader::readBox(const QJsonValue& value, const QString& where, CocoAnnotation& a) const
{
    // No box (or an empty list, as some converters write): a label of the whole image or sequence.
    if (absent(value) || (value.isArray() && value.toArray().isEmpty()))
        return okStatus();
    const QJsonArray b = value.toArray();
    const auto notNumber = [](const QJsonValue& v) { return !v.isDouble() || !std::isfinite(v.toDouble()); };
    if (!value.isArray() || b.size() != 4 || std::any_of(b.begin(), b.end(), notNumber))
        return invalid(where, FormatsText::tr("must be 4 numbers [x, y, width, height] in pixels"));
    if (b[2].toDouble() < 0 || b[3].toDouble() < 0)
        return invalid(where, FormatsText::tr("has a negative width or height"));
    a.bbox = Box{b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble()};
    return okStatus();
}

Status CocoReader::readCount(const QJsonValue& value, const QString& where, CocoAnnotation& a) const
{
    if (absent(value))
        return okStatus();
    a.count = wholeNumber(value);
    if (!a.count || *a.count < 0)
        return invalid(where, FormatsText::tr("must be a whole number from 0 up"));
    if (*a.count > 0 && typeOfCategory(a.category) == u"blank")
        return invalid(where,
                       FormatsText::tr("is %1 for the category \"%2\" (an empty image)").arg(*a.count).arg(a.category));
    return okStatus();
}

} // namespace

Result<CocoFile> readCocoFile(const QString& path)
{
    return CocoReader(path).read();
}

} // namespace trapline::formats::coco
