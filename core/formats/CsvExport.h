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
    bool reviewedOnly = false;      // only observations people made (method "human")
    bool includeBlanks = true;      // observations of type "blank"
    bool includeUnlabelled = false; // a row with empty labels for each media that has no observation exported
                                    // (blanks left out by includeBlanks still count as labels)
};

// A spreadsheet of observations, one row per observation, with Timelapse-style columns:
//   File (file name; the URL for media known only by URL), RelativePath (its folder below the image root, '/'
//   separated), Folder (the image root), DateTime ("YYYY-MM-DD HH:MM:SS", camera clock), Deployment, SequenceID,
//   FrameInSequence (1-based), ObservationType, ScientificName, CommonName, Count, IndividualID (the individual's
//   name), Method (human or machine), Confidence, ClassifiedBy, BoxX, BoxY, BoxWidth, BoxHeight (normalised to the
//   upright image; empty without a box), Notes.
// An observation of a whole sequence (event) names the sequence's first frame, with FrameInSequence empty and the
// sequence's start time. Rows are ordered by deployment, time and path.
Result<QByteArray> exportObservationsCsv(Project& project, const CsvExportOptions& options = {});

struct CsvImportSummary {
    std::int64_t rows = 0;           // data rows in the file
    std::int64_t matched = 0;        // rows whose file is a media of the project
    std::int64_t observations = 0;   // observations created
    std::int64_t blanks = 0;         // of which blank
    std::int64_t alreadyPresent = 0; // rows whose label an earlier CSV import had created already
    std::int64_t newTaxa = 0;
    QStringList unmatched;           // files with no media in the project
    QStringList ambiguous;           // files that fit several media (give more of the path)
};

// Imports a species-per-file CSV (',' ';' or tab separated, column names in any case):
//   file (or filename, file_name)             the image: a path relative to the image root, a longer or shorter
//                                             path, or a file name unique in the project
//   species (or scientificName, label)        empty, "empty" or "blank": an empty image; "human"/"person" and
//                                             "vehicle" set the observation type; anything else is a taxon
//   count                                     optional, a whole number
//   RelativePath                              optional (Timelapse): the file's folder, joined to File
//   observationType                           optional; rows with neither a type nor a species are skipped
// Each row becomes a media-level observation by a person (method "human", classified by "CSV import"). The whole
// file is checked before anything is written, then everything is written in one transaction with one audit entry:
// a bad line changes nothing and the message names it. Files not in the project are listed, not fatal. Importing
// the same labels again adds nothing.
Result<CsvImportSummary> importSpeciesCsv(Project& project, const QString& path);

} // namespace trapline::formats
