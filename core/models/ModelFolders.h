#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace trapline::models {

// The per-user models folder: $XDG_DATA_HOME/trapline/models (~/.local/share/trapline/models). It is shared by
// trapline and trapline-cli, which have different application names, so it is not AppDataLocation.
QString userModelsFolder();
// The folders listed in TRAPLINE_MODEL_PATH (separated like PATH), which exist.
QStringList extraModelFolders();
// Where installed models are looked for, in order: the user folder, TRAPLINE_MODEL_PATH, then the system data
// folders (share/trapline/models, where packages install the shipped manifests).
QStringList modelSearchFolders();
// The manifests that ship with Trapline, built in (":/trapline/models/NAME.json").
QStringList shippedManifests();

// The first file called `fileName` in the model search folders; empty when there is none.
QString findInstalledFile(const QString& fileName);

// A --model argument: a manifest file as given, else an installed or shipped manifest by its file name (with or
// without .json), its "name", or a catalogue id. The Error says what was looked for and where.
Result<QString> resolveManifest(const QString& nameOrPath);

// One sentence for model files that are not installed anywhere: where to put it, and the download command when
// the catalogue has the file.
QString missingModelFileSentence(const QString& modelName, const QStringList& fileNames);

} // namespace trapline::models
