#include "RunModelsDialog.h"

#include "models/InstalledModels.h"
#include "settings/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trapline::ui {

RunModelsDialog::RunModelsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Run Models"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("Tick the installed models to run: a detector, a species classifier, a re-ID "
                                "embedder. Models > Model Library downloads and converts the published ones; "
                                "\"Add Manifest\" takes a model of your own (.json). Media already processed by the "
                                "same model version are skipped, so a cancelled run resumes where it stopped."));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_installed = new QListWidget;
    m_installed->setObjectName(QStringLiteral("installedModels"));
    m_installed->setWordWrap(true);
    m_installed->setToolTip(tr("The models in your models folders and those that ship with Trapline"));
    connect(m_installed, &QListWidget::itemChanged, this, &RunModelsDialog::onItemChanged);
    auto* add = new QPushButton(tr("&Add Manifest..."));
    add->setObjectName(QStringLiteral("addManifest"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Model manifest"), QString(), tr("Model manifests (*.json)"));
        if (!path.isEmpty())
            addManifest(path);
    });
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("modelProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_installed, 1);
    listColumn->addWidget(m_problem);
    listColumn->addWidget(add, 0, Qt::AlignLeft);
    auto* listLabel = new QLabel(tr("&Models:"));
    listLabel->setBuddy(m_installed);
    form->addRow(listLabel, listColumn);
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
    for (const auto& m : models::installedManifests())
        addItem(m);
    for (QLineEdit* edit : {m_detector, m_classifier, m_embedder})
        connect(edit, &QLineEdit::textChanged, this, &RunModelsDialog::syncChecks);
    syncChecks();
}

QListWidgetItem* RunModelsDialog::addItem(const models::InstalledManifest& m)
{
    for (int i = 0; i < m_installed->count(); ++i)
        if (m_installed->item(i)->data(PathRole).toString() == m.path)
            return m_installed->item(i);
    auto* item = new QListWidgetItem;
    item->setData(PathRole, m.path);
    item->setData(KindRole, m.kind);
    item->setData(NameRole, m.name);
    if (m.ready()) {
        item->setText(tr("%1 (%2)").arg(m.name, m.kind));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(m.path);
    } else {
        // Listed all the same, so that the one sentence saying where its file goes is where the user looks.
        item->setText(tr("%1 (%2): not ready. %3").arg(m.name, m.kind, m.problem));
        item->setFlags(Qt::ItemIsSelectable);
        item->setToolTip(m.problem);
    }
    QSignalBlocker block(m_installed);
    m_installed->addItem(item);
    return item;
}

bool RunModelsDialog::addManifest(const QString& path)
{
    auto described = models::describeManifest(path);
    if (!described) {
        m_problem->setText(described.error().message);
        m_problem->show();
        return false;
    }
    const models::InstalledManifest& m = described.value();
    QLineEdit* edit = editFor(m.kind);
    if (!edit || !m.ready()) {
        m_problem->setText(
            edit ? m.problem
                 : tr("%1 is not a detector, classifier or embedder (its \"kind\" is \"%2\").").arg(path, m.kind));
        m_problem->show();
        return false;
    }
    m_problem->hide();
    addItem(m)->setCheckState(Qt::Checked);
    return true;
}

QLineEdit* RunModelsDialog::editFor(const QString& kind) const
{
    if (kind == QLatin1String("detector"))
        return m_detector;
    if (kind == QLatin1String("classifier"))
        return m_classifier;
    if (kind == QLatin1String("embedder"))
        return m_embedder;
    return nullptr;
}

void RunModelsDialog::onItemChanged(QListWidgetItem* item)
{
    QLineEdit* edit = editFor(item->data(KindRole).toString());
    if (!edit)
        return;
    const QString path = item->data(PathRole).toString();
    if (item->checkState() == Qt::Checked)
        edit->setText(path); // one model of each kind: syncChecks unticks the one it replaces
    else if (edit->text().trimmed() == path)
        edit->clear();
}

void RunModelsDialog::syncChecks()
{
    QSignalBlocker block(m_installed);
    for (int i = 0; i < m_installed->count(); ++i) {
        QListWidgetItem* item = m_installed->item(i);
        const QLineEdit* edit = editFor(item->data(KindRole).toString());
        if (!(item->flags() & Qt::ItemIsUserCheckable) || !edit)
            continue;
        const bool chosen = edit->text().trimmed() == item->data(PathRole).toString();
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList RunModelsDialog::listedModels() const
{
    QStringList out;
    for (int i = 0; i < m_installed->count(); ++i)
        out << m_installed->item(i)->data(NameRole).toString();
    return out;
}

bool RunModelsDialog::chooseModel(const QString& name)
{
    for (int i = 0; i < m_installed->count(); ++i) {
        QListWidgetItem* item = m_installed->item(i);
        if (item->data(NameRole).toString() == name && (item->flags() & Qt::ItemIsUserCheckable)) {
            item->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
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
    qobject_cast<QFormLayout*>(layout())->addRow(label, edit);
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
