#include "TrainingDialog.h"

#include "project/Project.h"
#include "settings/Preferences.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QUrl>
#include <QValueAxis>
#include <QVBoxLayout>

namespace trapline::ui {

namespace {

QChart* makeChart(const QString& title, std::initializer_list<QLineSeries*> series)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    for (QLineSeries* s : series)
        chart->addSeries(s);
    chart->createDefaultAxes();
    if (auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0))) {
        x->setLabelFormat(QStringLiteral("%d"));
        x->setTitleText(QObject::tr("epoch"));
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void fitAxes(QChart* chart)
{
    double x1 = 1, y0 = 0, y1 = 0.1;
    bool first = true;
    for (QAbstractSeries* a : chart->series())
        for (const QPointF& p : static_cast<QLineSeries*>(a)->points()) {
            x1 = std::max(x1, p.x());
            y0 = first ? p.y() : std::min(y0, p.y());
            y1 = first ? p.y() : std::max(y1, p.y());
            first = false;
        }
    if (y0 >= 0)
        y0 = 0;
    const auto axesX = chart->axes(Qt::Horizontal), axesY = chart->axes(Qt::Vertical);
    if (!axesX.isEmpty())
        axesX.first()->setRange(1, std::max(2.0, x1));
    if (auto* x = qobject_cast<QValueAxis*>(axesX.value(0)))
        x->applyNiceNumbers();
    if (!axesY.isEmpty())
        axesY.first()->setRange(y0, y1 <= y0 ? y0 + 1 : y1 * 1.05);
}

QString share(double v) { return QString::number(v, 'f', 3); }

} // namespace

TrainingDialog::TrainingDialog(QString projectPath, JobStarter startJob, QWidget* parent)
    : QDialog(parent), m_projectPath(std::move(projectPath)), m_startJob(std::move(startJob))
{
    setWindowTitle(tr("Train Model"));
    setObjectName(QStringLiteral("trainingDialog"));
    m_tabs = new QTabWidget;
    auto* train = new QSplitter;
    auto* optionsScroll = new QScrollArea;
    optionsScroll->setWidget(buildOptions());
    optionsScroll->setWidgetResizable(true);
    optionsScroll->setMinimumWidth(360);
    train->addWidget(optionsScroll);
    train->addWidget(buildProgress());
    train->setStretchFactor(1, 1);
    m_tabs->addTab(train, tr("&New Training"));
    m_tabs->addTab(buildVersions(), tr("&Versions"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    resize(1100, 720);
    kindChanged();
    refreshVersions();
    previewDataset();
}

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

QWidget* TrainingDialog::buildProgress()
{
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    m_status = new QLabel(tr("Choose a base model and start. The project is backed up first."));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_trainLoss = new QLineSeries;
    m_trainLoss->setName(tr("training loss"));
    m_validationLoss = new QLineSeries;
    m_validationLoss->setName(tr("validation loss"));
    m_metricA = new QLineSeries;
    m_metricB = new QLineSeries;
    m_lossChart = makeChart(tr("Loss"), {m_trainLoss, m_validationLoss});
    m_metricChart = makeChart(tr("Validation"), {m_metricA, m_metricB});
    auto* charts = new QHBoxLayout;
    for (QChart* chart : {m_lossChart, m_metricChart}) {
        auto* view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(230);
        charts->addWidget(view);
    }
    layout->addLayout(charts, 1);
    auto* bottom = new QHBoxLayout;
    m_results = new QTextBrowser;
    m_results->setObjectName(QStringLiteral("trainingResults"));
    m_results->setOpenExternalLinks(true);
    bottom->addWidget(m_results, 1);
    m_confusion = new QLabel;
    m_confusion->setAlignment(Qt::AlignCenter);
    m_confusion->setMinimumWidth(260);
    bottom->addWidget(m_confusion, 1);
    layout->addLayout(bottom, 1);
    m_makeActive = new QPushButton(tr("Make &Active"));
    m_makeActive->setToolTip(tr("Run Models will use the new model by default."));
    m_makeActive->setEnabled(false);
    connect(m_makeActive, &QPushButton::clicked, this, &TrainingDialog::makeActive);
    layout->addWidget(m_makeActive, 0, Qt::AlignRight);
    return w;
}

QWidget* TrainingDialog::buildVersions()
{
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    m_versions = new QTableWidget(0, 6);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setHorizontalHeaderLabels({tr("Active"), tr("Kind"), tr("Trained"), tr("Name"), tr("Validation"), tr("Model")});
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_versions);
    auto* buttons = new QHBoxLayout;
    auto* activate = new QPushButton(tr("Make Selected &Active"));
    connect(activate, &QPushButton::clicked, this, &TrainingDialog::activateSelectedVersion);
    auto* folder = new QPushButton(tr("Open &Folder"));
    connect(folder, &QPushButton::clicked, this, [this] {
        const int row = m_versions->currentRow();
        if (row >= 0)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_versions->item(row, 5)->text()).absolutePath()));
    });
    buttons->addStretch();
    buttons->addWidget(folder);
    buttons->addWidget(activate);
    layout->addLayout(buttons);
    return w;
}

