// A team reviewing one project: check-out of parts, check-in with the reviewers' who and when, conflicts in their
// own review queue with undo, taxa and individuals merged by name, a part checked in twice, a part of another
// project, and a part saved by an older schema.
#include "MockClock.h"
#include "TestSupport.h"
#include "project/Schema.h"
#include "review/Checkout.h"
#include "review/Conflicts.h"
#include "review/LabelSnapshot.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"

#include <QFile>
#include <QJsonArray>

#include <QTest>

using namespace trapline;
using namespace trapline::review;

namespace {

// The main project: CAM01 holds sequences 1-3, CAM02 sequences 4-5, two frames each; two taxa, one machine box with
// its label and a sequence prediction on sequence 1, and quick keys.
struct Team {
    test::MockClock clock{1000};
    test::ScratchProject scratch;
    std::unique_ptr<Project> project = scratch.open();
    std::int64_t zebra = 0, impala = 0;

    Team()
    {
        auto& db = project->db();
        db::Transaction tx(db);
        const auto cam1 = project->ensureDeployment(QStringLiteral("CAM01"), QStringLiteral("CAM01"));
        const auto cam2 = project->ensureDeployment(QStringLiteral("CAM02"), QStringLiteral("CAM02"));
        const auto root = project->ensureImageRoot(QStringLiteral("/cards"));
        int file = 0;
        for (const auto dep : {cam1, cam1, cam1, cam2, cam2}) {
            const std::int64_t start = 1000000LL * (file + 1);
            db.cached("INSERT INTO sequences(deployment_id, start_ms, end_ms, frame_count, grouped_by)"
                      " VALUES (?1, ?2, ?3, 2, 'time-gap')")
                .bind(1, dep)
                .bind(2, start)
                .bind(3, start + 1000)
                .run();
            const auto seq = db.lastInsertId();
            for (int i = 0; i < 2; ++i) {
                ++file;
                db.cached("INSERT INTO media(root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash,"
                          " file_size, taken_at_ms, imported_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 100, ?7, 0)")
                    .bind(1, root)
                    .bind(2, QStringLiteral("IMG_%1.JPG").arg(file))
                    .bind(3, dep)
                    .bind(4, seq)
                    .bind(5, i)
                    .bind(6, file)
                    .bind(7, start + i * 1000)
                    .run();
            }
        }
        zebra = ensureTaxon(*project, QStringLiteral("Equus quagga")).value();
        impala = ensureTaxon(*project, QStringLiteral("Aepyceros melampus")).value();
        db.exec("INSERT INTO models(id, kind, name, content_hash, manifest, created_ms) VALUES (1, 'detector', 'md', "
                "'h', '{}', 0)");
        db.exec("INSERT INTO detections(media_id, x, y, w, h, category, confidence, source, model_id, created_ms)"
                " VALUES (1, 0.1, 0.2, 0.3, 0.4, 'animal', 0.9, 'machine', 1, 0)");
        db.exec("INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, method,"
                " model_id, confidence, classified_ms) VALUES (1, 1, 1, 'animal', 1, 'machine', 1, 0.9, 0)");
        db.exec("INSERT INTO sequence_predictions(sequence_id, model_id, observation_type, taxon_id, confidence,"
                " frames_agreeing) VALUES (1, 1, 'animal', 1, 0.9, 2)");
        tx.commit();
        if (!setQuickKeys(*project, {impala, zebra}).ok())
            qFatal("cannot set the quick keys");
    }

    QString partPath(const QString& name) const { return scratch.dir.filePath(name + QStringLiteral(".trapline")); }

    CheckoutReport checkOut(const QString& reviewer, const QStringList& deployments, const QString& name)
    {
        CheckoutRequest request;
        request.reviewer = reviewer;
        request.deployments = deployments;
        request.partPath = partPath(name);
        request.scope = QStringLiteral("deployments=") + deployments.join(QLatin1Char(','));
        auto report = review::checkOut(*project, request);
        if (!report)
            qFatal("check-out failed: %s", qPrintable(report.error().message));
        return report.value();
    }

