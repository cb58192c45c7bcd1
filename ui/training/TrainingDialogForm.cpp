#include "TrainingDialog.h"

#include "project/Project.h"
#include "settings/Preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

// TrainingDialog's options form: the request it builds and fills, and the preview of what it selects.

namespace trapline::ui {

QWidget* TrainingDialog::buildOptions()
{
    auto* w = new QWidget;
    auto* form = new QFormLayout(w);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Species classifier"), QStringLiteral("classifier"));
    m_kind->addItem(tr("Individual re-ID embedder"), QStringLiteral("embedder"));
    m_kind->setToolTip(tr("The classifier learns the species of your confirmed labels; the embedder learns to tell "
                          "your named individuals apart."));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TrainingDialog::kindChanged);
    form->addRow(tr("&Train:"), m_kind);

    m_base = new QLineEdit(prefs::trainingBase.get());
    m_base->setObjectName(QStringLiteral("base"));
    m_base->setPlaceholderText(tr("manifest of a TorchScript model"));
    m_base->setToolTip(tr("The model to start from: its manifest names the method that returns features "
                          "(\"feature_method\") and, for the unfrozen stage, its last blocks (\"unfreeze\")."));
    auto* browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Base model manifest"), m_base->text(), tr("Model manifests (*.json)"));
        if (!file.isEmpty())
            m_base->setText(file);
    });
    auto* baseRow = new QHBoxLayout;
    baseRow->addWidget(m_base, 1);
    baseRow->addWidget(browse);
    form->addRow(tr("Base model:"), baseRow);

    auto spin = [](int lo, int hi, int value, const QString& tip) {
        auto* s = new QSpinBox;
        s->setRange(lo, hi);
        s->setValue(value);
        s->setToolTip(tip);
        return s;
    };
    auto real = [](double lo, double hi, double value, int decimals, double step, const QString& tip) {
        auto* s = new QDoubleSpinBox;
        s->setRange(lo, hi);
        s->setDecimals(decimals);
        s->setSingleStep(step);
        s->setValue(value);
        s->setToolTip(tip);
        return s;
    };
    m_headEpochs = spin(1, 500, 40, tr("Stage 1: epochs of the new head on the frozen features. Features are computed once "
                                       "and cached, so this stage is quick even on a CPU."));
    form->addRow(tr("Head &epochs:"), m_headEpochs);
    m_unfrozenEpochs = spin(0, 200, 0, tr("Stage 2: epochs that also train the base model's last blocks, at a lower learning "
                                          "rate, on freshly augmented images. Slower; 0 skips it."));
    form->addRow(tr("&Unfrozen epochs:"), m_unfrozenEpochs);
    m_unfreeze = new QLineEdit;
    m_unfreeze->setPlaceholderText(tr("from the manifest"));
    m_unfreeze->setToolTip(tr("Comma-separated parameter name prefixes to train in stage 2, e.g. \"stage4\"."));
    form->addRow(tr("Unfree&ze:"), m_unfreeze);
    m_learningRate = real(0.00001, 1, 0.003, 5, 0.001, tr("Learning rate of the head (AdamW with warm-up, then cosine decay)."));
    form->addRow(tr("&Learning rate:"), m_learningRate);
    m_batch = spin(2, 512, 32, tr("Images per training step."));
    form->addRow(tr("Batc&h size:"), m_batch);
    m_augment = new QCheckBox(tr("Flips, rotations, shifts, zoom, brightness and contrast"));
    m_augment->setChecked(true);
    m_augment->setToolTip(tr("Random changes that keep the label, so the model sees more variety than the photos hold."));
    form->addRow(tr("&Augment:"), m_augment);
    m_balance = new QComboBox;
    m_balance->addItem(tr("Weight rare classes"), 0);
    m_balance->addItem(tr("Balanced batches"), 1);
    m_balance->addItem(tr("None"), 2);
    m_balance->setToolTip(tr("Without balancing, a model trained on mostly empty frames learns to say \"empty\"."));
    form->addRow(tr("Class &balance:"), m_balance);
    m_splitBy = new QComboBox;
    m_splitBy->addItem(tr("Sequence"), 0);
    m_splitBy->addItem(tr("Deployment (camera)"), 1);
    m_splitBy->setToolTip(tr("Frames of one sequence (or one camera) stay on one side of the split, so validation "
                             "figures are not flattered by near-identical frames."));
    form->addRow(tr("&Split by:"), m_splitBy);
    m_validation = real(0.05, 0.6, 0.2, 2, 0.05, tr("Share of sequences (or cameras) kept for validation."));
    form->addRow(tr("&Validation share:"), m_validation);
    m_firstFrame = new QCheckBox(tr("Only the first labelled frame of each sequence"));
    form->addRow(QString(), m_firstFrame);
    m_emptyShare = real(0, 1, 1, 2, 0.05, tr("Share of empty frames kept: 0.1 keeps one in ten, so empties do not drown the species."));
    form->addRow(tr("&Empty frames kept:"), m_emptyShare);
    m_minPerClass = spin(1, 1000, 5, tr("Classes with fewer examples are left out (and listed in the report)."));
    form->addRow(tr("&Minimum per class:"), m_minPerClass);
    m_allowMissingClasses = new QCheckBox(tr("Leave out classes without training examples"));
    m_allowMissingClasses->setObjectName(QStringLiteral("allowMissingClasses"));
    m_allowMissingClasses->setToolTip(tr("A class whose training images went missing would be an answer the model never learns: "
                                         "training refuses to start, unless this leaves such classes out (the report lists them)."));
    form->addRow(QString(), m_allowMissingClasses);
    m_heldOut = real(0.1, 0.6, 0.3, 2, 0.05, tr("Share of individuals kept out of training: the figures measure animals the "
                                                "embedder never saw."));
    form->addRow(tr("&Held-out individuals:"), m_heldOut);
    m_activate = new QCheckBox(tr("Make the new model active when done"));
    form->addRow(QString(), m_activate);
    m_start = new QPushButton(tr("&Start Training"));
    m_start->setObjectName(QStringLiteral("startTraining"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &TrainingDialog::startTraining);
    m_cancel = new QPushButton(tr("&Cancel Training"));
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stops after the current step. Start again with the same options to resume after the last "
                            "finished epoch."));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    m_resume = new QPushButton;
    m_resume->setObjectName(QStringLiteral("resumeTraining"));
    m_resume->setVisible(false);
    connect(m_resume, &QPushButton::clicked, this, &TrainingDialog::resumeTraining);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    form->addRow(buttons);
    form->addRow(m_resume);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("datasetPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::RichText);
    form->addRow(m_preview);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &TrainingDialog::previewDataset);
    const auto later = [this] { m_previewTimer->start(); };
    connect(m_kind, &QComboBox::currentIndexChanged, this, later);
    connect(m_splitBy, &QComboBox::currentIndexChanged, this, later);
    connect(m_firstFrame, &QCheckBox::toggled, this, later);
    connect(m_allowMissingClasses, &QCheckBox::toggled, this, later);
    for (QDoubleSpinBox* b : {m_validation, m_emptyShare, m_heldOut})
        connect(b, &QDoubleSpinBox::valueChanged, this, later);
    connect(m_minPerClass, &QSpinBox::valueChanged, this, later);
    return w;
}

