#include "InstalledModels.h"

#include "ModelFolders.h"
#include "Tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace trapline::models {

namespace {

// Where a file a manifest names is: beside the manifest, else in the models folders (as ModelManifest finds it).
bool modelFileFound(const QDir& dir, const QString& relative)
{
    return QFileInfo(QDir::cleanPath(dir.filePath(relative))).isFile() ||
           !findInstalledFile(QFileInfo(relative).fileName()).isEmpty();
}

} // namespace

Result<InstalledManifest> describeManifest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{InferenceText::tr("Cannot read the model manifest %1: %2").arg(path, file.errorString())};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject())
        return Error{InferenceText::tr("The model manifest %1 is not valid JSON.").arg(path)};
    const QJsonObject json = doc.object();
    InstalledManifest m;
    m.path = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).absoluteFilePath();
    m.name = json.value(QStringLiteral("name")).toString(QFileInfo(path).completeBaseName());
    m.kind = json.value(QStringLiteral("kind")).toString();
    m.shipped = path.startsWith(QLatin1Char(':'));
    const QDir dir = QFileInfo(path).absoluteDir();
    QStringList missing;
    for (const QString& key : {QStringLiteral("weights"), QStringLiteral("config"), QStringLiteral("classes")}) {
        const QJsonValue value = json.value(key);
        if (value.isString() && !value.toString().isEmpty() && !modelFileFound(dir, value.toString()))
            missing << value.toString();
    }
    if (!missing.isEmpty())
        m.problem = missingModelFileSentence(m.name, missing);
    return m;
}

std::vector<InstalledManifest> installedManifests()
{
    std::vector<InstalledManifest> out;
    QSet<QString> fileNames;
    auto add = [&](const QString& path) {
        if (auto m = describeManifest(path)) {
            out.push_back(std::move(m).value());
            fileNames.insert(QFileInfo(path).fileName());
        }
    };
    for (const QString& folder : modelSearchFolders())
        for (const QFileInfo& f : QDir(folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            if (f.fileName() != QLatin1String("model-catalogue.json"))
                add(f.absoluteFilePath());
    // A package installs the shipped manifests into share/trapline/models too: list each once.
    for (const QString& path : shippedManifests())
        if (!fileNames.contains(QFileInfo(path).fileName()))
            add(path);
    return out;
}

Result<QStringList> removeDownloadedFile(const QString& fileName)
{
    const QDir folder(userModelsFolder());
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')) || fileName.startsWith(QLatin1Char('.')))
        return Error{InferenceText::tr("Name a catalogue model or a file in %1.").arg(folder.path())};
    QStringList removed;
    for (const QString& name : {fileName, fileName + QStringLiteral(".part")}) {
        const QString path = folder.filePath(name);
        if (!QFileInfo(path).isFile())
            continue;
        if (!QFile::remove(path))
            return Error{
                InferenceText::tr("Cannot remove %1: check that you may write to %2.").arg(path, folder.path())};
        removed << path;
    }
    if (removed.isEmpty())
        return Error{InferenceText::tr("%1 is not installed in %2.").arg(fileName, folder.path())};
    return removed;
}

} // namespace trapline::models
