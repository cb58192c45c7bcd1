#pragma once

#include "FineTuning.h"
#include "Result.h"

#include <QJsonObject>

#include <optional>
#include <vector>

namespace trapline {
class Project;
}

namespace trapline::training {

// A model trained in the project: where it is, what it came from and how it did.
struct ModelVersion {
    std::int64_t id = 0;
    TrainingKind kind = TrainingKind::Classifier;
    QString name;
    QString manifestPath;
    QString baseManifest;
    std::optional<std::int64_t> parentId; // the version it was compared with: the active one then, else the newest
    QJsonObject report;
    std::int64_t createdMs = 0;
    QString actor;
    bool active = false;
};

// Newest first.
Result<std::vector<ModelVersion>> listModelVersions(Project& project, std::optional<TrainingKind> kind = std::nullopt);
Result<std::int64_t> registerModelVersion(Project& project, const TrainingReport& report, const QJsonObject& reportJson,
                                          std::optional<std::int64_t> parentId);
// The model inference uses for this kind unless told otherwise; an empty path clears it.
Status setActiveModel(Project& project, TrainingKind kind, const QString& manifestPath);
Result<QString> activeModel(Project& project, TrainingKind kind);

} // namespace trapline::training
