// The change hub: what a committed write touched reaches every ProjectWatch of the file, from any connection and
// any thread, and nothing else does (a rolled-back write, bookkeeping tables, another file).
#include "TestSupport.h"
#include "project/ChangeNotes.h"
#include "project/ProjectWatch.h"
#include "reid/MatchProposals.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace trapline;

namespace {

ProjectChange only(const QSignalSpy& spy, int index = 0)
{
    return spy.at(index).at(0).value<ProjectChange>();
}

} // namespace

class TestProjectWatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aCommitIsAnnouncedWithWhatItTouched();
    void aRollbackAndBookkeepingAreNotAnnounced();
    void writersNameTheirSequences();
    void anotherThreadsWritesArriveQueuedAndMerged();
    void anotherFileIsNotHeard();
    void tablesWithoutRowidAreAnnounced();
};

void TestProjectWatch::aCommitIsAnnouncedWithWhatItTouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.trapline"));
    auto project = Project::create(path).value();
    // Watched through a path spelled differently: the key is the canonical file.
    ProjectWatch watch(dir.path() + QStringLiteral("/./w.trapline"));
    QSignalSpy spy(&watch, &ProjectWatch::changed);
    auto& db = project->db();
    {
        db::Transaction tx(db);
        db.exec("INSERT INTO taxa(id, scientific_name, common_name) VALUES (1, 'Equus quagga', 'plains zebra')");
        db.exec("INSERT INTO individuals(id, taxon_id, name, created_ms) VALUES (1, 1, 'Stripes', 0)");
        QCOMPARE(spy.count(), 0); // not before the commit
        tx.commit();
    }
    QCOMPARE(spy.count(), 1);
    QCOMPARE(only(spy).kinds.toInt(), (ProjectChange::Kinds(ProjectChange::Taxa) | ProjectChange::Individuals).toInt());
    QVERIFY(only(spy).sameThread);
    // Outside a transaction each statement commits and is announced by itself.
    db.exec("UPDATE individuals SET name = 'Old Stripes' WHERE id = 1");
    QCOMPARE(spy.count(), 2);
    QCOMPARE(only(spy, 1).kinds.toInt(), (ProjectChange::Kinds(ProjectChange::Individuals)).toInt());
    // A second connection to the same file, as a job opens.
    auto other = Project::open(path).value();
    other->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("CAM01"));
    QCOMPARE(spy.count(), 3);
    QCOMPARE(only(spy, 2).kinds.toInt(), (ProjectChange::Kinds(ProjectChange::Deployments)).toInt());
}

void TestProjectWatch::aRollbackAndBookkeepingAreNotAnnounced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.trapline"));
    auto project = Project::create(path).value();
    ProjectWatch watch(path);
    QSignalSpy spy(&watch, &ProjectWatch::changed);
    auto& db = project->db();
    {
        db::Transaction tx(db);
        db.exec("INSERT INTO taxa(id, scientific_name, common_name) VALUES (1, 'Equus quagga', 'plains zebra')");
    } // rolled back
    QCOMPARE(spy.count(), 0);
    project->audit({QStringLiteral("test"), QStringLiteral("nothing"), QStringLiteral("taxa"), 1, {}, {}});
    QCOMPARE(spy.count(), 0);
    // The rolled-back taxon does not ride along with the next commit.
    db.exec("INSERT INTO individuals(id, name, created_ms) VALUES (1, 'Stripes', 0)");
    QCOMPARE(spy.count(), 1);
    QCOMPARE(only(spy).kinds.toInt(), (ProjectChange::Kinds(ProjectChange::Individuals)).toInt());
}

void TestProjectWatch::writersNameTheirSequences()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.trapline"));
    auto project = Project::create(path).value();
    auto& db = project->db();
    const auto dep = project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("CAM01"));
    for (int i = 0; i < 3; ++i)
        db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by) VALUES (?1, 0, 0, 1,"
                  " 'single')")
            .bind(1, dep)
            .run();
    ProjectWatch watch(path);
    QSignalSpy spy(&watch, &ProjectWatch::changed);
    // A label without the writer naming its sequence: any sequence may have changed.
    db.exec("INSERT INTO observations(sequence_id, observation_type, method, classified_ms) VALUES (2, 'blank',"
            " 'human', 0)");
    QCOMPARE(spy.count(), 1);
    QVERIFY(!only(spy).sequencesKnown);
    QVERIFY(only(spy).touchesSequence(1) && only(spy).touchesSequence(3));
    // Named: only that sequence.
    {
        db::Transaction tx(db);
        db.exec("DELETE FROM observations WHERE sequence_id = 2");
        db::noteSequence(db, 2);
        tx.commit();
    }
    QCOMPARE(spy.count(), 2);
    QVERIFY(only(spy, 1).sequencesKnown);
    QVERIFY(only(spy, 1).touchesSequence(2));
    QVERIFY(!only(spy, 1).touchesSequence(1));
    // A row of the sequences table names itself.
    db.exec("UPDATE sequences SET review_state = 2 WHERE id = 3");
    QCOMPARE(spy.count(), 3);
    QVERIFY(only(spy, 2).sequencesKnown);
    QCOMPARE(only(spy, 2).sequences, QSet<qint64>{3});
}

