#include "ProjectCheck.h"
#include "Tr.h"

#include "project/Project.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <xxhash.h>

#include <map>
#include <set>
#include <vector>

namespace trapline::ingest {

namespace {

// The same hash the import stores: XXH3 of the whole file, streamed.
std::optional<std::uint64_t> hashFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    XXH3_state_t* state = XXH3_createState();
    XXH3_64bits_reset(state);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = file.read(buffer.data(), buffer.size())) > 0;)
        XXH3_64bits_update(state, buffer.constData(), static_cast<size_t>(n));
    const std::uint64_t hash = XXH3_64bits_digest(state);
    XXH3_freeState(state);
    return hash;
}

struct RelinkMatch {
    std::int64_t media = 0;
    std::int64_t atSamePath = 0;
    std::vector<std::pair<std::int64_t, QString>> renamed; // media id, its new path relative to the folder
};

// Finds a root's images in the folder it moved to the way the import recognises a moved file: by content hash
// and size, so a different file that merely has the old name and size is not taken for the image. Images not at
// their old relative path are looked for under any name in the folder.
RelinkMatch matchByContent(db::Database& db, std::int64_t rootId, const QString& folder)
{
    struct Expected {
        std::int64_t id;
        QString relPath;
        std::int64_t size;
        std::int64_t hash;
    };
    std::vector<Expected> expected;
    auto& files = db.cached("SELECT id, rel_path, file_size, content_hash FROM media WHERE root_id = ?1");
    files.bind(1, rootId);
    while (files.step())
        expected.push_back({files.integer(0), files.text(1), files.integer(2), files.integer(3)});
    files.reset();

    RelinkMatch out;
    out.media = static_cast<std::int64_t>(expected.size());
    std::set<QString> claimed; // relative paths that stay with the image already recorded there
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<const Expected*>> missing; // (size, hash) -> media
    for (const Expected& e : expected) {
        const QString path = folder + QLatin1Char('/') + e.relPath;
        const QFileInfo info(path);
        if (info.exists())
            claimed.insert(e.relPath);
        const auto hash = info.exists() && info.size() == e.size ? hashFile(path) : std::nullopt;
        if (hash && static_cast<std::int64_t>(*hash) == e.hash)
            ++out.atSamePath;
        else
            missing[{e.size, e.hash}].push_back(&e);
    }
    if (missing.empty())
        return out;
    std::set<std::int64_t> sizes;
    for (const auto& [key, media] : missing)
        sizes.insert(key.first);
    for (QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        const QString rel = QDir(folder).relativeFilePath(path);
        if (claimed.count(rel) || !sizes.count(it.fileInfo().size()))
            continue;
        const auto hash = hashFile(path);
        if (!hash)
            continue;
        const auto match = missing.find({it.fileInfo().size(), static_cast<std::int64_t>(*hash)});
        if (match == missing.end() || match->second.empty())
            continue;
        out.renamed.emplace_back(match->second.back()->id, rel);
        match->second.pop_back();
        claimed.insert(rel);
    }
    return out;
}

} // namespace

std::int64_t CheckReport::count(MediaProblem::Kind kind) const
{
    std::int64_t n = 0;
    for (const auto& p : problems)
        n += p.kind == kind ? 1 : 0;
    return n;
}

