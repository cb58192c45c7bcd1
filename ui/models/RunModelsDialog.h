#pragma once

#include "inference/InferenceJob.h"
#include "models/InstalledModels.h"
#include "settings/Preference.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QSpinBox;

namespace trapline::ui {

// Picks the detector, classifier and embedder to run over the project, the device, the batch size and whether media
// where a model failed before are tried again. The installed models (models folders and shipped manifests) are
// listed by name with a checkbox, one of each kind; a model not ready says in one sentence where its file goes.
// "Add Manifest" takes any other manifest.
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

    // A manifest chosen by file (Add Manifest): listed and ticked. False, with the reason shown, when it cannot be
    // read, is of no known kind or misses a file.
    bool addManifest(const QString& path);
    // The names listed, in order; and ticking one by name (false when it is not listed or not ready).
    QStringList listedModels() const;
    bool chooseModel(const QString& name);

private:
    enum Role { PathRole = Qt::UserRole + 1, KindRole, NameRole };
    QListWidgetItem* addItem(const models::InstalledManifest& manifest);
    QLineEdit* editFor(const QString& kind) const;
    void onItemChanged(QListWidgetItem* item);
    void syncChecks();

    QLineEdit* addPicker(const QString& label, const QString& tip, const Preference<QString>& setting);

    QListWidget* m_installed = nullptr;
    QLabel* m_problem = nullptr;
    QLineEdit* m_detector = nullptr;
    QLineEdit* m_classifier = nullptr;
    QLineEdit* m_embedder = nullptr;
    QComboBox* m_device = nullptr;
    QSpinBox* m_batch = nullptr;
    QCheckBox* m_retryFailed = nullptr;
    bool m_onSlurm = false;
};

} // namespace trapline::ui
