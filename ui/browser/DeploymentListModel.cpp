#include "DeploymentListModel.h"

#include "project/Project.h"

#include <algorithm>

namespace trapline::ui {

void DeploymentListModel::setProject(Project* project)
{
    m_project = project;
    reload();
}

void DeploymentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_project)
        if (auto rows = m_project->deployments())
            m_rows = std::move(rows).value();
    endResetModel();
}

void DeploymentListModel::setRows(std::vector<DeploymentSummary> rows)
{
    const bool sameDeployments = std::equal(rows.begin(), rows.end(), m_rows.begin(), m_rows.end(),
                                            [](const auto& a, const auto& b) { return a.id == b.id; });
    if (!sameDeployments) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(1), index(static_cast<int>(m_rows.size())));
}

void DeploymentListModel::refreshDeployment(qint64 deploymentId)
{
    if (!m_project)
        return;
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == deploymentId) {
            if (auto fresh = m_project->deployment(deploymentId)) {
                m_rows[i] = fresh.value();
                Q_EMIT dataChanged(index(static_cast<int>(i) + 1), index(static_cast<int>(i) + 1));
            }
            return;
        }
}

int DeploymentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_project ? 0 : static_cast<int>(m_rows.size()) + 1;
}

QVariant DeploymentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.row() == 0) {
        if (role == Qt::DisplayRole)
            return tr("All deployments");
        return {};
    }
    const DeploymentSummary& d = m_rows[static_cast<size_t>(index.row() - 1)];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2 sequences, %3 not reviewed").arg(d.name).arg(d.sequenceCount).arg(d.unreviewedSequences);
    case Qt::ToolTipRole:
        return tr("%1\n%2 media in %3 sequences\nFolder: %4")
            .arg(d.name).arg(d.mediaCount).arg(d.sequenceCount).arg(d.folder);
    case DeploymentIdRole: return QVariant::fromValue<qint64>(d.id);
    default: return {};
    }
}

} // namespace trapline::ui
