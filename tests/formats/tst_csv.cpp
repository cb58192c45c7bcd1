// CSV: RFC 4180 reading and writing, the Timelapse-style observations export and the species-per-file import.
#include "TestSupport.h"
#include "DateTimes.h"
#include "formats/Csv.h"
#include "formats/CsvExport.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <set>

using namespace trapline;
using namespace trapline::formats;

namespace {

QList<QStringList> rowsOf(const CsvTable& table) { return QList<QStringList>(table.rows.begin(), table.rows.end()); }

std::int64_t at(int day, int hour, int minute, int second = 0)
{
    return trapline::utcDateTime(QDate(2024, 5, day), QTime(hour, minute, second)).toMSecsSinceEpoch();
}

// Two deployments on one card: CAM-A holds sequence 1 (IMG_0001, IMG_0002); CAM-B holds sequence 2 (IMG_0001)
// and two media outside any sequence (IMG_0002, IMG_0003). IMG_0001 is in both, so its bare name is ambiguous.
void addMedia(Project& project)
{
    auto& db = project.db();
    db::Transaction tx(db);
    const auto root = project.ensureImageRoot(QStringLiteral("/cards/2024"));
    const auto a = project.ensureDeployment(QStringLiteral("CAM-A"), QStringLiteral("/cards/2024/CAM-A"));
    const auto b = project.ensureDeployment(QStringLiteral("CAM-B"), QStringLiteral("/cards/2024/CAM-B"));
    auto& seq = db.cached("INSERT INTO sequences(id, deployment_id, start_ms, end_ms, frame_count, grouped_by)"
                          " VALUES (?1, ?2, ?3, ?4, ?5, 'time-gap')");
    seq.bind(1, 1).bind(2, a).bind(3, at(1, 6, 30)).bind(4, at(1, 6, 30, 1)).bind(5, 2).run();
    seq.bind(1, 2).bind(2, b).bind(3, at(2, 22, 5)).bind(4, at(2, 22, 5)).bind(5, 1).run();
    auto& media = db.cached("INSERT INTO media(id, root_id, rel_path, deployment_id, sequence_id, frame_index, content_hash,"
                            " file_size, taken_at_ms, imported_at_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?1, 1000, ?7, 0)");
    media.bind(1, 1).bind(2, root).bind(3, QStringLiteral("CAM-A/IMG_0001.JPG")).bind(4, a).bind(5, 1).bind(6, 0).bind(7, at(1, 6, 30)).run();
    media.bind(1, 2).bind(2, root).bind(3, QStringLiteral("CAM-A/IMG_0002.JPG")).bind(4, a).bind(5, 1).bind(6, 1).bind(7, at(1, 6, 30, 1)).run();
    media.bind(1, 3).bind(2, root).bind(3, QStringLiteral("CAM-B/IMG_0001.JPG")).bind(4, b).bind(5, 2).bind(6, 0).bind(7, at(2, 22, 5)).run();
    media.bind(1, 4).bind(2, root).bind(3, QStringLiteral("CAM-B/IMG_0002.JPG")).bind(4, b).bind(5, nullptr).bind(6, nullptr).bind(7, at(3, 12, 0)).run();
    media.bind(1, 5).bind(2, root).bind(3, QStringLiteral("CAM-B/IMG_0003.JPG")).bind(4, b).bind(5, nullptr).bind(6, nullptr).bind(7, at(3, 12, 1)).run();
    tx.commit();
}

// A fox on IMG_0001 of CAM-A by a person (with a box, an individual and a note), the same fox on the next frame by
// a machine, and an event-level "blank" on CAM-B's sequence by a person. CAM-B's IMG_0002 and IMG_0003 have none.
void addObservations(Project& project)
{
    auto& db = project.db();
    db.exec("INSERT INTO taxa(id, scientific_name, common_name) VALUES (1, 'Vulpes vulpes', 'Red fox')");
    db.exec("INSERT INTO individuals(id, taxon_id, name, created_ms) VALUES (1, 1, 'Fox 7', 0)");
    db.exec("INSERT INTO detections(id, media_id, x, y, w, h, category, source, created_ms)"
            " VALUES (1, 1, 0.125, 0.25, 0.5, 0.375, 'animal', 'human', 0)");
    db.exec("INSERT INTO observations(sequence_id, media_id, detection_id, observation_type, taxon_id, count, individual_id,"
            " method, classified_by, classified_ms, notes)"
            " VALUES (1, 1, 1, 'animal', 1, 1, 1, 'human', 'alice', 0, 'seen \"twice\", left')");
    db.exec("INSERT INTO observations(sequence_id, media_id, observation_type, taxon_id, method, confidence, classified_by,"
            " classified_ms) VALUES (1, 2, 'animal', 1, 'machine', 0.875, 'SpeciesNet', 0)");
    db.exec("INSERT INTO observations(sequence_id, observation_type, count, method, classified_by, classified_ms)"
            " VALUES (2, 'blank', 0, 'human', 'bob', 0)");
}

CsvTable exported(Project& project, const CsvExportOptions& options)
{
    const auto bytes = exportObservationsCsv(project, options);
    if (!bytes)
        qFatal("export failed: %s", qPrintable(bytes.error().message));
    auto table = parseCsv(bytes.value());
    if (!table)
        qFatal("the export does not read back: %s", qPrintable(table.error().message));
    return std::move(table).value();
}

QString writeFile(const test::ScratchProject& scratch, const QString& name, const QByteArray& bytes)
{
    const QString path = scratch.dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// "rel_path type species count" of every observation, sorted.
QStringList labelsOf(Project& project)
{
    QStringList out;
    auto& st = project.db().cached(
        "SELECT coalesce(m.rel_path, (SELECT f.rel_path FROM media f WHERE f.sequence_id = o.sequence_id ORDER BY f.frame_index"
        " LIMIT 1)), o.observation_type, coalesce(t.scientific_name, '-'), coalesce(o.count, '-')"
        " FROM observations o LEFT JOIN media m ON m.id = o.media_id LEFT JOIN taxa t ON t.id = o.taxon_id");
    while (st.step())
        out << QStringLiteral("%1 %2 %3 %4").arg(st.text(0), st.text(1), st.text(2), st.text(3));
    out.sort();
    return out;
}

} // namespace

class TestCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsFields_data();
    void readsFields();
    void reportsErrorsWithTheirLine_data();
    void reportsErrorsWithTheirLine();
    void writerQuotesOnlyWhenNeeded();
    void writtenFieldsReadBackUnchanged_data();
    void writtenFieldsReadBackUnchanged();
    void guessesTheSeparator_data();
    void guessesTheSeparator();
    void namesMissingColumns();
    void writesFilesAtomically();

