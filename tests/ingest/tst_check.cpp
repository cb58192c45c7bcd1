// The safety net: trapline-cli check finds deleted and modified images and relinks a moved image folder; backups
// are made by hand and before upgrades, imports and label imports.
#include "TestSupport.h"
#include "demo/SyntheticCameraTrap.h"
#include "ingest/ImportJob.h"
#include "ingest/ProjectCheck.h"
#include "project/Backup.h"
#include "project/Schema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace trapline;

namespace {

struct Card {
    QTemporaryDir dir;
    QString card = dir.filePath(QStringLiteral("card"));
    QString project = dir.filePath(QStringLiteral("p.trapline"));
    QStringList images;

    Card()
    {
        demo::SyntheticOptions options;
        options.cameras = 2;
        options.eventsPerCamera = 3;
        if (!demo::generateCameraTrapTree(card, options).ok())
            return;
        Project::create(project).value().reset();
        for (QDirIterator it(card, {QStringLiteral("*.JPG"), QStringLiteral("*.jpg")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();)
            images << it.next();
        images.sort();
    }

    bool import()
    {
        ingest::ImportOptions options;
        options.folders = {card};
        options.makeThumbnails = false;
        JobControl control;
        return ingest::ImportJob(project, options).run(control).ok();
    }

    ingest::CheckReport check(bool hashes = true)
    {
        auto p = Project::open(project).value();
        JobControl control;
        ingest::CheckOptions options;
        options.compareHashes = hashes;
        return ingest::checkProject(*p, options, control).value();
    }
};

bool flipOneByte(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    f.seek(f.size() / 2);
    char c = 0;
    f.getChar(&c);
    f.seek(f.size() / 2);
    return f.putChar(static_cast<char>(c ^ 0x5a));
}

QStringList backupsOf(const QString& project)
{
    return QDir(backupFolder(project)).entryList({QStringLiteral("*.trapline")}, QDir::Files, QDir::Name);
}

} // namespace

class TestCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aSoundProjectChecksClean();
    void findsDeletedAndModifiedImages();
    void relinksAMovedImageFolder();
    void refusesARelinkToTheWrongFolder();
    void relinkRefusesSameSizedFilesWithOtherContent();
    void relinkFindsARenamedImageByItsContent();
    void cliReportsProblemsAndOffersTheRelink();
    void backupByHandIsACompleteProject();
    void backupRefusesToOverwriteTheProject();
    void backupToAPlaceThatCannotHoldItSaysWhatToDo();
    void automaticBackupsBeforeImportsAreRotated();
    void anUpgradeIsBackedUpFirst();
};

void TestCheck::aSoundProjectChecksClean()
{
    Card c;
    QVERIFY(c.import());
    const auto r = c.check();
    QVERIFY(r.integrityErrors.isEmpty());
    QCOMPARE(r.checked, static_cast<std::int64_t>(c.images.size()));
    QVERIFY(r.problems.empty());
}

void TestCheck::findsDeletedAndModifiedImages()
{
    Card c;
    QVERIFY(c.images.size() >= 6);
    QVERIFY(c.import());
    QVERIFY(QFile::remove(c.images[0]));
    QVERIFY(flipOneByte(c.images[1])); // same size, other bytes
    {
        QFile grown(c.images[2]);
        QVERIFY(grown.open(QIODevice::Append));
        grown.write("edited");
    }
    const auto r = c.check();
    QCOMPARE(r.count(ingest::MediaProblem::Kind::Missing), 1);
    QCOMPARE(r.count(ingest::MediaProblem::Kind::Changed), 2);
    QStringList changed;
    for (const auto& p : r.problems) {
        if (p.kind == ingest::MediaProblem::Kind::Missing)
            QCOMPARE(p.path, c.images[0]);
        else
            changed << p.path;
    }
    changed.sort();
    QCOMPARE(changed, (QStringList{c.images[1], c.images[2]}));
    // --quick compares sizes only: the flipped byte goes unseen, the grown file does not.
    const auto quick = c.check(false);
    QCOMPARE(quick.count(ingest::MediaProblem::Kind::Changed), 1);
    QCOMPARE(quick.count(ingest::MediaProblem::Kind::Missing), 1);
}

void TestCheck::relinksAMovedImageFolder()
{
    Card c;
    QVERIFY(c.import());
    const QString moved = c.dir.filePath(QStringLiteral("new-disk/card"));
    QVERIFY(QDir().mkpath(c.dir.filePath(QStringLiteral("new-disk"))));
    QVERIFY(QDir().rename(c.card, moved));
    auto before = c.check();
    QCOMPARE(before.count(ingest::MediaProblem::Kind::Missing), static_cast<std::int64_t>(c.images.size()));
    QCOMPARE(before.roots.size(), size_t(1));
    QVERIFY(before.roots[0].looksMoved());
    QVERIFY(!before.roots[0].folderExists);
    {
        auto p = Project::open(c.project).value();
        auto found = ingest::relinkImageRoot(*p, c.card, moved);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(found.value(), static_cast<std::int64_t>(c.images.size()));
        QCOMPARE(p->db().scalar("SELECT count(*) FROM audit_log WHERE action = 'relink'"), 1);
    }
    QVERIFY(c.check().problems.empty());
}

void TestCheck::refusesARelinkToTheWrongFolder()
{
    Card c;
    QVERIFY(c.import());
    auto p = Project::open(c.project).value();
    const QString elsewhere = c.dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(elsewhere));
    auto refused = ingest::relinkImageRoot(*p, c.card, elsewhere);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("Nothing was changed")));
    QVERIFY(!ingest::relinkImageRoot(*p, QStringLiteral("/no/such/root"), elsewhere).ok());
    QCOMPARE(p->db().scalar("SELECT count(*) FROM image_roots WHERE path = '" + QDir::cleanPath(c.card).toStdString() + "'"), 1);
}

