#include "ReviewPane.h"

#include "BoxItem.h"
#include "FrameStripModel.h"
#include "FrameStripView.h"
#include "ImageView.h"
#include "browser/ThumbnailLoader.h"
#include "project/Project.h"
#include "project/ProjectWatch.h"
#include "review/Conflicts.h"
#include "undo/SnapshotCommand.h"
#include "undo/UndoReport.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace trapline::ui {

namespace {

// The frame is shown at most this large: sharp on any screen, decoded in a fraction of a full-size decode.
constexpr int kMaxImageSide = 2560;

struct LoadedImage {
    QImage image;
    QString error;
};

LoadedImage readImage(const QString& path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > kMaxImageSide)
        reader.setScaledSize(size.scaled(kMaxImageSide, kMaxImageSide, Qt::KeepAspectRatio));
    LoadedImage out;
    out.image = reader.read();
    if (out.image.isNull())
        out.error = reader.errorString();
    return out;
}

QString boxText(const review::BoxView& b)
{
    if (b.label && b.label->human)
        return b.label->shortText();
    const QString what = b.label ? b.label->shortText() : b.category;
    return b.confidence ? QStringLiteral("%1 %2%").arg(what).arg(qRound(*b.confidence * 100)) : what;
}

} // namespace

ReviewPane::ReviewPane(QWidget* parent)
    : QWidget(parent), m_thumbnails(new ThumbnailLoader(this)), m_frames(new FrameStripModel(m_thumbnails, this)),
      m_image(new ImageView), m_strip(new FrameStripView), m_panel(new LabelPanel)
{
    setObjectName(QStringLiteral("reviewPane"));
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildToolbar());
    leftLayout->addWidget(buildConflictBar());
    leftLayout->addWidget(m_image, 1);
    m_strip->setObjectName(QStringLiteral("filmstrip"));
    m_strip->setModel(m_frames);
    m_frames->setThumbnailSize(m_strip->iconSize());
    connect(static_cast<FrameStripView*>(m_strip), &FrameStripView::iconSizeFitted, m_frames,
            &FrameStripModel::setThumbnailSize);
    m_strip->setFocusPolicy(Qt::NoFocus);
    m_strip->setToolTip(tr("Frames of this sequence: Left/Right to move between them"));
    leftLayout->addWidget(m_strip);
    connect(m_strip->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        if (index.isValid() && index.row() != m_frame)
            setCurrentFrame(index.row());
    });

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    m_panel->setMinimumWidth(310);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_image, &ImageView::boxDrawn, this, &ReviewPane::onBoxDrawn);
    connect(m_image, &ImageView::boxEdited, this, &ReviewPane::onBoxEdited);
    connect(m_image, &ImageView::boxSelectionChanged, this, [this] {
        m_panel->showState(sequenceView(), frame(), selectedBox());
    });
    connect(m_image, &ImageView::drawModeChanged, this, [this](bool on) { m_drawButton->setChecked(on); });
    connect(m_panel, &LabelPanel::applyRequested, this, &ReviewPane::apply);
    connect(m_panel, &LabelPanel::emptySequenceRequested, this, &ReviewPane::markSequenceEmpty);
    connect(m_panel, &LabelPanel::emptyFrameRequested, this, &ReviewPane::markFrameEmpty);
    connect(m_panel, &LabelPanel::clearFrameRequested, this, &ReviewPane::clearFrameLabel);
    connect(m_panel, &LabelPanel::acceptMachineRequested, this, &ReviewPane::acceptMachineLabel);
    connect(m_panel, &LabelPanel::reviewedRequested, this, &ReviewPane::markReviewed);
    connect(m_panel, &LabelPanel::newIndividualRequested, this, [this] {
        if (!m_project)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New individual"), tr("Name of the individual:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        if (auto created = review::createIndividual(*m_project, name, std::nullopt); !created)
            Q_EMIT editFailed(created.error().message);
    });
    // An undo or redo of a review edit shows the sequence it put back.
    connect(UndoReport::instance(), &UndoReport::sequenceRestored, this, [this](qint64 id) {
        if (m_project && currentSequence() != id)
            showSequence(id);
    });
    showSequence(std::nullopt);
}

