#include "SequenceListModel.h"

#include "ThumbnailLoader.h"
#include "project/Project.h"

#include <QColor>
#include <QPixmap>
#include <QPixmapCache>

namespace trapline::ui {

namespace {

QString thumbnailKey(qint64 mediaId) { return QStringLiteral("trapline-thumb-%1").arg(mediaId); }

QString reviewStateText(ReviewState state)
{
    switch (state) {
    case ReviewState::Unreviewed: return SequenceListModel::tr("not reviewed");
    case ReviewState::MachineLabelled: return SequenceListModel::tr("machine-labelled");
    case ReviewState::Reviewed: return SequenceListModel::tr("reviewed");
    }
    return {};
}

} // namespace

SequenceListModel::SequenceListModel(ThumbnailLoader* loader, QObject* parent)
    : QAbstractListModel(parent), m_loader(loader)
{
    m_loader->setTargetSize(kIconSize);
    connect(m_loader, &ThumbnailLoader::loaded, this, &SequenceListModel::onThumbnail);
}

void SequenceListModel::setProject(Project* project)
{
    m_project = project;
    reload();
}

void SequenceListModel::setFilter(const SequenceFilter& filter)
{
    m_filter = filter;
    reload();
}

void SequenceListModel::reload()
{
    // The first page is read inside the reset, so views see the rows when they hear of the reset.
    beginResetModel();
    m_rows.clear();
    m_rowOfMedia.clear();
    m_exhausted = m_project == nullptr;
    if (m_project)
        append(nextPage());
    endResetModel();
}

std::vector<SequenceSummary> SequenceListModel::nextPage()
{
    const SequenceCursor after = m_rows.empty() ? SequenceCursor{} : m_rows.back().cursor();
    auto page = m_project->sequencePage(m_filter, kPageSize, after);
    if (!page) {
        m_exhausted = true;
        return {};
    }
    m_exhausted = static_cast<int>(page.value().size()) < kPageSize;
    return std::move(page).value();
}

void SequenceListModel::append(const std::vector<SequenceSummary>& rows)
{
    for (const auto& row : rows) {
        if (row.firstMediaId)
            m_rowOfMedia.insert(*row.firstMediaId, static_cast<int>(m_rows.size()));
        m_rows.push_back(row);
    }
}

int SequenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

bool SequenceListModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !m_exhausted; }

void SequenceListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_project || m_exhausted)
        return;
    const auto rows = nextPage();
    if (rows.empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    append(rows);
    endInsertRows();
}

QVariant SequenceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const SequenceSummary& s = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        QString when = formatTimestamp(s.startMs).left(16);
        if (s.withoutCameraTime)
            when = tr("%1 \u00b7 no camera time").arg(when);
        QString text = tr("%1\n%n frame(s)", "", s.frameCount).arg(when);
        if (!s.labels.isEmpty())
            text += QStringLiteral("\n\u2713 ") + s.labels;
        else if (!s.prediction.isEmpty())
            text += QStringLiteral("\n? %1 %2%").arg(s.prediction).arg(qRound(s.predictionConfidence.value_or(0) * 100));
        if (s.hasDisagreeingFrames && s.reviewState != ReviewState::Reviewed)
            text += QStringLiteral(" \u26a0");
        return text;
    }
    case Qt::BackgroundRole:
        if (s.reviewState == ReviewState::Reviewed)
            return QColor(70, 160, 90, 60);
        if (s.reviewState == ReviewState::MachineLabelled)
            return QColor(240, 170, 40, 50);
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("Sequence %1: %2 frames, grouped by %3, %4")
                          .arg(s.id).arg(s.frameCount).arg(s.groupedBy, reviewStateText(s.reviewState));
        if (s.withoutCameraTime)
            tip += QLatin1Char('\n')
                + tr("No camera time: the time shown is the file's, which a copy may have set. Frames are grouped only "
                     "where their names run consecutively. Deployments > Adjust Times can read times from the file "
                     "names or correct a camera clock.");
        return tip;
    }
    case Qt::DecorationRole: {
        if (!s.firstMediaId)
            return {};
        QPixmap pixmap;
        if (QPixmapCache::find(thumbnailKey(*s.firstMediaId), &pixmap))
            return pixmap;
        m_loader->request(*s.firstMediaId);
        return {};
    }
    case SequenceIdRole: return QVariant::fromValue<qint64>(s.id);
    case FirstMediaIdRole: return s.firstMediaId ? QVariant::fromValue<qint64>(*s.firstMediaId) : QVariant();
    case FrameCountRole: return s.frameCount;
    case DeploymentIdRole: return QVariant::fromValue<qint64>(s.deploymentId);
    case ReviewStateRole: return static_cast<int>(s.reviewState);
    case LabelsRole: return s.labels;
    default: return {};
    }
}

void SequenceListModel::refreshSequence(qint64 sequenceId)
{
    if (!m_project)
        return;
    const QModelIndex at = indexOfSequence(sequenceId);
    if (!at.isValid())
        return;
    auto fresh = m_project->sequence(sequenceId);
    if (!fresh)
        return;
    m_rows[static_cast<size_t>(at.row())] = fresh.value();
    Q_EMIT dataChanged(at, at);
}

QModelIndex SequenceListModel::indexOfSequence(qint64 sequenceId) const
{
    for (size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == sequenceId)
            return index(static_cast<int>(row));
    return {};
}

void SequenceListModel::onThumbnail(qint64 mediaId, const QImage& image)
{
    QPixmapCache::insert(thumbnailKey(mediaId), QPixmap::fromImage(image));
    const auto it = m_rowOfMedia.constFind(mediaId);
    if (it == m_rowOfMedia.constEnd())
        return;
    const QModelIndex changed = index(*it);
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
}

} // namespace trapline::ui
