#include "TrainingFixtures.h"
#include "DateTimes.h"

#include "ingest/ImportJob.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace trapline::test {

namespace {

cv::Mat drawClass(int cls, cv::RNG& rng)
{
    cv::Mat img(72, 96, CV_8UC3);
    rng.fill(img, cv::RNG::UNIFORM, cv::Scalar::all(60), cv::Scalar::all(150));
    cv::GaussianBlur(img, img, cv::Size(5, 5), 0);
    const cv::Point c(rng.uniform(30, 66), rng.uniform(24, 48));
    const int r = rng.uniform(12, 20);
    switch (cls % 4) {
    case 0: cv::circle(img, c, r, cv::Scalar(40, 40, 220), cv::FILLED); break;
    case 1: cv::rectangle(img, cv::Rect(c.x - r, c.y - r, 2 * r, 2 * r), cv::Scalar(220, 60, 40), cv::FILLED); break;
    case 2:
        for (int y = c.y - r; y < c.y + r; y += 6)
            cv::line(img, {c.x - r - 6, y}, {c.x + r + 6, y}, cv::Scalar(40, 210, 60), 3);
        break;
    default: break; // empty
    }
    return img;
}

} // namespace

void makeLabelledProject(LabelledProject& out, int eventsPerClass, int framesPerEvent, const QStringList& classes)
{
    out.classes = classes;
    const QDir root(out.scratch.dir.filePath(QStringLiteral("card")));
    QVERIFY(root.mkpath(QStringLiteral("CAM01")) && root.mkpath(QStringLiteral("CAM02")));
    cv::RNG rng(12345);
    const QDateTime start = trapline::utcDateTime(QDate(2026, 3, 1), QTime(6, 0));
    std::map<QString, QString> fileClass; // relative file -> class
    int event = 0;
    for (int e = 0; e < eventsPerClass; ++e) {
        for (qsizetype c = 0; c < classes.size(); ++c, ++event) {
            const QString camera = event % 2 == 0 ? QStringLiteral("CAM01") : QStringLiteral("CAM02");
            for (int f = 0; f < framesPerEvent; ++f) {
                const QString file = QStringLiteral("%1/E%2_F%3.JPG").arg(camera).arg(event, 4, 10, QLatin1Char('0')).arg(f);
                const int drawn = classes[c] == u"empty" ? 3 : static_cast<int>(c);
                QVERIFY(cv::imwrite(root.filePath(file).toStdString(), drawClass(drawn, rng)));
                QFile handle(root.filePath(file));
                QVERIFY(handle.open(QIODevice::ReadWrite));
                QVERIFY(handle.setFileTime(start.addSecs(event * 600 + f), QFileDevice::FileModificationTime));
                fileClass[file] = classes[c];
            }
        }
    }
    ingest::ImportOptions options;
    options.folders = {root.path()};
    options.makeThumbnails = false;
    JobControl control;
    QVERIFY(ingest::ImportJob(out.scratch.path, options).run(control).ok());

    auto project = out.scratch.open();
    review::ReviewEditor editor(*project, QStringLiteral("tester"));
    std::map<QString, std::int64_t> taxa;
    for (const QString& c : classes)
        if (c != u"empty") {
            auto id = review::ensureTaxon(*project, c);
            QVERIFY(id.ok());
            taxa[c] = id.value();
        }
    auto& st = project->db().cached("SELECT m.sequence_id, m.rel_path FROM media m WHERE m.frame_index = 0 ORDER BY m.id");
    std::vector<std::pair<std::int64_t, QString>> firsts;
    while (st.step())
        firsts.emplace_back(st.integer(0), st.text(1));
    st.reset();
    QCOMPARE(static_cast<int>(firsts.size()), eventsPerClass * static_cast<int>(classes.size()));
    for (const auto& [sequence, rel] : firsts) {
        const auto it = std::find_if(fileClass.begin(), fileClass.end(), [&](const auto& kv) { return rel.endsWith(kv.first); });
        QVERIFY(it != fileClass.end());
        const QString cls = it->second;
        out.sequenceClass[sequence] = cls;
        QVERIFY(editor.labelSequence(sequence, cls == u"empty" ? review::Label::blank() : review::Label::animal(taxa[cls])).ok());
    }
}

// Imports `folder` and labels each frame with the name of the folder `depth` levels above it: a species code, or
// an individual's number.
void importAndLabelByFolder(const ScratchProject& scratch, const QString& folder, bool individuals)
{
    ingest::ImportOptions options;
    options.folders = {folder};
    options.makeThumbnails = false;
    JobControl control;
    auto imported = ingest::ImportJob(scratch.path, options).run(control);
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
    auto project = scratch.open();
    review::ReviewEditor editor(*project, QStringLiteral("tester"));
    auto& st = project->db().cached("SELECT m.id, m.rel_path FROM media m ORDER BY m.id");
    std::vector<std::pair<std::int64_t, QString>> media;
    while (st.step())
        media.emplace_back(st.integer(0), st.text(1));
    st.reset();
    std::map<QString, std::int64_t> ids;
    const auto nyala = individuals ? review::ensureTaxon(*project, QStringLiteral("Tragelaphus angasii")) : Result<std::int64_t>(0);
    QVERIFY(nyala.ok());
    for (const auto& [id, rel] : media) {
        const QStringList parts = rel.split(QLatin1Char('/'));
        const QString name = parts.value(parts.size() - 2);
        if (name == u"UNID")
            continue;
        auto [it, inserted] = ids.try_emplace(name, 0);
        if (inserted) {
            auto created = individuals ? review::createIndividual(*project, name, nyala.value()) : review::ensureTaxon(*project, name);
            QVERIFY(created.ok());
            it->second = created.value();
        }
        review::Label label = review::Label::animal(individuals ? nyala.value() : it->second);
        if (individuals)
            label.individualId = it->second;
        QVERIFY(editor.labelFrame(id, label).ok());
    }
}

} // namespace trapline::test
