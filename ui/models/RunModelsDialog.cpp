#include "RunModelsDialog.h"

#include "settings/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QToolButton>

namespace trapline::ui {

RunModelsDialog::RunModelsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Run Models"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Choose the manifests (.json) of your models. Media already processed by the same "
                                "model version are skipped, so a cancelled run resumes where it stopped."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_detector = addPicker(tr("&Detector:"), tr("Finds animals, people and vehicles and draws their boxes "
                                                "(MegaDetector, a YOLO model)"), prefs::detector);
    m_classifier = addPicker(tr("&Species classifier:"), tr("Names the species in each animal box, or in the whole "
                                                            "frame without a detector"), prefs::classifier);
    m_embedder = addPicker(tr("&Re-ID embedder:"), tr("Computes the features that propose individual matches "
                                                      "(needs a detector)"), prefs::embedder);
    m_device = new QComboBox;
    m_device->addItem(tr("Automatic (GPU when available)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("GPU (CUDA)"), QStringLiteral("cuda"));
    form->addRow(tr("D&evice:"), m_device);
    m_batch = new QSpinBox;
    m_batch->setRange(1, 256);
    m_batch->setValue(prefs::batchSize.get());
    m_batch->setToolTip(tr("Images per forward pass: larger is faster on a GPU, uses more memory"));
    form->addRow(tr("&Batch size:"), m_batch);
    m_retryFailed = new QCheckBox(tr("Re&try media where a model failed before"));
    m_retryFailed->setObjectName(QStringLiteral("retryFailed"));
    m_retryFailed->setToolTip(tr("Without this, media on which a model failed (a damaged file, an error of the "
                                 "model) are skipped, so that a run does not fail on them again"));
    form->addRow(m_retryFailed);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Run"));
    auto* slurm = buttons->addButton(tr("On a S&lurm Cluster..."), QDialogButtonBox::ActionRole);
    slurm->setObjectName(QStringLiteral("onSlurm"));
    slurm->setToolTip(tr("Split the media into shards and run them as a Slurm job array on a cluster"));
    connect(slurm, &QPushButton::clicked, this, [this] {
        m_onSlurm = true;
        accept();
        if (result() != QDialog::Accepted)
            m_onSlurm = false;
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &RunModelsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RunModelsDialog::reject);
    form->addRow(buttons);
}

void RunModelsDialog::useActiveModels(const QString& classifier, const QString& embedder)
{
    if (!classifier.isEmpty())
        m_classifier->setText(classifier);
    if (!embedder.isEmpty())
        m_embedder->setText(embedder);
}

QLineEdit* RunModelsDialog::addPicker(const QString& label, const QString& tip, const Preference<QString>& setting)
{
    auto* edit = new QLineEdit(setting.get());
    edit->setObjectName(setting.key());
    edit->setPlaceholderText(tr("none"));
    edit->setToolTip(tip);
    auto* browse = new QToolButton;
    browse->setText(tr("Browse..."));
    connect(browse, &QToolButton::clicked, this, [this, edit] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Model manifest"), edit->text(),
                                                          tr("Model manifests (*.json)"));
        if (!path.isEmpty())
            edit->setText(path);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    qobject_cast<QFormLayout*>(layout())->addRow(label, row);
    return edit;
}

inference::InferenceOptions RunModelsDialog::options() const
{
    inference::InferenceOptions o;
    o.detector = m_detector->text().trimmed();
    o.classifier = m_classifier->text().trimmed();
    o.embedder = m_embedder->text().trimmed();
    o.device = inference::parseDeviceChoice(m_device->currentData().toString()).value_or(inference::DeviceChoice::Auto);
    o.batchSize = m_batch->value();
    o.retryFailed = m_retryFailed->isChecked();
    return o;
}

void RunModelsDialog::accept()
{
    const auto o = options();
    if (o.detector.isEmpty() && o.classifier.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Choose at least a detector or a species classifier."));
        return;
    }
    prefs::detector.set(o.detector);
    prefs::classifier.set(o.classifier);
    prefs::embedder.set(o.embedder);
    prefs::batchSize.set(o.batchSize);
    QDialog::accept();
}

} // namespace trapline::ui
