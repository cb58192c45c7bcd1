#include "MatchReviewDialog.h"

#include "SightingImage.h"

#include "project/Project.h"
#include "project/ProjectWatch.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"
#include "undo/SnapshotCommand.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/core.hpp>

namespace trapline::ui {

namespace {

constexpr int kCropSide = 640;

// The box of a sighting, cut from its image and reduced for display and keypoints.
QImage cropOf(const reid::Sighting& s) { return sightingImage(s.path, s.box, kCropSide).convertToFormat(QImage::Format_RGB888); }

cv::Mat greyOf(const QImage& image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    return cv::Mat(grey.height(), grey.width(), CV_8UC1, const_cast<uchar*>(grey.constBits()),
                   static_cast<size_t>(grey.bytesPerLine())).clone();
}

struct Shown {
    QImage query, candidate;
    std::vector<std::pair<QPointF, QPointF>> pairs;
};

} // namespace

SideBySideView::SideBySideView(QWidget* parent) : QWidget(parent)
{
    setMinimumSize(640, 360);
    setToolTip(tr("Wheel: zoom both images together"));
}

void SideBySideView::setImages(const QImage& query, const QImage& candidate)
{
    m_images[0] = query;
    m_images[1] = candidate;
    m_pairs.clear();
    m_zoom = 1.0;
    update();
}

QRectF SideBySideView::placed(int side) const
{
    const QImage& img = m_images[side];
    const QRectF half(side * width() / 2.0, 0, width() / 2.0, height());
    if (img.isNull())
        return half;
    const double fit = std::min(half.width() / img.width(), half.height() / img.height()) * m_zoom;
    const QSizeF size(img.width() * fit, img.height() * fit);
    return QRectF(half.center() - QPointF(size.width() / 2, size.height() / 2), size);
}

void SideBySideView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(24, 24, 24));
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    for (int side = 0; side < 2; ++side) {
        p.save();
        p.setClipRect(QRectF(side * width() / 2.0, 0, width() / 2.0, height()));
        if (!m_images[side].isNull())
            p.drawImage(placed(side), m_images[side]);
        p.restore();
    }
    // Keypoint pairs, in each crop's own pixels.
    const QRectF a = placed(0), b = placed(1);
    if (m_images[0].isNull() || m_images[1].isNull())
        return;
    const double sa = a.width() / m_images[0].width(), sb = b.width() / m_images[1].width();
    p.setPen(QPen(QColor(80, 220, 120, 170), 1.2));
    for (const auto& [pa, pb] : m_pairs) {
        const QPointF from = a.topLeft() + pa * sa, to = b.topLeft() + pb * sb;
        p.drawLine(from, to);
        p.drawEllipse(from, 3, 3);
        p.drawEllipse(to, 3, 3);
    }
}

void SideBySideView::wheelEvent(QWheelEvent* event)
{
    m_zoom = std::clamp(m_zoom * std::pow(1.0015, event->angleDelta().y()), 0.25, 8.0);
    update();
    event->accept();
}

MatchReviewDialog::MatchReviewDialog(Project* project, QUndoStack* undo, const QString& reviewer, QWidget* parent)
    : QDialog(parent), m_project(project), m_undo(undo), m_reviewer(reviewer), m_view(new SideBySideView),
      m_info(new QLabel)
{
    setObjectName(QStringLiteral("matchReviewDialog"));
    setWindowTitle(tr("Match individuals"));
    m_info->setObjectName(QStringLiteral("matchInfo"));
    m_info->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    auto add = [&](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* b = new QPushButton(QStringLiteral("%1  [%2]").arg(text, keys.first().toString(QKeySequence::NativeText)));
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        for (const QKeySequence& k : keys)
            connect(new QShortcut(k, this), &QShortcut::activated, this, slot);
    };
    add(tr("Same individual"), {QKeySequence(Qt::Key_Y), QKeySequence(Qt::Key_Return)}, [this] { confirm(); });
    add(tr("Not this one"), {QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_X)}, [this] { reject(); });
    add(tr("Previous candidate"), {QKeySequence(Qt::Key_Left)}, [this] { previousCandidate(); });
    add(tr("Next candidate"), {QKeySequence(Qt::Key_Right)}, [this] { nextCandidate(); });
    add(tr("Next sighting"), {QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_PageDown)}, [this] { nextSighting(); });
    add(tr("Previous sighting"), {QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_PageUp)}, [this] { previousSighting(); });
    add(tr("New individual"), {QKeySequence(Qt::Key_I)}, [this] { newIndividual(); });
    layout->addLayout(buttons);
    if (m_undo) {
        connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), this), &QShortcut::activated, m_undo, &QUndoStack::undo);
        connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), this), &QShortcut::activated, m_undo,
                &QUndoStack::redo);
    }
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    resize(1200, 720);
    if (m_project) {
        // Confirmations, rejections and their undo, here or anywhere, and new proposals from a job.
        auto* watch = new ProjectWatch(m_project->path(), this);
        connect(watch, &ProjectWatch::changed, this, [this](const ProjectChange& change) {
            if (change.touches(ProjectChange::Kinds(ProjectChange::Observations) | ProjectChange::Individuals |
                               ProjectChange::Proposals))
                reload();
        });
    }
    reload();
}

const reid::PendingMatch* MatchReviewDialog::currentMatch() const
{
    return m_sighting >= 0 && m_sighting < pendingCount() ? &m_pending[static_cast<size_t>(m_sighting)] : nullptr;
}

