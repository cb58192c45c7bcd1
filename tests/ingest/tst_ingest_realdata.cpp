// Imports of real camera-trap folders from ../shared/data (skipped when absent).
#include "TestSupport.h"
#include "ingest/ImportJob.h"
#include "ingest/TimeAdjustment.h"
#include "project/ThumbnailCache.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTest>
#include <QTimeZone>

#include <exiv2/exiv2.hpp>

#include <map>
#include <set>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace trapline;

namespace {

ingest::ImportSummary runImport(const QString& projectPath, const QString& folder, const QString& deployment = {})
{
    ingest::ImportOptions options;
    options.folders = {folder};
    options.deploymentRule.fixedName = deployment;
    JobControl control;
    auto result = ingest::ImportJob(projectPath, options).run(control);
    if (!result)
        qFatal("import failed: %s", qPrintable(result.error().message));
    return result.value();
}

QStringList fileNamesOfSequence(Project& project, std::int64_t sequenceId)
{
    QStringList names;
    for (const auto& m : project.mediaOfSequence(sequenceId).value())
        names << QFileInfo(m.relPath).fileName();
    return names;
}

cv::Mat thumbnailOf(Project& project, ThumbnailCache& cache, const QString& fileName)
{
    auto& st = project.db().cached("SELECT id FROM media WHERE rel_path LIKE ?1");
    st.bind(1, QStringLiteral("%/") + fileName);
    if (!st.step()) {
        st.reset();
        st.bind(1, fileName);
        if (!st.step())
            return {};
    }
    const auto id = st.integer(0);
    st.reset();
    const QByteArray jpeg = cache.get(id);
    std::vector<uchar> bytes(jpeg.begin(), jpeg.end());
    return bytes.empty() ? cv::Mat() : cv::imdecode(bytes, cv::IMREAD_COLOR);
}

// Copies a folder tree file by file in directory order, as cp -r or a file manager does: every copy's
// modification time is the time of the copy.
void copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QVERIFY(QFile::copy(source, target));
        QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
}

// The camera's DateTimeOriginal, read with Exiv2 directly (not through Trapline's reader).
QDateTime exifTime(const QString& path)
{
    auto image = Exiv2::ImageFactory::open(path.toStdString());
    image->readMetadata();
    const auto it = image->exifData().findKey(Exiv2::ExifKey("Exif.Photo.DateTimeOriginal"));
    if (it == image->exifData().end())
        return {};
    QDateTime t = QDateTime::fromString(QString::fromStdString(it->toString()), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

// Removes every EXIF, IPTC and XMP tag, as some web downloads and photo tools do, and sets the file time.
void stripMetadata(const QString& path, const QDateTime& fileTime)
{
    {
        auto image = Exiv2::ImageFactory::open(path.toStdString());
        image->readMetadata();
        image->clearMetadata();
        image->writeMetadata();
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(fileTime, QFileDevice::FileModificationTime));
}

// Each sequence as the sorted, comma-joined names of its frames; multi-frame ones only when asked.
QStringList sequencesByNames(Project& project, bool multiFrameOnly)
{
    QStringList out;
    for (const auto& s : project.sequencePage({}, 100000).value()) {
        if (multiFrameOnly && s.frameCount < 2)
            continue;
        QStringList names = fileNamesOfSequence(project, s.id);
        names.sort();
        out << names.join(u',');
    }
    out.sort();
    return out;
}

double meanDifference(const cv::Mat& a, const cv::Mat& b)
{
    cv::Mat diff;
    cv::absdiff(a, b, diff);
    const cv::Scalar m = cv::mean(diff);
    return (m[0] + m[1] + m[2]) / 3.0;
}

} // namespace

class TestIngestRealData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serengetiBurstsBecomeThreeSequencesOfThree();
    void reconyxBurstBecomesOneOrderedSequenceOfTen();
    void speciesnetOddFilesAreImportedOrReported();
    void copiedImagesWithoutCameraTimeFormNoFalseSequences_data();
    void copiedImagesWithoutCameraTimeFormNoFalseSequences();
    void burstWithoutExifStillGroupsByConsecutiveNames();
    void timesFromCamtrapRNamesRegroupAndKeepLabels();
    void clockShiftIsUndoneExactly();
};