void TrainingDialog::setBaseModel(const QString& manifest) { m_base->setText(manifest); }

void TrainingDialog::previewDataset()
{
    const training::TrainingRequest r = request();
    const QString path = m_projectPath;
    const int generation = ++m_previewGeneration;
    m_preview->setText(tr("<i>Counting the confirmed labels...</i>"));
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, generation] {
        if (generation == m_previewGeneration) // a newer count is on its way otherwise
            showPreview(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([path, r]() -> QString {
        auto project = Project::open(path, Project::OpenMode::ReadOnly);
        if (!project)
            return project.error().message.toHtmlEscaped();
        const bool classifier = r.fineTune.kind == training::TrainingKind::Classifier;
        auto dataset = classifier ? training::classifierDataset(*project.value(), r.data)
                                  : training::individualsDataset(*project.value(), r.data, r.heldOutIndividuals);
        if (!dataset)
            return dataset.error().message.toHtmlEscaped();
        training::Dataset& d = dataset.value();
        // As training would settle it: a class with no training example is refused, or left out when allowed.
        const Status settled = classifier ? training::settleClassesWithoutTraining(d, r.data.allowMissingClasses) : okStatus();
        const auto train = d.classCounts(training::Split::Train), validation = d.classCounts(training::Split::Validation);
        const bool byDeployment = d.splitBy == training::DatasetOptions::SplitBy::Deployment;
        QString text;
        if (classifier) {
            text = tr("<b>%1 examples</b>: %2 for training, %3 for validation.").arg(d.examples.size()).arg(d.count(training::Split::Train))
                       .arg(d.count(training::Split::Validation));
            QStringList lines;
            for (const training::ClassSplit& c : d.classSplits()) {
                QString line = (byDeployment ? tr("%1: %2 / %3 deployments, %4 / %5 examples") : tr("%1: %2 / %3 sequences, %4 / %5 examples"))
                                   .arg(c.name.toHtmlEscaped())
                                   .arg(c.groups[static_cast<int>(training::Split::Train)])
                                   .arg(c.groups[static_cast<int>(training::Split::Validation)])
                                   .arg(c.examples[static_cast<int>(training::Split::Train)])
                                   .arg(c.examples[static_cast<int>(training::Split::Validation)]);
                if (!c.validated())
                    line += c.totalGroups() == 1
                        ? (byDeployment ? tr(", <b>not validated</b> (only one deployment)") : tr(", <b>not validated</b> (only one sequence)"))
                        : tr(", <b>not validated</b> (no %1 on the validation side)").arg(byDeployment ? tr("deployment") : tr("sequence"));
                lines << line;
            }
            if (!lines.isEmpty())
                text += QStringLiteral("<br>") + tr("Per class (training / validation):") + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
        } else {
            const auto individuals = [](const std::vector<std::int64_t>& n) { return std::count_if(n.begin(), n.end(), [](std::int64_t k) { return k > 0; }); };
            text = tr("<b>%1 sightings of %2 individuals</b>: %3 individuals for training, %4 held out.")
                       .arg(d.examples.size()).arg(d.classes.size()).arg(individuals(train)).arg(individuals(validation));
        }
        if (d.droppedByShare > 0)
            text += QStringLiteral("<br>") + tr("%1 left out by the class shares.").arg(d.droppedByShare);
        QStringList leftOut;
        for (const auto& [name, l] : d.leftOut)
            leftOut << (l.reason == training::LeftOutClass::Reason::UnderMinimum
                            ? tr("%1 (%2 examples, under the minimum)").arg(name.toHtmlEscaped()).arg(l.examples)
                            : tr("%1 (no training example: its images may be missing)").arg(name.toHtmlEscaped()));
        if (!leftOut.isEmpty())
            text += QStringLiteral("<br>") + (classifier ? tr("Left out: %1.").arg(leftOut.join(QStringLiteral("; ")))
                                                         : tr("%1 individuals with too few sightings are left out.").arg(d.leftOut.size()));
        if (!settled)
            text += QStringLiteral("<br><b>") + tr("Training would be refused:") + QStringLiteral("</b> ") + settled.error().message.toHtmlEscaped();
        if (d.examples.empty())
            text = classifier ? tr("No confirmed labels yet: review some sequences first.")
                              : tr("No individuals with two or more sightings yet: confirm some matches first.");
        return text;
    }));
}

