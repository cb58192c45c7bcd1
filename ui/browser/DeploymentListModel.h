#pragma once

#include "project/ProjectTypes.h"

#include <QAbstractListModel>

#include <vector>

namespace trapline {
class Project;
}

namespace trapline::ui {

// Deployments with their counts; row 0 is "All deployments". Deployments number in the hundreds at most, so
// they are loaded whole.
class DeploymentListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { DeploymentIdRole = Qt::UserRole + 1 };
    using QAbstractListModel::QAbstractListModel;

    void setProject(Project* project);
    void reload();
    // Rows read elsewhere (off the GUI thread): the same deployments keep their rows (and the view its selection).
    void setRows(std::vector<DeploymentSummary> rows);
    // Re-reads one deployment's counts after a review edit.
    void refreshDeployment(qint64 deploymentId);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    Project* m_project = nullptr;
    std::vector<DeploymentSummary> m_rows;
};

} // namespace trapline::ui
