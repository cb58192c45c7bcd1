#pragma once

#include "review/SequenceView.h"
#include "review/Taxa.h"
#include "taxonomy/ReferenceTaxa.h"

#include <QHash>

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;

namespace trapline::ui {

// The label panel: what the sequence, the frame and the selected box are labelled, the species search (completion
// over the project's taxa, then SpeciesNet's taxonomy: scientific and common names), count, individual and notes, the
// quick keys, and buttons for every labelling action. It shows and asks; the review pane stores.
class LabelPanel : public QWidget {
    Q_OBJECT
public:
    enum class Target { Smart, Sequence, AddToSequence, Frame, Box };

    explicit LabelPanel(QWidget* parent = nullptr);

    void setTaxa(const std::vector<review::Taxon>& taxa);
    void setQuickKeys(const std::vector<std::optional<review::Taxon>>& keys);
    void setIndividuals(const std::vector<review::Individual>& individuals);
    void showState(const review::SequenceView* sequence, const review::FrameView* frame, const review::BoxView* box);

    QString speciesText() const;
    // What the species field means: the text itself when it names a known species exactly or none at all (a new
    // one), the only known species it fits, or nothing (and `ambiguous` lists the fits) when it fits several. The
    // project's taxa come first: the taxonomy's are looked at only when none of the project's fits.
    QString resolvedSpecies(QStringList* ambiguous = nullptr) const;
    // The taxonomy entry a resolved name stands for, when it is one the project does not have yet.
    std::optional<taxonomy::ReferenceTaxon> referenceTaxon(const QString& resolved) const;
    std::optional<int> count() const;
    std::optional<std::int64_t> individualId() const;
    QString notes() const;
    void clearEntry();
    void focusSearch();
    QLineEdit* searchField() const { return m_search; }

Q_SIGNALS:
    void applyRequested(trapline::ui::LabelPanel::Target target);
    void emptySequenceRequested();
    void emptyFrameRequested();
    void clearFrameRequested();
    void acceptMachineRequested();
    void reviewedRequested();
    void editQuickKeysRequested();
    void newIndividualRequested();

private:
    QLabel* m_title;
    QLabel* m_sequenceLabels;
    QLabel* m_prediction;
    QLabel* m_frameLabel;
    QLabel* m_boxLabel;
    QLineEdit* m_search;
    QCompleter* m_completer;
    QStringListModel* m_names;
    QStringList m_projectNames;
    QHash<QString, taxonomy::ReferenceTaxon> m_reference; // by lower-case display name
    QSpinBox* m_count;
    QComboBox* m_individual;
    QLineEdit* m_notes;
    QLabel* m_quickKeys;
    QPushButton* m_boxButton;
};

} // namespace trapline::ui