QWidget* ReviewPane::buildToolbar()
{
    auto* bar = new QWidget;
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 2, 4, 2);
    auto tool = [&](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QToolButton::clicked, this, slot);
        layout->addWidget(b);
        return b;
    };
    tool(tr("Fit"), tr("Fit the image to the window (F)"), [this] { m_image->fitToWindow(); });
    tool(QStringLiteral("+"), tr("Zoom in (+)"), [this] { m_image->zoomIn(); });
    tool(QStringLiteral("\u2212"), tr("Zoom out (-)"), [this] { m_image->zoomOut(); });
    m_magnifierButton = tool(tr("Magnifier"), tr("A loupe under the mouse (M)"), [this] { toggleMagnifier(); });
    m_magnifierButton->setCheckable(true);
    m_drawButton = tool(tr("Draw box"), tr("Drag a box around one animal (B, or Ctrl+drag at any time)"),
                        [this] { m_image->setDrawMode(m_drawButton->isChecked()); });
    m_drawButton->setCheckable(true);
    auto slider = [&](const QString& label, const QString& tip) {
        auto* text = new QLabel(label);
        layout->addWidget(text);
        auto* s = new QSlider(Qt::Horizontal);
        s->setRange(-100, 100);
        s->setFixedWidth(110);
        s->setToolTip(tip);
        s->setFocusPolicy(Qt::NoFocus);
        connect(s, &QSlider::valueChanged, this, [this] { m_image->setAdjustments(m_brightness->value(), m_contrast->value()); });
        layout->addWidget(s);
        return s;
    };
    m_brightness = slider(tr("Brightness"), tr("Brighten dark night shots; double-click Reset to undo"));
    m_contrast = slider(tr("Contrast"), tr("More contrast for washed-out or infrared frames"));
    tool(tr("Reset"), tr("Brightness and contrast back to the image as it is"), [this] { resetAdjustments(); });
    layout->addStretch(1);
    return bar;
}

QWidget* ReviewPane::buildConflictBar()
{
    m_conflictBar = new QWidget;
    m_conflictBar->setObjectName(QStringLiteral("conflictBar"));
    auto* layout = new QHBoxLayout(m_conflictBar);
    layout->setContentsMargins(4, 2, 4, 2);
    m_conflictText = new QLabel;
    m_conflictText->setWordWrap(true);
    layout->addWidget(m_conflictText, 1);
    auto* keep = new QPushButton(tr("Keep these labels"));
    keep->setObjectName(QStringLiteral("conflictKeepOurs"));
    keep->setFocusPolicy(Qt::NoFocus);
    connect(keep, &QPushButton::clicked, this, [this] { pickConflict(false); });
    layout->addWidget(keep);
    m_takeTheirs = new QPushButton;
    m_takeTheirs->setObjectName(QStringLiteral("conflictTakeTheirs"));
    m_takeTheirs->setFocusPolicy(Qt::NoFocus);
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { pickConflict(true); });
    layout->addWidget(m_takeTheirs);
    m_conflictBar->hide();
    return m_conflictBar;
}

void ReviewPane::showConflict()
{
    m_conflictId.reset();
    if (m_project && m_view)
        if (auto open = review::openConflicts(*m_project, m_view->summary.id); open && !open.value().empty()) {
            const auto& c = open.value().front();
            m_conflictId = c.id;
            m_conflictReviewer = c.reviewer;
            m_conflictText->setText(tr("Changed here and in %1's part. Here: %2. %1: %3.")
                                        .arg(c.reviewer, review::describeVersion(*m_project, c.ours),
                                             review::describeVersion(*m_project, c.theirs)));
            m_takeTheirs->setText(tr("Take %1's").arg(c.reviewer));
        }
    m_conflictBar->setVisible(m_conflictId.has_value());
}

