#pragma once

#include "ModelCatalogue.h"
#include "Result.h"
#include "jobs/JobControl.h"

#include <QString>
#include <QUrl>

namespace trapline::models {

struct DownloadOptions {
    QString folder;    // where the model goes; empty: userModelsFolder()
    QUrl mirror;       // another address for the same file; the catalogue's checksum still applies
    QString localFile; // "use a file I already have": checked and copied instead of downloaded
    bool licenceAccepted = false;
    int stallTimeoutMs = 60000; // a transfer that receives nothing for this long fails (and can be resumed)
};

struct DownloadOutcome {
    QString path;           // the installed file
    qint64 bytes = 0;       // its size
    qint64 resumedFrom = 0; // bytes that were already there from an interrupted download
    QString checksum;       // "md5 ..." or "sha256 ..." that was verified; empty when upstream publishes none
};

// Fetches a catalogue model into the models folder as FILE.part and renames it to FILE once complete and verified.
// A cut or cancelled download keeps FILE.part and the next call resumes it with an HTTP Range request. A file whose
// checksum does not match is deleted and the Error names both checksums. A licence that must be accepted and was
// not is refused before anything is fetched. Runs its own event loop: call it from any thread, like a job's work.
Result<DownloadOutcome> downloadModel(const CatalogueEntry& entry, const DownloadOptions& options, JobControl& control);

// The lowercase hex digest of a file ("md5" or "sha256"); empty when it cannot be read.
QString fileDigest(const QString& path, const QString& algorithm);

} // namespace trapline::models
