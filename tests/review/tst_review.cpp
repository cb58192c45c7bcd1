// Review edits in core: sequence labels, frame overrides, boxes, machine labels, snapshots for undo and redo, the
// audit log, taxa and quick keys, and the review queues (sequence filters).
#include "TestSupport.h"
#include "review/LabelSnapshot.h"
#include "review/ReviewEditor.h"
#include "review/SequenceView.h"
#include "review/Taxa.h"
#include "formats/CocoCameraTraps.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QTest>

#include <sqlite3.h>

using namespace trapline;
using namespace trapline::review;

namespace {

struct Fixture {
    test::ScratchProject scratch;
    std::unique_ptr<Project> project = scratch.open();
    std::int64_t deployment = 0;
    std::int64_t root = 0;
    int files = 0;

    Fixture()
    {
        db::Transaction tx(project->db());
        deployment = project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("CAM01"));
        root = project->ensureImageRoot(QStringLiteral("/cards"));
        tx.commit();
    }

    // A sequence of `frames` media; returns its id and fills `media`.
    std::int64_t sequence(int frames, std::vector<std::int64_t>* media = nullptr, std::int64_t dep = 0)
    {
        auto& db = project->db();
        db::Transaction tx(db);
        const std::int64_t start = 1000000LL * (files + 1);
        db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by) VALUES (?1, ?2, ?3, ?4, 'time-gap')")
            .bind(1, dep ? dep : deployment).bind(2, start).bind(3, start + frames * 1000).bind(4, frames).run();
        const auto seq = db.lastInsertId();
        for (int i = 0; i < frames; ++i) {
            ++files;
            db.cached("INSERT INTO media(root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash, file_size,"
                      " width, height, taken_at_ms, imported_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 100, 2048, 1536, ?7, 0)")
                .bind(1, root).bind(2, QStringLiteral("IMG_%1.JPG").arg(files)).bind(3, dep ? dep : deployment)
                .bind(4, seq).bind(5, i).bind(6, files).bind(7, start + i * 1000).run();
            if (media)
                media->push_back(db.lastInsertId());
        }
        tx.commit();
        return seq;
    }

    std::int64_t taxon(const QString& name)
    {
        db::Transaction tx(project->db());
        auto id = ensureTaxon(*project, name);
        tx.commit();
        return id.value();
    }

    std::int64_t scalar(const std::string& sql) { return project->db().scalar(sql); }

    std::vector<std::int64_t> queue(const SequenceFilter& filter)
    {
        std::vector<std::int64_t> ids;
        for (const auto& s : project->sequencePage(filter, 1000).value())
            ids.push_back(s.id);
        return ids;
    }

    // A machine detection with the model's own observation of it, as inference writes them.
    std::int64_t machineBox(std::int64_t media, std::int64_t seq, std::optional<std::int64_t> taxonId, double conf)
    {
        auto& db = project->db();
        db::Transaction tx(db);
        db.exec("INSERT OR IGNORE INTO models(id, kind, name, content_hash, manifest, created_ms) VALUES (1, 'detector', 'md', 'h', '{}', 0)");
        // Each box of the model on a frame in its own place: a model stores a box once (index detections_machine_box).
        db.cached("INSERT INTO detections(media_id, x, y, w, h, category, confidence, source, model_id, created_ms)"
                  " VALUES (?1, (SELECT 0.1 + 0.05 * count(*) FROM detections WHERE media_id = ?1), 0.2, 0.3, 0.4,"
                  " 'animal', ?2, 'machine', 1, 0)").bind(1, media).bind(2, conf).run();
        const auto id = db.lastInsertId();
        db.cached("INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count, method,"
                  " model_id, confidence, classified_ms) VALUES (?1, ?2, ?3, 'animal', ?4, 1, 'machine', 1, ?5, 0)")
            .bind(1, seq).bind(2, media).bind(3, id).bind(4, taxonId).bind(5, conf).run();
        tx.commit();
        return id;
    }

    void predict(std::int64_t seq, const QString& type, std::optional<std::int64_t> taxonId, double confidence)
    {
        auto& db = project->db();
        db::Transaction tx(db);
        db.exec("INSERT OR IGNORE INTO models(id, kind, name, content_hash, manifest, created_ms) VALUES (2, 'classifier', 'c', 'h2', '{}', 0)");
        db.cached("INSERT INTO sequence_predictions(sequence_id, model_id, observation_type, taxon_id, confidence, frames_agreeing)"
                  " VALUES (?1, 2, ?2, ?3, ?4, 1)").bind(1, seq).bind(2, type).bind(3, taxonId).bind(4, confidence).run();
        db.cached("UPDATE sequences SET review_state = 1 WHERE id = ?1 AND review_state = 0").bind(1, seq).run();
        tx.commit();
    }
};