Result<CheckReport> checkProject(Project& project, const CheckOptions& options, JobControl& control)
{
    CheckReport report;
    try {
        auto& db = project.db();
        control.beginPhase(IngestText::tr("Checking the database"), 0);
        auto& integrity = db.cached("PRAGMA integrity_check");
        while (integrity.step())
            if (const QString line = integrity.text(0); line != u"ok")
                report.integrityErrors << line;
        integrity.reset();

        std::map<std::int64_t, RootStatus> roots;
        auto& rootRows = db.cached("SELECT id, path FROM image_roots WHERE path != '' ORDER BY id");
        while (rootRows.step()) {
            RootStatus r;
            r.rootId = rootRows.integer(0);
            r.path = rootRows.text(1);
            r.folderExists = QFileInfo(r.path).isDir();
            roots[r.rootId] = r;
        }
        const auto total = db.scalar("SELECT count(*) FROM media m JOIN image_roots r ON r.id = m.root_id WHERE r.path != ''");
        control.beginPhase(options.compareHashes ? IngestText::tr("Comparing files with their import")
                                                 : IngestText::tr("Looking for the files"),
                           total);
        auto& media = db.cached("SELECT m.id, m.root_id, m.rel_path, m.file_size, m.content_hash FROM media m"
                                " JOIN image_roots r ON r.id = m.root_id WHERE r.path != '' ORDER BY m.id");
        while (media.step()) {
            if (control.cancelled()) {
                report.cancelled = true;
                break;
            }
            RootStatus& root = roots[media.integer(1)];
            ++root.media;
            const QString path = root.path + QLatin1Char('/') + media.text(2);
            const QFileInfo info(path);
            ++report.checked;
            control.report(report.checked);
            if (!info.exists()) {
                ++root.missing;
                report.problems.push_back(
                    {media.integer(0), path, MediaProblem::Kind::Missing, IngestText::tr("the file is missing")});
                continue;
            }
            const std::int64_t size = media.integer(3);
            if (info.size() != size) {
                report.problems.push_back({media.integer(0), path, MediaProblem::Kind::Changed,
                                           IngestText::tr("its size changed from %1 to %2 bytes since it was imported")
                                               .arg(size)
                                               .arg(info.size())});
                continue;
            }
            if (!options.compareHashes)
                continue;
            const auto hash = hashFile(path);
            if (!hash)
                report.problems.push_back(
                    {media.integer(0), path, MediaProblem::Kind::Missing, IngestText::tr("the file cannot be read")});
            else if (static_cast<std::int64_t>(*hash) != media.integer(4))
                report.problems.push_back({media.integer(0), path, MediaProblem::Kind::Changed,
                                           IngestText::tr("its content changed since it was imported (same size, "
                                                          "different bytes: edited or overwritten)")});
        }
        media.reset();
        for (auto& [id, r] : roots)
            report.roots.push_back(r);
        return report;
    } catch (const db::DbError& e) {
        return databaseFailure(IngestText::tr("Cannot check the project"), e);
    }
}

Result<std::int64_t> relinkImageRoot(Project& project, const QString& oldPath, const QString& newPath)
{
    const QString from = QDir::cleanPath(oldPath);
    const QString to = QDir::cleanPath(QFileInfo(newPath).absoluteFilePath());
    if (!QFileInfo(to).isDir())
        return Error{IngestText::tr("%1 is not a folder.").arg(newPath)};
    try {
        auto& db = project.db();
        auto& find = db.cached("SELECT id FROM image_roots WHERE path = ?1");
        find.bind(1, from);
        if (!find.step())
            return Error{IngestText::tr("The project has no image folder %1. 'trapline-cli check' lists its folders.")
                             .arg(oldPath)};
        const auto rootId = find.integer(0);
        find.reset();
        auto& taken = db.cached("SELECT count(*) FROM image_roots WHERE path = ?1");
        taken.bind(1, to);
        taken.step();
        const bool alreadyARoot = taken.integer(0) > 0;
        taken.reset();
        if (alreadyARoot)
            return Error{IngestText::tr("%1 is already one of the project's image folders.").arg(to)};
        const auto relinked = matchByContent(db, rootId, to);
        const std::int64_t media = relinked.media;
        const std::int64_t found = relinked.atSamePath + static_cast<std::int64_t>(relinked.renamed.size());
        if (found == 0)
            return Error{IngestText::tr("None of the %1 images of %2 are in %3 (an image is recognised by its "
                                        "content, not its name or size). Pick the folder that holds the same "
                                        "sub-folders as the old one (for example the card's root, not a folder above "
                                        "or below it). Nothing was changed.")
                             .arg(media)
                             .arg(from, to)};
        db::Transaction tx(db);
        db.cached("UPDATE image_roots SET path = ?2 WHERE id = ?1").bind(1, rootId).bind(2, to).run();
        auto& rename = db.cached("UPDATE media SET rel_path = ?2 WHERE id = ?1");
        for (const auto& [mediaId, relPath] : relinked.renamed) {
            rename.bind(1, mediaId).bind(2, relPath).run();
            project.audit(
                {QStringLiteral("check"),
                 QStringLiteral("move"),
                 QStringLiteral("media"),
                 mediaId,
                 QString::fromUtf8(
                     QJsonDocument(QJsonObject{{QStringLiteral("rel_path"), relPath}}).toJson(QJsonDocument::Compact)),
                 {}});
        }
        project.audit({QStringLiteral("check"), QStringLiteral("relink"), QStringLiteral("image_roots"), rootId,
                       QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to},
                                                                   {QStringLiteral("found"), static_cast<double>(found)},
                                                                   {QStringLiteral("media"), static_cast<double>(media)}})
                                             .toJson(QJsonDocument::Compact)),
                       {}});
        tx.commit();
        return found;
    } catch (const db::DbError& e) {
        return databaseFailure(IngestText::tr("Cannot relink %1").arg(oldPath), e);
    }
}

} // namespace trapline::ingest
