#pragma once

#include "ModelCatalogue.h"
#include "Result.h"
#include "jobs/JobControl.h"

#include <QString>
#include <QStringList>

namespace trapline::models {

struct ConversionOptions {
    QString python; // empty: $TRAPLINE_PYTHON, else python3 on the PATH
    QString folder; // where the TorchScript model and its manifest go; empty: userModelsFolder()
};

struct ConversionOutcome {
    QString manifestPath;
    QString log; // what the recipe printed
};

// Runs the catalogue entry's conversion recipe (tools/export_model.py, built into Trapline) on a published checkpoint
// with a Python that has PyTorch, through QProcess: the product itself needs no Python. Where none is found, or it
// lacks what the recipe needs, the Error gives the exact commands to run by hand. Recipes: "yolov5" (MegaDetector v5,
// v1000 redwood/spruce) and "ultralytics", "yolov10", "rt-detr" (MegaDetector v6, v1000 cedar/larch/sorrel).
Result<ConversionOutcome> convertModel(const CatalogueEntry& entry, const QString& checkpoint,
                                       const ConversionOptions& options, JobControl& control);

// The shell commands that convert `checkpoint` by hand, one per line, for a machine where Trapline finds no Python
// with PyTorch (folder empty: userModelsFolder()). tools/export_model.py is the script in Trapline's sources. Empty for
// an entry without a recipe.
QStringList manualConversionCommands(const CatalogueEntry& entry, const QString& checkpoint, const QString& folder);

} // namespace trapline::models