// Counted by SQLite itself: every statement the connection holds prepared, the statement cache's included.
int preparedStatements(db::Database& db)
{
    int n = 0;
    for (sqlite3_stmt* st = sqlite3_next_stmt(db.handle(), nullptr); st; st = sqlite3_next_stmt(db.handle(), st))
        ++n;
    return n;
}

} // namespace

class TestReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labellingASequenceWritesOneEventObservationAndMarksItReviewed();
    void relabellingReplacesAndAddingKeepsBoth();
    void aFrameOverrideBeatsItsSequenceAndCanBeCleared();
    void twoBoxesOnOneFrameHoldTwoSpecies();
    void movingAMachineBoxKeepsTheModelsBoxAsRejected();
    void deletingBoxes_data();
    void deletingBoxes();
    void acceptingTheMachineLabelCopiesItsPrediction();
    void acceptingWithoutAPredictionSaysWhatToDo();
    void undoAndRedoRestoreEverySnapshot();
    void undoKeepsRowsItDidNotChange();
    void everyEditIsAudited();
    void badLabelsAreRefusedAndChangeNothing();
    void taxaAreFoundByAnyNameAndCreatedOnce();
    void quickKeysDefaultToTheMostUsedAndCanBeSet();
    void queuesFilterAndCombine();
    void sequencePagesCarryTheirLabels();
    void rejectedMachineBoxesAreNotExported();
    void labellingManySequencesKeepsTheStatementCacheBounded();
};

void TestReview::labellingASequenceWritesOneEventObservationAndMarksItReviewed()
{
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(3, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    ReviewEditor editor(*f.project, QStringLiteral("ana"));
    auto outcome = editor.labelSequence(seq, Label::animal(zebra, 2));
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().message));
    QCOMPARE(f.scalar("SELECT count(*) FROM observations"), 1);
    QCOMPARE(f.scalar("SELECT count(*) FROM observations WHERE sequence_id = " + std::to_string(seq) +
                      " AND media_id IS NULL AND method = 'human' AND taxon_id = " + std::to_string(zebra) +
                      " AND count = 2 AND classified_by = 'ana'"), 1);
    QCOMPARE(f.scalar("SELECT review_state FROM sequences WHERE id = " + std::to_string(seq)), 2);
    QCOMPARE(outcome.value().before.reviewState, 0);
    QCOMPARE(outcome.value().after.reviewState, 2);
    QCOMPARE(outcome.value().after.observations.size(), size_t(1));
    auto view = loadSequence(*f.project, seq);
    QVERIFY2(view.ok(), view.ok() ? "" : qPrintable(view.error().message));
    QCOMPARE(view.value().labels.size(), size_t(1));
    QCOMPARE(view.value().labels[0].text(), QStringLiteral("Equus quagga \u00d72"));
    QCOMPARE(effectiveLabels(view.value(), view.value().frames[1]), QStringList{QStringLiteral("Equus quagga \u00d72")});
}

