#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace trapline::models {

// A model manifest found in the models folders or shipped with Trapline, as a list of models to choose from shows
// it. Read without loading the model or hashing its weights, so that listing stays instant with large models.
struct InstalledManifest {
    QString path;    // the manifest (":/trapline/models/..." for a shipped one)
    QString name;    // its "name", else its file name
    QString kind;    // detector, classifier, embedder, as the manifest says
    QString problem; // empty when every file it names is found; else one sentence saying where to put them
    bool shipped = false;
    bool ready() const { return problem.isEmpty(); }
};

// The manifests in the model search folders (modelSearchFolders()), then the shipped ones that no folder holds a
// file of the same name for. A manifest that is not valid JSON is left out.
std::vector<InstalledManifest> installedManifests();
// One manifest, described the same way; an Error when it cannot be read or is not a JSON object.
Result<InstalledManifest> describeManifest(const QString& path);

// Deletes a downloaded model file and any unfinished download of it (FILE.part) from the per-user models folder.
// Returns the paths removed; an Error when the name is not a plain file name, nothing was there, or a file could
// not be removed.
Result<QStringList> removeDownloadedFile(const QString& fileName);

} // namespace trapline::models