    // "sequence: type taxon [individual] by who at when" for each person's label, in sequence and id order.
    QStringList labels()
    {
        QStringList out;
        auto& st = project->db().cached(
            "SELECT o.sequence_id, o.observation_type, coalesce(t.scientific_name, '-'), coalesce(i.name, '-'),"
            " o.classified_by, o.classified_ms FROM observations o LEFT JOIN taxa t ON t.id = o.taxon_id"
            " LEFT JOIN individuals i ON i.id = o.individual_id WHERE o.method = 'human' ORDER BY o.sequence_id, o.id");
        while (st.step())
            out << QStringLiteral("%1: %2 %3 %4 by %5 at %6")
                       .arg(st.integer(0))
                       .arg(st.text(1), st.text(2), st.text(3), st.text(4))
                       .arg(st.integer(5));
        return out;
    }

    std::int64_t lastAuditId() { return project->db().scalar("SELECT coalesce(max(id), 0) FROM audit_log"); }

    // "at actor source action entity entity_id" of the audit entries after `after`.
    QStringList auditSince(std::int64_t after)
    {
        QStringList out;
        auto& st = project->db().cached("SELECT at_ms, actor, source, action, entity, entity_id FROM audit_log"
                                        " WHERE id > ?1 ORDER BY id");
        st.bind(1, after);
        while (st.step())
            out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(st.integer(0))
                       .arg(st.text(1), st.text(2), st.text(3), st.text(4))
                       .arg(st.integer(5));
        return out;
    }

    std::vector<std::int64_t> conflictQueue()
    {
        SequenceFilter f;
        f.conflicts = true;
        std::vector<std::int64_t> ids;
        for (const auto& s : project->sequencePage(f, 100).value())
            ids.push_back(s.id);
        return ids;
    }
};

std::unique_ptr<Project> openPart(const QString& path)
{
    auto opened = Project::open(path);
    if (!opened)
        qFatal("cannot open the part: %s", qPrintable(opened.error().message));
    return std::move(opened).value();
}

std::int64_t newTaxon(Project& project, const QString& name)
{
    db::Transaction tx(project.db());
    const auto id = ensureTaxon(project, name).value();
    tx.commit();
    return id;
}

QString text(db::Database& db, const char* sql)
{
    db::Statement st(db.handle(), sql);
    return st.step() ? st.text(0) : QString();
}

QStringList expected(std::initializer_list<const char*> lines)
{
    QStringList out;
    for (const char* line : lines)
        out << QString::fromUtf8(line);
    return out;
}

} // namespace

class TestCheckout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aPartHoldsItsSequencesAndWhatTheyNeed();
    void twoReviewersWithDisjointAndOverlappingEdits();
    void anEditUndoneInThePartIsNotCheckedIn();
    void aPartOfAnotherProjectIsRefused();
    void aPartOfAnOlderSchemaIsUpgradedAndCheckedIn();
    void aFailedCheckInChangesNothing();
    void theCommandLineChecksOutAndIn();
};

void TestCheckout::initTestCase()
{
    qputenv("TRAPLINE_USER", "carol");
}

void TestCheckout::aPartHoldsItsSequencesAndWhatTheyNeed()
{
    Team team;
    const auto before = team.lastAuditId();
    const CheckoutReport report =
        team.checkOut(QStringLiteral("alice"), {QStringLiteral("CAM01")}, QStringLiteral("alice"));
    QCOMPARE(report.checkoutId, 1);
    QCOMPARE(report.sequences, 3);
    QCOMPARE(report.media, 6);
    QVERIFY(!QFile::exists(team.partPath(QStringLiteral("alice")) + QStringLiteral(".partial")));

    auto part = openPart(team.partPath(QStringLiteral("alice")));
    auto& db = part->db();
    QCOMPARE(text(db, "SELECT group_concat(id) FROM (SELECT id FROM sequences ORDER BY id)"), QStringLiteral("1,2,3"));
    QCOMPARE(text(db, "SELECT group_concat(id) FROM (SELECT id FROM media ORDER BY id)"),
             QStringLiteral("1,2,3,4,5,6"));
    QCOMPARE(text(db, "SELECT group_concat(name) FROM deployments"), QStringLiteral("CAM01"));
    QCOMPARE(part->absoluteMediaPath(part->media(6).value()), QStringLiteral("/cards/IMG_6.JPG"));
    QCOMPARE(text(db, "SELECT group_concat(scientific_name) FROM (SELECT scientific_name FROM taxa ORDER BY id)"),
             QStringLiteral("Equus quagga,Aepyceros melampus"));
    QCOMPARE(text(db, "SELECT value FROM project_meta WHERE key = 'quick_keys'"),
             QStringLiteral("[2,1,null,null,null,null,null,null,null]"));
    QCOMPARE(db.scalar("SELECT count(*) FROM detections WHERE source = 'machine'"), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM observations WHERE method = 'machine'"), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM sequence_predictions"), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM pragma_foreign_key_check"), 0);
    QCOMPARE(text(db, "SELECT group_concat(actor || ' ' || source || ' ' || action) FROM audit_log"),
             QStringLiteral("alice checkout checkout"));
    QCOMPARE(text(db, "SELECT value FROM project_meta WHERE key = 'checkout_id'"), QStringLiteral("1"));
    const QString mainId = text(team.project->db(), "SELECT value FROM project_meta WHERE key = 'project_id'");
    QCOMPARE(mainId.size(), 32);
    QCOMPARE(text(db, "SELECT value FROM project_meta WHERE key = 'checkout_source'"), mainId);
    QVERIFY(text(db, "SELECT value FROM project_meta WHERE key = 'project_id'") != mainId);

    QCOMPARE(text(team.project->db(), "SELECT reviewer || ' ' || scope FROM checkouts"),
             QStringLiteral("alice deployments=CAM01"));
    QCOMPARE(text(team.project->db(), "SELECT group_concat(sequence_id) FROM checkout_sequences"),
             QStringLiteral("1,2,3"));
    QCOMPARE(team.auditSince(before), expected({"1000 carol checkout checkout checkouts 1"}));
}

