#pragma once

#include "project/ProjectTypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSize>

#include <vector>

namespace trapline {
class Project;
}

namespace trapline::ui {

class ThumbnailLoader;

// The sequences of a project, one row each, fetched in pages as the view scrolls so a project of a million
// media opens at once. Thumbnails arrive asynchronously; only the row that got its image is repainted.
class SequenceListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { SequenceIdRole = Qt::UserRole + 1, FirstMediaIdRole, FrameCountRole, DeploymentIdRole, ReviewStateRole, LabelsRole };
    static constexpr int kPageSize = 200;
    static constexpr QSize kIconSize{192, 144};

    SequenceListModel(ThumbnailLoader* loader, QObject* parent = nullptr);

    // The model reads through `project`, which must outlive it or be reset with setProject(nullptr).
    void setProject(Project* project);
    void setFilter(const SequenceFilter& filter);
    void reload();
    // Re-reads one sequence after an edit; it keeps its place even if it no longer matches the filter.
    void refreshSequence(qint64 sequenceId);
    QModelIndex indexOfSequence(qint64 sequenceId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void onThumbnail(qint64 mediaId, const QImage& image);
    std::vector<SequenceSummary> nextPage();
    void append(const std::vector<SequenceSummary>& rows);

    Project* m_project = nullptr;
    ThumbnailLoader* m_loader;
    SequenceFilter m_filter;
    std::vector<SequenceSummary> m_rows;
    QHash<qint64, int> m_rowOfMedia;
    bool m_exhausted = true;
};

} // namespace trapline::ui
