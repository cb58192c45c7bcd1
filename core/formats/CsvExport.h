#pragma once

#include "Result.h"

#include <QByteArray>
#include <QStringList>

#include <cstdint>

namespace trapline {
class Project;
}

namespace trapline::formats {

struct CsvExportOptions {
    bool reviewedOnly = false; // only observations people made or confirmed
};

// One row per observation, with Timelapse-style columns: File, RelativePath, Folder, DateTime, Deployment,
// SequenceID, FrameInSequence, ObservationType, ScientificName, CommonName, Count, IndividualID, Method,
// Confidence, ClassifiedBy, BoxX, BoxY, BoxWidth, BoxHeight (normalised), Notes.
Result<QByteArray> exportObservationsCsv(Project& project, const CsvExportOptions& options = {});

struct CsvImportSummary {
    std::int64_t rows = 0;
    std::int64_t matched = 0;
    std::int64_t observations = 0;
    QStringList unmatched;
};

// A species-per-file CSV: a file column (file, File, filename, RelativePath) and a species column (species,
// scientificName, ScientificName, label), optionally count. Empty, "empty" and "blank" mean an empty image. The
// whole file is checked first and written in one transaction.
Result<CsvImportSummary> importSpeciesCsv(Project& project, const QString& path);

} // namespace trapline::formats
