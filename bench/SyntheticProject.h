#pragma once

namespace trapline {
class Project;
}

namespace trapline::bench {

// Fills a project with `mediaCount` synthetic media in 3-frame camera bursts spread over `deployments` cameras,
// 60 % of the sequences unreviewed, the rest machine-labelled or reviewed; one transaction, then a checkpoint.
void fillSyntheticProject(Project& project, int mediaCount, int deployments);

} // namespace trapline::bench