const reid::Proposal* MatchReviewDialog::currentCandidate() const
{
    const auto* m = currentMatch();
    if (!m || m_candidate < 0 || m_candidate >= static_cast<int>(m->candidates.size()))
        return nullptr;
    return &m->candidates[static_cast<size_t>(m_candidate)];
}

void MatchReviewDialog::reload()
{
    const auto keep = currentMatch() ? std::optional<std::int64_t>(currentMatch()->query.detectionId) : std::nullopt;
    m_pending.clear();
    if (m_project)
        if (auto pending = reid::pendingMatches(*m_project))
            m_pending = std::move(pending).value();
    int sighting = 0;
    for (int i = 0; keep && i < pendingCount(); ++i)
        if (m_pending[static_cast<size_t>(i)].query.detectionId == *keep)
            sighting = i;
    showMatch(sighting, sighting == m_sighting ? m_candidate : 0);
}

void MatchReviewDialog::showMatch(int sighting, int candidate)
{
    m_sighting = std::clamp(sighting, 0, std::max(0, pendingCount() - 1));
    const auto* m = currentMatch();
    m_candidate = m ? std::clamp(candidate, 0, static_cast<int>(m->candidates.size()) - 1) : 0;
    const auto* c = currentCandidate();
    if (!m || !c) {
        m_info->setText(tr("No proposed matches are waiting. Run Review > Propose Individual Matches after an embedder "
                           "has run, or once more sightings have individuals."));
        m_view->setImages({}, {});
        return;
    }
    m_info->setText(tr("Sighting %1 of %2 (box %3)  \u2194  candidate %4 of %5: <b>%6</b>, score %7 (%8)")
                        .arg(m_sighting + 1).arg(pendingCount()).arg(m->query.detectionId).arg(m_candidate + 1)
                        .arg(m->candidates.size()).arg(c->individualName.toHtmlEscaped())
                        .arg(c->score, 0, 'f', 3).arg(c->matcher));
    loadImages();
}

void MatchReviewDialog::loadImages()
{
    const auto* m = currentMatch();
    const auto* c = currentCandidate();
    const int generation = ++m_generation;
    if (!m || !c || !c->reference)
        return;
    const reid::Sighting query = m->query, reference = *c->reference;
    auto* watcher = new QFutureWatcher<Shown>(this);
    connect(watcher, &QFutureWatcher<Shown>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const Shown shown = watcher->result();
        m_view->setImages(shown.query, shown.candidate);
        m_view->setMatches(shown.pairs);
        m_keypointsFor = generation;
    });
    // Decoding and keypoints take longer than a frame of the event loop.
    watcher->setFuture(QtConcurrent::run([query, reference] {
        Shown s{cropOf(query), cropOf(reference), {}};
        if (!s.query.isNull() && !s.candidate.isNull()) {
            const reid::LocalFeatureMatcher matcher;
            s.pairs = matcher.match(matcher.extract(greyOf(s.query)), matcher.extract(greyOf(s.candidate))).inlierPairs;
        }
        return s;
    }));
}

void MatchReviewDialog::confirm()
{
    const auto* m = currentMatch();
    const auto* c = currentCandidate();
    if (!m || !c || !m_project)
        return;
    // Copied first: the stored edit reloads the list these point into.
    const auto detection = m->query.detectionId;
    const auto individual = c->individualId;
    const QString name = c->individualName;
    auto outcome = review::ReviewEditor(*m_project, m_reviewer).assignIndividual(detection, individual);
    if (!outcome) {
        QMessageBox::warning(this, tr("Not saved"), outcome.error().message);
        return;
    }
    if (m_undo)
        m_undo->push(
            SnapshotCommand::reviewEdit(m_project, m_reviewer, outcome.value(), UndoText::tr("confirm %1").arg(name)));
}

void MatchReviewDialog::reject()
{
    const auto* m = currentMatch();
    const auto* c = currentCandidate();
    if (!m || !c || !m_project)
        return;
    auto* command = SnapshotCommand::matchRejection(m_project, m->query.detectionId, c->individualId, m_reviewer);
    if (m_undo) {
        m_undo->push(command); // runs redo: the rejection is stored
    } else {
        command->redo();
        delete command;
    }
}

void MatchReviewDialog::nextCandidate() { showMatch(m_sighting, m_candidate + 1); }
void MatchReviewDialog::previousCandidate() { showMatch(m_sighting, m_candidate - 1); }
void MatchReviewDialog::nextSighting() { showMatch(m_sighting + 1, 0); }
void MatchReviewDialog::previousSighting() { showMatch(m_sighting - 1, 0); }

void MatchReviewDialog::newIndividual()
{
    const auto* m = currentMatch();
    if (!m || !m_project)
        return;
    const auto detection = m->query.detectionId; // the stored individual reloads the list `m` points into
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New individual"),
                                               tr("This sighting shows an individual not seen before. Its name:"),
                                               QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto created = review::createIndividual(*m_project, name, std::nullopt);
    if (!created) {
        QMessageBox::warning(this, tr("Not saved"), created.error().message);
        return;
    }
    auto outcome = review::ReviewEditor(*m_project, m_reviewer).assignIndividual(detection, created.value());
    if (!outcome) {
        QMessageBox::warning(this, tr("Not saved"), outcome.error().message);
        return;
    }
    if (m_undo)
        m_undo->push(SnapshotCommand::reviewEdit(m_project, m_reviewer, outcome.value(),
                                                 UndoText::tr("new individual %1").arg(name)));
}

} // namespace trapline::ui