void TrainingDialog::kindChanged()
{
    const bool classifier = selectedKind() == training::TrainingKind::Classifier;
    for (QWidget* w : std::initializer_list<QWidget*>{m_balance, m_firstFrame, m_emptyShare, m_splitBy, m_validation, m_allowMissingClasses})
        w->setEnabled(classifier);
    m_heldOut->setEnabled(!classifier);
    m_minPerClass->setValue(classifier ? 5 : 2); // an individual needs two sightings to be queried at all
    m_metricA->setName(classifier ? tr("accuracy") : tr("MAP@R"));
    m_metricB->setName(classifier ? tr("macro-F1") : tr("top-1"));
    m_validationLoss->setVisible(classifier);
    m_metricChart->setTitle(classifier ? tr("Validation") : tr("Held-out individuals"));
}

void TrainingDialog::setBaseModel(const QString& manifest) { m_base->setText(manifest); }

training::TrainingKind TrainingDialog::selectedKind() const
{
    return m_kind->currentData().toString() == u"classifier" ? training::TrainingKind::Classifier : training::TrainingKind::Embedder;
}

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

void TrainingDialog::startTraining() { start(request()); }

void TrainingDialog::resumeTraining()
{
    if (!m_unfinished)
        return;
    setRequest(m_unfinished->request);
    start(m_unfinished->request);
}