void TestIngestRealData::copiedImagesWithoutCameraTimeFormNoFalseSequences_data()
{
    QTest::addColumn<bool>("copyFirst");
    QTest::newRow("as laid out here") << false;
    QTest::newRow("freshly copied") << true;
}

// megadetector-test-images mixes images of 16 LILA data sets, most without EXIF: their only time is the file's,
// which the copy that brought them here set. Only the Serengeti bursts that carry camera times may form sequences.
void TestIngestRealData::copiedImagesWithoutCameraTimeFormNoFalseSequences()
{
    QFETCH(bool, copyFirst);
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images"));
    QTemporaryDir copy;
    QString folder = dataPath;
    if (copyFirst) {
        copyTree(dataPath, copy.path());
        folder = copy.path();
    }
    test::ScratchProject scratch;
    const auto summary = runImport(scratch.path, folder);
    QCOMPARE(summary.added, std::int64_t(77));
    auto project = scratch.open();
    // The EXIF bursts of camera D04 (PICT0022 and PICT0128 were stored in another folder, png/).
    QCOMPARE(sequencesByNames(*project, true),
             QStringList({QStringLiteral("S1_D04_R6_PICT0020.JPG,S1_D04_R6_PICT0021.JPG"),
                          QStringLiteral("S1_D04_R6_PICT0129.JPG,S1_D04_R6_PICT0130.JPG"),
                          QStringLiteral("S1_D04_R6_PICT0221.JPG,S1_D04_R6_PICT0222.JPG,S1_D04_R6_PICT0223.JPG")}));
    const auto counts = project->counts().value();
    QVERIFY2(counts.mediaTimedByFile >= 36, qPrintable(QString::number(counts.mediaTimedByFile)));
    QCOMPARE(summary.framesTimedByFile, counts.mediaTimedByFile);
    QCOMPARE(counts.sequencesWithoutCameraTime, counts.mediaTimedByFile); // each on its own
    QCOMPARE(summary.sequencesWithoutCameraTime, counts.sequencesWithoutCameraTime);
    for (const auto& s : project->sequencePage({}, 1000).value()) {
        const bool fileTimed = project->mediaOfSequence(s.id).value().front().timeSource == TimeSource::FileTime;
        QCOMPARE(s.withoutCameraTime, fileTimed);
    }
}

// The Reconyx burst of the Camtrap DP example with its EXIF stripped: the names still run RCNX0031..RCNX0040 and
// the file times (set to the camera's, as a card reader keeps them) follow them, so it is still one sequence.
void TestIngestRealData::burstWithoutExifStillGroupsByConsecutiveNames()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("camtrapdp-mica-example/tests/testthat/fixtures/sample_camtrap_dp_data/media"));
    QTemporaryDir copy;
    copyTree(dataPath, copy.path());
    const QStringList names = QDir(copy.path()).entryList({QStringLiteral("*.JPG")}, QDir::Files, QDir::Name);
    QCOMPARE(names.size(), 10);
    for (const QString& name : names) {
        const QString path = copy.filePath(name);
        const QDateTime camera = exifTime(path);
        QVERIFY(camera.isValid());
        stripMetadata(path, camera);
        QVERIFY(!exifTime(path).isValid());
    }
    test::ScratchProject scratch;
    runImport(scratch.path, copy.path());
    auto project = scratch.open();
    const auto sequences = project->sequencePage({}, 100).value();
    QCOMPARE(sequences.size(), size_t(1));
    QCOMPARE(sequences[0].frameCount, 10);
    QCOMPARE(sequences[0].groupedBy, QStringLiteral("file-names"));
    QVERIFY(sequences[0].withoutCameraTime);
    const auto frames = project->mediaOfSequence(sequences[0].id).value();
    for (size_t i = 0; i < frames.size(); ++i) {
        QCOMPARE(frames[i].timeSource, TimeSource::FileTime);
        QCOMPARE(QFileInfo(frames[i].relPath).fileName(), names[static_cast<qsizetype>(i)]);
    }
}