    void exportHasOneRowPerObservation();
    void exportFilters_data();
    void exportFilters();

    void importsSpeciesPerFile();
    void importReadsSpreadsheetVariants_data();
    void importReadsSpreadsheetVariants();
    void exportedLabelsImportBack();
    void aBadLineImportsNothing_data();
    void aBadLineImportsNothing();
};

void TestCsv::readsFields_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    const QChar comma(u',');
    const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("plain") << QByteArray("a,b\n1,2\n3,4\n") << comma << ab
                           << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{2, 3};
    QTest::newRow("no final line break") << QByteArray("a,b\n1,2") << comma << ab << QList<QStringList>{{"1", "2"}} << QList<int>{2};
    QTest::newRow("header only") << QByteArray("a,b\n") << comma << ab << QList<QStringList>{} << QList<int>{};
    QTest::newRow("quoted separator") << QByteArray("a,b\nfox,\"red, small\"\n") << comma << ab
                                      << QList<QStringList>{{"fox", "red, small"}} << QList<int>{2};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << comma << ab
                                    << QList<QStringList>{{"say \"hi\"", "\""}} << QList<int>{2};
    QTest::newRow("line break in a field") << QByteArray("a,b\n\"one\ntwo\",x\n3,4\n") << comma << ab
                                           << QList<QStringList>{{"one\ntwo", "x"}, {"3", "4"}} << QList<int>{2, 4};
    QTest::newRow("CRLF in a field is kept") << QByteArray("a\r\n\"x\r\ny\"\r\nz\r\n") << comma << QStringList{"a"}
                                             << QList<QStringList>{{"x\r\ny"}, {"z"}} << QList<int>{2, 4};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << comma << ab
                          << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{2, 3};
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << comma << ab << QList<QStringList>{{"1", "2"}} << QList<int>{2};
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF" "file,species\na.jpg,Vulpes vulpes\n") << comma
                                     << QStringList{"file", "species"} << QList<QStringList>{{"a.jpg", "Vulpes vulpes"}}
                                     << QList<int>{2};
    QTest::newRow("blank lines are skipped") << QByteArray("\na,b\n\n1,2\n  \n\n3,4\n\n") << comma << ab
                                             << QList<QStringList>{{"1", "2"}, {"3", "4"}} << QList<int>{4, 7};
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n1,,3\n") << comma << QStringList{"a", "b", "c"}
                                  << QList<QStringList>{{"", "", ""}, {"1", "", "3"}} << QList<int>{2, 3};
    QTest::newRow("trailing separator") << QByteArray("a,b,\n1,2,\n") << comma << QStringList{"a", "b", ""}
                                        << QList<QStringList>{{"1", "2", ""}} << QList<int>{2};
    QTest::newRow("a quoted empty row is a row") << QByteArray("a\n\"\"\nx\n") << comma << QStringList{"a"}
                                                 << QList<QStringList>{{""}, {"x"}} << QList<int>{2, 3};
    QTest::newRow("spaces after a closing quote") << QByteArray("a,b\n\"x\"  ,y\n") << comma << ab
                                                  << QList<QStringList>{{"x", "y"}} << QList<int>{2};
    QTest::newRow("quote inside an unquoted field") << QByteArray("a,b\n5\" lens,y\n") << comma << ab
                                                    << QList<QStringList>{{"5\" lens", "y"}} << QList<int>{2};
    QTest::newRow("spaces are kept") << QByteArray("a,b\n x , y\n") << comma << ab << QList<QStringList>{{" x ", " y"}}
                                     << QList<int>{2};
    QTest::newRow("semicolon") << QByteArray("a;b\n1,5;\"x;y\"\n") << QChar(u';') << ab
                               << QList<QStringList>{{"1,5", "x;y"}} << QList<int>{2};
    QTest::newRow("tab") << QByteArray("a\tb\n\"x\ty\"\tz\n") << QChar(u'\t') << ab << QList<QStringList>{{"x\ty", "z"}}
                         << QList<int>{2};
    QTest::newRow("UTF-8") << QByteArray("espèce,n\nRenard roux – Vulpes vulpes,1\n") << comma
                           << QStringList{QStringLiteral("espèce"), "n"}
                           << QList<QStringList>{{QStringLiteral("Renard roux – Vulpes vulpes"), "1"}} << QList<int>{2};
}

