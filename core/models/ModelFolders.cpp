#include "ModelFolders.h"

#include "ModelCatalogue.h"
#include "Tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace trapline::models {

namespace {

const QString kShipped = QStringLiteral(":/trapline/models");

QStringList manifestsIn(const QString& folder)
{
    QStringList out;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        if (name != QLatin1String("model-catalogue.json"))
            out << dir.filePath(name);
    return out;
}

QString manifestName(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("name")).toString();
}

} // namespace

QString userModelsFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("trapline/models"));
}

QStringList extraModelFolders()
{
    QStringList out;
    const QString path = qEnvironmentVariable("TRAPLINE_MODEL_PATH");
    for (const QString& folder : path.split(QDir::listSeparator(), Qt::SkipEmptyParts))
        if (QFileInfo(folder).isDir())
            out << QDir(folder).absolutePath();
    return out;
}

QStringList modelSearchFolders()
{
    QStringList out{userModelsFolder()};
    out << extraModelFolders();
    for (const QString& folder : QStandardPaths::locateAll(
             QStandardPaths::GenericDataLocation, QStringLiteral("trapline/models"), QStandardPaths::LocateDirectory))
        out << QDir(folder).absolutePath();
    out.removeDuplicates();
    return out;
}

QStringList shippedManifests()
{
    return manifestsIn(kShipped);
}

QString findInstalledFile(const QString& fileName)
{
    if (fileName.isEmpty())
        return {};
    for (const QString& folder : modelSearchFolders()) {
        const QString candidate = QDir(folder).filePath(fileName);
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

Result<QString> resolveManifest(const QString& nameOrPath)
{
    // Something that looks like a path is one: its manifest's own error says what is wrong with it.
    if (QFileInfo(nameOrPath).isFile() || nameOrPath.contains(QLatin1Char('/')))
        return nameOrPath;
    QString wanted = nameOrPath;
    if (wanted.endsWith(QLatin1String(".json")))
        wanted.chop(5);
    // A catalogue id stands for the model's name, so "megadetector-v5a" finds the converted "MegaDetector v5a".
    QString catalogueName;
    if (const CatalogueEntry* e = ModelCatalogue::current().find(wanted))
        catalogueName = e->name;
    QStringList candidates;
    for (const QString& folder : modelSearchFolders())
        candidates << manifestsIn(folder);
    candidates << shippedManifests();
    for (const QString& path : candidates) {
        const QString name = manifestName(path);
        if (QFileInfo(path).completeBaseName().compare(wanted, Qt::CaseInsensitive) == 0 ||
            name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (!catalogueName.isEmpty() && name.compare(catalogueName, Qt::CaseInsensitive) == 0))
            return path;
    }
    return Error{InferenceText::tr("There is no model file or installed model called \"%1\" (looked in %2); "
                                "\"trapline-cli models installed\" lists the installed models.")
                     .arg(nameOrPath, modelSearchFolders().join(QStringLiteral(", ")))};
}

QString missingModelFileSentence(const QString& modelName, const QStringList& fileNames)
{
    const QString files = fileNames.join(QStringLiteral(", "));
    for (const CatalogueEntry& e : ModelCatalogue::current().entries)
        if (e.download.downloadable() && fileNames.contains(e.download.file))
            return InferenceText::tr("The model \"%1\" is missing %2: put it in %3 (or next to the manifest), or run "
                                  "\"trapline-cli models download %4\".")
                .arg(modelName, files, userModelsFolder(), e.id);
    return InferenceText::tr("The model \"%1\" is missing %2: put it in %3 (or next to the manifest).")
        .arg(modelName, files, userModelsFolder());
}

} // namespace trapline::models
