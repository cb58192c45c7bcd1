// Run Models > On a Slurm cluster...: the dialog writes the plan and shows its script read-only, copies it, and
// collects a finished shard through the job scheduler.
#include "TestSupport.h"

#include "ScriptedModels.h"
#include "inference/ShardedInference.h"
#include "ingest/ImportJob.h"
#include "jobs/JobScheduler.h"
#include "models/RunModelsDialog.h"
#include "models/SlurmRunDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace trapline;

class TestSlurmUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runModelsOffersSlurm();
    void planScriptAndCollectJob();
};

void TestSlurmUi::initTestCase()
{
    // The dialog remembers its choices: in the test's own settings, not the user's.
    QCoreApplication::setOrganizationName(QStringLiteral("TraplineTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_slurm_ui"));
}

void TestSlurmUi::runModelsOffersSlurm()
{
    ui::RunModelsDialog dialog;
    dialog.findChild<QLineEdit*>(QStringLiteral("models/detector"))->setText(QStringLiteral("/models/detector.json"));
    dialog.show();
    auto* slurm = dialog.findChild<QPushButton*>(QStringLiteral("onSlurm"));
    QVERIFY(slurm);
    QVERIFY(!dialog.onSlurm());
    QTest::mouseClick(slurm, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.onSlurm());
    QCOMPARE(dialog.options().detector, QStringLiteral("/models/detector.json"));
}

void TestSlurmUi::planScriptAndCollectJob()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("weights-fastestdet/example/onnx-runtime"));
    QTemporaryDir dir;
    QFile example(QStringLiteral(TRAPLINE_SOURCE_DIR "/resources/models/fastestdet-coco.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(example.readAll()).object();
    json[QStringLiteral("weights")] = dataPath + QStringLiteral("/FastestDet.onnx");
    json[QStringLiteral("classes")] = dataPath + QStringLiteral("/coco.names");
    const QString manifest = dir.filePath(QStringLiteral("fastestdet.json"));
    test::saveManifest(manifest, json);
    // Four plain frames, imported.
    QDir(dir.path()).mkpath(QStringLiteral("card"));
    for (int i = 0; i < 4; ++i) {
        QImage frame(320, 240, QImage::Format_RGB32);
        frame.fill(QColor(40 * i, 90, 60));
        QVERIFY(frame.save(dir.filePath(QStringLiteral("card/IMG%1.JPG").arg(i)), "JPG"));
    }
    test::ScratchProject scratch;
    ingest::ImportOptions import;
    import.folders = {dir.filePath(QStringLiteral("card"))};
    import.makeThumbnails = false;
    JobControl control;
    QVERIFY(ingest::ImportJob(scratch.path, import).run(control));

    inference::InferenceOptions models;
    models.detector = manifest;
    models.device = inference::DeviceChoice::Cpu;
    JobScheduler scheduler(2);
    ui::SlurmRunDialog dialog(scratch.path, models, [&](const QString& title, Job::Work work, const QString& key) {
        return scheduler.submit(scratch.path, JobKind::Inference, title, std::move(work), key);
    });
    dialog.show();
    auto* collect = dialog.findChild<QPushButton*>(QStringLiteral("collect"));
    auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("copyScript"));
    auto* script = dialog.findChild<QPlainTextEdit*>(QStringLiteral("script"));
    QVERIFY(collect && copy && script);
    QVERIFY(!collect->isEnabled());
    QVERIFY(script->isReadOnly());
    dialog.findChild<QSpinBox*>(QStringLiteral("shards"))->setValue(2);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("partition")), QStringLiteral("gpu"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("gres")), QStringLiteral("gpu:1"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("writePlan")), Qt::LeftButton);
    const QString text = script->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("#SBATCH --array=0-1\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("#SBATCH --partition=gpu\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("#SBATCH --gres=gpu:1\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(" infer-shard ")), qPrintable(text));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("planSummary"))
                ->text()
                .contains(QStringLiteral("4 media in 2 shards")));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), text);

    // Shard 0 finished, shard 1 not: the collect job imports one and reports the other missing.
    const auto plan = inference::readShardPlan(scratch.path);
    QVERIFY(plan);
    QVERIFY(inference::runShard(plan.value().planPath, 0, control));
    QVERIFY(collect->isEnabled());
    QTest::mouseClick(collect, Qt::LeftButton);
    Job* job = scheduler.jobAt(0);
    QVERIFY(job);
    QSignalSpy finished(job, &Job::finished);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.front().at(0).toBool(), qPrintable(finished.front().at(2).toString()));
    QCOMPARE(finished.front().at(2).toString(),
             QStringLiteral("Shards imported: 0 (before: none); running: none; missing: 1; failed: none"));
    auto project = scratch.open();
    QCOMPARE(project->db().scalar("SELECT count(*) FROM model_runs"), 2);
}

QTEST_MAIN(TestSlurmUi)
#include "tst_slurm_ui.moc"