void TestCsv::readsFields()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, separator);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    const auto table = parseCsv(bytes, separator);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table.value().header, header);
    QCOMPARE(rowsOf(table.value()), rows);
    QCOMPARE(QList<int>(table.value().lineOfRow.begin(), table.value().lineOfRow.end()), lines);
}

void TestCsv::reportsErrorsWithTheirLine_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\nmore\n")
                                        << QStringLiteral("line 3: unterminated quoted field");
    QTest::newRow("too few fields") << QByteArray("a,b,c,d,e,f,g\n1,2,3,4,5,6,7\n1,2,3,4,5\n")
                                    << QStringLiteral("line 3 has 5 fields, the header has 7");
    QTest::newRow("too many fields") << QByteArray("a,b\n1,2\n1,2,3\n") << QStringLiteral("line 3 has 3 fields, the header has 2");
    QTest::newRow("one field") << QByteArray("a,b\nx\n") << QStringLiteral("line 2 has 1 field, the header has 2");
    QTest::newRow("counted after a multi-line field") << QByteArray("a,b\n\"x\ny\",1\n1,2,3\n")
                                                      << QStringLiteral("line 4 has 3 fields");
    QTest::newRow("counted with CRLF") << QByteArray("a,b\r\n1,2\r\n\r\n1\r\n") << QStringLiteral("line 4 has 1 field");
    QTest::newRow("text after a closing quote") << QByteArray("a,b\n1,2\n\"5\" lens\",1\n")
                                                << QStringLiteral("line 3: text after the closing quote");
    QTest::newRow("not UTF-8") << QByteArray("a,b\n1,2\nR\xe9union,3\n") << QStringLiteral("line 3 is not UTF-8");
    QTest::newRow("cut-off UTF-8") << QByteArray("a,b\n1,\xe2\x80") << QStringLiteral("line 2 is not UTF-8");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n  \n") << QStringLiteral("the file is empty");
}

void TestCsv::reportsErrorsWithTheirLine()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto table = parseCsv(bytes);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().message.startsWith(expected), qPrintable(table.error().message));
}

