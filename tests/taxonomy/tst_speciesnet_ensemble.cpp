// SpeciesNet's ensemble, geofence and roll-up in Trapline against the speciesnet package's own functions on the
// same score tables (tests/taxonomy/speciesnet_reference.py writes them with the package's answers).
#include "TestSupport.h"
#include "taxonomy/SpeciesNetEnsemble.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace trapline::taxonomy;

namespace {

const QString kTaxonomyFolder = QStringLiteral("speciesnet-taxonomy");
const QString kLabelsFile = QStringLiteral("always_crop_99710272_22x8_v12_epoch_00148.labels.txt");

DetectorVote detectionOf(const QJsonObject& d)
{
    const QString label = d.value(QStringLiteral("label")).toString();
    DetectorVote v;
    v.label = label == u"human"     ? DetectorVote::Label::Human
              : label == u"vehicle" ? DetectorVote::Label::Vehicle
                                    : DetectorVote::Label::Animal;
    v.confidence = d.value(QStringLiteral("conf")).toDouble();
    return v;
}

} // namespace

class TestSpeciesNetEnsemble : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labelsGiveScientificNamesAndObservationTypes();
    void ancestorsFollowTheReleaseTaxonomy();
    void geofenceReadsAllowAndBlockRules();
    void matchesTheSpeciesNetPackage();
};

void TestSpeciesNetEnsemble::labelsGiveScientificNamesAndObservationTypes()
{
    const auto vole = SpeciesNetLabel::parse(QStringLiteral(
        "52f43264-a987-40ea-a83d-45e0453d4958;mammalia;rodentia;cricetidae;microtus;arvalis;common vole"));
    QVERIFY(vole);
    QCOMPARE(vole->scientificName(), QStringLiteral("Microtus arvalis"));
    QCOMPARE(vole->commonName, QStringLiteral("common vole"));
    QCOMPARE(vole->displayCommonName(), QStringLiteral("Common vole"));
    QCOMPARE(vole->observationType(), QStringLiteral("animal"));
    QCOMPARE(SpeciesNetLabel::parse(QStringLiteral("x;mammalia;carnivora;ursidae;;;bear family"))->scientificName(),
             QStringLiteral("Ursidae"));
    QCOMPARE(SpeciesNetLabel::parse(labels::kHuman)->observationType(), QStringLiteral("human"));
    QCOMPARE(SpeciesNetLabel::parse(labels::kBlank)->observationType(), QStringLiteral("blank"));
    QCOMPARE(SpeciesNetLabel::parse(labels::kVehicle)->observationType(), QStringLiteral("vehicle"));
    QCOMPARE(SpeciesNetLabel::parse(labels::kUnknown)->observationType(), QStringLiteral("unknown"));
    QCOMPARE(SpeciesNetLabel::parse(labels::kAnimal)->scientificName(), QString());
    QVERIFY(!SpeciesNetLabel::parse(QStringLiteral("a;b;c")));
}

void TestSpeciesNetEnsemble::ancestorsFollowTheReleaseTaxonomy()
{
    TRAPLINE_REQUIRE_SHARED_DATA(kTaxonomyFolder);
    const auto taxonomy = SpeciesNetTaxonomy::load(dataPath + QStringLiteral("/taxonomy_release.txt"));
    QVERIFY2(taxonomy, qPrintable(taxonomy ? QString() : taxonomy.error().message));
    QCOMPARE(taxonomy.value().lines().size(), 3538);
    const QString vole = taxonomy.value().lines().filter(QStringLiteral(";microtus;arvalis;")).value(0);
    QVERIFY(!vole.isEmpty());
    const auto family = taxonomy.value().ancestorAt(vole, Rank::Family);
    QVERIFY(family);
    QVERIFY2(family->contains(QStringLiteral(";mammalia;rodentia;cricetidae;;;")), qPrintable(*family));
    QCOMPARE(taxonomy.value().ancestorAt(vole, Rank::Kingdom), std::optional<QString>(labels::kAnimal));
    QCOMPARE(taxonomy.value().ancestorAt(labels::kBlank, Rank::Kingdom), std::nullopt);
    QCOMPARE(taxonomy.value().ancestorAt(labels::kAnimal, Rank::Kingdom), std::optional<QString>(labels::kAnimal));
}

void TestSpeciesNetEnsemble::geofenceReadsAllowAndBlockRules()
{
    // The shape of speciesnet/geofence_utils_test.py's fixture: lions allowed in Kenya and Tanzania only, cats
    // allowed in the USA but blocked in New York.
    const auto geofence = Geofence::fromJson(QJsonDocument::fromJson(R"({
        "mammalia;carnivora;felidae;panthera;leo": {"allow": {"KEN": [], "TZA": []}},
        "mammalia;carnivora;felidae;;": {"allow": {"USA": [], "FRA": []}, "block": {"USA": ["NY"], "FRA": []}}
    })")
                                                 .object());
    const QString lion =
        QStringLiteral("ddf59264-185a-4d35-b647-2785792bdf54;mammalia;carnivora;felidae;panthera;leo;lion");
    const QString cats = QStringLiteral("df8514b0-10a5-411f-8ed6-0f415e8153a3;mammalia;carnivora;felidae;;;cat family");
    QCOMPARE(geofence.excludes(lion, {QStringLiteral("KEN"), {}}).value(), false);
    QCOMPARE(geofence.excludes(lion, {QStringLiteral("USA"), {}}).value(), true);
    QCOMPARE(geofence.excludes(lion, {}).value(), false); // no country: no geofence
    QCOMPARE(geofence.excludes(cats, {QStringLiteral("USA"), QStringLiteral("CA")}).value(), false);
    QCOMPARE(geofence.excludes(cats, {QStringLiteral("USA"), QStringLiteral("NY")}).value(), true);
    QCOMPARE(geofence.excludes(cats, {QStringLiteral("FRA"), {}}).value(), true);
    QVERIFY(!geofence.excludes(lion, {QStringLiteral("KE"), {}}));
    QVERIFY(!geofence.excludes(lion, {QStringLiteral("USA"), QStringLiteral("CAL")}));
}

