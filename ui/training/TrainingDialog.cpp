#include "TrainingDialog.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

// Models > Train Model: the dialog and its tabs. Its concerns have their own files: the options form
// (TrainingDialogForm.cpp), the curves and figures (TrainingDialogResults.cpp), the job (TrainingDialogJob.cpp)
// and the trained versions (TrainingDialogVersions.cpp).

namespace trapline::ui {

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

training::TrainingKind TrainingDialog::selectedKind() const
{
    return m_kind->currentData().toString() == u"classifier" ? training::TrainingKind::Classifier : training::TrainingKind::Embedder;
}

} // namespace trapline::ui
