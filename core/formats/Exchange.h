#pragma once

#include "Result.h"
#include "TrainingExport.h"
#include "jobs/JobControl.h"

#include <QString>

#include <optional>

namespace trapline::formats {

// One entry point for every export and label import, shared by the CLI and the GUI's export dialog.
enum class ExchangeFormat { CamtrapDp, Coco, MegaDetector, Csv, TrainingCrops };

std::optional<ExchangeFormat> parseExchangeFormat(const QString& name); // camtrap-dp, coco, megadetector, csv, crops
QString exchangeFormatName(ExchangeFormat format);

struct ExportRequest {
    ExchangeFormat format = ExchangeFormat::CamtrapDp;
    QString out;                  // a folder (camtrap-dp, crops) or a file (coco, megadetector, csv)
    bool includeMachine = true;   // machine labels too (camtrap-dp, coco, csv)
    std::optional<std::int64_t> detectorModelId; // megadetector: whose results (default: the latest detector)
    TrainingExportOptions training;
};

// Exports the project; the result is a summary for people ("423 media, 549 observations ...").
Result<QString> exportProject(const QString& projectPath, const ExportRequest& request, JobControl& control);

// Imports labels from `file` (a folder or datapackage.json for camtrap-dp); all or nothing.
Result<QString> importLabels(const QString& projectPath, ExchangeFormat format, const QString& file);

} // namespace trapline::formats
