#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace trapline {
class Project;
}

namespace trapline::formats {

struct CamtrapDpExportOptions {
    bool includeMachine = true; // machine observations too, marked classificationMethod "machine"
    QString title;              // of the package; default: the project's file name
};

struct CamtrapDpSummary {
    std::int64_t deployments = 0;
    std::int64_t media = 0;
    std::int64_t observations = 0;
    std::int64_t events = 0;
    QStringList warnings; // e.g. deployments without coordinates (the standard requires them)
};

// Writes a Camtrap DP 1.0 data package (datapackage.json, deployments.csv, media.csv, observations.csv) into
// `folder`: media-level observations (with their boxes) and event-level observations (on sequences), IDs kept
// from an imported package, fields Trapline has no column for written back as they came.
Result<CamtrapDpSummary> exportCamtrapDp(Project& project, const QString& folder, const CamtrapDpExportOptions& options = {});

// Imports a Camtrap DP 1.0 package (its folder or its datapackage.json): deployments, media (local files are
// read like an import; URLs are kept as links), events as sequences, observations with boxes, taxa and
// individuals. The tables are checked against the standard's schemas first; a package that fails changes
// nothing and the message names the table, line and field.
Result<CamtrapDpSummary> importCamtrapDp(Project& project, const QString& packagePath);

} // namespace trapline::formats