void TestProjectWatch::anotherThreadsWritesArriveQueuedAndMerged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.trapline"));
    Project::create(path).value().reset();
    ProjectWatch watch(path);
    QSignalSpy spy(&watch, &ProjectWatch::changed);
    QThread* writer = QThread::create([path] {
        auto project = Project::open(path).value();
        project->db().exec("INSERT INTO taxa(id, scientific_name, common_name) VALUES (1, 'Equus quagga', 'zebra')");
        project->db().exec("INSERT INTO individuals(id, taxon_id, name, created_ms) VALUES (1, 1, 'Stripes', 0)");
    });
    writer->start();
    QVERIFY(writer->wait(10000));
    delete writer;
    QCOMPARE(spy.count(), 0); // never from the writer's thread
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(only(spy).kinds.toInt(), (ProjectChange::Kinds(ProjectChange::Taxa) | ProjectChange::Individuals).toInt());
    QVERIFY(!only(spy).sameThread);
}

void TestProjectWatch::anotherFileIsNotHeard()
{
    QTemporaryDir dir;
    auto a = Project::create(dir.filePath(QStringLiteral("a.trapline"))).value();
    auto b = Project::create(dir.filePath(QStringLiteral("b.trapline"))).value();
    ProjectWatch watch(a->path());
    QSignalSpy spy(&watch, &ProjectWatch::changed);
    b->db().exec("INSERT INTO individuals(id, name, created_ms) VALUES (1, 'Stripes', 0)");
    QCOMPARE(spy.count(), 0);
    a->db().exec("INSERT INTO individuals(id, name, created_ms) VALUES (1, 'Stripes', 0)");
    QCOMPARE(spy.count(), 1);
}

void TestProjectWatch::tablesWithoutRowidAreAnnounced()
{
    // match_rejections, embeddings, sequence_predictions and model_runs are WITHOUT ROWID: SQLite's update hook
    // never reports their rows, yet a rejected match must reach the match dialog.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.trapline"));
    auto project = Project::create(path).value();
    auto& db = project->db();
    const auto root = project->ensureImageRoot(dir.path());
    const auto dep = project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("CAM01"));
    db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by) VALUES (?1, 0, 0, 1,"
              " 'single')")
        .bind(1, dep)
        .run();
    const auto sequence = db.lastInsertId();
    db.cached("INSERT INTO media(root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash, file_size,"
              " width, height, imported_at_ms) VALUES (?1, 'a.jpg', ?2, ?3, 0, 1, 1, 800, 600, 0)")
        .bind(1, root)
        .bind(2, dep)
        .bind(3, sequence)
        .run();
    const auto media = db.lastInsertId();
    db.cached("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms)"
              " VALUES (?1, 0.1, 0.1, 0.5, 0.5, 'animal', 'human', 0)")
        .bind(1, media)
        .run();
    const auto box = db.lastInsertId();
    db.exec("INSERT INTO individuals(id, name, created_ms) VALUES (1, 'Stripes', 0)");
    db.exec("INSERT INTO models(id, kind, name, content_hash, manifest, created_ms) VALUES (5, 'detector', 'd', 'h',"
            " '{}', 0)");

    ProjectWatch watch(path);
    QSignalSpy spy(&watch, &ProjectWatch::changed);
    QVERIFY(reid::rejectMatch(*project, box, 1, QStringLiteral("ana")).ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(only(spy).kinds.toInt(), (ProjectChange::Kinds(ProjectChange::Proposals)).toInt());
    QVERIFY(reid::unrejectMatch(*project, box, 1, QStringLiteral("ana")).ok());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(only(spy, 1).kinds.toInt(), (ProjectChange::Kinds(ProjectChange::Proposals)).toInt());
    // Taking back a rejection that is not there changed nothing: nothing is announced.
    QVERIFY(reid::unrejectMatch(*project, box, 1, QStringLiteral("ana")).ok());
    QCOMPARE(spy.count(), 2);
    // Through exec, and a label a model predicted for a sequence (which sequence is not named).
    db.exec("INSERT INTO model_runs(media_id, model_id, state, ran_ms) VALUES (" + std::to_string(media) +
            ", 5, 'done', 0)");
    QCOMPARE(spy.count(), 3);
    QCOMPARE(only(spy, 2).kinds.toInt(), (ProjectChange::Kinds(ProjectChange::Models)).toInt());
    db.cached("INSERT INTO sequence_predictions(sequence_id, model_id, observation_type, confidence, frames_agreeing)"
              " VALUES (?1, 5, 'blank', 0.9, 1)")
        .bind(1, sequence)
        .run();
    QCOMPARE(spy.count(), 4);
    QCOMPARE(only(spy, 3).kinds.toInt(), (ProjectChange::Kinds(ProjectChange::Observations)).toInt());
    QVERIFY(!only(spy, 3).sequencesKnown);
}

QTEST_MAIN(TestProjectWatch)
#include "tst_project_watch.moc"
