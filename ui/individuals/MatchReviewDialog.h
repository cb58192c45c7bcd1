#pragma once

#include "reid/LocalFeatureMatcher.h"
#include "reid/MatchProposals.h"

#include <QDialog>
#include <QImage>

#include <vector>

class QLabel;
class QUndoStack;

namespace trapline {
class Project;
}

namespace trapline::ui {

// The sighting and a candidate individual's closest sighting side by side at one zoom, with the keypoints the
// local-feature matcher found in both joined by lines.
class SideBySideView : public QWidget {
    Q_OBJECT
public:
    explicit SideBySideView(QWidget* parent = nullptr);
    void setImages(const QImage& query, const QImage& candidate);
    void setMatches(const std::vector<std::pair<QPointF, QPointF>>& pairs) { m_pairs = pairs; update(); }
    int matchCount() const { return static_cast<int>(m_pairs.size()); }
    double zoom() const { return m_zoom; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QRectF placed(int side) const;
    QImage m_images[2];
    std::vector<std::pair<QPointF, QPointF>> m_pairs;
    double m_zoom = 1.0;
};

// Confirming proposed individuals: for each sighting with proposals, the candidates best first. Y confirms (the
// individual gains the sighting), N rejects (never proposed again), Right/Left move between candidates, Down/Up
// between sightings, I names a new individual for the sighting. Confirmations and rejections go on the window's
// undo stack; the dialog follows the project through ProjectWatch, so it may close before they are undone.
class MatchReviewDialog : public QDialog {
    Q_OBJECT
public:
    MatchReviewDialog(Project* project, QUndoStack* undo, const QString& reviewer, QWidget* parent = nullptr);

    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    const reid::PendingMatch* currentMatch() const;
    const reid::Proposal* currentCandidate() const;
    SideBySideView* view() const { return m_view; }
    bool keypointsShown() const { return m_keypointsFor == m_generation; }

public Q_SLOTS:
    void confirm();
    void reject();
    void nextCandidate();
    void previousCandidate();
    void nextSighting();
    void previousSighting();
    void newIndividual();
    void reload();

private:
    void showMatch(int sighting, int candidate);
    void loadImages();

    Project* m_project;
    QUndoStack* m_undo;
    QString m_reviewer;
    std::vector<reid::PendingMatch> m_pending;
    int m_sighting = 0;
    int m_candidate = 0;
    SideBySideView* m_view;
    QLabel* m_info;
    int m_generation = 0;
    int m_keypointsFor = -1;
};

} // namespace trapline::ui