void TestSpeciesNetEnsemble::matchesTheSpeciesNetPackage()
{
    const QString python =
        qEnvironmentVariable("REFERENCE_PYTHON", QStringLiteral(TRAPLINE_SOURCE_DIR "/.venv-ref/bin/python"));
    if (!QFileInfo(python).isExecutable())
        QSKIP("no reference Python (scripts/install-reference-python.sh makes .venv-ref with speciesnet)");
    const QString data = trapline::test::sharedData(kTaxonomyFolder);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("cases.json"));
    QStringList args{QStringLiteral(TRAPLINE_SOURCE_DIR "/tests/taxonomy/speciesnet_reference.py"),
                     QStringLiteral("--out"), out, QStringLiteral("--cases"), QStringLiteral("4000")};
    const bool release = QFileInfo::exists(data + QStringLiteral("/taxonomy_release.txt"));
    if (release)
        args << QStringLiteral("--taxonomy") << data + QStringLiteral("/taxonomy_release.txt")
             << QStringLiteral("--labels") << data + QLatin1Char('/') + kLabelsFile;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(python, args);
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAll().constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray sets = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("sets")).toArray();
    QCOMPARE(sets.size(), release ? 2 : 1);
    int compared = 0;
    QSet<QString> sources;
    for (const QJsonValue& s : sets) {
        const QJsonObject set = s.toObject();
        SpeciesNetTaxonomy taxonomy;
        if (set.contains(QStringLiteral("taxonomy"))) {
            QStringList lines;
            for (const QJsonValue& l : set.value(QStringLiteral("taxonomy")).toArray())
                lines << l.toString();
            taxonomy = SpeciesNetTaxonomy::fromLines(lines);
        } else {
            auto loaded = SpeciesNetTaxonomy::load(data + QStringLiteral("/taxonomy_release.txt"));
            QVERIFY(loaded);
            taxonomy = std::move(loaded).value();
        }
        const Geofence geofence = Geofence::fromJson(set.value(QStringLiteral("geofence")).toObject());
        const SpeciesNetEnsemble on(taxonomy, geofence, true);
        const SpeciesNetEnsemble off(taxonomy, geofence, false);
        for (const QJsonValue& c : set.value(QStringLiteral("cases")).toArray()) {
            const QJsonObject o = c.toObject();
            ClassifierVote vote;
            for (const QJsonValue& l : o.value(QStringLiteral("classes")).toArray())
                vote.labels.push_back(l.toString());
            for (const QJsonValue& v : o.value(QStringLiteral("scores")).toArray())
                vote.scores.push_back(v.toDouble());
            const Location where{o.value(QStringLiteral("country")).toString(),
                                 o.value(QStringLiteral("admin1_region")).toString()};
            const auto& ensemble = o.value(QStringLiteral("enable_geofence")).toBool() ? on : off;
            const auto got =
                ensemble.combine(vote, detectionOf(o.value(QStringLiteral("detection")).toObject()), where);
            QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
            const QJsonObject expected = o.value(QStringLiteral("expected")).toObject();
            const QString context = QStringLiteral("set %1, case %2: %3")
                                        .arg(set.value(QStringLiteral("name")).toString())
                                        .arg(compared)
                                        .arg(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            QVERIFY2(got.value().label == expected.value(QStringLiteral("class")).toString(),
                     qPrintable(context + QStringLiteral(" -> ") + got.value().label));
            QVERIFY2(got.value().source == expected.value(QStringLiteral("source")).toString(),
                     qPrintable(context + QStringLiteral(" -> ") + got.value().source));
            QVERIFY2(qAbs(got.value().score - expected.value(QStringLiteral("score")).toDouble()) < 1e-9,
                     qPrintable(context + QStringLiteral(" -> %1").arg(got.value().score, 0, 'g', 17)));
            sources.insert(got.value().source);
            ++compared;
        }
    }
    qInfo("%d cases equal to the speciesnet package's answers; sources seen: %s", compared,
          qPrintable(QStringList(sources.begin(), sources.end()).join(QStringLiteral(", "))));
    // The cases reach every path of the ensemble that a top-5 table can reach.
    for (const char* source : {"detector", "classifier", "classifier+rollup_to_genus", "classifier+rollup_to_family",
                               "classifier+rollup_to_kingdom", "classifier+geofence+rollup_to_family",
                               "classifier+geofence+rollup_to_order"})
        QVERIFY2(!release || sources.contains(QString::fromLatin1(source)), source);
    if (!release)
        QSKIP("only the package-tests set ran: ../shared/data/speciesnet-taxonomy is absent");
}

QTEST_GUILESS_MAIN(TestSpeciesNetEnsemble)
#include "tst_speciesnet_ensemble.moc"