// camtrapR renames photos after their camera times (StationB__2009-04-25__04-33-00(1).JPG). Stripped of EXIF and
// copied, they have no camera time; reading the times from the names must give the sequences that the EXIF
// times give, and a label made before moves with its frames.
void TestIngestRealData::timesFromCamtrapRNamesRegroupAndKeepLabels()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("camtrapR-sample-images/inst/pictures/sample_images_species_tag/StationB"));
    // The reference: the same files imported with their EXIF.
    test::ScratchProject reference;
    runImport(reference.path, dataPath, QStringLiteral("StationB"));
    const QStringList expected = sequencesByNames(*reference.open(), false);
    QVERIFY(sequencesByNames(*reference.open(), true).size() >= 1); // the file has real multi-frame events

    QTemporaryDir copy;
    copyTree(dataPath, copy.path());
    std::map<QString, QDateTime> cameraTimes;
    for (const QString& name : QDir(copy.path()).entryList(QDir::Files)) {
        cameraTimes[name] = exifTime(copy.filePath(name));
        stripMetadata(copy.filePath(name), QDateTime::currentDateTimeUtc());
    }
    test::ScratchProject scratch;
    runImport(scratch.path, copy.path(), QStringLiteral("StationB"));
    auto project = scratch.open();
    QCOMPARE(project->counts().value().mediaTimedByFile, static_cast<std::int64_t>(cameraTimes.size()));

    // Label every sequence holding a "(1)" frame; the "(2)" and "(3)" frames join them once the times are read.
    auto taxon = review::ensureTaxon(*project, QStringLiteral("Prionailurus bengalensis"));
    QVERIFY(taxon.ok());
    review::ReviewEditor editor(*project);
    QStringList labelled;
    for (const auto& s : project->sequencePage({}, 1000).value()) {
        const QStringList names = fileNamesOfSequence(*project, s.id);
        if (names.size() == 1 && names.front().endsWith(QStringLiteral("(1).JPG"))) {
            QVERIFY(editor.labelSequence(s.id, review::Label::animal(taxon.value())).ok());
            labelled << names.front();
        }
    }
    QVERIFY(!labelled.isEmpty());

    const auto pattern = ingest::NameTimePattern::parse(QStringLiteral("*__YYYY-MM-DD__hh-mm-ss*"));
    QVERIFY(pattern.ok());
    auto deployments = project->deployments().value();
    QCOMPARE(deployments.size(), size_t(1));
    const auto adjusted = ingest::setTimesFromNames(*project, deployments[0].id, pattern.value(),
                                                    QStringLiteral("*__YYYY-MM-DD__hh-mm-ss*"), 60000);
    QVERIFY2(adjusted.ok(), adjusted.ok() ? "" : qPrintable(adjusted.error().message));
    QCOMPARE(adjusted.value().unmatched, std::int64_t(0));
    QCOMPARE(adjusted.value().changed, static_cast<std::int64_t>(cameraTimes.size()));

    auto& frames = project->db().cached("SELECT rel_path, taken_at_ms, time_source FROM media");
    while (frames.step()) {
        const QString name = QFileInfo(frames.text(0)).fileName();
        QCOMPARE(frames.integer(1), cameraTimes.at(name).toMSecsSinceEpoch());
        QCOMPARE(frames.integer(2), static_cast<std::int64_t>(TimeSource::FileName));
    }
    frames.reset();
    QCOMPARE(sequencesByNames(*project, false), expected);
    QCOMPARE(project->counts().value().sequencesWithoutCameraTime, std::int64_t(0));

    // Every labelled "(1)" frame's sequence still carries the label, now with its later frames.
    for (const QString& name : labelled) {
        auto& seq = project->db().cached(
            "SELECT count(*) FROM observations o JOIN media m ON m.sequence_id = o.sequence_id"
            " WHERE m.rel_path = ?1 AND o.taxon_id = ?2 AND o.media_id IS NULL");
        seq.bind(1, name).bind(2, taxon.value());
        QVERIFY(seq.step());
        QVERIFY2(seq.integer(0) >= 1, qPrintable(name));
        seq.reset();
    }
    QVERIFY(project->db().scalar("SELECT count(*) FROM audit_log WHERE source = 'times'") >= 1);
}

