#pragma once

#include "Result.h"
#include "project/DeploymentProperties.h"

#include <QString>

#include <vector>

namespace trapline {
class Project;
}

namespace trapline::formats {

// A deployments table in the shape of Camtrap DP's deployments.csv: deploymentID (the deployment's name in the
// project, or the ID of an imported package) and any of locationName, latitude, longitude, coordinateUncertainty,
// cameraModel, cameraHeight, timezone (an IANA name such as Europe/Paris, or an offset such as +02:00) and
// utcOffset. An empty cell keeps what the project has. Every row is checked first; an unknown deployment or a bad
// value fails the whole file with its line and field, and nothing is changed.
// Returns the deployments' properties as they will be after the import.
Result<std::vector<DeploymentProperties>> readDeploymentsCsv(Project& project, const QString& path);
// Reads the file and saves it in one transaction (audited as `source`); returns how many rows it applied.
Result<int> importDeploymentsCsv(Project& project, const QString& path, const QString& source);

} // namespace trapline::formats