void TestCsv::writerQuotesOnlyWhenNeeded()
{
    const QByteArray csv = writeCsv({QStringLiteral("File"), QStringLiteral("Notes")},
                                    {{QStringLiteral("a.jpg"), QStringLiteral("plain text")},
                                     {QStringLiteral("b,c.jpg"), QStringLiteral("say \"hi\"")},
                                     {QStringLiteral("d.jpg"), QStringLiteral("two\nlines")},
                                     {QStringLiteral("e.jpg"), QString()}});
    QCOMPARE(csv, QByteArray("File,Notes\na.jpg,plain text\n\"b,c.jpg\",\"say \"\"hi\"\"\"\nd.jpg,\"two\nlines\"\ne.jpg,\n"));
    QCOMPARE(writeCsv({QStringLiteral("a;b")}, {}, QLatin1Char(';')), QByteArray("\"a;b\"\n"));
    QCOMPARE(writeCsv({QStringLiteral("a,b")}, {}, QLatin1Char(';')), QByteArray("a,b\n"));
}

void TestCsv::writtenFieldsReadBackUnchanged_data()
{
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    const QChar comma(u',');
    QTest::newRow("separators, quotes, line breaks")
        << comma << QStringList{"File", "Notes", "n"}
        << QList<QStringList>{{"a,b.jpg", "\"quoted\"", "1"}, {"c.jpg", "one\ntwo\r\nthree\rfour", ""}, {"", "", ""}};
    QTest::newRow("one column with empty and blank rows") << comma << QStringList{"x"}
                                                          << QList<QStringList>{{""}, {"  "}, {"\t"}, {"y"}};
    QTest::newRow("an empty header") << comma << QStringList{""} << QList<QStringList>{{"a"}};
    QTest::newRow("spaces around fields") << comma << QStringList{" a ", "b"} << QList<QStringList>{{" x", "y "}};
    QTest::newRow("a leading byte-order mark character") << comma << QStringList{QStringLiteral("\uFEFFa")}
                                                         << QList<QStringList>{{QStringLiteral("\uFEFF")}};
    QTest::newRow("semicolon") << QChar(u';') << QStringList{"a", "b"} << QList<QStringList>{{"1,5", "x;y"}};
    QTest::newRow("tab") << QChar(u'\t') << QStringList{"a", "b"} << QList<QStringList>{{"x\ty", " \t"}};
    QTest::newRow("UTF-8") << comma << QStringList{QStringLiteral("espèce")}
                           << QList<QStringList>{{QStringLiteral("Chevreuil – 狐狸 – 🦊")}};
}

void TestCsv::writtenFieldsReadBackUnchanged()
{
    QFETCH(QChar, separator);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    const QByteArray bytes = writeCsv(header, std::vector<QStringList>(rows.begin(), rows.end()), separator);
    const auto table = parseCsv(bytes, separator);
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table.value().header, header);
    QCOMPARE(rowsOf(table.value()), rows);
}

void TestCsv::guessesTheSeparator_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("comma") << QByteArray("file,species\na;b,c\n") << QChar(u',');
    QTest::newRow("semicolon") << QByteArray("\xEF\xBB\xBF" "file;species;count\r\n1,5;x;y\r\n") << QChar(u';');
    QTest::newRow("tab") << QByteArray("file\tspecies\n") << QChar(u'\t');
    QTest::newRow("quoted separators do not count") << QByteArray("\"a;b;c\",d\n") << QChar(u',');
    QTest::newRow("one column") << QByteArray("file\n") << QChar(u',');
}

void TestCsv::guessesTheSeparator()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, expected);
    QCOMPARE(guessCsvSeparator(bytes), expected);
}

void TestCsv::namesMissingColumns()
{
    const CsvTable table = parseCsv("file, count\n").value();
    QCOMPARE(column(table, QStringLiteral("count")), 1);
    QCOMPARE(column(table, QStringLiteral("File")), -1);
    QCOMPARE(column(table, QStringLiteral("File"), Qt::CaseInsensitive), 0);
    const auto both = requireColumns(table, {QStringLiteral("file"), QStringLiteral("count")});
    QVERIFY(both.ok());
    QCOMPARE(both.value(), (std::vector<int>{0, 1}));
    const auto missing = requireColumns(table, {QStringLiteral("file"), QStringLiteral("scientificName")});
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.startsWith(QStringLiteral("the column \"scientificName\" is missing")),
             qPrintable(missing.error().message));
    const auto alias = requireColumn(table, {QStringLiteral("species"), QStringLiteral("label")});
    QVERIFY(!alias.ok());
    QVERIFY2(alias.error().message.contains(QStringLiteral("the column \"species\" is missing (also accepted: \"label\")")),
             qPrintable(alias.error().message));
    QCOMPARE(requireColumn(table, {QStringLiteral("filename"), QStringLiteral("file")}).value(), 0);
}

