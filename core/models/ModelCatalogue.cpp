#include "ModelCatalogue.h"

#include "ModelFolders.h"
#include "Tr.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace trapline::models {

namespace {

const QString kFormat = QStringLiteral("trapline-model-catalogue/1");
const QString kBuiltIn = QStringLiteral(":/trapline/catalogue/model-catalogue.json");
const QString kUserFileName = QStringLiteral("model-catalogue.json");

struct Reader {
    QStringList problems;
    QString where; // "model 3 (megadetector-v5a)"

    void add(const QString& problem)
    {
        problems << (where.isEmpty() ? problem : where + QStringLiteral(": ") + problem);
    }

    // A string that must be present and not empty.
    QString required(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            add(InferenceText::tr("\"%1\" must be a non-empty string").arg(key));
            return {};
        }
        return v.toString();
    }

    // A string or null (unknown); anything else is a problem.
    QString optionalString(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            add(InferenceText::tr("\"%1\" must be a string or null").arg(key));
            return {};
        }
        return v.toString();
    }

    // An object or null; absent counts as null.
    QJsonObject optionalObject(const QJsonObject& o, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject()) {
            add(InferenceText::tr("\"%1\" must be an object or null").arg(key));
            return {};
        }
        return v.toObject();
    }

    QString checksum(const QJsonObject& o, const QString& key, int hexDigits)
    {
        const QString value = optionalString(o, key).toLower();
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
        if (!value.isEmpty() && (value.size() != hexDigits || !hex.match(value).hasMatch()))
            add(InferenceText::tr("\"download.%1\" must be %2 hexadecimal digits or null").arg(key).arg(hexDigits));
        return value;
    }
};

DownloadSpec readDownload(const QJsonObject& o, Reader& r)
{
    DownloadSpec d;
    d.url = r.optionalString(o, QStringLiteral("url"));
    d.file = r.optionalString(o, QStringLiteral("file"));
    d.note = r.optionalString(o, QStringLiteral("note"));
    if (!d.url.isEmpty() && !d.url.startsWith(QLatin1String("https://")) && !d.url.startsWith(QLatin1String("http://")))
        r.add(InferenceText::tr("\"download.url\" must be an http(s) address or null"));
    if (!d.url.isEmpty() && d.file.isEmpty())
        r.add(InferenceText::tr("\"download.file\" must name the file when there is a URL"));
    if (d.file.contains(QLatin1Char('/')) || d.file.contains(QLatin1Char('\\')) || d.file == QLatin1String("..") ||
        d.file == QLatin1String("."))
        r.add(InferenceText::tr("\"download.file\" must be a plain file name"));
    const QJsonValue size = o.value(QStringLiteral("size_bytes"));
    if (size.isDouble() && size.toDouble() > 0 && size.toDouble() == static_cast<double>(size.toInteger()))
        d.sizeBytes = size.toInteger();
    else if (!size.isNull() && !size.isUndefined())
        r.add(InferenceText::tr("\"download.size_bytes\" must be a positive whole number or null"));
    const QJsonValue published = o.value(QStringLiteral("size_text"));
    if (published.isString() && !published.toString().trimmed().isEmpty())
        d.sizeText = published.toString().trimmed();
    else if (!published.isNull() && !published.isUndefined())
        r.add(InferenceText::tr("\"download.size_text\" must be a text such as \"268 MB\" or null"));
    d.md5 = r.checksum(o, QStringLiteral("md5"), 32);
    d.sha256 = r.checksum(o, QStringLiteral("sha256"), 64);
    return d;
}