void TestCheckout::twoReviewersWithDisjointAndOverlappingEdits()
{
    Team team;
    team.checkOut(QStringLiteral("alice"), {QStringLiteral("CAM01")}, QStringLiteral("alice"));
    team.checkOut(QStringLiteral("bob"), {QStringLiteral("CAM01"), QStringLiteral("CAM02")}, QStringLiteral("bob"));
    // Meanwhile the project gains a taxon, so that the parts' new taxa are numbered apart from the project's.
    team.clock.set(1500);
    QCOMPARE(newTaxon(*team.project, QStringLiteral("Loxodonta africana")), 3);

    {
        auto part = openPart(team.partPath(QStringLiteral("alice")));
        ReviewEditor alice(*part, QStringLiteral("alice"));
        team.clock.set(2000);
        QVERIFY(alice.labelSequence(1, Label::animal(team.zebra)).ok());
        team.clock.set(2100);
        const auto lion = newTaxon(*part, QStringLiteral("Panthera leo"));
        QCOMPARE(lion, 3);
        QVERIFY(alice.labelSequence(2, Label::animal(lion)).ok());
    }
    {
        auto part = openPart(team.partPath(QStringLiteral("bob")));
        ReviewEditor bob(*part, QStringLiteral("bob"));
        team.clock.set(3000);
        QVERIFY(bob.labelSequence(2, Label::animal(team.impala)).ok());
        team.clock.set(3100);
        const auto lion = newTaxon(*part, QStringLiteral("Panthera leo"));
        QVERIFY(bob.labelSequence(4, Label::animal(lion)).ok());
        team.clock.set(3200);
        const auto stripes = createIndividual(*part, QStringLiteral("Stripes"), team.zebra).value();
        Label zebra = Label::animal(team.zebra, 1);
        zebra.individualId = stripes;
        QVERIFY(bob.labelSequence(5, zebra).ok());
    }

    team.clock.set(5000);
    auto before = team.lastAuditId();
    auto alice = checkIn(*team.project, team.partPath(QStringLiteral("alice")));
    QVERIFY2(alice.ok(), alice.ok() ? "" : qPrintable(alice.error().message));
    QCOMPARE(alice.value().applied, 2);
    QCOMPARE(alice.value().conflicts, 0);
    QCOMPARE(alice.value().unchanged, 1);
    QCOMPARE(alice.value().taxaAdded, QStringList{QStringLiteral("Panthera leo")});
    QCOMPARE(alice.value().taxaMerged, QStringList{});
    QCOMPARE(team.auditSince(before),
             expected({"5000 carol checkin insert taxa 4", "2000 alice checkin label-sequence sequences 1",
                       "2100 alice checkin label-sequence sequences 2", "5000 carol checkin checkin checkouts 1"}));

    team.clock.set(6000);
    before = team.lastAuditId();
    auto bob = checkIn(*team.project, team.partPath(QStringLiteral("bob")));
    QVERIFY2(bob.ok(), bob.ok() ? "" : qPrintable(bob.error().message));
    QCOMPARE(bob.value().applied, 2);
    QCOMPARE(bob.value().conflicts, 1);
    QCOMPARE(bob.value().unchanged, 2);
    QCOMPARE(bob.value().taxaAdded, QStringList{});
    QCOMPARE(bob.value().taxaMerged, QStringList{QStringLiteral("Panthera leo")});
    QCOMPARE(bob.value().individualsAdded, QStringList{QStringLiteral("Stripes")});
    QCOMPARE(bob.value().summary(),
             QStringLiteral("Check-in of bob's part: 2 sequences took the reviewer's labels, 1 are in the Conflicts "
                            "queue, 2 were left as they were.\nTaxa merged by name: Panthera leo.\n"
                            "Individuals added: Stripes."));
    QCOMPARE(team.auditSince(before),
             expected({"6000 carol checkin insert individuals 1", "6000 carol checkin conflict sequences 2",
                       "3100 bob checkin label-sequence sequences 4", "3200 bob checkin label-sequence sequences 5",
                       "6000 carol checkin checkin checkouts 2"}));

    // Sequence 2 keeps alice's label (checked in first); bob's waits in the Conflicts queue.
    const QStringList merged =
        expected({"1: animal Equus quagga - by alice at 2000", "2: animal Panthera leo - by alice at 2100",
                  "4: animal Panthera leo - by bob at 3100", "5: animal Equus quagga Stripes by bob at 3200"});
    QCOMPARE(team.labels(), merged);
    QCOMPARE(team.project->db().scalar("SELECT count(*) FROM taxa WHERE scientific_name = 'Panthera leo'"), 1);
    QCOMPARE(team.conflictQueue(), std::vector<std::int64_t>{2});
    auto conflicts = openConflicts(*team.project).value();
    QCOMPARE(conflicts.size(), size_t(1));
    QCOMPARE(conflicts[0].sequenceId, 2);
    QCOMPARE(conflicts[0].checkoutId, 2);
    QCOMPARE(conflicts[0].reviewer, QStringLiteral("bob"));
    const QJsonObject theirs = conflicts[0].theirs[QStringLiteral("observations")].toArray().at(0).toObject();
    QCOMPARE(theirs[QStringLiteral("taxon_id")].toInteger(), team.impala);
    QCOMPARE(theirs[QStringLiteral("classified_by")].toString(), QStringLiteral("bob"));
    const QJsonObject ours = conflicts[0].ours[QStringLiteral("observations")].toArray().at(0).toObject();
    QCOMPARE(ours[QStringLiteral("taxon_id")].toInteger(), 4);
    QCOMPARE(ours[QStringLiteral("classified_by")].toString(), QStringLiteral("alice"));

    // The same parts again: nothing changes, not even the audit log.
    team.clock.set(6500);
    before = team.lastAuditId();
    for (const QString& name : {QStringLiteral("bob"), QStringLiteral("alice")}) {
        auto again = checkIn(*team.project, team.partPath(name));
        QVERIFY(again.ok());
        QVERIFY(again.value().nothingNew());
        QCOMPARE(again.value().summary(),
                 QStringLiteral("Nothing new to check in from %1's part; the project was not changed.").arg(name));
    }
    QCOMPARE(team.lastAuditId(), before);
    QCOMPARE(team.labels(), merged);
    QCOMPARE(team.conflictQueue(), std::vector<std::int64_t>{2});

    // A person picks bob's version, undoes and redoes it.
    team.clock.set(7000);
    auto picked = resolveConflict(*team.project, conflicts[0].id, ConflictChoice::Theirs, QStringLiteral("dana"));
    QVERIFY(picked.ok());
    const QStringList bobs =
        expected({"1: animal Equus quagga - by alice at 2000", "2: animal Aepyceros melampus - by bob at 3000",
                  "4: animal Panthera leo - by bob at 3100", "5: animal Equus quagga Stripes by bob at 3200"});
    QCOMPARE(team.labels(), bobs);
    QCOMPARE(team.conflictQueue(), std::vector<std::int64_t>{});
    QVERIFY(!resolveConflict(*team.project, conflicts[0].id, ConflictChoice::Ours).ok());
    team.clock.set(7100);
    QVERIFY(undoResolution(*team.project, picked.value(), QStringLiteral("dana")).ok());
    QCOMPARE(team.labels(), merged);
    QCOMPARE(team.conflictQueue(), std::vector<std::int64_t>{2});
    team.clock.set(7200);
    QVERIFY(redoResolution(*team.project, picked.value(), QStringLiteral("dana")).ok());
    QCOMPARE(team.labels(), bobs);
    QCOMPARE(team.conflictQueue(), std::vector<std::int64_t>{});
    QCOMPARE(
        text(team.project->db(), "SELECT resolution || ' ' || resolved_by || ' ' || resolved_ms FROM label_conflicts"),
        QStringLiteral("theirs dana 7200"));
    QCOMPARE(team.auditSince(before),
             expected({"7000 dana review resolve-conflict sequences 2", "7100 dana review undo sequences 2",
                       "7200 dana review redo sequences 2"}));
}