void TestCsv::writesFilesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(writeCsvFile(path, {QStringLiteral("a")}, {{QStringLiteral("1")}}).ok());
    QCOMPARE(readCsvFile(path).value().rows.size(), size_t(1));
    const auto failed = writeFileAtomically(dir.filePath(QStringLiteral("no/such/folder/out.csv")), "x");
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(QStringLiteral("Nothing was changed")));
}

void TestCsv::exportHasOneRowPerObservation()
{
    test::ScratchProject scratch;
    auto project = scratch.open();
    addMedia(*project);
    addObservations(*project);
    const CsvTable csv = exported(*project, {});
    QCOMPARE(csv.header, (QStringList{"File", "RelativePath", "Folder", "DateTime", "Deployment", "SequenceID",
                                      "FrameInSequence", "ObservationType", "ScientificName", "CommonName", "Count",
                                      "IndividualID", "Method", "Confidence", "ClassifiedBy", "BoxX", "BoxY", "BoxWidth",
                                      "BoxHeight", "Notes"}));
    QCOMPARE(csv.rows.size(), size_t(3));
    QCOMPARE(csv.rows[0], (QStringList{"IMG_0001.JPG", "CAM-A", "/cards/2024", "2024-05-01 06:30:00", "CAM-A", "1", "1",
                                       "animal", "Vulpes vulpes", "Red fox", "1", "Fox 7", "human", "", "alice", "0.125",
                                       "0.25", "0.5", "0.375", "seen \"twice\", left"}));
    QCOMPARE(csv.rows[1], (QStringList{"IMG_0002.JPG", "CAM-A", "/cards/2024", "2024-05-01 06:30:01", "CAM-A", "1", "2",
                                       "animal", "Vulpes vulpes", "Red fox", "", "", "machine", "0.875", "SpeciesNet", "",
                                       "", "", "", ""}));
    // An event-level label names the sequence's first frame, without a frame number.
    QCOMPARE(csv.rows[2], (QStringList{"IMG_0001.JPG", "CAM-B", "/cards/2024", "2024-05-02 22:05:00", "CAM-B", "2", "",
                                       "blank", "", "", "0", "", "human", "", "bob", "", "", "", "", ""}));
}

void TestCsv::exportFilters_data()
{
    QTest::addColumn<bool>("reviewedOnly");
    QTest::addColumn<bool>("includeBlanks");
    QTest::addColumn<bool>("includeUnlabelled");
    QTest::addColumn<QStringList>("expected"); // "RelativePath/File ObservationType Method"
    const QString fox = QStringLiteral("CAM-A/IMG_0001.JPG animal human");
    const QString machineFox = QStringLiteral("CAM-A/IMG_0002.JPG animal machine");
    const QString blank = QStringLiteral("CAM-B/IMG_0001.JPG blank human");
    const QString b2 = QStringLiteral("CAM-B/IMG_0002.JPG  "), b3 = QStringLiteral("CAM-B/IMG_0003.JPG  ");
    QTest::newRow("everything") << false << true << false << QStringList{fox, machineFox, blank};
    QTest::newRow("reviewed only") << true << true << false << QStringList{fox, blank};
    QTest::newRow("without blanks") << false << false << false << QStringList{fox, machineFox};
    QTest::newRow("with unlabelled media") << false << true << true << QStringList{fox, machineFox, blank, b2, b3};
    // A frame with only a machine label is unlabelled for a reviewed-only export; a blank left out is still a label.
    QTest::newRow("reviewed only, unlabelled, no blanks")
        << true << false << true << QStringList{fox, QStringLiteral("CAM-A/IMG_0002.JPG  "), b2, b3};
}

