#include "IndividualsDialog.h"

#include "SightingImage.h"

#include "project/Project.h"
#include "project/ProjectWatch.h"
#include "review/Taxa.h"
#include "undo/SnapshotCommand.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>

namespace trapline::ui {

namespace {

constexpr int kThumb = 160;

QImage thumbnailOf(const reid::IndividualSighting& s) { return sightingImage(s.path, s.box, kThumb); }

} // namespace

IndividualsDialog::IndividualsDialog(Project* project, QUndoStack* undo, const QString& reviewer, QWidget* parent)
    : QDialog(parent), m_project(project), m_undo(undo), m_reviewer(reviewer), m_individuals(new QListWidget),
      m_sightings(new QListWidget)
{
    setObjectName(QStringLiteral("individualsDialog"));
    setWindowTitle(tr("Individuals"));
    m_individuals->setObjectName(QStringLiteral("individualList"));
    m_individuals->setMinimumWidth(300);
    m_sightings->setObjectName(QStringLiteral("sightingList"));
    m_sightings->setViewMode(QListView::IconMode);
    m_sightings->setIconSize(QSize(kThumb, kThumb));
    m_sightings->setGridSize(QSize(kThumb + 16, kThumb + 40));
    m_sightings->setResizeMode(QListView::Adjust);
    m_sightings->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_sightings->setToolTip(tr("The sightings of the individual, oldest first; select some to split them off"));
    connect(m_individuals, &QListWidget::currentRowChanged, this, [this] { showSightings(); });
    auto* lists = new QHBoxLayout;
    lists->addWidget(m_individuals);
    lists->addWidget(m_sightings, 1);
    auto* buttons = new QHBoxLayout;
    auto add = [&](const QString& text, const QString& tip, auto slot) {
        auto* b = new QPushButton(text);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    add(tr("&New..."), tr("Name an individual before its first sighting is labelled"), [this] { newClicked(); });
    add(tr("&Rename..."), tr("Give the selected individual another name"), [this] { renameClicked(); });
    add(tr("&Merge Into..."), tr("The selected individual is the same animal as another: join their sightings"),
        [this] { mergeClicked(); });
    add(tr("&Split Off..."), tr("The selected sightings show another animal: make them a new individual"),
        [this] { splitClicked(); });
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addLayout(buttons);
    resize(1100, 640);
    if (m_project) {
        // Edits and their undo, from here or from the review pane or the match dialog.
        auto* watch = new ProjectWatch(m_project->path(), this);
        connect(watch, &ProjectWatch::changed, this, [this](const ProjectChange& change) {
            if (change.touches(ProjectChange::Kinds(ProjectChange::Individuals) | ProjectChange::Observations |
                               ProjectChange::Taxa))
                reload();
        });
    }
    reload();
}

int IndividualsDialog::individualCount() const { return static_cast<int>(m_rows.size()); }
int IndividualsDialog::sightingCount() const { return static_cast<int>(m_shown.size()); }

std::optional<std::int64_t> IndividualsDialog::selectedIndividual() const
{
    const int row = m_individuals->currentRow();
    return row >= 0 && row < individualCount() ? std::optional<std::int64_t>(m_rows[static_cast<size_t>(row)].id) : std::nullopt;
}

void IndividualsDialog::selectIndividual(std::int64_t id)
{
    for (int row = 0; row < individualCount(); ++row)
        if (m_rows[static_cast<size_t>(row)].id == id)
            m_individuals->setCurrentRow(row);
}

void IndividualsDialog::reload()
{
    const auto keep = selectedIndividual();
    m_rows.clear();
    if (m_project)
        if (auto rows = reid::listIndividualSummaries(*m_project))
            m_rows = std::move(rows).value();
    const QSignalBlocker block(m_individuals);
    m_individuals->clear();
    for (const auto& r : m_rows) {
        QString text = QStringLiteral("%1\n%2").arg(r.name, tr("%n sighting(s)", "", r.sightings));
        if (!r.species.isEmpty())
            text += QStringLiteral(" \u00b7 ") + r.species;
        if (r.firstSeenMs)
            text += QStringLiteral("\n%1 \u2013 %2").arg(formatTimestamp(r.firstSeenMs).left(10), formatTimestamp(r.lastSeenMs).left(10));
        auto* item = new QListWidgetItem(text);
        item->setToolTip(r.deployments.join(QStringLiteral(", ")));
        m_individuals->addItem(item);
    }
    int row = m_rows.empty() ? -1 : 0;
    for (int i = 0; keep && i < individualCount(); ++i)
        if (m_rows[static_cast<size_t>(i)].id == *keep)
            row = i;
    m_individuals->setCurrentRow(row);
    showSightings();
}

void IndividualsDialog::showSightings()
{
    m_sightings->clear();
    m_shown.clear();
    const auto id = selectedIndividual();
    const int generation = ++m_generation;
    if (!m_project || !id)
        return;
    if (auto s = reid::sightingsOf(*m_project, *id))
        m_shown = std::move(s).value();
    for (const auto& s : m_shown) {
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(formatTimestamp(s.takenAtMs).left(16), s.deployment));
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(s.observationId));
        item->setToolTip(s.path);
        m_sightings->addItem(item);
    }
    // Cutting the boxes out of full-size images takes longer than a frame: on the pool.
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::resultReadyAt, this, [this, watcher, generation](int i) {
        if (generation == m_generation && i < m_sightings->count())
            m_sightings->item(i)->setIcon(QPixmap::fromImage(watcher->resultAt(i)));
    });
    connect(watcher, &QFutureWatcher<QImage>::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(QtConcurrent::mapped(m_shown, thumbnailOf));
}

