#pragma once

#include "LabelPanel.h"
#include "review/ReviewEditor.h"
#include "review/SequenceView.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QSlider;
class QToolButton;
class QUndoStack;

namespace trapline {
class Project;
class ProjectWatch;
struct ProjectChange;
}

namespace trapline::ui {

class FrameStripModel;
class ImageView;
class ThumbnailLoader;

// The review screen for one sequence: the large image of the current frame with its boxes, the filmstrip of its
// frames and the label panel. Every labelling action goes through review::ReviewEditor and onto the undo stack.
class ReviewPane : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPane(QWidget* parent = nullptr);

    void setProject(Project* project, const QString& thumbnailCachePath);
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }
    void setAutoAdvance(bool on) { m_autoAdvance = on; }
    // Who the labels and the audit log name ("classified by").
    void setReviewer(const QString& name) { m_reviewer = name; }
    void showSequence(std::optional<std::int64_t> sequenceId);
    std::optional<std::int64_t> currentSequence() const;
    const review::SequenceView* sequenceView() const { return m_view ? &*m_view : nullptr; }
    int currentFrame() const { return m_frame; }
    void setCurrentFrame(int frame);
    bool frameImageLoaded() const { return m_imageLoadedFor == currentMediaId(); }
    ImageView* imageView() const { return m_image; }
    LabelPanel* labelPanel() const { return m_panel; }
    QListView* filmstrip() const { return m_strip; }
    // Shown while the sequence is in the Conflicts queue: keep its labels, or take the reviewer's.
    QWidget* conflictBar() const { return m_conflictBar; }
    // Reloads the project's taxa, quick keys and individuals (after the quick keys were set). Edits of taxa and
    // individuals anywhere are followed through ProjectWatch without it.
    void reloadVocabulary();

public Q_SLOTS:
    void applyQuickKey(int key); // 1..9
    void apply(trapline::ui::LabelPanel::Target target);
    void markSequenceEmpty();
    void markFrameEmpty();
    void clearFrameLabel();
    void acceptMachineLabel();
    void markReviewed();
    void deleteSelectedBox();
    void nextFrame();
    void previousFrame();
    void startDrawingBox();
    void focusSpeciesSearch();
    void toggleMagnifier();
    void resetAdjustments();

Q_SIGNALS:
    void sequenceEdited(qint64 sequenceId);
    void advanceRequested();
    void editFailed(const QString& message);
    void status(const QString& message);
    void frameShown();
    // The sequence was read from the project: shown, or shown again because it changed.
    void sequenceRead(qint64 sequenceId);
    // The project's taxa and individuals, read again after an edit or a job (for the queue filters too).
    void vocabularyChanged(const std::vector<trapline::review::Taxon>& taxa,
                           const std::vector<trapline::review::Individual>& individuals);

private:
    std::optional<std::int64_t> currentMediaId() const;
    const review::FrameView* frame() const;
    const review::BoxView* selectedBox() const;
    void reloadSequence();
    void showFrame();
    void showBoxes();
    void loadImage();
    std::optional<review::Label> labelFromPanel();
    void commit(Result<review::EditOutcome> result, const QString& text, bool advance);
    void onBoxDrawn(const review::Box& box);
    void onBoxEdited(qint64 detectionId, const review::Box& box);
    void onProjectChanged(const trapline::ProjectChange& change);
    void reloadTaxa();
    void reloadIndividuals();
    QWidget* buildToolbar();
    QWidget* buildConflictBar();
    void showConflict();
    void pickConflict(bool theirs);

    Project* m_project = nullptr;
    ProjectWatch* m_watch = nullptr;
    QUndoStack* m_undo = nullptr;
    ThumbnailLoader* m_thumbnails;
    FrameStripModel* m_frames;
    ImageView* m_image;
    QListView* m_strip;
    LabelPanel* m_panel;
    QSlider* m_brightness = nullptr;
    QSlider* m_contrast = nullptr;
    QToolButton* m_magnifierButton = nullptr;
    QToolButton* m_drawButton = nullptr;
    QWidget* m_conflictBar = nullptr;
    QLabel* m_conflictText = nullptr;
    QPushButton* m_takeTheirs = nullptr;
    std::optional<std::int64_t> m_conflictId;
    QString m_conflictReviewer;
    std::optional<review::SequenceView> m_view;
    std::vector<review::Taxon> m_taxa;
    std::vector<review::Individual> m_individuals;
    std::vector<std::optional<review::Taxon>> m_quickKeys;
    int m_frame = 0;
    int m_generation = 0;
    std::optional<std::int64_t> m_imageLoadedFor;
    std::optional<std::int64_t> m_pendingBoxSelection;
    bool m_autoAdvance = true;
    bool m_followingChange = false;
    QString m_reviewer;
};

} // namespace trapline::ui