void ReviewPane::pickConflict(bool theirs)
{
    if (!m_project || !m_conflictId)
        return;
    auto picked = review::resolveConflict(
        *m_project, *m_conflictId, theirs ? review::ConflictChoice::Theirs : review::ConflictChoice::Ours, m_reviewer);
    if (!picked) {
        Q_EMIT editFailed(picked.error().message);
        return;
    }
    const auto sequenceId = picked.value().after.sequenceId;
    const QString text = theirs ? UndoText::tr("take %1's labels").arg(m_conflictReviewer) : UndoText::tr("keep these labels");
    if (m_undo)
        m_undo->push(SnapshotCommand::conflictPick(m_project, m_reviewer, picked.value(), text));
    reloadSequence();
    Q_EMIT sequenceEdited(sequenceId);
    Q_EMIT status(tr("Saved: %1").arg(text));
}

void ReviewPane::setProject(Project* project, const QString& thumbnailCachePath)
{
    m_project = project;
    delete m_watch;
    m_watch = nullptr;
    if (m_project) {
        m_watch = new ProjectWatch(m_project->path(), this);
        connect(m_watch, &ProjectWatch::changed, this, &ReviewPane::onProjectChanged);
    }
    m_thumbnails->setCachePath(thumbnailCachePath);
    reloadVocabulary();
    showSequence(std::nullopt);
}

void ReviewPane::onProjectChanged(const ProjectChange& change)
{
    // Only what the change touched is read again: an edit of one sequence re-reads that sequence if it is shown,
    // not every taxon, quick key and individual.
    const bool taxa = change.touches(ProjectChange::Taxa);
    const bool individuals = change.touches(ProjectChange::Individuals);
    if (taxa)
        reloadTaxa();
    if (individuals)
        reloadIndividuals();
    if (taxa || individuals)
        Q_EMIT vocabularyChanged(m_taxa, m_individuals);
    // A job that does not name its sequences (inference, an import) is followed when it has finished
    // (MainWindow::onJobFinished), not every quarter second while the person reviews.
    if (!change.sequencesKnown && !change.sameThread)
        return;
    if (const auto current = currentSequence(); current && change.touchesSequence(*current)) {
        // A sequence regrouped away (times adjusted) is no error of the person reviewing: the pane empties.
        m_followingChange = true;
        reloadSequence();
        m_followingChange = false;
    }
}

void ReviewPane::reloadTaxa()
{
    m_taxa.clear();
    m_quickKeys.assign(review::kQuickKeyCount, std::nullopt);
    if (m_project) {
        if (auto t = review::listTaxa(*m_project))
            m_taxa = std::move(t).value();
        if (auto keys = review::quickKeys(*m_project, m_taxa))
            m_quickKeys = keys.value();
    }
    m_panel->setTaxa(m_taxa);
    m_panel->setQuickKeys(m_quickKeys);
}

void ReviewPane::reloadIndividuals()
{
    m_individuals.clear();
    if (m_project)
        if (auto i = review::listIndividuals(*m_project))
            m_individuals = std::move(i).value();
    m_panel->setIndividuals(m_individuals);
}

void ReviewPane::reloadVocabulary()
{
    reloadTaxa();
    reloadIndividuals();
    Q_EMIT vocabularyChanged(m_taxa, m_individuals);
}

std::optional<std::int64_t> ReviewPane::currentSequence() const
{
    return m_view ? std::optional<std::int64_t>(m_view->summary.id) : std::nullopt;
}

void ReviewPane::showSequence(std::optional<std::int64_t> sequenceId)
{
    const bool same = sequenceId && currentSequence() == sequenceId;
    m_view.reset();
    if (m_project && sequenceId) {
        auto loaded = review::loadSequence(*m_project, *sequenceId);
        if (loaded) {
            m_view = std::move(loaded).value();
            Q_EMIT sequenceRead(*sequenceId);
        } else if (!m_followingChange) {
            Q_EMIT editFailed(loaded.error().message);
        }
    }
    if (!same)
        m_frame = 0;
    if (m_view)
        m_frame = std::clamp(m_frame, 0, std::max(0, static_cast<int>(m_view->frames.size()) - 1));
    if (m_view)
        m_frames->setSequence(*m_view);
    else
        m_frames->clear();
    showConflict();
    showFrame();
}