void TestCheck::relinkRefusesSameSizedFilesWithOtherContent()
{
    Card c;
    QVERIFY(c.import());
    const QString moved = c.dir.filePath(QStringLiteral("moved-card"));
    QVERIFY(QDir().rename(c.card, moved));
    // Another card with the same names and sizes, but other pictures.
    for (const QString& image : c.images)
        QVERIFY(flipOneByte(moved + image.mid(c.card.size())));
    auto p = Project::open(c.project).value();
    auto refused = ingest::relinkImageRoot(*p, c.card, moved);
    QVERIFY2(!refused.ok(), "relinked to files whose content differs from every imported image");
    QVERIFY(refused.error().message.contains(QStringLiteral("Nothing was changed")));
    QCOMPARE(
        p->db().scalar("SELECT count(*) FROM image_roots WHERE path = '" + QDir::cleanPath(c.card).toStdString() + "'"),
        1);
}

void TestCheck::relinkFindsARenamedImageByItsContent()
{
    Card c;
    QVERIFY(c.images.size() >= 2);
    QVERIFY(c.import());
    const QString moved = c.dir.filePath(QStringLiteral("moved-card"));
    QVERIFY(QDir().rename(c.card, moved));
    const QString oldRel = c.images[1].mid(c.card.size() + 1);
    const QString newRel = QFileInfo(oldRel).path() + QStringLiteral("/renamed-on-the-new-disk.jpg");
    QVERIFY(QFile::rename(moved + QLatin1Char('/') + oldRel, moved + QLatin1Char('/') + newRel));
    {
        auto p = Project::open(c.project).value();
        auto found = ingest::relinkImageRoot(*p, c.card, moved);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(found.value(), static_cast<std::int64_t>(c.images.size()));
        auto& st = p->db().cached("SELECT count(*) FROM media WHERE rel_path = ?1");
        st.bind(1, newRel).step();
        QCOMPARE(st.integer(0), std::int64_t(1));
        st.reset();
    }
    QVERIFY(c.check().problems.empty());
}

void TestCheck::cliReportsProblemsAndOffersTheRelink()
{
    Card c;
    QVERIFY(c.import());
    const QString moved = c.dir.filePath(QStringLiteral("moved-card"));
    QVERIFY(QDir().rename(c.card, moved));
    QByteArray out;
    QCOMPARE(test::runCli({QStringLiteral("check"), c.project}, &out), 1);
    QVERIFY2(out.contains("--relink " + QDir::cleanPath(c.card).toUtf8()), out.constData());
    QCOMPARE(test::runCli({QStringLiteral("check"), c.project, QStringLiteral("--relink"), c.card, moved}, &out), 0);
    QVERIFY(out.contains("missing: 0; changed since import: 0"));
    QCOMPARE(test::runCli({QStringLiteral("check"), c.project, QStringLiteral("--json")}, &out), 0);
    QVERIFY(out.contains("\"integrity\": \"ok\""));
}

