#pragma once

#include <QString>

namespace trapline::ingest {

struct DeploymentRule {
    // When set, every imported file goes to this deployment (one camera whose images sit in several folders).
    QString fixedName;
    // 0: the folder that holds the image; 1: its parent; ... Camera folders named by the DCF standard
    // (DCIM, 100RECNX, 101MEDIA, ...) are skipped first, so a copied SD card needs no option.
    int levelsUp = 0;
};

// Names the deployment (camera at a site, for a period) an imported file belongs to, from the folder layout.
// The name is the folder path from the import root's own folder down to the chosen folder
// ("2024-spring/SiteA/CAM03"), so that cameras with the same folder name in two imports stay apart.
class DeploymentResolver {
public:
    DeploymentResolver(const QString& rootPath, DeploymentRule rule);

    struct Resolved {
        QString name;
        QString folder; // absolute path of the chosen folder
    };
    Resolved resolve(const QString& relPath) const;

    static bool isDcfFolderName(const QString& name);

private:
    QString m_rootPath;
    QString m_rootName;
    DeploymentRule m_rule;
};

} // namespace trapline::ingest