void ReviewPane::reloadSequence()
{
    // An edit that made a box selects it; otherwise the selection stays where it was.
    if (!m_pendingBoxSelection)
        m_pendingBoxSelection = m_image->selectedBox();
    showSequence(currentSequence());
}

const review::FrameView* ReviewPane::frame() const
{
    if (!m_view || m_frame < 0 || m_frame >= static_cast<int>(m_view->frames.size()))
        return nullptr;
    return &m_view->frames[static_cast<size_t>(m_frame)];
}

std::optional<std::int64_t> ReviewPane::currentMediaId() const
{
    const auto* f = frame();
    return f ? std::optional<std::int64_t>(f->media.id) : std::nullopt;
}

const review::BoxView* ReviewPane::selectedBox() const
{
    const auto* f = frame();
    const auto id = m_image->selectedBox();
    if (!f || !id)
        return nullptr;
    for (const auto& b : f->boxes)
        if (b.detectionId == *id)
            return &b;
    return nullptr;
}

void ReviewPane::setCurrentFrame(int frameIndex)
{
    if (!m_view || frameIndex < 0 || frameIndex >= static_cast<int>(m_view->frames.size()))
        return;
    m_frame = frameIndex;
    showFrame();
}

void ReviewPane::nextFrame() { setCurrentFrame(m_frame + 1); }
void ReviewPane::previousFrame() { setCurrentFrame(m_frame - 1); }

void ReviewPane::showFrame()
{
    const auto* f = frame();
    if (f) {
        const QModelIndex index = m_frames->index(m_frame);
        m_strip->setCurrentIndex(index);
        m_strip->scrollTo(index);
    }
    if (!f || m_imageLoadedFor != f->media.id)
        loadImage();
    else
        showBoxes();
    m_panel->showState(sequenceView(), f, selectedBox());
}

void ReviewPane::loadImage()
{
    const auto* f = frame();
    const int generation = ++m_generation;
    m_imageLoadedFor.reset();
    if (!f || !m_project) {
        m_image->setImage({}, m_project ? tr("Pick a sequence on the left.") : tr("Open or create a project to start."));
        m_image->setBoxes({});
        return;
    }
    const QString path = m_project->absoluteMediaPath(f->media);
    const std::int64_t mediaId = f->media.id;
    // Decoding a full-size JPEG takes longer than a frame of the event loop: it runs on the pool.
    auto* watcher = new QFutureWatcher<LoadedImage>(this);
    connect(watcher, &QFutureWatcher<LoadedImage>::finished, this, [this, watcher, generation, mediaId, path] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const LoadedImage loaded = watcher->result();
        m_image->setImage(loaded.image, tr("Cannot show %1: %2").arg(path, loaded.error));
        m_imageLoadedFor = mediaId;
        showBoxes();
        Q_EMIT frameShown();
    });
    watcher->setFuture(QtConcurrent::run(readImage, path));
}

void ReviewPane::showBoxes()
{
    std::vector<ImageView::BoxSpec> specs;
    if (const auto* f = frame())
        for (const auto& b : f->boxes)
            specs.push_back({b.detectionId, b.box, b.human || b.review == u"accepted", boxText(b)});
    m_image->setBoxes(specs);
    if (m_pendingBoxSelection) {
        m_image->selectBox(*m_pendingBoxSelection);
        m_pendingBoxSelection.reset();
    }
}

