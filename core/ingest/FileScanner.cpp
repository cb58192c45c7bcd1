#include "FileScanner.h"

#include <QDir>
#include <QFileInfo>

#include <set>

namespace trapline::ingest {

namespace {

bool hasVideoExtension(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"mp4" || suffix == u"avi" || suffix == u"mov" || suffix == u"mts" || suffix == u"wmv";
}

QString skipReason(const QString& fileName)
{
    if (hasVideoExtension(fileName))
        return QStringLiteral("video files are not imported yet; they are listed so none is overlooked");
    return QStringLiteral("not an image (only JPEG, PNG and TIFF files are imported)");
}

// Inside `folder` (or the folder itself), both canonical.
bool isWithin(const QString& path, const QString& folder)
{
    return path == folder || path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

struct Walker {
    QString root;
    QString canonicalRoot;
    const std::function<bool(std::int64_t)>& keepGoing;
    ScanResult result;
    bool stopped = false;
    std::set<QString> visited; // canonical folders already walked: a link back into one is a loop

    void walk(const QString& relDir)
    {
        if (stopped)
            return;
        const QString absDir = relDir.isEmpty() ? root : root + QLatin1Char('/') + relDir;
        QDir dir(absDir);
        if (!dir.isReadable()) {
            result.unreadableFolders.push_back(absDir);
            return;
        }
        const QString here = QFileInfo(absDir).canonicalFilePath();
        visited.insert(here);
        // A broken link is neither readable nor a file or folder: the filters below would drop it unseen.
        for (const QFileInfo& entry : dir.entryInfoList(QDir::System | QDir::NoDotAndDotDot, QDir::Name))
            if (entry.isSymLink() && !entry.exists())
                skip(relDir.isEmpty() ? entry.fileName() : relDir + QLatin1Char('/') + entry.fileName(), 0,
                     QStringLiteral("a symbolic link to %1, which does not exist; reconnect the disk it points to or "
                                    "import that file's folder itself")
                         .arg(entry.symLinkTarget()));
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable | QDir::System,
                              QDir::Name | QDir::DirsLast);
        // entryInfoList silently drops unreadable entries; compare with the unfiltered list to report them.
        const QStringList all = dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
        if (all.size() > entries.size())
            reportUnreadable(dir, absDir);
        for (const QFileInfo& entry : entries) {
            const QString rel = relDir.isEmpty() ? entry.fileName() : relDir + QLatin1Char('/') + entry.fileName();
            if (entry.isSymLink() && (!entry.exists() || !followLink(entry, rel, here))) {
                // listed as skipped above or by followLink
            } else if (entry.isDir()) {
                walk(rel);
            } else if (!entry.isFile()) {
                skip(rel, entry.size(), QStringLiteral("not a regular file (a device, socket or pipe)"));
            } else if (hasImageExtension(entry.fileName())) {
                result.images.push_back({rel, entry.size()});
            } else {
                skip(rel, entry.size(), skipReason(entry.fileName()));
            }
            if (stopped)
                return;
        }
        if (keepGoing && !keepGoing(static_cast<std::int64_t>(result.images.size())))
            stopped = true;
    }

    // A symbolic link is followed like the file or folder it points to, unless that would read something twice or
    // never end; those are listed as skipped with the reason, so no file is left out without a word.
    bool followLink(const QFileInfo& link, const QString& rel, const QString& linkFolder)
    {
        const QString target = link.canonicalFilePath();
        if (QFileInfo(target).isDir()) {
            if (isWithin(linkFolder, target)) {
                skip(rel, 0,
                     QStringLiteral("a symbolic link to %1, a folder that contains the link itself: following "
                                    "it would never end")
                         .arg(target));
                return false;
            }
            if (visited.count(target) || isWithin(target, canonicalRoot)) {
                skip(rel, 0,
                     QStringLiteral("a symbolic link to %1, a folder that is imported under another name "
                                    "already")
                         .arg(target));
                return false;
            }
            return true;
        }
        if (isWithin(target, canonicalRoot)) {
            skip(rel, QFileInfo(target).size(),
                 QStringLiteral("a symbolic link to %1, a file imported under its own name already").arg(target));
            return false;
        }
        return true;
    }

    void skip(const QString& rel, std::int64_t size, const QString& reason)
    {
        result.skipped.push_back({rel, size});
        result.skipReasons.push_back(reason);
    }

    void reportUnreadable(const QDir& dir, const QString& absDir)
    {
        for (const QFileInfo& entry : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)) {
            if (!entry.isReadable() && entry.exists())
                result.unreadableFolders.push_back(absDir + QLatin1Char('/') + entry.fileName());
        }
    }
};

} // namespace

bool hasImageExtension(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"jpg" || suffix == u"jpeg" || suffix == u"png" || suffix == u"tif" || suffix == u"tiff";
}

ScanResult scanFolder(const QString& root, const std::function<bool(std::int64_t)>& keepGoing)
{
    Walker walker{QDir::cleanPath(root), QFileInfo(root).canonicalFilePath(), keepGoing, {}};
    walker.walk({});
    return std::move(walker.result);
}

} // namespace trapline::ingest
