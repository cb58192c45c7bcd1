#include "LabelPanel.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStringListModel>
#include <QVBoxLayout>

namespace trapline::ui {

namespace {

QLabel* wrappingLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* button(const QString& text, const QString& shortcutHint, const QString& tip)
{
    auto* b = new QPushButton(shortcutHint.isEmpty() ? text : QStringLiteral("%1  [%2]").arg(text, shortcutHint));
    b->setToolTip(tip);
    b->setFocusPolicy(Qt::NoFocus); // keys stay with the image and the lists
    return b;
}

} // namespace

LabelPanel::LabelPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("labelPanel"));
    auto* layout = new QVBoxLayout(this);

    m_title = wrappingLabel(QStringLiteral("sequenceTitle"));
    m_title->setStyleSheet(QStringLiteral("font-weight: bold"));
    layout->addWidget(m_title);
    auto* current = new QGroupBox(tr("Labels"));
    auto* currentLayout = new QFormLayout(current);
    m_sequenceLabels = wrappingLabel(QStringLiteral("sequenceLabels"));
    m_prediction = wrappingLabel(QStringLiteral("prediction"));
    m_frameLabel = wrappingLabel(QStringLiteral("frameLabel"));
    m_boxLabel = wrappingLabel(QStringLiteral("boxLabel"));
    currentLayout->addRow(tr("Sequence:"), m_sequenceLabels);
    currentLayout->addRow(tr("Machine:"), m_prediction);
    currentLayout->addRow(tr("Frame:"), m_frameLabel);
    currentLayout->addRow(tr("Box:"), m_boxLabel);
    layout->addWidget(current);

    auto* entry = new QGroupBox(tr("Label"));
    auto* form = new QFormLayout(entry);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("speciesSearch"));
    m_search->setPlaceholderText(tr("Species: type to search, Enter to apply"));
    m_search->setToolTip(tr("Scientific or common name. A name the project does not know yet is added.\n"
                            "Enter applies it to the selected box, or else to the whole sequence."));
    m_search->setClearButtonEnabled(true);
    m_names = new QStringListModel(this);
    m_completer = new QCompleter(m_names, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_search->setCompleter(m_completer);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { Q_EMIT applyRequested(Target::Smart); });
    form->addRow(tr("&Species:"), m_search);
    m_count = new QSpinBox;
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(0, 999);
    m_count->setSpecialValueText(tr("not counted"));
    m_count->setToolTip(tr("How many animals; leave at \"not counted\" if you do not count"));
    form->addRow(tr("&Count:"), m_count);
    auto* individualRow = new QHBoxLayout;
    m_individual = new QComboBox;
    m_individual->setObjectName(QStringLiteral("individual"));
    m_individual->setToolTip(tr("The known individual this animal is, if any"));
    auto* newIndividual = new QPushButton(tr("New..."));
    newIndividual->setToolTip(tr("Name a new individual"));
    connect(newIndividual, &QPushButton::clicked, this, &LabelPanel::newIndividualRequested);
    individualRow->addWidget(m_individual, 1);
    individualRow->addWidget(newIndividual);
    form->addRow(tr("Individual:"), individualRow);
    m_notes = new QLineEdit;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setPlaceholderText(tr("Behaviour, marks, anything worth keeping"));
    form->addRow(tr("&Notes:"), m_notes);
    layout->addWidget(entry);

    auto* apply = new QGroupBox(tr("Apply to"));
    auto* applyLayout = new QVBoxLayout(apply);
    auto* toSequence = button(tr("Whole sequence"), tr("Enter"), tr("The label of every frame of the sequence"));
    connect(toSequence, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(Target::Sequence); });
    auto* addToSequence = button(tr("Add species to sequence"), {}, tr("A second species in the same sequence"));
    connect(addToSequence, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(Target::AddToSequence); });
    auto* toFrame = button(tr("This frame only"), {}, tr("This frame differs from its sequence"));
    connect(toFrame, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(Target::Frame); });
    m_boxButton = button(tr("Selected box"), {}, tr("The label of the selected box only (multi-species frames)"));
    connect(m_boxButton, &QPushButton::clicked, this, [this] { Q_EMIT applyRequested(Target::Box); });
    for (QPushButton* b : {toSequence, addToSequence, toFrame, m_boxButton})
        applyLayout->addWidget(b);
    layout->addWidget(apply);

    auto* actions = new QGroupBox(tr("Quick actions"));
    auto* actionsLayout = new QVBoxLayout(actions);
    auto* emptySequence = button(tr("Sequence is empty"), QStringLiteral("0"), tr("Nothing in any frame"));
    connect(emptySequence, &QPushButton::clicked, this, &LabelPanel::emptySequenceRequested);
    auto* emptyFrame = button(tr("Frame is empty"), QStringLiteral("E"), tr("The animal has left this frame"));
    connect(emptyFrame, &QPushButton::clicked, this, &LabelPanel::emptyFrameRequested);
    auto* clearFrame = button(tr("Frame follows sequence"), tr("Shift+E"), tr("Remove this frame's own label"));
    connect(clearFrame, &QPushButton::clicked, this, &LabelPanel::clearFrameRequested);
    auto* accept = button(tr("Accept machine label"), QStringLiteral("A"), tr("Confirm what the model said"));
    connect(accept, &QPushButton::clicked, this, &LabelPanel::acceptMachineRequested);
    auto* reviewed = button(tr("Reviewed as it is"), QStringLiteral("R"), tr("The labels are right; mark it reviewed"));
    connect(reviewed, &QPushButton::clicked, this, &LabelPanel::reviewedRequested);
    for (QPushButton* b : {emptySequence, emptyFrame, clearFrame, accept, reviewed})
        actionsLayout->addWidget(b);
    layout->addWidget(actions);

    auto* keys = new QGroupBox(tr("Quick keys"));
    auto* keysLayout = new QVBoxLayout(keys);
    m_quickKeys = wrappingLabel(QStringLiteral("quickKeys"));
    keysLayout->addWidget(m_quickKeys);
    auto* editKeys = button(tr("Edit quick keys..."), {}, tr("Choose the species of keys 1 to 9 for this project"));
    connect(editKeys, &QPushButton::clicked, this, &LabelPanel::editQuickKeysRequested);
    keysLayout->addWidget(editKeys);
    layout->addWidget(keys);
    layout->addStretch(1);
    showState(nullptr, nullptr, nullptr);
}