void TestCsv::exportFilters()
{
    QFETCH(bool, reviewedOnly);
    QFETCH(bool, includeBlanks);
    QFETCH(bool, includeUnlabelled);
    QFETCH(QStringList, expected);
    test::ScratchProject scratch;
    auto project = scratch.open();
    addMedia(*project);
    addObservations(*project);
    CsvExportOptions options;
    options.reviewedOnly = reviewedOnly;
    options.includeBlanks = includeBlanks;
    options.includeUnlabelled = includeUnlabelled;
    const CsvTable csv = exported(*project, options);
    QStringList rows;
    for (const QStringList& row : csv.rows)
        rows << QStringLiteral("%1/%2 %3 %4").arg(row[1], row[0], row[7], row[12]);
    QCOMPARE(rows, expected);
}

void TestCsv::importsSpeciesPerFile()
{
    test::ScratchProject scratch;
    auto project = scratch.open();
    addMedia(*project);
    const auto auditBefore = project->db().scalar("SELECT count(*) FROM audit_log");
    const QString path = writeFile(scratch, QStringLiteral("labels.csv"),
                                   "file,species,count\n"
                                   "CAM-A/IMG_0001.JPG,Vulpes vulpes,2\n"              // the relative path
                                   "D:\\cards\\2024\\CAM-A\\IMG_0002.JPG, Meles meles ,\n" // a longer Windows path
                                   "IMG_0003.JPG,empty,\n"                             // a unique file name
                                   "CAM-B/IMG_0002.JPG,Person,\n"
                                   "IMG_0001.JPG,Vulpes vulpes,1\n"                    // in CAM-A and CAM-B
                                   "CAM-C/IMG_0009.JPG,Martes martes,1\n"
                                   ",,\n");                                            // a spreadsheet's empty row
    const auto summary = importSpeciesCsv(*project, path);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    const CsvImportSummary& s = summary.value();
    QCOMPARE(s.rows, std::int64_t(7));
    QCOMPARE(s.matched, std::int64_t(4));
    QCOMPARE(s.observations, std::int64_t(4));
    QCOMPARE(s.blanks, std::int64_t(1));
    QCOMPARE(s.newTaxa, std::int64_t(2));
    QCOMPARE(s.unmatched, QStringList{QStringLiteral("CAM-C/IMG_0009.JPG")});
    QCOMPARE(s.ambiguous, QStringList{QStringLiteral("IMG_0001.JPG")});
    QCOMPARE(labelsOf(*project), (QStringList{"CAM-A/IMG_0001.JPG animal Vulpes vulpes 2", "CAM-A/IMG_0002.JPG animal Meles meles -",
                                              "CAM-B/IMG_0002.JPG human - -", "CAM-B/IMG_0003.JPG blank - 0"}));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations WHERE method = 'human' AND classified_by = 'CSV import'"
                                  " AND detection_id IS NULL AND media_id IS NOT NULL"), 4);
    // Media-level observations carry their media's sequence, as other imports do.
    QCOMPARE(project->db().scalar("SELECT sequence_id FROM observations WHERE media_id = 1"), 1);
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log"), auditBefore + 1);
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log WHERE source = 'import-labels' AND entity = 'observations'"), 1);

    // The same file again adds nothing.
    const auto again = importSpeciesCsv(*project, path);
    QVERIFY(again.ok());
    QCOMPARE(again.value().observations, std::int64_t(0));
    QCOMPARE(again.value().alreadyPresent, std::int64_t(4));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations"), 4);
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log"), auditBefore + 1);
}

void TestCsv::importReadsSpreadsheetVariants_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QString fox = QStringLiteral("CAM-A/IMG_0001.JPG animal Vulpes vulpes 1");
    QTest::newRow("comma") << QByteArray("file,species,count\nCAM-A/IMG_0001.JPG,Vulpes vulpes,1\n") << fox;
    QTest::newRow("Excel in a semicolon locale") << QByteArray("\xEF\xBB\xBF" "Filename;Label;Count\r\nCAM-A/IMG_0001.JPG;Vulpes vulpes;1\r\n")
                                                 << fox;
    QTest::newRow("tab") << QByteArray("File\tscientificName\tcount\nCAM-A/IMG_0001.JPG\tVulpes vulpes\t1\n") << fox;
    QTest::newRow("Timelapse folders") << QByteArray("RelativePath,File,ScientificName,Count\nCAM-A,IMG_0001.JPG,Vulpes vulpes,1\n")
                                       << fox;
    QTest::newRow("Windows folders") << QByteArray("RelativePath,File,species\ncards\\2024\\CAM-B,IMG_0001.JPG,blank\n")
                                     << QStringLiteral("CAM-B/IMG_0001.JPG blank - 0");
}

