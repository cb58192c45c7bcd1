#include "ReviewEditor.h"
#include "Tr.h"

#include "Clock.h"
#include "project/Project.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace trapline::review {

namespace {

const QStringList& observationTypes()
{
    static const QStringList types{QStringLiteral("animal"), QStringLiteral("blank"), QStringLiteral("human"),
                                   QStringLiteral("vehicle"), QStringLiteral("unknown"), QStringLiteral("unclassified")};
    return types;
}

QJsonObject labelJson(const Label& label)
{
    QJsonObject o{{QStringLiteral("type"), label.observationType}};
    if (label.taxonId)
        o[QStringLiteral("taxon")] = static_cast<double>(*label.taxonId);
    if (label.count)
        o[QStringLiteral("count")] = *label.count;
    if (label.individualId)
        o[QStringLiteral("individual")] = static_cast<double>(*label.individualId);
    return o;
}

QJsonObject boxJson(const Box& box)
{
    return QJsonObject{{QStringLiteral("x"), box.x}, {QStringLiteral("y"), box.y}, {QStringLiteral("w"), box.w},
                       {QStringLiteral("h"), box.h}};
}

QString compact(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

} // namespace

ReviewEditor::ReviewEditor(Project& project, QString actor)
    : m_project(project), m_actor(actor.isEmpty() ? Project::currentUser() : std::move(actor))
{
}

Status ReviewEditor::checkLabel(const Label& label)
{
    if (!observationTypes().contains(label.observationType))
        return Error{ReviewText::tr("\"%1\" is not an observation type (use one of %2).")
                         .arg(label.observationType, observationTypes().join(QStringLiteral(", ")))};
    if (label.taxonId && label.observationType != u"animal")
        return Error{ReviewText::tr("Only an animal can have a species.")};
    if (label.count && *label.count < 0)
        return Error{ReviewText::tr("A count cannot be negative.")};
    return okStatus();
}

Result<EditOutcome> ReviewEditor::edit(std::int64_t sequenceId, const QString& action, const QString& details,
                                       const std::function<Status(EditOutcome&)>& change)
{
    auto& db = m_project.db();
    try {
        db::Transaction tx(db);
        EditOutcome outcome;
        outcome.before = takeSnapshot(db, sequenceId);
        if (Status s = change(outcome); !s)
            return s.error();
        db.cached("UPDATE sequences SET review_state = 2 WHERE id = ?1").bind(1, sequenceId).run();
        outcome.after = takeSnapshot(db, sequenceId);
        m_project.audit({QStringLiteral("review"), action, QStringLiteral("sequences"), sequenceId, details, m_actor});
        tx.commit();
        return outcome;
    } catch (const db::DbError& e) {
        if (e.isDiskFull())
            return Error{ReviewText::tr("The label was not saved: the disk is full. Free some space and try again; "
                                        "nothing already saved was lost.")};
        return Error{ReviewText::tr("The label was not saved: %1").arg(QString::fromStdString(e.what()))};
    }
}

void ReviewEditor::insertObservation(std::int64_t sequenceId, std::optional<std::int64_t> mediaId,
                                     std::optional<std::int64_t> detectionId, const Label& label,
                                     std::optional<double> confidence)
{
    m_project.db()
        .cached("INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count,"
                " individual_id, method, confidence, classified_by, classified_ms, notes)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'human', ?8, ?9, ?10, ?11)")
        .bind(1, sequenceId).bind(2, mediaId).bind(3, detectionId).bind(4, label.observationType)
        .bind(5, label.taxonId).bind(6, label.count).bind(7, label.individualId).bind(8, confidence)
        .bind(9, m_actor).bind(10, Clock::nowMs()).bind(11, label.notes.isEmpty() ? QString() : label.notes)
        .run();
}

Result<std::int64_t> ReviewEditor::sequenceOfMedia(std::int64_t mediaId)
{
    try {
        auto& st = m_project.db().cached("SELECT sequence_id FROM media WHERE id = ?1");
        st.bind(1, mediaId);
        if (!st.step())
            return Error{ReviewText::tr("There is no media %1 in this project.").arg(mediaId)};
        const auto sequence = st.optInteger(0);
        st.reset();
        if (!sequence)
            return Error{
                ReviewText::tr("Media %1 belongs to no sequence yet; run the import again to group it.").arg(mediaId)};
        return *sequence;
    } catch (const db::DbError& e) {
        return Error{ReviewText::tr("Cannot read media %1: %2").arg(mediaId).arg(e.what())};
    }
}

Result<std::int64_t> ReviewEditor::sequenceOfDetection(std::int64_t detectionId)
{
    try {
        auto& st = m_project.db().cached("SELECT media_id FROM detections WHERE id = ?1");
        st.bind(1, detectionId);
        if (!st.step())
            return Error{
                ReviewText::tr("There is no box %1 in this project (it may have been deleted).").arg(detectionId)};
        const auto media = st.integer(0);
        st.reset();
        return sequenceOfMedia(media);
    } catch (const db::DbError& e) {
        return Error{ReviewText::tr("Cannot read box %1: %2").arg(detectionId).arg(e.what())};
    }
}

Result<EditOutcome> ReviewEditor::labelSequence(std::int64_t sequenceId, const Label& label, SequenceMode mode)
{
    if (Status s = checkLabel(label); !s)
        return s.error();
    QJsonObject details = labelJson(label);
    details[QStringLiteral("mode")] = mode == SequenceMode::Replace ? QStringLiteral("replace") : QStringLiteral("add");
    return edit(sequenceId, QStringLiteral("label-sequence"), compact(details), [&](EditOutcome&) -> Status {
        auto& db = m_project.db();
        auto& exists = db.cached("SELECT count(*) FROM sequences WHERE id = ?1");
        exists.bind(1, sequenceId).step();
        const bool known = exists.integer(0) > 0;
        exists.reset();
        if (!known)
            return Error{ReviewText::tr("There is no sequence %1 in this project.").arg(sequenceId)};
        if (mode == SequenceMode::Replace)
            db.cached("DELETE FROM observations WHERE sequence_id = ?1 AND media_id IS NULL AND method = 'human'")
                .bind(1, sequenceId).run();
        else
            // Adding the same species twice would count it twice.
            db.cached("DELETE FROM observations WHERE sequence_id = ?1 AND media_id IS NULL AND method = 'human'"
                      " AND observation_type = ?2 AND taxon_id IS ?3")
                .bind(1, sequenceId).bind(2, label.observationType).bind(3, label.taxonId).run();
        if (label.observationType != u"blank" || mode == SequenceMode::Replace)
            insertObservation(sequenceId, std::nullopt, std::nullopt, label);
        return okStatus();
    });
}

Result<EditOutcome> ReviewEditor::labelFrame(std::int64_t mediaId, const Label& label)
{
    if (Status s = checkLabel(label); !s)
        return s.error();
    auto sequence = sequenceOfMedia(mediaId);
    if (!sequence)
        return sequence.error();
    QJsonObject details = labelJson(label);
    details[QStringLiteral("media")] = static_cast<double>(mediaId);
    return edit(sequence.value(), QStringLiteral("label-frame"), compact(details), [&](EditOutcome&) -> Status {
        m_project.db()
            .cached("DELETE FROM observations WHERE media_id = ?1 AND detection_id IS NULL AND method = 'human'")
            .bind(1, mediaId).run();
        insertObservation(sequence.value(), mediaId, std::nullopt, label);
        return okStatus();
    });
}

Result<EditOutcome> ReviewEditor::clearFrameLabel(std::int64_t mediaId)
{
    auto sequence = sequenceOfMedia(mediaId);
    if (!sequence)
        return sequence.error();
    return edit(sequence.value(), QStringLiteral("clear-frame-label"),
                compact(QJsonObject{{QStringLiteral("media"), static_cast<double>(mediaId)}}), [&](EditOutcome&) -> Status {
                    m_project.db()
                        .cached("DELETE FROM observations WHERE media_id = ?1 AND detection_id IS NULL AND method = 'human'")
                        .bind(1, mediaId).run();
                    return okStatus();
                });
}

Result<EditOutcome> ReviewEditor::acceptMachineLabel(std::int64_t sequenceId)
{
    return edit(sequenceId, QStringLiteral("accept-machine-label"), {}, [&](EditOutcome&) -> Status {
        auto& db = m_project.db();
        auto& prediction = db.cached("SELECT observation_type, taxon_id, confidence FROM sequence_predictions"
                                     " WHERE sequence_id = ?1 ORDER BY confidence DESC LIMIT 1");
        prediction.bind(1, sequenceId);
        if (!prediction.step())
            return Error{ReviewText::tr("This sequence has no machine label to accept. Run a model on it first "
                                        "(Models > Run Models), or label it yourself.")};
        Label label;
        label.observationType = prediction.text(0);
        label.taxonId = prediction.optInteger(1);
        if (label.observationType != u"animal")
            label.taxonId.reset();
        const auto confidence = prediction.optReal(2);
        prediction.reset();
        db.cached("DELETE FROM observations WHERE sequence_id = ?1 AND media_id IS NULL AND method = 'human'")
            .bind(1, sequenceId).run();
        insertObservation(sequenceId, std::nullopt, std::nullopt, label, confidence);
        db.cached("UPDATE detections SET review = 'accepted' WHERE source = 'machine' AND review IS NULL AND media_id IN"
                  " (SELECT id FROM media WHERE sequence_id = ?1)")
            .bind(1, sequenceId).run();
        return okStatus();
    });
}

Result<EditOutcome> ReviewEditor::markReviewed(std::int64_t sequenceId)
{
    return edit(sequenceId, QStringLiteral("mark-reviewed"), {}, [](EditOutcome&) { return okStatus(); });
}

Result<EditOutcome> ReviewEditor::addBox(std::int64_t mediaId, const Box& box, const Label& label)
{
    if (Status s = checkLabel(label); !s)
        return s.error();
    const Box b = box.clamped();
    if (!b.isUsable())
        return Error{ReviewText::tr("The box is too small; drag a larger one around the animal.")};
    auto sequence = sequenceOfMedia(mediaId);
    if (!sequence)
        return sequence.error();
    QJsonObject details = labelJson(label);
    details[QStringLiteral("media")] = static_cast<double>(mediaId);
    details[QStringLiteral("box")] = boxJson(b);
    return edit(sequence.value(), QStringLiteral("add-box"), compact(details), [&](EditOutcome& outcome) -> Status {
        auto& db = m_project.db();
        db.cached("INSERT INTO detections(media_id, x, y, w, h, category, confidence, source, created_ms)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, 'human', ?7)")
            .bind(1, mediaId).bind(2, b.x).bind(3, b.y).bind(4, b.w).bind(5, b.h).bind(6, label.observationType)
            .bind(7, Clock::nowMs()).run();
        outcome.detectionId = db.lastInsertId();
        insertObservation(sequence.value(), mediaId, outcome.detectionId, label);
        return okStatus();
    });
}

Result<EditOutcome> ReviewEditor::moveBox(std::int64_t detectionId, const Box& box)
{
    const Box b = box.clamped();
    if (!b.isUsable())
        return Error{ReviewText::tr("The box is too small; make it larger or delete it.")};
    auto sequence = sequenceOfDetection(detectionId);
    if (!sequence)
        return sequence.error();
    QJsonObject details{{QStringLiteral("detection"), static_cast<double>(detectionId)}, {QStringLiteral("box"), boxJson(b)}};
    return edit(sequence.value(), QStringLiteral("move-box"), compact(details), [&](EditOutcome& outcome) -> Status {
        auto& db = m_project.db();
        auto& st = db.cached("SELECT source, media_id, category FROM detections WHERE id = ?1");
        st.bind(1, detectionId);
        st.step();
        const bool human = st.text(0) == u"human";
        const auto mediaId = st.integer(1);
        const QString category = st.text(2);
        st.reset();
        if (human) {
            db.cached("UPDATE detections SET x = ?2, y = ?3, w = ?4, h = ?5 WHERE id = ?1")
                .bind(1, detectionId).bind(2, b.x).bind(3, b.y).bind(4, b.w).bind(5, b.h).run();
            outcome.detectionId = detectionId;
            return okStatus();
        }
        // The machine's label for the box: a person's, if one was given, else the model's own.
        auto& label = db.cached("SELECT observation_type, taxon_id, count, individual_id FROM observations"
                                " WHERE detection_id = ?1 ORDER BY method = 'human' DESC, confidence DESC LIMIT 1");
        label.bind(1, detectionId);
        Label l;
        if (label.step()) {
            l.observationType = label.text(0);
            l.taxonId = label.optInteger(1);
            if (!label.isNull(2))
                l.count = static_cast<int>(label.integer(2));
            l.individualId = label.optInteger(3);
        } else if (category == u"person") {
            l.observationType = QStringLiteral("human");
        }
        label.reset();
        db.cached("UPDATE detections SET review = 'rejected' WHERE id = ?1").bind(1, detectionId).run();
        db.cached("DELETE FROM observations WHERE detection_id = ?1 AND method = 'human'").bind(1, detectionId).run();
        db.cached("INSERT INTO detections(media_id, x, y, w, h, category, confidence, source, created_ms)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, 'human', ?7)")
            .bind(1, mediaId).bind(2, b.x).bind(3, b.y).bind(4, b.w).bind(5, b.h).bind(6, l.observationType)
            .bind(7, Clock::nowMs()).run();
        outcome.detectionId = db.lastInsertId();
        insertObservation(sequence.value(), mediaId, outcome.detectionId, l);
        return okStatus();
    });
}

Result<EditOutcome> ReviewEditor::labelBox(std::int64_t detectionId, const Label& label)
{
    if (Status s = checkLabel(label); !s)
        return s.error();
    auto sequence = sequenceOfDetection(detectionId);
    if (!sequence)
        return sequence.error();
    QJsonObject details = labelJson(label);
    details[QStringLiteral("detection")] = static_cast<double>(detectionId);
    return edit(sequence.value(), QStringLiteral("label-box"), compact(details), [&](EditOutcome& outcome) -> Status {
        auto& db = m_project.db();
        auto& st = db.cached("SELECT media_id, source FROM detections WHERE id = ?1");
        st.bind(1, detectionId);
        st.step();
        const auto mediaId = st.integer(0);
        const bool machine = st.text(1) == u"machine";
        st.reset();
        db.cached("DELETE FROM observations WHERE detection_id = ?1 AND method = 'human'").bind(1, detectionId).run();
        if (machine)
            db.cached("UPDATE detections SET review = 'accepted' WHERE id = ?1").bind(1, detectionId).run();
        else
            db.cached("UPDATE detections SET category = ?2 WHERE id = ?1").bind(1, detectionId).bind(2, label.observationType).run();
        insertObservation(sequence.value(), mediaId, detectionId, label);
        outcome.detectionId = detectionId;
        return okStatus();
    });
}

Result<EditOutcome> ReviewEditor::assignIndividual(std::int64_t detectionId, std::optional<std::int64_t> individualId)
{
    auto sequence = sequenceOfDetection(detectionId);
    if (!sequence)
        return sequence.error();
    QJsonObject details{{QStringLiteral("detection"), static_cast<double>(detectionId)}};
    if (individualId)
        details[QStringLiteral("individual")] = static_cast<double>(*individualId);
    return edit(sequence.value(), QStringLiteral("assign-individual"), compact(details), [&](EditOutcome& outcome) -> Status {
        auto& db = m_project.db();
        outcome.detectionId = detectionId;
        auto& human = db.cached("SELECT id FROM observations WHERE detection_id = ?1 AND method = 'human' ORDER BY id LIMIT 1");
        human.bind(1, detectionId);
        if (human.step()) {
            const auto observation = human.integer(0);
            human.reset();
            db.cached("UPDATE observations SET individual_id = ?2, classified_by = ?3, classified_ms = ?4 WHERE id = ?1")
                .bind(1, observation).bind(2, individualId).bind(3, m_actor).bind(4, Clock::nowMs()).run();
            return okStatus();
        }
        // A machine box: a person's observation of it, with the machine's label and the individual.
        auto& st = db.cached("SELECT d.media_id, o.observation_type, o.taxon_id, o.count FROM detections d LEFT JOIN"
                             " observations o ON o.detection_id = d.id WHERE d.id = ?1 ORDER BY o.confidence DESC LIMIT 1");
        st.bind(1, detectionId);
        st.step();
        const auto mediaId = st.integer(0);
        Label label;
        if (!st.isNull(1))
            label.observationType = st.text(1);
        label.taxonId = st.optInteger(2);
        if (!st.isNull(3))
            label.count = static_cast<int>(st.integer(3));
        st.reset();
        label.individualId = individualId;
        db.cached("UPDATE detections SET review = 'accepted' WHERE id = ?1 AND source = 'machine'").bind(1, detectionId).run();
        insertObservation(sequence.value(), mediaId, detectionId, label);
        return okStatus();
    });
}

Result<EditOutcome> ReviewEditor::deleteBox(std::int64_t detectionId)
{
    auto sequence = sequenceOfDetection(detectionId);
    if (!sequence)
        return sequence.error();
    return edit(sequence.value(), QStringLiteral("delete-box"),
                compact(QJsonObject{{QStringLiteral("detection"), static_cast<double>(detectionId)}}),
                [&](EditOutcome&) -> Status {
                    auto& db = m_project.db();
                    db.cached("DELETE FROM observations WHERE detection_id = ?1 AND method = 'human'").bind(1, detectionId).run();
                    db.cached("DELETE FROM detections WHERE id = ?1 AND source = 'human'").bind(1, detectionId).run();
                    db.cached("UPDATE detections SET review = 'rejected' WHERE id = ?1 AND source = 'machine'")
                        .bind(1, detectionId).run();
                    return okStatus();
                });
}

} // namespace trapline::review
