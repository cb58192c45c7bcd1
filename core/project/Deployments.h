#pragma once

#include "DeploymentProperties.h"
#include "Result.h"

#include <vector>

namespace trapline {

class Project;

// Reading and editing deployment properties (declared apart from Project.h, which nearly every file includes, so
// that this API can grow without rebuilding them). Writes check every record first and change all of them in one
// transaction, with an audit entry holding the values before and after, or change nothing.
Result<DeploymentProperties> deploymentProperties(Project& project, std::int64_t deploymentId);
Result<std::vector<DeploymentProperties>> allDeploymentProperties(Project& project);
// By the deployment's name in the project, or by the deploymentID an imported package gave it.
Result<std::int64_t> deploymentIdByName(Project& project, const QString& name);
Status setDeploymentProperties(Project& project, const std::vector<DeploymentProperties>& records, const QString& source,
                               const QString& actor = {});

} // namespace trapline