void TrainingDialog::showPreview(const QString& text) { m_preview->setText(text); }

training::TrainingRequest TrainingDialog::request() const
{
    training::TrainingRequest r;
    auto& f = r.fineTune;
    f.kind = selectedKind();
    f.baseManifest = m_base->text().trimmed();
    f.headEpochs = m_headEpochs->value();
    f.unfrozenEpochs = m_unfrozenEpochs->value();
    f.unfreeze = m_unfreeze->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& p : f.unfreeze)
        p = p.trimmed();
    f.headLearningRate = m_learningRate->value();
    f.batchSize = m_batch->value();
    f.augmentation.enabled = m_augment->isChecked();
    f.balance = static_cast<training::FineTuneOptions::Balance>(m_balance->currentData().toInt());
    r.data.splitBy = m_splitBy->currentData().toInt() == 1 ? training::DatasetOptions::SplitBy::Deployment
                                                           : training::DatasetOptions::SplitBy::Sequence;
    r.data.validationShare = m_validation->value();
    r.data.firstFramePerSequence = m_firstFrame->isChecked();
    if (m_emptyShare->value() < 1)
        r.data.classShare[QStringLiteral("empty")] = m_emptyShare->value();
    r.data.minExamplesPerClass = m_minPerClass->value();
    r.data.allowMissingClasses = m_allowMissingClasses->isChecked();
    r.heldOutIndividuals = m_heldOut->value();
    r.makeActive = m_activate->isChecked();
    return r;
}

void TrainingDialog::setRequest(const training::TrainingRequest& r)
{
    m_kind->setCurrentIndex(r.fineTune.kind == training::TrainingKind::Classifier ? 0 : 1);
    m_base->setText(r.fineTune.baseManifest);
    m_headEpochs->setValue(r.fineTune.headEpochs);
    m_unfrozenEpochs->setValue(r.fineTune.unfrozenEpochs);
    m_unfreeze->setText(r.fineTune.unfreeze.join(QStringLiteral(", ")));
    m_learningRate->setValue(r.fineTune.headLearningRate);
    m_batch->setValue(r.fineTune.batchSize);
    m_augment->setChecked(r.fineTune.augmentation.enabled);
    m_balance->setCurrentIndex(static_cast<int>(r.fineTune.balance));
    m_splitBy->setCurrentIndex(r.data.splitBy == training::DatasetOptions::SplitBy::Deployment ? 1 : 0);
    m_validation->setValue(r.data.validationShare);
    m_firstFrame->setChecked(r.data.firstFramePerSequence);
    const auto empty = r.data.classShare.find(QStringLiteral("empty"));
    m_emptyShare->setValue(empty == r.data.classShare.end() ? 1.0 : empty->second);
    m_minPerClass->setValue(r.data.minExamplesPerClass);
    m_allowMissingClasses->setChecked(r.data.allowMissingClasses);
    m_heldOut->setValue(r.heldOutIndividuals);
    m_activate->setChecked(r.makeActive);
}

} // namespace trapline::ui
