#include "ReviewQueuePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace trapline::ui {

ReviewQueuePanel::ReviewQueuePanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("reviewQueuePanel"));
    auto* layout = new QVBoxLayout(this);
    m_notReviewed = new QCheckBox(tr("Not reviewed yet"));
    m_notReviewed->setObjectName(QStringLiteral("queueNotReviewed"));
    m_notReviewed->setToolTip(tr("Sequences no person has labelled or marked reviewed"));
    m_machineOnly = new QCheckBox(tr("Machine-labelled only"));
    m_machineOnly->setObjectName(QStringLiteral("queueMachineOnly"));
    m_machineOnly->setToolTip(tr("Sequences with a model's label that no person has checked"));
    auto* lowRow = new QHBoxLayout;
    m_lowConfidence = new QCheckBox(tr("Machine less sure than"));
    m_lowConfidence->setObjectName(QStringLiteral("queueLowConfidence"));
    m_lowConfidence->setToolTip(tr("Sequences whose best machine label is below this confidence: check these first"));
    m_threshold = new QDoubleSpinBox;
    m_threshold->setObjectName(QStringLiteral("queueThreshold"));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.5);
    lowRow->addWidget(m_lowConfidence);
    lowRow->addWidget(m_threshold);
    m_disagreeing = new QCheckBox(tr("Frames disagree with sequence"));
    m_disagreeing->setObjectName(QStringLiteral("queueDisagreeing"));
    m_disagreeing->setToolTip(tr("A frame's prediction differs from its sequence (often: the animal has left)"));
    m_empty = new QCheckBox(tr("Empty"));
    m_empty->setObjectName(QStringLiteral("queueEmpty"));
    m_empty->setToolTip(tr("Labelled empty by a person, or by the machine where no person has labelled it"));
    m_conflicts = new QCheckBox(tr("Conflicts"));
    m_conflicts->setObjectName(QStringLiteral("queueConflicts"));
    m_conflicts->setToolTip(tr("Sequences a check-in found changed both here and in a reviewer's part: pick one "
                               "version"));
    m_species = new QComboBox;
    m_species->setObjectName(QStringLiteral("queueSpecies"));
    m_individual = new QComboBox;
    m_individual->setObjectName(QStringLiteral("queueIndividual"));
    layout->addWidget(m_notReviewed);
    layout->addWidget(m_machineOnly);
    layout->addLayout(lowRow);
    layout->addWidget(m_disagreeing);
    layout->addWidget(m_empty);
    layout->addWidget(m_conflicts);
    auto* form = new QFormLayout;
    form->addRow(tr("Species:"), m_species);
    form->addRow(tr("Individual:"), m_individual);
    layout->addLayout(form);
    auto* clear = new QPushButton(tr("Show all"));
    clear->setToolTip(tr("Clear every filter"));
    connect(clear, &QPushButton::clicked, this, &ReviewQueuePanel::reset);
    layout->addWidget(clear);
    layout->addStretch(1);
    for (QCheckBox* box : {m_notReviewed, m_machineOnly, m_lowConfidence, m_disagreeing, m_empty, m_conflicts})
        connect(box, &QCheckBox::toggled, this, &ReviewQueuePanel::changed);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_lowConfidence->isChecked())
            Q_EMIT changed();
    });
    connect(m_species, &QComboBox::currentIndexChanged, this, &ReviewQueuePanel::changed);
    connect(m_individual, &QComboBox::currentIndexChanged, this, &ReviewQueuePanel::changed);
    setTaxa({});
    setIndividuals({});
}

void ReviewQueuePanel::setTaxa(const std::vector<review::Taxon>& taxa)
{
    const QVariant current = m_species->currentData();
    const QSignalBlocker block(m_species);
    m_species->clear();
    m_species->addItem(tr("(any species)"));
    for (const auto& t : taxa)
        m_species->addItem(t.displayName(), QVariant::fromValue<qint64>(t.id));
    const int index = m_species->findData(current);
    m_species->setCurrentIndex(index < 0 ? 0 : index);
}

void ReviewQueuePanel::setIndividuals(const std::vector<review::Individual>& individuals)
{
    const QVariant current = m_individual->currentData();
    const QSignalBlocker block(m_individual);
    m_individual->clear();
    m_individual->addItem(tr("(any individual)"));
    for (const auto& i : individuals)
        m_individual->addItem(i.name, QVariant::fromValue<qint64>(i.id));
    const int index = m_individual->findData(current);
    m_individual->setCurrentIndex(index < 0 ? 0 : index);
}

SequenceFilter ReviewQueuePanel::filter(std::optional<std::int64_t> deploymentId) const
{
    SequenceFilter f;
    f.deploymentId = deploymentId;
    f.notReviewed = m_notReviewed->isChecked();
    if (m_machineOnly->isChecked())
        f.reviewState = ReviewState::MachineLabelled;
    if (m_lowConfidence->isChecked())
        f.confidenceBelow = m_threshold->value();
    f.disagreeingFrames = m_disagreeing->isChecked();
    f.empty = m_empty->isChecked();
    f.conflicts = m_conflicts->isChecked();
    if (const QVariant v = m_species->currentData(); v.isValid())
        f.taxonId = v.toLongLong();
    if (const QVariant v = m_individual->currentData(); v.isValid())
        f.individualId = v.toLongLong();
    return f;
}

void ReviewQueuePanel::reset()
{
    {
        const QSignalBlocker a(m_notReviewed), b(m_machineOnly), c(m_lowConfidence), d(m_disagreeing), e(m_empty),
            f(m_species), g(m_individual), h(m_conflicts);
        for (QCheckBox* box : {m_notReviewed, m_machineOnly, m_lowConfidence, m_disagreeing, m_empty, m_conflicts})
            box->setChecked(false);
        m_species->setCurrentIndex(0);
        m_individual->setCurrentIndex(0);
    }
    Q_EMIT changed();
}

} // namespace trapline::ui
