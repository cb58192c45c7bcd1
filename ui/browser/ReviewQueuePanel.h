#pragma once

#include "project/ProjectTypes.h"
#include "review/Taxa.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace trapline::ui {

// The review queues: filters on the sequence list that combine (unreviewed, machine-labelled only, machine
// confidence below a threshold, frames that disagree with their sequence, empty, a species, an individual). The
// deployment comes from the deployment list beside it.
class ReviewQueuePanel : public QWidget {
    Q_OBJECT
public:
    explicit ReviewQueuePanel(QWidget* parent = nullptr);

    void setTaxa(const std::vector<review::Taxon>& taxa);
    void setIndividuals(const std::vector<review::Individual>& individuals);
    // The filter the panel describes, for the given deployment (none: all deployments).
    SequenceFilter filter(std::optional<std::int64_t> deploymentId) const;
    void reset();

    QCheckBox* notReviewedBox() const { return m_notReviewed; }
    QCheckBox* machineOnlyBox() const { return m_machineOnly; }
    QCheckBox* lowConfidenceBox() const { return m_lowConfidence; }
    QCheckBox* disagreeingBox() const { return m_disagreeing; }
    QCheckBox* emptyBox() const { return m_empty; }
    QCheckBox* conflictsBox() const { return m_conflicts; }
    QComboBox* speciesBox() const { return m_species; }
    QComboBox* individualBox() const { return m_individual; }

Q_SIGNALS:
    void changed();

private:
    QCheckBox* m_notReviewed;
    QCheckBox* m_conflicts;
    QCheckBox* m_machineOnly;
    QCheckBox* m_lowConfidence;
    QDoubleSpinBox* m_threshold;
    QCheckBox* m_disagreeing;
    QCheckBox* m_empty;
    QComboBox* m_species;
    QComboBox* m_individual;
};

} // namespace trapline::ui