// A camera clock set an hour wrong: shifting moves every frame by exactly the shift, keeps the sequences and
// their labels, and the undo puts back the very same times.
void TestIngestRealData::clockShiftIsUndoneExactly()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images/api/synchronous/sample_input/test_images"));
    test::ScratchProject scratch;
    runImport(scratch.path, dataPath, QStringLiteral("D04"));
    auto project = scratch.open();
    auto timesNow = [&] {
        std::map<std::int64_t, std::int64_t> out;
        auto& st = project->db().cached("SELECT id, taken_at_ms FROM media");
        while (st.step())
            out[st.integer(0)] = st.integer(1);
        st.reset();
        return out;
    };
    const auto original = timesNow();
    const QStringList sequences = sequencesByNames(*project, false);
    const auto first = project->sequencePage({}, 1).value().front();
    QVERIFY(review::ReviewEditor(*project).labelSequence(first.id, review::Label::blank()).ok());

    const auto shift = ingest::parseClockShift(QStringLiteral("-01:00:30"));
    QCOMPARE(shift.value_or(0), std::int64_t(-3630000));
    const std::int64_t deployment = project->deployments().value().front().id;
    auto shifted = ingest::shiftTimes(*project, deployment, *shift, 60000);
    QVERIFY(shifted.ok());
    QCOMPARE(shifted.value().changed, static_cast<std::int64_t>(original.size()));
    for (const auto& [id, t] : timesNow())
        QCOMPARE(t, original.at(id) - 3630000);
    QCOMPARE(sequencesByNames(*project, false), sequences);
    QCOMPARE(project->sequence(first.id).value().labels.isEmpty(), false);

    QVERIFY(ingest::restoreTimes(*project, shifted.value().before, 60000).ok());
    QCOMPARE(timesNow(), original);
    QCOMPARE(sequencesByNames(*project, false), sequences);
    QCOMPARE(project->sequence(first.id).value().labels.isEmpty(), false);
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log WHERE source = 'times'"), std::int64_t(2));
}

void TestIngestRealData::serengetiBurstsBecomeThreeSequencesOfThree()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("megadetector-test-images/api/synchronous/sample_input"));
    test::ScratchProject scratch;
    // The ten frames of camera D04 were stored in two folders; --deployment puts them back together.
    const auto summary = runImport(scratch.path, dataPath, QStringLiteral("S1/D04/R6"));
    QCOMPARE(summary.added, std::int64_t(10));
    auto project = scratch.open();
    const auto sequences = project->sequencePage({}, 100).value();
    QStringList triples;
    int singles = 0;
    for (const auto& s : sequences) {
        if (s.frameCount == 3)
            triples << fileNamesOfSequence(*project, s.id).join(QLatin1Char(','));
        else if (s.frameCount == 1)
            ++singles;
    }
    triples.sort();
    QCOMPARE(triples, QStringList({QStringLiteral("S1_D04_R6_PICT0020.JPG,S1_D04_R6_PICT0021.JPG,S1_D04_R6_PICT0022.JPG"),
                                   QStringLiteral("S1_D04_R6_PICT0128.JPG,S1_D04_R6_PICT0129.JPG,S1_D04_R6_PICT0130.JPG"),
                                   QStringLiteral("S1_D04_R6_PICT0221.JPG,S1_D04_R6_PICT0222.JPG,S1_D04_R6_PICT0223.JPG")}));
    QCOMPARE(singles, 1); // PICT0275
    QCOMPARE(sequences.size(), size_t(4));
}