void TestCheckout::anEditUndoneInThePartIsNotCheckedIn()
{
    Team team;
    team.checkOut(QStringLiteral("alice"), {QStringLiteral("CAM01")}, QStringLiteral("alice"));
    {
        auto part = openPart(team.partPath(QStringLiteral("alice")));
        ReviewEditor alice(*part, QStringLiteral("alice"));
        // The same calls the review screen's undo stack makes (ui/review/ReviewCommand).
        team.clock.set(2000);
        auto first = alice.labelSequence(1, Label::animal(team.zebra));
        QVERIFY(first.ok());
        team.clock.set(2100);
        QVERIFY(restore(*part, first.value().before, QStringLiteral("undo"), QStringLiteral("alice")).ok());
        team.clock.set(2200);
        QVERIFY(alice.labelSequence(3, Label::animal(team.impala)).ok());
        team.clock.set(2300);
        auto second = alice.labelSequence(3, Label::animal(team.zebra));
        QVERIFY(second.ok());
        team.clock.set(2400);
        QVERIFY(restore(*part, second.value().before, QStringLiteral("undo"), QStringLiteral("alice")).ok());
    }
    team.clock.set(5000);
    const auto before = team.lastAuditId();
    auto report = checkIn(*team.project, team.partPath(QStringLiteral("alice")));
    QVERIFY(report.ok());
    QCOMPARE(report.value().applied, 1);
    QCOMPARE(report.value().unchanged, 2);
    QCOMPARE(team.labels(), expected({"3: animal Aepyceros melampus - by alice at 2200"}));
    QCOMPARE(team.auditSince(before),
             expected({"2200 alice checkin label-sequence sequences 3", "2300 alice checkin label-sequence sequences 3",
                       "2400 alice checkin undo sequences 3", "5000 carol checkin checkin checkouts 1"}));
    QCOMPARE(team.project->db().scalar("SELECT review_state FROM sequences WHERE id = 1"), 0);
    QCOMPARE(team.project->db().scalar("SELECT review_state FROM sequences WHERE id = 3"), 2);
}

