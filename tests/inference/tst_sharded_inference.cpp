// Sharded inference without Slurm: a plan over real camtrapR images, its shards run by trapline-cli and in-process,
// one shard killed half-way, collected twice, and the result compared row for row with a local run of the same
// FastestDet model.
#include "ScriptedModels.h"
#include "TestSupport.h"

#include "inference/InferenceJob.h"
#include "inference/ShardedInference.h"
#include "ingest/ImportJob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trapline;

namespace {

const QString kImages = QStringLiteral("camtrapR-sample-images/inst/pictures/sample_images_species_dir");

// The FastestDet COCO example manifest pointed at the weights in ../shared/data.
QString fastestDetManifest(const QTemporaryDir& dir)
{
    const QString weights = test::sharedData(QStringLiteral("weights-fastestdet/example/onnx-runtime"));
    QFile f(QStringLiteral(TRAPLINE_SOURCE_DIR "/resources/models/fastestdet-coco.json"));
    if (weights.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    json[QStringLiteral("weights")] = weights + QStringLiteral("/FastestDet.onnx");
    json[QStringLiteral("classes")] = weights + QStringLiteral("/coco.names");
    const QString path = dir.filePath(QStringLiteral("fastestdet-coco.json"));
    test::saveManifest(path, json);
    return path;
}

void importInto(const QString& project, const QString& folder)
{
    ingest::ImportOptions import;
    import.folders = {folder};
    import.makeThumbnails = false;
    JobControl control;
    auto imported = ingest::ImportJob(project, import).run(control);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
}

// Every row inference writes, without ids and times: boxes by their media's path, models by content hash, taxa
// and sequences by what they are. Sorted, so that the order of writing does not count.
QStringList inferenceRows(const QString& path)
{
    auto project = Project::open(path);
    if (!project)
        qFatal("cannot open %s", qPrintable(path));
    auto& db = project.value()->db();
    const char* const queries[] = {
        "SELECT 'model', kind, name, version, content_hash FROM models",
        "SELECT 'box', m.rel_path, quote(d.x), quote(d.y), quote(d.w), quote(d.h), d.category, quote(d.confidence),"
        " d.source, mo.content_hash FROM detections d JOIN media m ON m.id = d.media_id JOIN models mo ON mo.id = "
        "d.model_id",
        "SELECT 'observation', (SELECT min(rel_path) FROM media WHERE sequence_id = o.sequence_id), m.rel_path,"
        " coalesce(quote(d.x) || quote(d.y) || quote(d.w) || quote(d.h), '-'), o.observation_type,"
        " coalesce(t.scientific_name, '-'), o.count, o.method, mo.content_hash, quote(o.confidence), o.classified_by"
        " FROM observations o JOIN media m ON m.id = o.media_id LEFT JOIN detections d ON d.id = o.detection_id"
        " LEFT JOIN taxa t ON t.id = o.taxon_id JOIN models mo ON mo.id = o.model_id",
        "SELECT 'run', m.rel_path, mo.content_hash, r.state, coalesce(r.error, '') FROM model_runs r"
        " JOIN media m ON m.id = r.media_id JOIN models mo ON mo.id = r.model_id",
        "SELECT 'embedding', m.rel_path, quote(d.x) || quote(d.y), hex(e.vector) FROM embeddings e"
        " JOIN detections d ON d.id = e.detection_id JOIN media m ON m.id = d.media_id",
        "SELECT 'prediction', (SELECT min(rel_path) FROM media WHERE sequence_id = p.sequence_id), mo.content_hash,"
        " p.observation_type, coalesce(p.label, '-'), quote(p.confidence), p.frames_agreeing FROM sequence_predictions "
        "p"
        " JOIN models mo ON mo.id = p.model_id",
        "SELECT 'flag', rel_path, coalesce(review_flag, '-') FROM media",
        "SELECT 'sequence', (SELECT min(rel_path) FROM media WHERE sequence_id = s.id), s.review_state FROM sequences "
        "s",
    };
    QStringList rows;
    for (const char* sql : queries) {
        auto& st = db.cached(sql);
        while (st.step()) {
            QStringList cells;
            for (int c = 0; c < st.columnCount(); ++c)
                cells << st.text(c);
            rows << cells.join(QLatin1Char('|'));
        }
        st.reset();
    }
    rows.sort();
    return rows;
}

int countOf(const QStringList& rows, const QString& kind)
{
    int n = 0;
    for (const QString& r : rows)
        n += r.startsWith(kind + QLatin1Char('|')) ? 1 : 0;
    return n;
}

inference::InferenceOptions cpuOptions(const QString& manifest)
{
    inference::InferenceOptions options;
    options.detector = manifest;
    options.device = inference::DeviceChoice::Cpu;
    options.batchSize = 4;
    return options;
}

std::vector<int> indices(std::initializer_list<int> v)
{
    return v;
}

} // namespace

class TestShardedInference : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void planAndScript();
    void refusesChangedModel();
    void shardsCollectedEqualLocalRun();
};

