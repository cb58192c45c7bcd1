// libFuzzer target for the MegaDetector results import. Any file must be imported or refused with a message, never
// crash; a refused file must change nothing. The project is created once, on tmpfs where there is one, holds three
// media, and is emptied of labels after every input so that each input starts from the same small project.
#include "formats/MegaDetectorJson.h"
#include "project/Project.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace trapline;

namespace {

struct Scratch {
    QTemporaryDir dir;
    std::unique_ptr<Project> project;
    QString input;

    explicit Scratch(const QString& folderTemplate) : dir(folderTemplate) {}
};

std::unique_ptr<Scratch> g_scratch;

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_megadetector_json: %s\n", what);
        std::abort();
    }
}

// Qt's warnings (about files, JSON) would be printed for every input and slow the run down.
void quietMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

// Two frames of one sequence and a third media whose file name is also in the first folder, so that matching by
// path, by suffix and by an ambiguous name are all reachable.
void addMedia(Project& project)
{
    auto& db = project.db();
    db::Transaction tx(db);
    const auto root = project.ensureImageRoot(g_scratch->dir.filePath(QStringLiteral("card")));
    const auto deployment = project.ensureDeployment(QStringLiteral("CAM"), QString());
    db.exec("INSERT INTO sequences(id, deployment_id, start_ms, end_ms, frame_count, grouped_by) VALUES (1, " +
            std::to_string(deployment) + ", 0, 1000, 2, 'time-gap')");
    auto& media = db.cached("INSERT INTO media(root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash,"
                            " file_size, taken_at_ms, imported_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1000, ?7, 0)");
    media.bind(1, root).bind(2, QStringLiteral("CAM/a.jpg")).bind(3, deployment).bind(4, 1).bind(5, 0).bind(6, 1).bind(7, 0).run();
    media.bind(1, root).bind(2, QStringLiteral("CAM/b.jpg")).bind(3, deployment).bind(4, 1).bind(5, 1).bind(6, 2).bind(7, 1000).run();
    media.bind(1, root).bind(2, QStringLiteral("other/a.jpg")).bind(3, deployment).bind(4, nullptr).bind(5, nullptr).bind(6, 3)
        .bind(7, 5000).run();
    tx.commit();
}

void forgetLabels(Project& project)
{
    project.db().exec("DELETE FROM observations; DELETE FROM detections; DELETE FROM model_runs;"
                      " DELETE FROM sequence_predictions; DELETE FROM models; DELETE FROM taxa;"
                      " UPDATE media SET review_flag = NULL; UPDATE sequences SET review_state = 0;");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    qInstallMessageHandler(quietMessages);
    const bool tmpfs = QFileInfo(QStringLiteral("/dev/shm")).isWritable();
    g_scratch = std::make_unique<Scratch>(tmpfs ? QStringLiteral("/dev/shm/trapline-fuzz-XXXXXX") : QString());
    require(g_scratch->dir.isValid(), "cannot create a scratch folder");
    auto created = Project::create(g_scratch->dir.filePath(QStringLiteral("fuzz.trapline")));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        std::abort();
    }
    g_scratch->project = std::move(created).value();
    g_scratch->input = g_scratch->dir.filePath(QStringLiteral("results.json"));
    addMedia(*g_scratch->project);
    // Removes the scratch folder when libFuzzer ends the run by calling exit().
    std::atexit([] { g_scratch.reset(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QFile file(g_scratch->input);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the input file");
    require(file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) == static_cast<qint64>(size),
            "cannot write the input file");
    file.close();
    Project& project = *g_scratch->project;
    const auto result = formats::importMegaDetectorJson(project, g_scratch->input);
    if (result.ok()) {
        require(result.value().matched <= result.value().imagesInFile, "more images matched than the file has");
        require(result.value().matched + result.value().unmatched.size() == result.value().imagesInFile,
                "images neither matched nor listed as unmatched");
    } else {
        require(!result.error().message.isEmpty(), "a refusal without a message");
        require(project.db().scalar("SELECT count(*) FROM models") == 0, "a refused file changed the project");
        require(project.db().scalar("SELECT count(*) FROM detections") == 0, "a refused file changed the project");
    }
    forgetLabels(project);
    return 0;
}