void ReviewPane::commit(Result<review::EditOutcome> result, const QString& text, bool advance)
{
    if (!result) {
        Q_EMIT editFailed(result.error().message);
        return;
    }
    // The sequence, and the taxa or individuals if the edit added one, were read again when the edit was stored
    // (ProjectWatch); a box the edit made is selected now.
    const auto sequenceId = result.value().after.sequenceId;
    if (result.value().detectionId) {
        m_pendingBoxSelection = result.value().detectionId;
        showFrame();
    }
    if (m_undo)
        m_undo->push(SnapshotCommand::reviewEdit(m_project, m_reviewer, result.value(), text));
    Q_EMIT sequenceEdited(sequenceId);
    Q_EMIT status(tr("Saved: %1").arg(text));
    if (advance && m_autoAdvance)
        Q_EMIT advanceRequested();
}

std::optional<review::Label> ReviewPane::labelFromPanel()
{
    const QString text = m_panel->speciesText();
    if (text.isEmpty()) {
        Q_EMIT status(tr("Type a species first (press / to search), or use a quick key 1-9."));
        m_panel->focusSearch();
        return std::nullopt;
    }
    review::Label label;
    QStringList ambiguous;
    const QString species = m_panel->resolvedSpecies(&ambiguous);
    if (species.isEmpty()) {
        Q_EMIT status(tr("\"%1\" fits %2 species (%3): pick one from the list.")
                          .arg(text).arg(ambiguous.size()).arg(ambiguous.mid(0, 4).join(QStringLiteral(", "))));
        m_panel->focusSearch();
        return std::nullopt;
    }
    const QString lower = species.toLower();
    static const QStringList nonAnimals{QStringLiteral("blank"), QStringLiteral("human"), QStringLiteral("vehicle"),
                                        QStringLiteral("unknown")};
    if (lower == u"empty" || nonAnimals.contains(lower)) {
        label.observationType = lower == u"empty" ? QStringLiteral("blank") : lower;
    } else {
        const auto reference = m_panel->referenceTaxon(species);
        auto taxon = reference ? review::ensureTaxon(*m_project, reference->scientificName, reference->commonName)
                               : review::ensureTaxon(*m_project, species);
        if (!taxon) {
            Q_EMIT editFailed(taxon.error().message);
            return std::nullopt;
        }
        label.taxonId = taxon.value();
    }
    if (label.observationType != u"blank")
        label.count = m_panel->count();
    label.individualId = m_panel->individualId();
    label.notes = m_panel->notes();
    return label;
}

void ReviewPane::apply(LabelPanel::Target target)
{
    if (!m_project || !m_view)
        return;
    if (target == LabelPanel::Target::Smart)
        target = m_image->selectedBox() ? LabelPanel::Target::Box : LabelPanel::Target::Sequence;
    const auto label = labelFromPanel();
    if (!label)
        return;
    review::ReviewEditor editor(*m_project, m_reviewer);
    const QString name = m_panel->speciesText();
    switch (target) {
    case LabelPanel::Target::Smart:
    case LabelPanel::Target::Sequence:
        commit(editor.labelSequence(m_view->summary.id, *label), UndoText::tr("label sequence %1").arg(name), true);
        break;
    case LabelPanel::Target::AddToSequence:
        commit(editor.labelSequence(m_view->summary.id, *label, review::ReviewEditor::SequenceMode::Add),
               UndoText::tr("add %1 to the sequence").arg(name), false);
        break;
    case LabelPanel::Target::Frame:
        if (const auto media = currentMediaId())
            commit(editor.labelFrame(*media, *label), UndoText::tr("label frame %1").arg(name), false);
        break;
    case LabelPanel::Target::Box:
        if (const auto box = m_image->selectedBox())
            commit(editor.labelBox(*box, *label), UndoText::tr("label box %1").arg(name), false);
        else
            Q_EMIT status(tr("Select a box first (click it), or draw one with B."));
        break;
    }
    m_panel->clearEntry();
    m_image->setFocus();
}