void TestCheckout::aPartOfAnotherProjectIsRefused()
{
    Team team;
    Team other;
    other.checkOut(QStringLiteral("alice"), {QStringLiteral("CAM01")}, QStringLiteral("elsewhere"));
    {
        auto part = openPart(other.partPath(QStringLiteral("elsewhere")));
        QVERIFY(ReviewEditor(*part, QStringLiteral("alice")).labelSequence(1, Label::animal(1)).ok());
    }
    const auto before = team.lastAuditId();
    auto refused = checkIn(*team.project, other.partPath(QStringLiteral("elsewhere")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message,
             QStringLiteral("%1 was checked out of another project, not of %2. Check it in to the project it came "
                            "from; nothing was changed.")
                 .arg(other.partPath(QStringLiteral("elsewhere")), team.scratch.path));
    // A project that is no part at all.
    auto notAPart = checkIn(*team.project, other.scratch.path);
    QVERIFY(!notAPart.ok());
    QCOMPARE(notAPart.error().message,
             QStringLiteral("%1 is not a part checked out for review (it records no check-out); nothing was changed.")
                 .arg(other.scratch.path));
    QCOMPARE(team.lastAuditId(), before);
    QCOMPARE(team.labels(), QStringList{});
}

void TestCheckout::aPartOfAnOlderSchemaIsUpgradedAndCheckedIn()
{
    Team team;
    team.checkOut(QStringLiteral("alice"), {QStringLiteral("CAM01")}, QStringLiteral("alice"));
    const QString path = team.partPath(QStringLiteral("alice"));
    {
        auto part = openPart(path);
        team.clock.set(2000);
        QVERIFY(ReviewEditor(*part, QStringLiteral("alice")).labelSequence(2, Label::animal(team.impala)).ok());
    }
    // The part as schema version 9 left it: without the check-out tables of version 10 and the deployment country
    // and region of version 11.
    {
        db::Database raw(path, db::Database::Mode::ReadWrite);
        raw.exec(
            "DROP TABLE label_conflicts; DROP TABLE checkout_sequences; DROP TABLE checkouts;"
            " ALTER TABLE deployments DROP COLUMN admin1_region; ALTER TABLE deployments DROP COLUMN country_code;");
        raw.setUserVersion(9);
    }
    team.clock.set(5000);
    auto report = checkIn(*team.project, path);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    QCOMPARE(report.value().applied, 1);
    QCOMPARE(team.labels(), expected({"2: animal Aepyceros melampus - by alice at 2000"}));
    db::Database upgraded(path, db::Database::Mode::ReadOnly);
    QCOMPARE(upgraded.userVersion(), schema::currentVersion());
    QCOMPARE(upgraded.scalar("SELECT count(*) FROM checkouts"), 0);
}

void TestCheckout::aFailedCheckInChangesNothing()
{
    Team team;
    team.checkOut(QStringLiteral("alice"), {QStringLiteral("CAM01")}, QStringLiteral("alice"));
    {
        auto part = openPart(team.partPath(QStringLiteral("alice")));
        ReviewEditor alice(*part, QStringLiteral("alice"));
        QVERIFY(alice.labelSequence(1, Label::animal(team.zebra)).ok());
        QVERIFY(alice.labelSequence(2, Label::animal(team.zebra)).ok());
    }
    QVERIFY(ReviewEditor(*team.project, QStringLiteral("carol")).labelSequence(2, Label::animal(team.impala)).ok());
    // The conflict on sequence 2 comes after sequence 1 was applied; its write fails.
    team.project->db().exec("CREATE TRIGGER fail_conflicts BEFORE INSERT ON label_conflicts"
                            " BEGIN SELECT RAISE(ABORT, 'no room'); END");
    const auto before = team.lastAuditId();
    const QStringList labels = team.labels();
    auto failed = checkIn(*team.project, team.partPath(QStringLiteral("alice")));
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.startsWith(QStringLiteral("Cannot check in ")), qPrintable(failed.error().message));
    QCOMPARE(team.labels(), labels);
    QCOMPARE(team.lastAuditId(), before);
    QCOMPARE(team.project->db().scalar("SELECT count(*) FROM checkouts WHERE checked_in_ms IS NOT NULL"), 0);
    team.project->db().exec("DROP TRIGGER fail_conflicts");
    auto retried = checkIn(*team.project, team.partPath(QStringLiteral("alice")));
    QVERIFY(retried.ok());
    QCOMPARE(retried.value().applied, 1);
    QCOMPARE(retried.value().conflicts, 1);
}