Licence readLicence(const QJsonObject& o, Reader& r)
{
    Licence l;
    l.name = r.required(o, QStringLiteral("name"));
    const QString terms = o.value(QStringLiteral("terms")).toString();
    if (terms == QLatin1String("open"))
        l.terms = LicenceTerms::Open;
    else if (terms == QLatin1String("non-commercial"))
        l.terms = LicenceTerms::NonCommercial;
    else if (terms == QLatin1String("agpl"))
        l.terms = LicenceTerms::Agpl;
    else if (terms == QLatin1String("unknown"))
        l.terms = LicenceTerms::Unknown;
    else
        r.add(InferenceText::tr("\"licence.terms\" must be open, non-commercial, agpl or unknown (found \"%1\")")
                  .arg(terms));
    const QJsonValue accept = o.value(QStringLiteral("must_accept"));
    if (!accept.isBool())
        r.add(InferenceText::tr("\"licence.must_accept\" must be true or false"));
    l.mustAccept = accept.toBool(true);
    // Non-commercial, AGPL and unknown terms bind the user: a catalogue may not wave them through.
    if (l.terms != LicenceTerms::Open && !l.mustAccept)
        r.add(InferenceText::tr("\"licence.must_accept\" must be true for %1 terms").arg(terms));
    return l;
}

CatalogueEntry readEntry(const QJsonObject& o, Reader& r)
{
    CatalogueEntry e;
    e.id = r.required(o, QStringLiteral("id"));
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9.-]*$"));
    if (!e.id.isEmpty() && !idPattern.match(e.id).hasMatch())
        r.add(InferenceText::tr("\"id\" must be lowercase letters, digits, dots and dashes"));
    e.name = r.required(o, QStringLiteral("name"));
    e.version = r.optionalString(o, QStringLiteral("version"));
    e.kind = r.required(o, QStringLiteral("kind"));
    if (!e.kind.isEmpty() && e.kind != QLatin1String("detector") && e.kind != QLatin1String("classifier") &&
        e.kind != QLatin1String("embedder"))
        r.add(InferenceText::tr("\"kind\" must be detector, classifier or embedder (found \"%1\")").arg(e.kind));
    e.architecture = r.optionalString(o, QStringLiteral("architecture"));
    if (!o.value(QStringLiteral("download")).isObject())
        r.add(InferenceText::tr("\"download\" must be an object (use null for what is unknown)"));
    e.download = readDownload(o.value(QStringLiteral("download")).toObject(), r);
    if (!o.value(QStringLiteral("licence")).isObject())
        r.add(InferenceText::tr("\"licence\" must be an object with name, terms and must_accept"));
    e.licence = readLicence(o.value(QStringLiteral("licence")).toObject(), r);
    e.input = r.optionalObject(o, QStringLiteral("input"));
    e.decoder = r.optionalString(o, QStringLiteral("decoder"));
    static const QSet<QString> decoders{QStringLiteral("yolov5"),     QStringLiteral("ultralytics"),
                                        QStringLiteral("yolov10"),    QStringLiteral("rt-detr"),
                                        QStringLiteral("logits"),     QStringLiteral("probabilities"),
                                        QStringLiteral("embedding"),  QStringLiteral("darknet-yolo"),
                                        QStringLiteral("fastestdet"), QStringLiteral("speciesnet")};
    if (!e.decoder.isEmpty() && !decoders.contains(e.decoder))
        r.add(InferenceText::tr("\"decoder\" \"%1\" is not one Trapline knows").arg(e.decoder));
    const QJsonValue classes = o.value(QStringLiteral("classes"));
    if (classes.isArray()) {
        for (const QJsonValue& c : classes.toArray()) {
            if (!c.isString())
                r.add(InferenceText::tr("\"classes\" must be a list of names or null"));
            e.classes << c.toString();
        }
    } else if (!classes.isNull() && !classes.isUndefined()) {
        r.add(InferenceText::tr("\"classes\" must be a list of names or null"));
    }
    e.labelsFile = r.optionalString(o, QStringLiteral("labels_file"));
    e.thresholds = r.optionalObject(o, QStringLiteral("thresholds"));
    const QJsonObject conversion = r.optionalObject(o, QStringLiteral("conversion"));
    e.recipe = r.optionalString(conversion, QStringLiteral("recipe"));
    e.conversionCommand = r.optionalString(conversion, QStringLiteral("command"));
    for (const QJsonValue& s : o.value(QStringLiteral("sources")).toArray())
        e.sources << s.toString();
    if (e.sources.isEmpty())
        r.add(InferenceText::tr("\"sources\" must name where the entry's facts come from"));
    return e;
}

} // namespace