void ReviewPane::applyQuickKey(int key)
{
    if (!m_project || !m_view || key < 1 || key > static_cast<int>(m_quickKeys.size()))
        return;
    const auto taxon = m_quickKeys[static_cast<size_t>(key - 1)]; // a copy: the edit may read the quick keys again
    if (!taxon) {
        Q_EMIT status(tr("Quick key %1 has no species yet: set it under Review > Quick Keys.").arg(key));
        return;
    }
    review::ReviewEditor editor(*m_project, m_reviewer);
    const review::Label label = review::Label::animal(taxon->id);
    if (const auto box = m_image->selectedBox())
        commit(editor.labelBox(*box, label), UndoText::tr("label box %1").arg(taxon->displayName()), false);
    else
        commit(editor.labelSequence(m_view->summary.id, label),
               UndoText::tr("label sequence %1").arg(taxon->displayName()), true);
}

void ReviewPane::markSequenceEmpty()
{
    if (m_project && m_view)
        commit(review::ReviewEditor(*m_project, m_reviewer).labelSequence(m_view->summary.id, review::Label::blank()),
               UndoText::tr("mark sequence empty"), true);
}

void ReviewPane::markFrameEmpty()
{
    if (const auto media = currentMediaId(); m_project && media)
        commit(review::ReviewEditor(*m_project, m_reviewer).labelFrame(*media, review::Label::blank()),
               UndoText::tr("mark frame empty"), false);
}

void ReviewPane::clearFrameLabel()
{
    if (const auto media = currentMediaId(); m_project && media)
        commit(review::ReviewEditor(*m_project, m_reviewer).clearFrameLabel(*media),
               UndoText::tr("frame follows its sequence"), false);
}

void ReviewPane::acceptMachineLabel()
{
    if (m_project && m_view)
        commit(review::ReviewEditor(*m_project, m_reviewer).acceptMachineLabel(m_view->summary.id),
               UndoText::tr("accept machine label"), true);
}

void ReviewPane::markReviewed()
{
    if (m_project && m_view)
        commit(review::ReviewEditor(*m_project, m_reviewer).markReviewed(m_view->summary.id),
               UndoText::tr("mark reviewed"), true);
}

void ReviewPane::deleteSelectedBox()
{
    const auto box = m_image->selectedBox();
    if (!m_project || !box) {
        Q_EMIT status(tr("Select a box to delete (click it)."));
        return;
    }
    commit(review::ReviewEditor(*m_project, m_reviewer).deleteBox(*box), UndoText::tr("delete box"), false);
}

void ReviewPane::startDrawingBox()
{
    if (!m_image->hasImage())
        return;
    m_image->setDrawMode(true);
    m_image->setFocus();
    Q_EMIT status(tr("Drag a box around one animal; Esc cancels."));
}

void ReviewPane::focusSpeciesSearch() { m_panel->focusSearch(); }

void ReviewPane::toggleMagnifier()
{
    m_image->setMagnifier(!m_image->magnifier());
    m_magnifierButton->setChecked(m_image->magnifier());
}

void ReviewPane::resetAdjustments()
{
    m_brightness->setValue(0);
    m_contrast->setValue(0);
}

void ReviewPane::onBoxDrawn(const review::Box& box)
{
    const auto media = currentMediaId();
    if (!m_project || !media)
        return;
    // The new box takes the species being typed, else it waits, selected, for a quick key or a search.
    review::Label label;
    label.observationType = QStringLiteral("animal");
    if (!m_panel->speciesText().isEmpty())
        if (auto typed = labelFromPanel())
            label = *typed;
    commit(review::ReviewEditor(*m_project, m_reviewer).addBox(*media, box, label), UndoText::tr("add box"), false);
    m_panel->clearEntry();
    Q_EMIT status(tr("Box added: press 1-9 or / to name its species."));
}

void ReviewPane::onBoxEdited(qint64 detectionId, const review::Box& box)
{
    if (m_project)
        commit(review::ReviewEditor(*m_project, m_reviewer).moveBox(detectionId, box), UndoText::tr("move box"), false);
}

} // namespace trapline::ui