void TestIngestRealData::reconyxBurstBecomesOneOrderedSequenceOfTen()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("camtrapdp-mica-example/tests/testthat/fixtures/sample_camtrap_dp_data/media"));
    test::ScratchProject scratch;
    runImport(scratch.path, dataPath);
    auto project = scratch.open();
    const auto sequences = project->sequencePage({}, 100).value();
    QCOMPARE(sequences.size(), size_t(1));
    QCOMPARE(sequences[0].frameCount, 10);
    QCOMPARE(sequences[0].groupedBy, QStringLiteral("camera-burst"));
    const auto frames = project->mediaOfSequence(sequences[0].id).value();
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(frames[static_cast<size_t>(i)].burstIndex.value_or(-1), i + 1);
        QCOMPARE(frames[static_cast<size_t>(i)].burstCount.value_or(-1), 10);
        // RCNX0031 is frame 1 ... RCNX0040 is frame 10, although two frames share a second.
        QVERIFY2(frames[static_cast<size_t>(i)].relPath.endsWith(QStringLiteral("RCNX%1.JPG").arg(31 + i, 4, 10, QLatin1Char('0'))),
                 qPrintable(frames[static_cast<size_t>(i)].relPath));
    }
    QCOMPARE(frames.front().cameraMake, QStringLiteral("RECONYX"));
    QCOMPARE(frames.front().timeSource, TimeSource::ExifOriginal);
}

void TestIngestRealData::speciesnetOddFilesAreImportedOrReported()
{
    TRAPLINE_REQUIRE_SHARED_DATA(QStringLiteral("speciesnet-test-data/test_data"));
    test::ScratchProject scratch;
    const auto summary = runImport(scratch.path, dataPath);
    auto project = scratch.open();
    const auto counts = project->counts().value();
    QCOMPARE(counts.media, std::int64_t(14));
    QCOMPARE(counts.skippedFiles, std::int64_t(6)); // README.md and five JSON/TXT lists, each reported
    const auto issues = project->importIssues().value();
    bool truncatedReported = false;
    for (const auto& issue : issues) {
        QVERIFY2(!issue.message.isEmpty(), qPrintable(issue.path));
        if (issue.path.endsWith(QStringLiteral("african_elephants_truncated_file.jpg")))
            truncatedReported = issue.message.contains(QStringLiteral("truncated"));
    }
    QVERIFY(truncatedReported);
    QCOMPARE(counts.mediaWithErrors, std::int64_t(1)); // only the truncated file; CMYK and greyscale are fine
    QCOMPARE(summary.thumbnailFailures, std::int64_t(0));

    auto cache = ThumbnailCache::open(project->thumbnailCachePath(), true);
    QVERIFY(cache.ok());
    const cv::Mat original = thumbnailOf(*project, *cache.value(), QStringLiteral("african_elephants.jpg"));
    const cv::Mat rotated = thumbnailOf(*project, *cache.value(), QStringLiteral("african_elephants_with_exif_orientation.jpg"));
    const cv::Mat cmyk = thumbnailOf(*project, *cache.value(), QStringLiteral("african_elephants_cmyk.jpg"));
    QVERIFY(!original.empty() && !rotated.empty() && !cmyk.empty());
    QVERIFY2(rotated.cols > rotated.rows, "the EXIF-rotated file must give a landscape (upright) thumbnail");
    QCOMPARE(rotated.size(), original.size());
    const double uprightDiff = meanDifference(original, rotated);
    cv::Mat sideways;
    cv::rotate(rotated, sideways, cv::ROTATE_180);
    QVERIFY2(uprightDiff < 12.0, qPrintable(QStringLiteral("upright thumbnail differs from the original by %1").arg(uprightDiff)));
    QVERIFY(uprightDiff < meanDifference(original, sideways) / 2);
    QVERIFY2(meanDifference(original, cmyk) < 20.0, "the CMYK file's thumbnail must look like the RGB original");
}

QTEST_GUILESS_MAIN(TestIngestRealData)
#include "tst_ingest_realdata.moc"