void TestCheck::backupByHandIsACompleteProject()
{
    Card c;
    QVERIFY(c.import());
    QByteArray out;
    QCOMPARE(test::runCli({QStringLiteral("backup"), c.project}, &out), 0);
    const QString copy = QString::fromUtf8(out).trimmed();
    QVERIFY(copy.startsWith(backupFolder(c.project)));
    auto original = Project::open(c.project).value();
    auto backup = Project::open(copy, Project::OpenMode::ReadOnly);
    QVERIFY(backup.ok());
    QCOMPARE(backup.value()->counts().value().media, original->counts().value().media);
    QCOMPARE(backup.value()->db().scalar("SELECT count(*) FROM audit_log"), original->db().scalar("SELECT count(*) FROM audit_log"));
    const QString chosen = c.dir.filePath(QStringLiteral("usb/p-copy.trapline"));
    QVERIFY(!backupNow(original->db(), chosen).ok()); // the folder does not exist: a clear error, no file
    QVERIFY(QDir().mkpath(c.dir.filePath(QStringLiteral("usb"))));
    QCOMPARE(backupNow(original->db(), chosen).value(), chosen);
    QVERIFY(!QFile::exists(chosen + QStringLiteral(".partial")));
}

void TestCheck::backupRefusesToOverwriteTheProject()
{
    Card c;
    auto p = Project::open(c.project).value();
    QVERIFY(!backupNow(p->db(), c.project).ok());
    QVERIFY(p->counts().ok());
}

void TestCheck::backupToAPlaceThatCannotHoldItSaysWhatToDo()
{
    Card c;
    auto p = Project::open(c.project).value();
    // A folder where the file should go; a file where the folder should be. Each error says what to do instead.
    const QString folder = c.dir.filePath(QStringLiteral("a-folder.trapline"));
    QVERIFY(QDir().mkpath(folder));
    const auto intoFolder = backupNow(p->db(), folder);
    QVERIFY(!intoFolder.ok());
    QVERIFY2(intoFolder.error().message.contains(QStringLiteral("Choose a file name")),
             qPrintable(intoFolder.error().message));
    QVERIFY(QFileInfo(folder).isDir());
    const QString notAFolder = c.dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a folder");
    }
    const auto underAFile = backupNow(p->db(), notAFolder + QStringLiteral("/copy.trapline"));
    QVERIFY(!underAFile.ok());
    QVERIFY2(underAFile.error().message.contains(QStringLiteral("Choose an existing folder")),
             qPrintable(underAFile.error().message));
    QCOMPARE(QDir(c.dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Dirs).size(), 0);
    QVERIFY(p->counts().ok());
}

void TestCheck::automaticBackupsBeforeImportsAreRotated()
{
    Card c;
    QVERIFY(c.import());
    QVERIFY(backupsOf(c.project).isEmpty()); // an empty project has nothing to keep
    for (int i = 0; i < 7; ++i)
        QVERIFY(c.import());
    const QStringList backups = backupsOf(c.project);
    QCOMPARE(backups.size(), 5);
    QVERIFY(backups.last().endsWith(QStringLiteral("-before-import.trapline")));
    auto newest = Project::open(QDir(backupFolder(c.project)).filePath(backups.last()), Project::OpenMode::ReadOnly);
    QVERIFY(newest.ok());
    QCOMPARE(newest.value()->counts().value().media, static_cast<std::int64_t>(c.images.size()));
}

void TestCheck::anUpgradeIsBackedUpFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.trapline"));
    {
        db::Database old(path, db::Database::Mode::ReadWriteCreate);
        old.exec("PRAGMA application_id = 1414676816"); // "TRAP"
        schema::migrateTo(old, 2);
    }
    QVERIFY(Project::open(path).ok());
    const QStringList backups = backupsOf(path);
    QCOMPARE(backups.size(), 1);
    QVERIFY(backups[0].endsWith(QStringLiteral("before-upgrade-from-v2.trapline")));
    db::Database copy(QDir(backupFolder(path)).filePath(backups[0]), db::Database::Mode::ReadOnly);
    QCOMPARE(copy.userVersion(), 2);
    QVERIFY(Project::open(path).ok()); // up to date now: no second backup
    QCOMPARE(backupsOf(path).size(), 1);
}

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