const CatalogueEntry* ModelCatalogue::find(const QString& id) const
{
    for (const CatalogueEntry& e : entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

Result<ModelCatalogue> ModelCatalogue::parse(const QByteArray& json, const QString& origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return Error{InferenceText::tr("The model catalogue %1 is not valid JSON (%2 at character %3).")
                         .arg(origin, parseError.errorString())
                         .arg(parseError.offset)};
    const QJsonObject root = doc.object();
    Reader r;
    ModelCatalogue c;
    c.origin = origin;
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        r.add(InferenceText::tr("\"format\" must be \"%1\"").arg(kFormat));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1 || version.toDouble() != version.toInt())
        r.add(InferenceText::tr("\"version\" must be a whole number from 1"));
    c.version = version.toInt();
    c.updated = root.value(QStringLiteral("updated")).toString();
    if (!root.value(QStringLiteral("models")).isArray())
        r.add(InferenceText::tr("\"models\" must be a list"));
    const QJsonArray models = root.value(QStringLiteral("models")).toArray();
    QSet<QString> ids;
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QJsonObject o = models.at(i).toObject();
        r.where = InferenceText::tr("model %1").arg(i + 1);
        if (!models.at(i).isObject()) {
            r.add(InferenceText::tr("must be an object"));
            continue;
        }
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            r.where += QStringLiteral(" (%1)").arg(id);
        CatalogueEntry e = readEntry(o, r);
        if (!e.id.isEmpty() && ids.contains(e.id))
            r.add(InferenceText::tr("the id is used twice"));
        ids.insert(e.id);
        c.entries.push_back(std::move(e));
    }
    if (!r.problems.isEmpty())
        return Error{InferenceText::tr("The model catalogue %1 has problems:\n- %2")
                         .arg(origin, r.problems.join(QStringLiteral("\n- ")))};
    return c;
}

Result<ModelCatalogue> ModelCatalogue::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{InferenceText::tr("Cannot read the model catalogue %1: %2").arg(path, file.errorString())};
    return parse(file.readAll(), path);
}

ModelCatalogue ModelCatalogue::builtIn()
{
    auto c = loadFile(kBuiltIn);
    // The built-in file is tested (tst_model_library); failing here means the resource was not linked in.
    Q_ASSERT_X(c.ok(), "ModelCatalogue::builtIn", qPrintable(c.ok() ? QString() : c.error().message));
    return c ? c.value() : ModelCatalogue{};
}

ModelCatalogue ModelCatalogue::current(QString* warning)
{
    ModelCatalogue built = builtIn();
    const QString userPath = QDir(userModelsFolder()).filePath(kUserFileName);
    if (!QFileInfo::exists(userPath))
        return built;
    auto user = loadFile(userPath);
    if (!user) {
        if (warning)
            *warning =
                InferenceText::tr("%1\nUsing the catalogue built into Trapline instead.").arg(user.error().message);
        return built;
    }
    return user.value().version > built.version ? user.value() : built;
}

QString licenceTermsName(LicenceTerms terms)
{
    switch (terms) {
    case LicenceTerms::Open: return InferenceText::tr("open");
    case LicenceTerms::NonCommercial: return InferenceText::tr("non-commercial");
    case LicenceTerms::Agpl: return InferenceText::tr("AGPL");
    case LicenceTerms::Unknown: break;
    }
    return InferenceText::tr("terms unknown");
}

QString sizeText(const std::optional<qint64>& bytes)
{
    if (!bytes)
        return InferenceText::tr("size unknown");
    const double mb = static_cast<double>(*bytes) / 1e6;
    if (mb >= 1000)
        return InferenceText::tr("%1 GB").arg(mb / 1000, 0, 'f', 1);
    return InferenceText::tr("%1 MB").arg(mb, 0, 'f', mb < 10 ? 1 : 0);
}

QString sizeText(const DownloadSpec& download)
{
    if (!download.sizeBytes && !download.sizeText.isEmpty())
        return InferenceText::tr("about %1").arg(download.sizeText);
    return sizeText(download.sizeBytes);
}

} // namespace trapline::models