void TestCsv::importReadsSpreadsheetVariants()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    test::ScratchProject scratch;
    auto project = scratch.open();
    addMedia(*project);
    const auto summary = importSpeciesCsv(*project, writeFile(scratch, QStringLiteral("labels.csv"), bytes));
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(labelsOf(*project), QStringList{expected});
}

void TestCsv::exportedLabelsImportBack()
{
    test::ScratchProject scratch;
    auto project = scratch.open();
    addMedia(*project);
    addObservations(*project);
    CsvExportOptions options;
    options.includeUnlabelled = true; // rows with no label are skipped on import
    const auto bytes = exportObservationsCsv(*project, options);
    QVERIFY(bytes.ok());
    project->db().exec("DELETE FROM observations");
    const auto summary = importSpeciesCsv(*project, writeFile(scratch, QStringLiteral("export.csv"), bytes.value()));
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary.value().rows, std::int64_t(5));
    QCOMPARE(summary.value().observations, std::int64_t(3));
    QCOMPARE(labelsOf(*project), (QStringList{"CAM-A/IMG_0001.JPG animal Vulpes vulpes 1", "CAM-A/IMG_0002.JPG animal Vulpes vulpes -",
                                              "CAM-B/IMG_0001.JPG blank - 0"}));
}

void TestCsv::aBadLineImportsNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QByteArray tenGood = "file,species,count\n";
    for (int i = 0; i < 10; ++i)
        tenGood += "CAM-A/IMG_0001.JPG,Vulpes vulpes,1\n";
    const QByteArray good = "file,species,count\nCAM-A/IMG_0001.JPG,Vulpes vulpes,1\n";
    QTest::newRow("count in words") << tenGood + "CAM-A/IMG_0002.JPG,Meles meles,two\n"
                                    << QStringLiteral("line 12: count \"two\" is not a whole number");
    QTest::newRow("negative count") << good + "CAM-A/IMG_0002.JPG,Meles meles,-1\n" << QStringLiteral("line 3: count \"-1\" is negative");
    QTest::newRow("count for an empty image") << good + "CAM-A/IMG_0002.JPG,,2\n" << QStringLiteral("line 3: count 2 for an empty image");
    QTest::newRow("no file name") << good + ",Meles meles,1\n" << QStringLiteral("line 3: the file name is empty");
    QTest::newRow("unknown observation type") << QByteArray("file,species,observationType\nCAM-A/IMG_0001.JPG,Vulpes vulpes,animal\n"
                                                            "CAM-A/IMG_0002.JPG,,bird\n")
                                              << QStringLiteral("line 3: observation type \"bird\" is not one of");
    QTest::newRow("unterminated quote") << good + "\"CAM-A/IMG_0002.JPG,Meles meles,1\n" << QStringLiteral("line 3: unterminated quoted field");
    QTest::newRow("short row") << good + "CAM-A/IMG_0002.JPG\n" << QStringLiteral("line 3 has 1 field, the header has 3");
    QTest::newRow("no species column") << QByteArray("file,count\nCAM-A/IMG_0001.JPG,1\n")
                                       << QStringLiteral("the column \"species\" is missing");
    QTest::newRow("no file column") << QByteArray("image,species\nCAM-A/IMG_0001.JPG,Vulpes vulpes\n")
                                    << QStringLiteral("the column \"file\" is missing");
}

void TestCsv::aBadLineImportsNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    test::ScratchProject scratch;
    auto project = scratch.open();
    addMedia(*project);
    const auto auditBefore = project->db().scalar("SELECT count(*) FROM audit_log");
    const QString path = writeFile(scratch, QStringLiteral("labels.csv"), bytes);
    const auto summary = importSpeciesCsv(*project, path);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().message.contains(expected), qPrintable(summary.error().message));
    QVERIFY(summary.error().message.startsWith(path));
    QVERIFY(summary.error().message.endsWith(QStringLiteral("Nothing was imported.")));
    QCOMPARE(project->db().scalar("SELECT count(*) FROM observations"), 0);
    QCOMPARE(project->db().scalar("SELECT count(*) FROM taxa"), 0);
    QCOMPARE(project->db().scalar("SELECT count(*) FROM audit_log"), auditBefore);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