void TestCheckout::theCommandLineChecksOutAndIn()
{
    Team team;
    team.project.reset();
    const QString part = team.partPath(QStringLiteral("cli"));
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("checkout"), team.scratch.path, QStringLiteral("--sequences"),
                           QStringLiteral("deployment=CAM02"), QStringLiteral("--reviewer"), QStringLiteral("erin"),
                           QStringLiteral("--out"), part},
                          &out, &err),
             0);
    QCOMPARE(QString::fromUtf8(out),
             QStringLiteral("Checked out 2 sequences (4 images) for erin to %1 (check-out 1).\n").arg(part));
    {
        auto opened = openPart(part);
        QVERIFY(ReviewEditor(*opened, QStringLiteral("erin")).labelSequence(4, Label::blank()).ok());
    }
    QCOMPARE(test::runCli({QStringLiteral("checkin"), team.scratch.path, part}, &out, &err), 0);
    QCOMPARE(QString::fromUtf8(out),
             QStringLiteral("Check-in of erin's part: 1 sequences took the reviewer's labels, 0 are in the Conflicts "
                            "queue, 1 were left as they were.\n"));
    QCOMPARE(test::runCli({QStringLiteral("checkout"), team.scratch.path, QStringLiteral("--reviewer"),
                           QStringLiteral("erin"), QStringLiteral("--out"), part + QStringLiteral("2")},
                          &out, &err),
             2);
    team.project = team.scratch.open();
    QCOMPARE(team.labels(), QStringList{QStringLiteral("4: blank - - by erin at 1000")});
}

QTEST_GUILESS_MAIN(TestCheckout)
#include "tst_checkout.moc"