void TestShardedInference::planAndScript()
{
    TRAPLINE_REQUIRE_SHARED_DATA(kImages);
    QTemporaryDir models;
    const QString manifest = fastestDetManifest(models);
    QVERIFY(!manifest.isEmpty());
    test::ScratchProject scratch;
    importInto(scratch.path, dataPath);
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("infer"), scratch.path, QStringLiteral("--model"), manifest,
                           QStringLiteral("--slurm"), QStringLiteral("--shards"), QStringLiteral("3"),
                           QStringLiteral("--partition"), QStringLiteral("gpu"), QStringLiteral("--gres"),
                           QStringLiteral("gpu:1"), QStringLiteral("--time"), QStringLiteral("02:00:00"),
                           QStringLiteral("--dry-run")},
                          &out, &err),
             0);
    QVERIFY2(out.contains("#SBATCH --array=0-2\n"), out.constData());
    QVERIFY2(out.contains("#SBATCH --partition=gpu\n"), out.constData());
    QVERIFY2(out.contains("#SBATCH --gres=gpu:1\n"), out.constData());
    QVERIFY2(out.contains("#SBATCH --time=02:00:00\n"), out.constData());
    QVERIFY2(out.contains(" infer-shard '" + inference::slurmFolder(scratch.path).toUtf8() +
                          "/plan.json' \"$SLURM_ARRAY_TASK_ID\""),
             out.constData());
    auto plan = inference::readShardPlan(scratch.path);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan.value().shards, 3);
    QCOMPARE(plan.value().media, 68);
    QFile planFile(plan.value().planPath);
    QVERIFY(planFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(planFile.readAll()).object();
    // Media relative to the project's roots, the shards balanced.
    QCOMPARE(json.value(QStringLiteral("roots")).toArray().size(), 1);
    QCOMPARE(json.value(QStringLiteral("roots")).toArray().at(0).toObject().value(QStringLiteral("path")).toString(),
             dataPath);
    const QJsonArray shards = json.value(QStringLiteral("shards")).toArray();
    QCOMPARE(shards.at(0).toArray().size() + shards.at(1).toArray().size() + shards.at(2).toArray().size(), 68);
    QVERIFY(shards.at(0).toArray().size() >= 22 && shards.at(2).toArray().size() >= 22);
    QVERIFY(!shards.at(0).toArray().at(0).toArray().at(2).toString().startsWith(QLatin1Char('/')));
    QCOMPARE(json.value(QStringLiteral("models"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("content_hash"))
                 .toString()
                 .size(),
             16);
    // Without sbatch on PATH, a plain --slurm names what is missing.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(TRAPLINE_CLI_PATH),
              {QStringLiteral("infer"), scratch.path, QStringLiteral("--model"), manifest, QStringLiteral("--slurm")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(cli.readAllStandardError().contains("sbatch was not found on PATH"), "no sbatch message");
}

void TestShardedInference::refusesChangedModel()
{
    TRAPLINE_REQUIRE_SHARED_DATA(kImages);
    QTemporaryDir models;
    const QString manifest = fastestDetManifest(models);
    test::ScratchProject scratch;
    importInto(scratch.path, dataPath);
    inference::SlurmOptions slurm;
    slurm.shards = 2;
    slurm.cli = QStringLiteral(TRAPLINE_CLI_PATH);
    auto plan = inference::writeShardPlan(scratch.path, cpuOptions(manifest), slurm);
    QVERIFY(plan);
    QFile f(manifest);
    QVERIFY(f.open(QIODevice::Append));
    f.write("\n");
    f.close();
    JobControl control;
    auto shard = inference::runShard(plan.value().planPath, 0, control);
    QVERIFY(!shard);
    QVERIFY2(shard.error().message.contains(QStringLiteral("is not the one the plan was made with")),
             qPrintable(shard.error().message));
    QVERIFY(!QFileInfo::exists(QDir(plan.value().folder).filePath(QStringLiteral("shard-0.trapline"))));
}

void TestShardedInference::shardsCollectedEqualLocalRun()
{
    TRAPLINE_REQUIRE_SHARED_DATA(kImages);
    QTemporaryDir models;
    const QString manifest = fastestDetManifest(models);
    test::ScratchProject local;
    test::ScratchProject sharded;
    importInto(local.path, dataPath);
    importInto(sharded.path, dataPath);

    JobControl control;
    QElapsedTimer timer;
    timer.start();
    auto ran = inference::InferenceJob(local.path, cpuOptions(manifest)).run(control);
    QVERIFY2(ran, ran ? "" : qPrintable(ran.error().message));
    const qint64 localMs = timer.elapsed();

    inference::SlurmOptions slurm;
    slurm.shards = 3;
    slurm.cli = QStringLiteral(TRAPLINE_CLI_PATH);
    auto plan = inference::writeShardPlan(sharded.path, cpuOptions(manifest), slurm);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
    const QString folder = plan.value().folder;
    auto shardPath = [&](int i) { return QDir(folder).filePath(QStringLiteral("shard-%1.trapline").arg(i)); };

    // Shard 0 by trapline-cli, as an array task runs it.
    QByteArray out, err;
    QCOMPARE(test::runCli({QStringLiteral("infer-shard"), plan.value().planPath, QStringLiteral("0")}, &out, &err), 0);
    QVERIFY(QFileInfo::exists(shardPath(0)));
    // Shard 2 killed half-way: once its scratch file exists, before it is finished.
    QProcess task;
    task.start(QStringLiteral(TRAPLINE_CLI_PATH),
               {QStringLiteral("infer-shard"), plan.value().planPath, QStringLiteral("2")});
    QVERIFY(task.waitForStarted());
    QElapsedTimer wait;
    wait.start();
    while (!QFileInfo::exists(shardPath(2) + QStringLiteral(".part")) && wait.elapsed() < 60000)
        QTest::qWait(5);
    QCOMPARE(task.state(), QProcess::Running);
    task.kill();
    QVERIFY(task.waitForFinished());
    QVERIFY2(!QFileInfo::exists(shardPath(2)), "a killed shard left its shard file");
    // Shard 1 in-process.
    auto one = inference::runShard(plan.value().planPath, 1, control);
    QVERIFY2(one, one ? "" : qPrintable(one.error().message));

    auto first = inference::collectShards(sharded.path, control);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first.value().imported, indices({0, 1}));
    // Without Slurm the killed task is missing; where squeue answers, it stopped while running: failed.
    if (!first.value().slurmQueried)
        QCOMPARE(first.value().missing, indices({2}));
    QCOMPARE(first.value().toResubmit(), indices({2}));

    timer.restart();
    auto two = inference::runShard(plan.value().planPath, 2, control);
    QVERIFY2(two, two ? "" : qPrintable(two.error().message));
    auto second = inference::collectShards(sharded.path, control);
    QVERIFY(second);
    QCOMPARE(second.value().imported, indices({2}));
    QCOMPARE(second.value().importedBefore, indices({0, 1}));
    QVERIFY(second.value().toResubmit().empty());

    const QStringList collected = inferenceRows(sharded.path);
    // Collected again: nothing is imported twice.
    auto third = inference::collectShards(sharded.path, control);
    QVERIFY(third);
    QVERIFY(third.value().imported.empty());
    QCOMPARE(third.value().importedBefore, indices({0, 1, 2}));
    QCOMPARE(inferenceRows(sharded.path), collected);

    const QStringList expected = inferenceRows(local.path);
    QVERIFY(countOf(expected, QStringLiteral("box")) > 20);
    QCOMPARE(countOf(expected, QStringLiteral("run")), 68);
    QVERIFY(countOf(expected, QStringLiteral("prediction")) > 0);
    for (qsizetype i = 0; i < std::min(expected.size(), collected.size()); ++i)
        QCOMPARE(collected.at(i), expected.at(i));
    QCOMPARE(collected.size(), expected.size());
    qInfo("local run %lld ms; %lld rows, identical after collecting 3 shards", static_cast<long long>(localMs),
          static_cast<long long>(collected.size()));
}

QTEST_GUILESS_MAIN(TestShardedInference)
#include "tst_sharded_inference.moc"