void TestReview::relabellingReplacesAndAddingKeepsBoth()
{
    Fixture f;
    const auto seq = f.sequence(2);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    const auto gnu = f.taxon(QStringLiteral("Connochaetes taurinus"));
    ReviewEditor editor(*f.project);
    QVERIFY(editor.labelSequence(seq, Label::animal(zebra)).ok());
    QVERIFY(editor.labelSequence(seq, Label::animal(gnu)).ok());
    QCOMPARE(f.scalar("SELECT count(*) FROM observations"), 1);
    QCOMPARE(f.scalar("SELECT taxon_id FROM observations"), gnu);
    QVERIFY(editor.labelSequence(seq, Label::animal(zebra), ReviewEditor::SequenceMode::Add).ok());
    QVERIFY(editor.labelSequence(seq, Label::animal(zebra), ReviewEditor::SequenceMode::Add).ok());
    QCOMPARE(f.scalar("SELECT count(*) FROM observations"), 2);
    QCOMPARE(f.scalar("SELECT count(DISTINCT taxon_id) FROM observations"), 2);
}

void TestReview::aFrameOverrideBeatsItsSequenceAndCanBeCleared()
{
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(3, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    ReviewEditor editor(*f.project);
    QVERIFY(editor.labelSequence(seq, Label::animal(zebra)).ok());
    QVERIFY(editor.labelFrame(media[2], Label::blank()).ok());
    QCOMPARE(f.scalar("SELECT count(*) FROM observations WHERE media_id = " + std::to_string(media[2]) +
                      " AND sequence_id = " + std::to_string(seq) + " AND observation_type = 'blank'"), 1);
    auto view = loadSequence(*f.project, seq).value();
    QCOMPARE(effectiveLabels(view, view.frames[2]), QStringList{QStringLiteral("blank")});
    QCOMPARE(effectiveLabels(view, view.frames[0]), QStringList{QStringLiteral("Equus quagga")});
    // A second override replaces the first rather than adding to it.
    QVERIFY(editor.labelFrame(media[2], Label::animal(zebra, 1)).ok());
    QCOMPARE(f.scalar("SELECT count(*) FROM observations WHERE media_id = " + std::to_string(media[2])), 1);
    QVERIFY(editor.clearFrameLabel(media[2]).ok());
    QCOMPARE(f.scalar("SELECT count(*) FROM observations WHERE media_id IS NOT NULL"), 0);
    QCOMPARE(f.scalar("SELECT count(*) FROM observations"), 1);
}

void TestReview::twoBoxesOnOneFrameHoldTwoSpecies()
{
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(1, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    const auto gnu = f.taxon(QStringLiteral("Connochaetes taurinus"));
    ReviewEditor editor(*f.project);
    auto a = editor.addBox(media[0], Box{0.1, 0.1, 0.3, 0.4}, Label::animal(zebra));
    auto b = editor.addBox(media[0], Box{0.5, 0.2, 0.4, 0.5}, Label::animal(gnu));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.value().detectionId != b.value().detectionId);
    QCOMPARE(f.scalar("SELECT count(*) FROM detections WHERE source = 'human' AND media_id = " + std::to_string(media[0])), 2);
    QCOMPARE(f.scalar("SELECT count(DISTINCT taxon_id) FROM observations WHERE detection_id IS NOT NULL AND media_id = " +
                      std::to_string(media[0])), 2);
    // A box off the edge is clipped to the image.
    auto c = editor.addBox(media[0], Box{0.8, 0.8, 0.5, 0.5}, Label::animal(zebra));
    QVERIFY(c.ok());
    QCOMPARE(f.project->db().scalar("SELECT CAST(round((x + w) * 1000) AS INTEGER) FROM detections WHERE id = " +
                                    std::to_string(c.value().detectionId)), 1000);
    auto view = loadSequence(*f.project, seq).value();
    QCOMPARE(view.frames[0].boxes.size(), size_t(3));
    QCOMPARE(effectiveLabels(view, view.frames[0]).size(), 3);
    QVERIFY(effectiveLabels(view, view.frames[0]).contains(QStringLiteral("Connochaetes taurinus")));
    // Resizing a person's box changes it in place.
    QVERIFY(editor.moveBox(a.value().detectionId, Box{0.2, 0.2, 0.2, 0.2}).ok());
    QCOMPARE(f.scalar("SELECT CAST(round(x * 100) AS INTEGER) FROM detections WHERE id = " + std::to_string(a.value().detectionId)), 20);
    QCOMPARE(f.scalar("SELECT count(*) FROM detections"), 3);
    QVERIFY(!editor.addBox(media[0], Box{0.1, 0.1, 0.0001, 0.2}, Label::animal(zebra)).ok());
}

void TestReview::movingAMachineBoxKeepsTheModelsBoxAsRejected()
{
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(1, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    const auto machine = f.machineBox(media[0], seq, zebra, 0.8);
    ReviewEditor editor(*f.project);
    auto moved = editor.moveBox(machine, Box{0.15, 0.25, 0.3, 0.3});
    QVERIFY(moved.ok());
    QVERIFY(moved.value().detectionId != machine);
    QCOMPARE(f.scalar("SELECT review FROM detections WHERE id = " + std::to_string(machine) + " AND review = 'rejected'") != 0, false);
    QCOMPARE(f.scalar("SELECT count(*) FROM detections WHERE id = " + std::to_string(machine) + " AND review = 'rejected'"), 1);
    QCOMPARE(f.scalar("SELECT taxon_id FROM observations WHERE method = 'human' AND detection_id = " +
                      std::to_string(moved.value().detectionId)), zebra);
    auto view = loadSequence(*f.project, seq).value();
    QCOMPARE(view.frames[0].boxes.size(), size_t(1));
    QVERIFY(view.frames[0].boxes[0].human);
}

void TestReview::deletingBoxes_data()
{
    QTest::addColumn<bool>("machine");
    QTest::newRow("a person's box is deleted") << false;
    QTest::newRow("a machine box is rejected") << true;
}

void TestReview::deletingBoxes()
{
    QFETCH(bool, machine);
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(1, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    ReviewEditor editor(*f.project);
    const auto box = machine ? f.machineBox(media[0], seq, zebra, 0.9)
                             : editor.addBox(media[0], Box{0.1, 0.1, 0.2, 0.2}, Label::animal(zebra)).value().detectionId;
    QVERIFY(editor.deleteBox(box).ok());
    QCOMPARE(f.scalar("SELECT count(*) FROM detections"), machine ? 1 : 0);
    QCOMPARE(f.scalar("SELECT count(*) FROM observations WHERE method = 'human'"), 0);
    QVERIFY(loadSequence(*f.project, seq).value().frames[0].boxes.empty());
}

void TestReview::acceptingTheMachineLabelCopiesItsPrediction()
{
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(2, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    const auto box = f.machineBox(media[0], seq, zebra, 0.7);
    f.predict(seq, QStringLiteral("animal"), zebra, 0.91);
    ReviewEditor editor(*f.project);
    QVERIFY(editor.acceptMachineLabel(seq).ok());
    QCOMPARE(f.scalar("SELECT count(*) FROM observations WHERE method = 'human' AND media_id IS NULL AND taxon_id = " +
                      std::to_string(zebra)), 1);
    QCOMPARE(f.scalar("SELECT count(*) FROM detections WHERE review = 'accepted' AND id = " + std::to_string(box)), 1);
    QCOMPARE(f.scalar("SELECT review_state FROM sequences WHERE id = " + std::to_string(seq)), 2);
}

void TestReview::acceptingWithoutAPredictionSaysWhatToDo()
{
    Fixture f;
    const auto seq = f.sequence(1);
    auto outcome = ReviewEditor(*f.project).acceptMachineLabel(seq);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error().message.contains(QStringLiteral("Run Models")));
    QCOMPARE(f.scalar("SELECT review_state FROM sequences"), 0);
}

void TestReview::undoAndRedoRestoreEverySnapshot()
{
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(3, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    const auto gnu = f.taxon(QStringLiteral("Connochaetes taurinus"));
    const auto machine = f.machineBox(media[1], seq, zebra, 0.6);
    ReviewEditor editor(*f.project);
    std::vector<EditOutcome> edits;
    edits.push_back(editor.labelSequence(seq, Label::animal(zebra)).value());
    edits.push_back(editor.labelFrame(media[2], Label::blank()).value());
    edits.push_back(editor.addBox(media[0], Box{0.1, 0.1, 0.2, 0.2}, Label::animal(gnu)).value());
    edits.push_back(editor.moveBox(machine, Box{0.3, 0.3, 0.2, 0.2}).value());
    edits.push_back(editor.labelBox(edits[2].detectionId, Label::animal(zebra, 3)).value());
    edits.push_back(editor.deleteBox(edits[3].detectionId).value());
    edits.push_back(editor.clearFrameLabel(media[2]).value());
    // Undo every edit, newest first: each time the sequence is as it was before that edit.
    for (auto it = edits.rbegin(); it != edits.rend(); ++it) {
        QVERIFY(restore(*f.project, it->before, QStringLiteral("undo")).ok());
        QVERIFY(snapshotOf(*f.project, seq).value() == it->before);
    }
    QCOMPARE(f.scalar("SELECT count(*) FROM observations WHERE method = 'human'"), 0);
    QCOMPARE(f.scalar("SELECT count(*) FROM detections WHERE source = 'human'"), 0);
    QCOMPARE(f.scalar("SELECT count(*) FROM detections WHERE review IS NOT NULL"), 0);
    QCOMPARE(f.scalar("SELECT review_state FROM sequences"), 0);
    // Redo them all, oldest first.
    for (const auto& e : edits) {
        QVERIFY(restore(*f.project, e.after, QStringLiteral("redo")).ok());
        QVERIFY(snapshotOf(*f.project, seq).value() == e.after);
    }
    auto view = loadSequence(*f.project, seq).value();
    QCOMPARE(view.frames[0].boxes.size(), size_t(1));
    QCOMPARE(view.frames[0].boxes[0].label->count, std::optional<int>(3));
    QVERIFY(view.frames[1].boxes.empty()); // the machine box was moved (rejected), then its replacement deleted
    QVERIFY(!view.frames[2].frameLabel);
}

void TestReview::undoKeepsRowsItDidNotChange()
{
    Fixture f;
    std::vector<std::int64_t> media;
    f.sequence(2, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    ReviewEditor editor(*f.project);
    const auto box = editor.addBox(media[0], Box{0.1, 0.1, 0.2, 0.2}, Label::animal(zebra)).value().detectionId;
    // Something outside the review points at the box (an embedding); undoing a later edit must not touch it.
    f.project->db().exec("INSERT INTO models(id, kind, name, content_hash, manifest, created_ms) VALUES (9, 'embedder', 'e', 'h9', '{}', 0)");
    f.project->db().exec("INSERT INTO embeddings(detection_id, model_id, vector) VALUES (" + std::to_string(box) + ", 9, x'00000000')");
    auto later = editor.labelFrame(media[1], Label::blank()).value();
    QVERIFY(restore(*f.project, later.before, QStringLiteral("undo")).ok());
    QCOMPARE(f.scalar("SELECT count(*) FROM embeddings"), 1);
    QCOMPARE(f.scalar("SELECT count(*) FROM observations WHERE media_id = " + std::to_string(media[1])), 0);
}

void TestReview::everyEditIsAudited()
{
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(2, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    const auto before = f.scalar("SELECT count(*) FROM audit_log");
    ReviewEditor editor(*f.project, QStringLiteral("bea"));
    auto e = editor.labelSequence(seq, Label::animal(zebra)).value();
    QVERIFY(editor.labelFrame(media[1], Label::blank()).ok());
    QVERIFY(restore(*f.project, e.before, QStringLiteral("undo"), QStringLiteral("bea")).ok());
    QCOMPARE(f.scalar("SELECT count(*) FROM audit_log") - before, 3);
    QCOMPARE(f.scalar("SELECT count(*) FROM audit_log WHERE actor = 'bea' AND source = 'review' AND entity = 'sequences'"
                      " AND entity_id = " + std::to_string(seq) + " AND action IN ('label-sequence', 'label-frame', 'undo')"), 3);
    QCOMPARE(f.scalar("SELECT count(*) FROM audit_log WHERE action = 'label-sequence' AND json_extract(details, '$.taxon') = " +
                      std::to_string(zebra)), 1);
}

void TestReview::badLabelsAreRefusedAndChangeNothing()
{
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(1, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    ReviewEditor editor(*f.project);
    Label wrong{QStringLiteral("aminal"), std::nullopt, std::nullopt, std::nullopt, {}};
    QVERIFY(!editor.labelSequence(seq, wrong).ok());
    Label blankWithSpecies = Label::blank();
    blankWithSpecies.taxonId = zebra;
    QVERIFY(!editor.labelFrame(media[0], blankWithSpecies).ok());
    QVERIFY(!editor.labelSequence(seq + 100, Label::animal(zebra)).ok());
    QVERIFY(!editor.deleteBox(12345).ok());
    QCOMPARE(f.scalar("SELECT count(*) FROM observations"), 0);
    QCOMPARE(f.scalar("SELECT review_state FROM sequences"), 0);
}

void TestReview::taxaAreFoundByAnyNameAndCreatedOnce()
{
    Fixture f;
    f.project->db().exec("INSERT INTO taxa(scientific_name, common_name) VALUES ('Equus quagga', 'plains zebra')");
    const auto zebra = f.scalar("SELECT id FROM taxa WHERE scientific_name = 'Equus quagga'");
    QCOMPARE(f.taxon(QStringLiteral("equus QUAGGA")), zebra);
    QCOMPARE(f.taxon(QStringLiteral("Plains Zebra")), zebra);
    QCOMPARE(f.taxon(QStringLiteral("plains zebra (Equus quagga)")), zebra);
    const auto impala = f.taxon(QStringLiteral("Aepyceros melampus"));
    QCOMPARE(f.taxon(QStringLiteral("Aepyceros melampus")), impala);
    const auto hare = f.taxon(QStringLiteral("hare"));
    QCOMPARE(f.scalar("SELECT count(*) FROM taxa"), 3);
    QCOMPARE(f.scalar("SELECT count(*) FROM taxa WHERE common_name = 'hare' AND id = " + std::to_string(hare)), 1);
    QCOMPARE(f.scalar("SELECT count(*) FROM taxa WHERE common_name IS NULL AND id = " + std::to_string(impala)), 1);
    QCOMPARE(taxon(*f.project, zebra).value().displayName(), QStringLiteral("plains zebra (Equus quagga)"));
    QVERIFY(!ensureTaxon(*f.project, QStringLiteral("  ")).ok());
}

void TestReview::quickKeysDefaultToTheMostUsedAndCanBeSet()
{
    Fixture f;
    const auto a = f.taxon(QStringLiteral("Aepyceros melampus"));
    const auto b = f.taxon(QStringLiteral("Equus quagga"));
    const auto c = f.taxon(QStringLiteral("Crocuta crocuta"));
    ReviewEditor editor(*f.project);
    for (int i = 0; i < 2; ++i)
        QVERIFY(editor.labelSequence(f.sequence(1), Label::animal(b)).ok());
    QVERIFY(editor.labelSequence(f.sequence(1), Label::animal(c)).ok());
    auto keys = quickKeys(*f.project).value();
    QCOMPARE(keys.size(), size_t(kQuickKeyCount));
    QCOMPARE(keys[0]->id, b);
    QCOMPARE(keys[1]->id, c);
    QCOMPARE(keys[2]->id, a);
    QVERIFY(!keys[3]);
    QVERIFY(setQuickKeys(*f.project, {a, std::nullopt, b}).ok());
    keys = quickKeys(*f.project).value();
    QCOMPARE(keys[0]->id, a);
    QCOMPARE(keys[1]->id, c); // an unassigned key takes the most used taxon not on a key yet
    QCOMPARE(keys[2]->id, b);
}

void TestReview::queuesFilterAndCombine()
{
    Fixture f;
    std::int64_t other = 0;
    {
        db::Transaction tx(f.project->db());
        other = f.project->ensureDeployment(QStringLiteral("CAM02"), QStringLiteral("CAM02"));
        tx.commit();
    }
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    const auto gnu = f.taxon(QStringLiteral("Connochaetes taurinus"));
    std::vector<std::int64_t> media;
    const auto labelled = f.sequence(2);
    const auto predictedZebraSure = f.sequence(2);
    const auto predictedZebraUnsure = f.sequence(2, &media);
    const auto predictedBlank = f.sequence(1);
    const auto untouched = f.sequence(1);
    const auto otherCamera = f.sequence(1, nullptr, other);
    ReviewEditor editor(*f.project);
    QVERIFY(editor.labelSequence(labelled, Label::animal(gnu)).ok());
    f.predict(predictedZebraSure, QStringLiteral("animal"), zebra, 0.95);
    f.predict(predictedZebraUnsure, QStringLiteral("animal"), zebra, 0.4);
    f.predict(predictedBlank, QStringLiteral("blank"), std::nullopt, 0.9);
    f.predict(labelled, QStringLiteral("animal"), zebra, 0.3); // the machine disagreed; the person's label wins
    f.project->db().exec("UPDATE media SET review_flag = 'blank in an animal sequence' WHERE id = " + std::to_string(media[1]));
    {
        db::Transaction tx(f.project->db());
        f.project->db().exec("INSERT INTO individuals(id, name, created_ms) VALUES (7, 'Stripes', 0)");
        tx.commit();
    }
    Label stripes = Label::animal(zebra);
    stripes.individualId = 7;
    QVERIFY(editor.labelSequence(otherCamera, stripes).ok());

    using Ids = std::vector<std::int64_t>;
    SequenceFilter notReviewed;
    notReviewed.notReviewed = true;
    QCOMPARE(f.queue(notReviewed), (Ids{predictedZebraSure, predictedZebraUnsure, predictedBlank, untouched}));
    SequenceFilter machineOnly;
    machineOnly.reviewState = ReviewState::MachineLabelled;
    QCOMPARE(f.queue(machineOnly), (Ids{predictedZebraSure, predictedZebraUnsure, predictedBlank}));
    SequenceFilter unsure;
    unsure.confidenceBelow = 0.5;
    QCOMPARE(f.queue(unsure), (Ids{labelled, predictedZebraUnsure}));
    unsure.notReviewed = true;
    QCOMPARE(f.queue(unsure), (Ids{predictedZebraUnsure}));
    SequenceFilter disagreeing;
    disagreeing.disagreeingFrames = true;
    QCOMPARE(f.queue(disagreeing), (Ids{predictedZebraUnsure}));
    SequenceFilter empty;
    empty.empty = true;
    QCOMPARE(f.queue(empty), (Ids{predictedBlank}));
    QVERIFY(editor.labelSequence(untouched, Label::blank()).ok());
    QCOMPARE(f.queue(empty), (Ids{predictedBlank, untouched}));
    SequenceFilter zebras;
    zebras.taxonId = zebra;
    QCOMPARE(f.queue(zebras), (Ids{predictedZebraSure, predictedZebraUnsure, otherCamera}));
    zebras.deploymentId = f.deployment;
    QCOMPARE(f.queue(zebras), (Ids{predictedZebraSure, predictedZebraUnsure}));
    SequenceFilter gnus;
    gnus.taxonId = gnu;
    QCOMPARE(f.queue(gnus), (Ids{labelled}));
    SequenceFilter individual;
    individual.individualId = 7;
    QCOMPARE(f.queue(individual), (Ids{otherCamera}));
    SequenceFilter camera2;
    camera2.deploymentId = other;
    QCOMPARE(f.queue(camera2), (Ids{otherCamera}));
}

void TestReview::sequencePagesCarryTheirLabels()
{
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(2, &media);
    const auto predicted = f.sequence(1);
    f.project->db().exec("INSERT INTO taxa(scientific_name, common_name) VALUES ('Equus quagga', 'plains zebra')");
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    const auto impala = f.taxon(QStringLiteral("Aepyceros melampus"));
    ReviewEditor editor(*f.project);
    QVERIFY(editor.labelSequence(seq, Label::animal(zebra)).ok());
    QVERIFY(editor.addBox(media[0], Box{0.1, 0.1, 0.2, 0.2}, Label::animal(impala)).ok());
    QVERIFY(editor.labelFrame(media[1], Label::blank()).ok());
    f.predict(predicted, QStringLiteral("animal"), zebra, 0.8);
    auto page = f.project->sequencePage({}, 10).value();
    QCOMPARE(page.size(), size_t(2));
    QCOMPARE(page[0].labels, QStringLiteral("plains zebra, Aepyceros melampus"));
    QVERIFY(page[0].prediction.isEmpty());
    QVERIFY(page[1].labels.isEmpty());
    QCOMPARE(page[1].prediction, QStringLiteral("plains zebra"));
    QCOMPARE(page[1].predictionConfidence, std::optional<double>(0.8));
}

void TestReview::rejectedMachineBoxesAreNotExported()
{
    Fixture f;
    std::vector<std::int64_t> media;
    const auto seq = f.sequence(1, &media);
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    const auto kept = f.machineBox(media[0], seq, zebra, 0.9);
    const auto wrong = f.machineBox(media[0], seq, zebra, 0.3);
    QVERIFY(ReviewEditor(*f.project).deleteBox(wrong).ok());
    formats::CocoExportOptions options;
    options.includeMachine = true;
    const auto coco = formats::exportCocoCameraTraps(*f.project, options);
    QVERIFY2(coco.ok(), coco.ok() ? "" : qPrintable(coco.error().message));
    const QJsonArray annotations = coco.value().object().value(QStringLiteral("annotations")).toArray();
    QCOMPARE(annotations.size(), 1); // the kept box's observation; the rejected one is the model's mistake
    QVERIFY(kept != wrong);
}

void TestReview::labellingManySequencesKeepsTheStatementCacheBounded()
{
    Fixture f;
    std::vector<std::int64_t> sequences;
    for (int i = 0; i < 40; ++i)
        sequences.push_back(f.sequence(1));
    const auto zebra = f.taxon(QStringLiteral("Equus quagga"));
    ReviewEditor editor(*f.project);
    // A few edits first, so that every statement an edit needs is prepared once.
    for (size_t i = 0; i < 5; ++i)
        QVERIFY(editor.labelSequence(sequences[i], Label::animal(zebra)).ok());
    const auto afterFirstEdits = preparedStatements(f.project->db());
    for (size_t i = 5; i < sequences.size(); ++i)
        QVERIFY(editor.labelSequence(sequences[i], Label::animal(zebra)).ok());
    // One statement per distinct SQL text: labelling 35 more sequences must not add any.
    QCOMPARE(preparedStatements(f.project->db()), afterFirstEdits);
    QCOMPARE(f.scalar("SELECT count(*) FROM observations WHERE method = 'human'"), 40);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
