#pragma once

#include "reid/Individuals.h"

#include <QDialog>

class QListWidget;
class QUndoStack;

namespace trapline {
class Project;
}

namespace trapline::ui {

// The project's individuals with their sightings (the reference images, oldest first, with deployment and date):
// name a new one, rename, merge two that are the same animal, split off sightings that show another. Every edit
// goes on the window's undo stack and into the audit log; the dialog follows the project through ProjectWatch, so
// it may close before its edits are undone.
class IndividualsDialog : public QDialog {
    Q_OBJECT
public:
    IndividualsDialog(Project* project, QUndoStack* undo, const QString& reviewer, QWidget* parent = nullptr);

    int individualCount() const;
    int sightingCount() const;
    void selectIndividual(std::int64_t id);
    std::optional<std::int64_t> selectedIndividual() const;

    // The edits behind the buttons (which ask for names and targets first).
    Status rename(std::int64_t id, const QString& name);
    Status merge(std::int64_t from, std::int64_t into);
    Status split(std::int64_t id, const std::vector<std::int64_t>& observations, const QString& newName);

public Q_SLOTS:
    void reload();

private:
    void showSightings();
    Status push(Result<reid::IndividualChange> change, const QString& text);
    void warnIfFailed(const Status& status);
    void renameClicked();
    void mergeClicked();
    void splitClicked();
    void newClicked();

    Project* m_project;
    QUndoStack* m_undo;
    QString m_reviewer;
    QListWidget* m_individuals;
    QListWidget* m_sightings;
    std::vector<reid::IndividualSummary> m_rows;
    std::vector<reid::IndividualSighting> m_shown;
    int m_generation = 0;
};

} // namespace trapline::ui
