#pragma once

#include "inference/InferenceJob.h"
#include "settings/Preference.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace trapline::ui {

// Picks the detector, classifier and embedder manifests to run over the project, the device, the batch size and
// whether media where a model failed before are tried again.
// The last choices are remembered.
class RunModelsDialog : public QDialog {
    Q_OBJECT
public:
    explicit RunModelsDialog(QWidget* parent = nullptr);
    inference::InferenceOptions options() const;
    // The project's active classifier and embedder (Models > Train Model > Make Active) replace the last choices.
    void useActiveModels(const QString& classifier, const QString& embedder);
    void accept() override;
    // Whether "On a Slurm cluster..." closed the dialog: the models run as a Slurm job array, not here.
    bool onSlurm() const { return m_onSlurm; }

private:
    QLineEdit* addPicker(const QString& label, const QString& tip, const Preference<QString>& setting);

    QLineEdit* m_detector = nullptr;
    QLineEdit* m_classifier = nullptr;
    QLineEdit* m_embedder = nullptr;
    QComboBox* m_device = nullptr;
    QSpinBox* m_batch = nullptr;
    QCheckBox* m_retryFailed = nullptr;
    bool m_onSlurm = false;
};

} // namespace trapline::ui
