// Imports of real camera-trap folders from ../shared/data (skipped when absent).
#include "TestSupport.h"
#include "ingest/ImportJob.h"
#include "project/ThumbnailCache.h"

#include <QFileInfo>
#include <QTest>

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
};

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