void TrainingDialog::findUnfinished()
{
    m_unfinished = m_job ? std::nullopt : training::findUnfinishedTraining(m_projectPath);
    m_resume->setVisible(m_unfinished.has_value());
    if (m_unfinished) {
        m_resume->setText(tr("&Resume the unfinished training of %1 (%n epoch(s) done)", "", m_unfinished->epochsDone)
                              .arg(QLocale().toString(m_unfinished->lastChange, QLocale::ShortFormat)));
        m_resume->setToolTip(tr("Stopped before its model was saved; continues after its last finished epoch, in %1")
                                 .arg(m_unfinished->folder));
    }
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

void TrainingDialog::start(training::TrainingRequest r)
{
    if (m_job)
        return;
    if (r.fineTune.baseManifest.isEmpty() || !QFileInfo::exists(r.fineTune.baseManifest)) {
        QMessageBox::information(this, tr("Train Model"), tr("Choose the manifest of the model to start from (Browse...). "
                                                             "See the user guide, \"Fine-tuning\", for what it needs."));
        return;
    }
    prefs::trainingBase.set(r.fineTune.baseManifest);
    for (QLineSeries* s : {m_trainLoss, m_validationLoss, m_metricA, m_metricB})
        s->clear();
    m_results->clear();
    m_confusion->clear();
    m_makeActive->setEnabled(false);
    m_status->setText(tr("Backing up the project, reading the confirmed labels and computing features..."));
    m_outcome = std::make_shared<std::optional<training::TrainingOutcome>>();
    auto outcome = m_outcome;
    const QString path = m_projectPath;
    TrainingDialog* self = this; // lives as long as the main window, which waits for its jobs before it goes
    m_job = m_startJob(tr("Train %1").arg(m_kind->currentText().toLower()), [path, r, outcome, self](JobControl& control) -> Result<JobOutcome> {
        auto result = training::runTraining(path, r, control, [self](const training::EpochRecord& record) {
            QMetaObject::invokeMethod(self, [self, record] { self->addEpoch(record); }, Qt::QueuedConnection);
        });
        if (!result)
            return result.error();
        *outcome = result.value();
        const auto& rep = result.value().report;
        return JobOutcome{rep.kind == training::TrainingKind::Classifier
                              ? tr("New classifier: validation accuracy %1, macro-F1 %2").arg(share(rep.after.accuracy), share(rep.after.macroF1))
                              : tr("New embedder: held-out MAP@R %1, top-1 %2").arg(share(rep.retrievalAfter.mapAtR), share(rep.retrievalAfter.top1)),
                          false};
    });
    if (!m_job)
        return;
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_resume->setVisible(false);
    m_kind->setEnabled(false); // the curves and figures follow the kind being trained
    connect(m_job, &JobRunner::progress, this, [this](const QString& phase, qint64 done, qint64 total, double) {
        m_status->setText(total > 0 ? tr("%1: %2 of %3").arg(phase).arg(done).arg(total) : phase);
    });
    connect(m_job, &JobRunner::finished, this, [this](bool ok, bool, const QString& message) {
        m_job = nullptr;
        m_start->setEnabled(true);
        m_cancel->setEnabled(false);
        m_kind->setEnabled(true);
        if (ok && m_outcome && m_outcome->has_value())
            showOutcome(m_outcome->value());
        else
            m_status->setText(message);
        refreshVersions();
        findUnfinished();
        Q_EMIT trainingFinished(ok, message);
    });
}

void TrainingDialog::addEpoch(const training::EpochRecord& r)
{
    if (!m_trainLoss->points().isEmpty() && m_trainLoss->points().constLast().x() >= r.epoch)
        return; // already shown (the final redraw from the report came first)
    const bool classifier = selectedKind() == training::TrainingKind::Classifier;
    m_trainLoss->append(r.epoch, r.trainLoss);
    if (classifier)
        m_validationLoss->append(r.epoch, r.validationLoss);
    m_metricA->append(r.epoch, classifier ? r.accuracy : r.mapAtR);
    m_metricB->append(r.epoch, classifier ? r.macroF1 : r.top1);
    fitAxes(m_lossChart);
    fitAxes(m_metricChart);
    m_status->setText(tr("Epoch %1 (stage %2): %3 images/s").arg(r.epoch).arg(r.stage).arg(r.imagesPerSecond, 0, 'f', 0));
}

void TrainingDialog::showOutcome(const training::TrainingOutcome& o)
{
    const training::TrainingReport& r = o.report;
    m_last = Trained{r.kind, r.manifestPath};
    // The report's history is complete (a resumed run also has the epochs before the interruption); live updates
    // may still be queued behind the job's end.
    for (QLineSeries* s : {m_trainLoss, m_validationLoss, m_metricA, m_metricB})
        s->clear();
    for (const training::EpochRecord& e : r.history)
        addEpoch(e);
    QString html;
    if (r.resumedFromEpoch > 0)
        html += tr("<p>Resumed after epoch %1.</p>").arg(r.resumedFromEpoch);
    html += tr("<p>%1 training and %2 validation examples; best epoch %3 (%4).</p>")
                .arg(r.trainExamples).arg(r.validationExamples).arg(r.bestEpoch).arg(r.stopReason.toHtmlEscaped());
    if (r.kind == training::TrainingKind::Classifier) {
        html += tr("<p><b>Accuracy %1, macro-F1 %2</b> on the validation split.<br>Nearest class mean on the base "
                   "features: accuracy %3. Always the most common class: %4.</p>")
                    .arg(share(r.after.accuracy), share(r.after.macroF1), share(r.reference.accuracy), share(r.chanceAccuracy));
        if (o.previous)
            html += tr("<p>Previous version on the same split: accuracy %1, macro-F1 %2.</p>")
                        .arg(share(o.previous->accuracy), share(o.previous->macroF1));
        html += QStringLiteral("<table cellpadding=2><tr><th align=left>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(tr("Class"), tr("Precision"), tr("Recall"), tr("Examples"));
        for (qsizetype c = 0; c < r.classes.size(); ++c) {
            const auto i = static_cast<size_t>(c);
            html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                        .arg(r.classes[c].toHtmlEscaped(), share(r.after.precision[i]), share(r.after.recall[i]))
                        .arg(r.after.support[i]);
        }
        html += QStringLiteral("</table>");
    } else {
        html += tr("<p>Held-out individuals: <b>MAP@R %1 &rarr; %2</b>, top-1 %3 &rarr; %4 (base features &rarr; fine-tuned).</p>")
                    .arg(share(r.retrievalBefore.mapAtR), share(r.retrievalAfter.mapAtR), share(r.retrievalBefore.top1),
                         share(r.retrievalAfter.top1));
        if (o.previousRetrieval)
            html += tr("<p>Previous version: MAP@R %1, top-1 %2.</p>").arg(share(o.previousRetrieval->mapAtR), share(o.previousRetrieval->top1));
    }
    html += tr("<p>Model: <a href=\"%1\">%2</a><br>Report and plots: <a href=\"%3\">%4</a></p>")
                .arg(QUrl::fromLocalFile(QFileInfo(r.manifestPath).absolutePath()).toString(), r.manifestPath.toHtmlEscaped(),
                     QUrl::fromLocalFile(r.reportPath).toString(), r.reportPath.toHtmlEscaped());
    m_results->setHtml(html);
    for (const QString& plot : r.plotPaths)
        if (plot.endsWith(QStringLiteral("confusion.png"))) {
            const QPixmap pixmap(plot);
            m_confusion->setPixmap(pixmap.scaled(QSize(320, 300).boundedTo(m_confusion->size().expandedTo(QSize(240, 240))),
                                                 Qt::KeepAspectRatio, Qt::SmoothTransformation));
        }
    m_makeActive->setEnabled(true);
    m_status->setText(tr("Done. The new model is version %1 of the project.").arg(o.versionId));
}

void TrainingDialog::makeActive()
{
    if (m_last)
        activate(m_last->kind, m_last->manifestPath);
}

void TrainingDialog::activate(training::TrainingKind kind, const QString& manifest)
{
    auto project = Project::open(m_projectPath);
    Status s = project ? training::setActiveModel(*project.value(), kind, manifest) : Status(project.error());
    if (!s)
        QMessageBox::warning(this, tr("Make Active"), s.error().message);
    refreshVersions();
}

void TrainingDialog::refreshVersions()
{
    findUnfinished();
    auto project = Project::open(m_projectPath, Project::OpenMode::ReadOnly);
    if (!project)
        return;
    auto versions = training::listModelVersions(*project.value());
    if (!versions)
        return;
    m_versions->setRowCount(static_cast<int>(versions.value().size()));
    int row = 0;
    for (const training::ModelVersion& v : versions.value()) {
        const QJsonObject& rep = v.report;
        const QString figures = v.kind == training::TrainingKind::Classifier
            ? tr("accuracy %1, macro-F1 %2").arg(share(rep[QStringLiteral("validation")].toObject()[QStringLiteral("accuracy")].toDouble()),
                                                 share(rep[QStringLiteral("validation")].toObject()[QStringLiteral("macro_f1")].toDouble()))
            : tr("MAP@R %1, top-1 %2").arg(share(rep[QStringLiteral("held_out_after")].toObject()[QStringLiteral("map_at_r")].toDouble()),
                                           share(rep[QStringLiteral("held_out_after")].toObject()[QStringLiteral("top1")].toDouble()));
        const QStringList cells{v.active ? QStringLiteral("\u2713") : QString(),
                                v.kind == training::TrainingKind::Classifier ? tr("classifier") : tr("embedder"),
                                QDateTime::fromMSecsSinceEpoch(v.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")), v.name,
                                figures, v.manifestPath};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, static_cast<qlonglong>(v.id));
            item->setData(Qt::UserRole + 1, training::trainingKindName(v.kind));
            m_versions->setItem(row, c, item);
        }
        ++row;
    }
    m_versions->resizeColumnsToContents();
}

void TrainingDialog::activateSelectedVersion()
{
    const int row = m_versions->currentRow();
    if (row < 0)
        return;
    const auto kind = training::parseTrainingKind(m_versions->item(row, 0)->data(Qt::UserRole + 1).toString());
    activate(kind.value_or(training::TrainingKind::Classifier), m_versions->item(row, 5)->text());
}

} // namespace trapline::ui
