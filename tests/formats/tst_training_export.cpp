// Training-set export: class folders, crops of the right region, splits that keep sequences whole, empties
// downsampled, first frame only.
#include "TestSupport.h"
#include "formats/Csv.h"
#include "formats/TrainingExport.h"
#include "ingest/ImportJob.h"

#include <QDateTime>
#include <QDir>
#include <QTest>

#include <set>

#include <opencv2/imgcodecs.hpp>

using namespace trapline;
using namespace trapline::formats;

namespace {

// 12 sequences of 3 frames (640x480); sequences alternate fox / empty; each fox frame has a box on a red patch.
void buildProject(const test::ScratchProject& scratch, const QString& card)
{
    for (int s = 0; s < 12; ++s)
        for (int f = 0; f < 3; ++f) {
            cv::Mat image(480, 640, CV_8UC3, cv::Scalar(90, 120, 60));
            image(cv::Rect(160, 240, 160, 120)).setTo(cv::Scalar(0, 0, 255));
            const QString path = QStringLiteral("%1/CAM/IMG_%2.JPG").arg(card).arg(s * 3 + f, 4, 10, QLatin1Char('0'));
            QDir().mkpath(QFileInfo(path).absolutePath());
            std::vector<uchar> jpeg;
            cv::imencode(".jpg", image, jpeg);
            QFile out(path);
            out.open(QIODevice::WriteOnly);
            out.write(reinterpret_cast<const char*>(jpeg.data()), static_cast<qint64>(jpeg.size()));
            // No EXIF: the file time is the frame's time. Bursts an hour apart are sequences of their own.
            out.flush();
            out.setFileTime(QDateTime(QDate(2024, 5, 1), QTime(6 + s, 0, f)), QFileDevice::FileModificationTime);
            out.close();
        }
    ingest::ImportOptions options;
    options.folders = {card};
    options.makeThumbnails = false;
    JobControl control;
    QVERIFY(ingest::ImportJob(scratch.path, options).run(control).ok());
    auto project = scratch.open();
    QCOMPARE(project->counts().value().sequences, std::int64_t(12));
    project->db().exec("INSERT INTO taxa(scientific_name) VALUES ('Vulpes vulpes')");
    project->db().exec("INSERT INTO detections(media_id, x, y, w, h, category, source, created_ms)"
                       " SELECT m.id, 0.25, 0.5, 0.25, 0.25, 'animal', 'human', 0 FROM media m JOIN sequences s ON s.id = m.sequence_id"
                       " WHERE s.id % 2 = 1");
    project->db().exec("INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count, method, classified_ms)"
                       " SELECT m.sequence_id, m.id, d.id, 'animal', 1, 1, 'human', 0 FROM detections d JOIN media m ON m.id = d.media_id");
    project->db().exec("INSERT INTO observations(sequence_id, media_id, observation_type, count, method, classified_ms)"
                       " SELECT m.sequence_id, m.id, 'blank', 0, 'human', 0 FROM media m WHERE m.sequence_id % 2 = 0");
    // A machine label that a reviewed-only export must leave out.
    project->db().exec("INSERT INTO observations(sequence_id, media_id, observation_type, taxon_id, count, method, classified_ms)"
                       " SELECT sequence_id, id, 'animal', 1, 1, 'machine', 0 FROM media WHERE id = 1");
}

std::map<QString, std::set<QString>> sequencesPerSplit(const QString& folder)
{
    std::map<QString, std::set<QString>> out;
    for (const QString& split : {QStringLiteral("train"), QStringLiteral("val"), QStringLiteral("test")}) {
        auto csv = readCsvFile(QDir(folder).filePath(split + QStringLiteral(".csv")));
        if (!csv)
            continue;
        for (const auto& row : csv.value().rows)
            out[split].insert(row.value(2));
    }
    return out;
}

} // namespace

class TestTrainingExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cropsSplitsAndClasses();
    void emptiesDownsampledAndFirstFrameOnly();
};

void TestTrainingExport::cropsSplitsAndClasses()
{
    QTemporaryDir card, out;
    test::ScratchProject scratch;
    buildProject(scratch, card.path());
    auto project = scratch.open();
    TrainingExportOptions options;
    options.validationShare = 0.3;
    options.testShare = 0.2;
    JobControl control;
    const auto summary = exportTrainingSet(*project, out.path(), options, control);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().examples, std::int64_t(36)); // 18 fox crops + 18 empty frames, reviewed only
    QCOMPARE(summary.value().perClass.at(QStringLiteral("Vulpes vulpes")), std::int64_t(18));
    QCOMPARE(summary.value().perClass.at(QStringLiteral("empty")), std::int64_t(18));
    QCOMPARE(summary.value().train + summary.value().validation + summary.value().test, summary.value().examples);
    // No sequence on both sides of a split.
    const auto splits = sequencesPerSplit(out.path());
    for (const auto& [a, seqA] : splits)
        for (const auto& [b, seqB] : splits)
            if (a < b)
                for (const QString& s : seqA)
                    QVERIFY2(!seqB.count(s), qPrintable(QStringLiteral("sequence %1 is in %2 and %3").arg(s, a, b)));
    // A crop is the boxed red patch: 160x120 pixels.
    QDir foxes(out.filePath(QStringLiteral("train/Vulpes vulpes")));
    if (foxes.isEmpty())
        foxes = QDir(out.filePath(QStringLiteral("val/Vulpes vulpes")));
    const QString first = foxes.entryInfoList(QDir::Files).value(0).absoluteFilePath();
    const cv::Mat crop = cv::imread(first.toStdString());
    QCOMPARE(crop.cols, 160);
    QCOMPARE(crop.rows, 120);
    QVERIFY(crop.at<cv::Vec3b>(60, 80)[2] > 200);
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("classes.txt"))));
    // The same options give the same split.
    QTemporaryDir again;
    QVERIFY(exportTrainingSet(*project, again.path(), options, control).ok());
    QCOMPARE(sequencesPerSplit(again.path()), splits);
}

void TestTrainingExport::emptiesDownsampledAndFirstFrameOnly()
{
    QTemporaryDir card, out;
    test::ScratchProject scratch;
    buildProject(scratch, card.path());
    auto project = scratch.open();
    TrainingExportOptions options;
    options.keepEmptyShare = 0.0;
    options.firstFramePerSequence = true;
    JobControl control;
    const auto summary = exportTrainingSet(*project, out.path(), options, control);
    QVERIFY(summary.ok());
    QCOMPARE(summary.value().examples, std::int64_t(6)); // one fox crop per fox sequence, no empties
    QVERIFY(!summary.value().perClass.count(QStringLiteral("empty")));
}

QTEST_GUILESS_MAIN(TestTrainingExport)
#include "tst_training_export.moc"