Status IndividualsDialog::push(Result<reid::IndividualChange> change, const QString& text)
{
    if (!change)
        return change.error();
    const auto about = change.value().individualId;
    if (m_undo)
        m_undo->push(SnapshotCommand::individualEdit(m_project, m_reviewer, change.value(), text));
    selectIndividual(about);
    return okStatus();
}

Status IndividualsDialog::rename(std::int64_t id, const QString& name)
{
    return push(reid::renameIndividual(*m_project, id, name, m_reviewer), UndoText::tr("rename individual"));
}

Status IndividualsDialog::merge(std::int64_t from, std::int64_t into)
{
    return push(reid::mergeIndividuals(*m_project, from, into, m_reviewer), UndoText::tr("merge individuals"));
}

Status IndividualsDialog::split(std::int64_t id, const std::vector<std::int64_t>& observations, const QString& newName)
{
    return push(reid::splitIndividual(*m_project, id, observations, newName, m_reviewer),
                UndoText::tr("split individual"));
}

void IndividualsDialog::warnIfFailed(const Status& status)
{
    if (!status)
        QMessageBox::warning(this, tr("Not saved"), status.error().message);
}

void IndividualsDialog::renameClicked()
{
    const auto id = selectedIndividual();
    if (!id)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal,
                                               m_rows[static_cast<size_t>(m_individuals->currentRow())].name, &ok);
    if (ok)
        warnIfFailed(rename(*id, name));
}

void IndividualsDialog::mergeClicked()
{
    const auto id = selectedIndividual();
    if (!id || individualCount() < 2)
        return;
    QStringList names;
    std::vector<std::int64_t> ids;
    for (const auto& r : m_rows)
        if (r.id != *id) {
            names << r.name;
            ids.push_back(r.id);
        }
    bool ok = false;
    const QString target = QInputDialog::getItem(this, tr("Merge"), tr("The same animal as:"), names, 0, false, &ok);
    if (ok)
        warnIfFailed(merge(*id, ids[static_cast<size_t>(names.indexOf(target))]));
}

void IndividualsDialog::splitClicked()
{
    const auto id = selectedIndividual();
    std::vector<std::int64_t> observations;
    for (const QListWidgetItem* item : m_sightings->selectedItems())
        observations.push_back(item->data(Qt::UserRole).toLongLong());
    if (!id || observations.empty()) {
        QMessageBox::information(this, tr("Split"), tr("Select the sightings that show the other animal first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Split"), tr("Name of the other animal:"), QLineEdit::Normal, {}, &ok);
    if (ok)
        warnIfFailed(split(*id, observations, name));
}

void IndividualsDialog::newClicked()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New individual"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (auto created = review::createIndividual(*m_project, name, std::nullopt); !created)
        QMessageBox::warning(this, tr("Not saved"), created.error().message);
}

} // namespace trapline::ui