void LabelPanel::setTaxa(const std::vector<review::Taxon>& taxa)
{
    QStringList names;
    QSet<QString> known;
    for (const auto& t : taxa) {
        names << t.displayName();
        known.insert(t.scientificName.toLower());
    }
    m_projectNames = names;
    m_reference.clear();
    for (const auto& r : taxonomy::speciesNetTaxa()) {
        if (known.contains(r.scientificName.toLower()))
            continue;
        names << r.displayName();
        m_reference.insert(r.displayName().toLower(), r);
    }
    m_names->setStringList(names);
}

std::optional<taxonomy::ReferenceTaxon> LabelPanel::referenceTaxon(const QString& resolved) const
{
    const auto it = m_reference.constFind(resolved.toLower());
    if (it != m_reference.constEnd())
        return *it;
    for (const auto& r : m_reference) // the scientific name typed in full
        if (r.scientificName.compare(resolved, Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

void LabelPanel::setQuickKeys(const std::vector<std::optional<review::Taxon>>& keys)
{
    QStringList lines;
    for (size_t i = 0; i < keys.size(); ++i)
        lines << QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2").arg(i + 1).arg(keys[i] ? keys[i]->displayName().toHtmlEscaped()
                                                                               : tr("(not set)"));
    m_quickKeys->setText(lines.join(QStringLiteral("<br>")));
}

void LabelPanel::setIndividuals(const std::vector<review::Individual>& individuals)
{
    const QVariant current = m_individual->currentData();
    m_individual->clear();
    m_individual->addItem(tr("(none)"));
    for (const auto& i : individuals)
        m_individual->addItem(i.name, QVariant::fromValue<qint64>(i.id));
    const int index = m_individual->findData(current);
    m_individual->setCurrentIndex(index < 0 ? 0 : index);
}

void LabelPanel::showState(const review::SequenceView* sequence, const review::FrameView* frame, const review::BoxView* box)
{
    if (!sequence) {
        m_title->setText(tr("No sequence selected"));
        for (QLabel* l : {m_sequenceLabels, m_prediction, m_frameLabel, m_boxLabel})
            l->setText(QStringLiteral("-"));
        m_boxButton->setEnabled(false);
        return;
    }
    const auto& s = sequence->summary;
    QString title = tr("%1 \u00b7 %2 \u00b7 %n frame(s)", "", s.frameCount)
                        .arg(sequence->deploymentName, formatTimestamp(s.startMs).left(19));
    if (s.withoutCameraTime)
        title += QStringLiteral(" \u00b7 ") + tr("time from the file, not the camera");
    m_title->setText(title);
    QStringList labels;
    for (const auto& l : sequence->labels)
        labels << l.text();
    m_sequenceLabels->setText(labels.isEmpty() ? tr("not labelled") : labels.join(QStringLiteral(", ")));
    if (sequence->prediction)
        m_prediction->setText(tr("%1 (%2%)").arg(sequence->prediction->text())
                                  .arg(qRound(sequence->prediction->confidence.value_or(0) * 100)));
    else
        m_prediction->setText(tr("no prediction"));
    if (!frame)
        m_frameLabel->setText(QStringLiteral("-"));
    else if (frame->frameLabel)
        m_frameLabel->setText(tr("%1 (its own label)").arg(frame->frameLabel->text()));
    else
        m_frameLabel->setText(frame->reviewFlag.isEmpty() ? tr("follows the sequence")
                                                          : tr("follows the sequence; check: %1").arg(frame->reviewFlag));
    if (!box)
        m_boxLabel->setText(tr("none selected (B draws one)"));
    else
        m_boxLabel->setText(QStringLiteral("%1%2").arg(box->label ? box->label->text() : box->category,
                                                       box->human ? QString() : tr(" (machine)")));
    m_boxButton->setEnabled(box != nullptr);
}

QString LabelPanel::speciesText() const { return m_search->text().trimmed(); }

QString LabelPanel::resolvedSpecies(QStringList* ambiguous) const
{
    const QString typed = speciesText();
    const QStringList all = m_names->stringList();
    for (const QString& name : all)
        if (name.compare(typed, Qt::CaseInsensitive) == 0)
            return name;
    if (referenceTaxon(typed))
        return typed;
    // The project's own taxa first, then the taxonomy's.
    for (const QStringList& names : {m_projectNames, all.mid(m_projectNames.size())}) {
        QStringList fits;
        for (const QString& name : names)
            if (name.contains(typed, Qt::CaseInsensitive))
                fits << name;
        if (fits.size() == 1)
            return fits.first();
        if (fits.size() > 1) {
            if (ambiguous)
                *ambiguous = fits;
            return {};
        }
    }
    return typed;
}

std::optional<int> LabelPanel::count() const
{
    return m_count->value() == 0 ? std::nullopt : std::optional<int>(m_count->value());
}

std::optional<std::int64_t> LabelPanel::individualId() const
{
    const QVariant v = m_individual->currentData();
    return v.isValid() ? std::optional<std::int64_t>(v.toLongLong()) : std::nullopt;
}

QString LabelPanel::notes() const { return m_notes->text().trimmed(); }

void LabelPanel::clearEntry()
{
    m_search->clear();
    m_count->setValue(0);
    m_individual->setCurrentIndex(0);
    m_notes->clear();
}

void LabelPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace trapline::ui
