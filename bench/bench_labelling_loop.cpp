// The labelling loop measured on real labelled cards (../shared/data): a simulated reviewer labels k % of the
// sequences, chosen at random or from the app's "Machine less sure than" queue; Trapline fine-tunes a classifier
// head on them (the backbone is FastestDet's COCO ShuffleNetV2 0.5x, frozen) and pre-labels the rest with its
// inference job; the reviewer then corrects every wrong pre-label. Printed per k and pick, over seeded repeats:
// accuracy and macro-F1 of the sequence pre-labels on the rest, and the corrections saved against labelling the rest
// by hand. The same for individuals (nyala): the re-ID embedder fine-tuned on k % of the individuals, and the share
// of the held-out individuals' queries whose right individual is proposed first (top-1) or among five (top-5).
//   bench_labelling_loop [--repeats N] [--csv FILE] [--svg FILE] [--work DIR] [--smoke]
// --smoke: k = 20 and 40, one repeat, a few epochs (the ctest); --work keeps the projects and models.
#include "LabellingLoop.h"
#include "LoopPlot.h"
#include "ScriptedModels.h"
#include "training/TrainingJob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <set>

using namespace trapline;
using namespace trapline::bench;
using namespace trapline::training;

namespace {

constexpr int kSkipped = 77; // ctest's SKIP_RETURN_CODE: the shared data is absent

struct Args {
    int repeats = 3;
    QString csv, svg, work;
    bool smoke = false;
};

Args parse(const QStringList& a)
{
    Args args;
    for (qsizetype i = 1; i < a.size(); ++i) {
        const QString next = a.value(i + 1);
        if (a[i] == u"--smoke")
            args.smoke = true;
        else if (a[i] == u"--repeats" && !next.isEmpty())
            args.repeats = std::max(1, a[++i].toInt());
        else if (a[i] == u"--csv" && !next.isEmpty())
            args.csv = a[++i];
        else if (a[i] == u"--svg" && !next.isEmpty())
            args.svg = a[++i];
        else if (a[i] == u"--work" && !next.isEmpty())
            args.work = a[++i];
    }
    return args;
}

QString sharedData(const char* relative)
{
    const QString path = QStringLiteral(TRAPLINE_SHARED_DATA "/") + QLatin1String(relative);
    return QFileInfo::exists(path) ? path : QString();
}

QString pm(const Spread& s, double scale = 1, int decimals = 3)
{
    return s.n == 0
               ? QStringLiteral("n/a")
               : QStringLiteral("%1 ± %2").arg(s.mean * scale, 0, 'f', decimals).arg(s.sd * scale, 0, 'f', decimals);
}

struct Csv {
    QString text = QStringLiteral("set,pick,k_percent,repeats,trained,figure,mean,sd\n");
    void add(const QString& set, const QString& pick, int k, int repeats, int trained, const char* figure,
             const Spread& s)
    {
        text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                    .arg(set, pick)
                    .arg(k)
                    .arg(repeats)
                    .arg(trained)
                    .arg(QLatin1String(figure))
                    .arg(s.mean, 0, 'f', 4)
                    .arg(s.sd, 0, 'f', 4);
    }
};

// One (k, pick) cell over the repeats.
struct SpeciesCell {
    std::vector<RoundResult> rounds;
};

int sequencesFor(int percent, size_t total)
{
    return std::max(1, static_cast<int>(std::lround(percent / 100.0 * total)));
}

void printFailures(const std::vector<RoundResult>& rounds, int k, Pick pick)
{
    for (const RoundResult& r : rounds)
        if (!r.trained)
            std::printf("    k %d %%, %s: no model (%s); those remaining sequences are labelled by hand\n", k,
                        pickName(pick), qPrintable(r.failure));
}

// Returns false when the smoke run should fail: no round produced pre-labels to count.
bool runSpecies(const LabelledCard& card, const Args& args, const std::vector<int>& ks, const LoopSettings& base,
                Csv& csv, std::vector<PlotSeries>& plot)
{
    std::map<std::pair<int, Pick>, SpeciesCell> cells;
    for (int repeat = 0; repeat < args.repeats; ++repeat) {
        LoopSettings settings = base;
        settings.fineTune.seed = static_cast<unsigned>(repeat + 1);
        const std::vector<std::int64_t> order = randomOrder(card, settings.fineTune.seed);
        std::vector<std::int64_t> lessSurePool;
        QString lastRound;
        for (size_t i = 0; i < ks.size(); ++i) {
            const int n = sequencesFor(ks[i], order.size());
            const std::vector<std::int64_t> randomPool(order.begin(), order.begin() + n);
            const QString stem = QStringLiteral("%1-s%2-k%3").arg(card.name).arg(repeat + 1).arg(ks[i]);
            const RoundResult random = runSpeciesRound(card, randomPool, settings, stem + QStringLiteral("-random"));
            cells[{ks[i], Pick::Random}].rounds.push_back(random);
            // The less-sure reviewer starts where the random one does (no model yet to be unsure), then takes each
            // further batch from the queue of the previous round's pre-labels.
            RoundResult lessSure = random;
            if (i == 0) {
                lessSurePool = randomPool;
            } else {
                const auto next =
                    lessSureQueue(card, lessSurePool, lastRound, n - static_cast<int>(lessSurePool.size()), order);
                lessSurePool.insert(lessSurePool.end(), next.begin(), next.end());
                // Without a model to be unsure of, the queue is empty and both reviewers take the same sequences.
                if (std::set(lessSurePool.begin(), lessSurePool.end()) !=
                    std::set(randomPool.begin(), randomPool.end()))
                    lessSure = runSpeciesRound(card, lessSurePool, settings, stem + QStringLiteral("-lesssure"));
            }
            lastRound = lessSure.roundProject;
            cells[{ks[i], Pick::LessSure}].rounds.push_back(lessSure);
            std::printf(
                "  repeat %d, k %d %%: random saved %.1f %%, less sure first saved %.1f %% (%d sequences labelled)\n",
                repeat + 1, ks[i], random.savedPercent(), lessSure.savedPercent(), n);
            std::fflush(stdout);
        }
    }
    std::printf("\n%s: %zu sequences (%zu labelled frames), %lld classes; mean ± sd over %d repeats\n",
                qPrintable(card.name), card.sequenceTruth.size(), card.examples.size(),
                static_cast<long long>(card.classes.size()), args.repeats);
    std::printf("%-16s %4s %9s %9s %15s %15s %18s %18s\n", "pick", "k %", "labelled", "trained", "accuracy", "macro-F1",
                "corrections saved", "work saved overall");
    bool anyPreLabels = false;
    for (Pick pick : {Pick::Random, Pick::LessSure}) {
        PlotSeries series{QString::fromLatin1(pickName(pick)), {}, {}, {}};
        for (int k : ks) {
            const SpeciesCell& cell = cells[{k, pick}];
            std::vector<double> accuracy, f1, saved, overall;
            for (const RoundResult& r : cell.rounds) {
                if (r.trained) {
                    accuracy.push_back(r.accuracy);
                    f1.push_back(r.macroF1);
                    anyPreLabels = anyPreLabels || r.remaining > 0;
                }
                saved.push_back(r.savedPercent());
                overall.push_back(r.overallSavedPercent());
            }
            const int trained = static_cast<int>(accuracy.size());
            const Spread a = spreadOf(accuracy), f = spreadOf(f1), s = spreadOf(saved), o = spreadOf(overall);
            std::printf("%-16s %4d %9d %6d/%-2d %15s %15s %16s %% %16s %%\n", pickName(pick), k,
                        sequencesFor(k, card.sequenceTruth.size()), trained, args.repeats, qPrintable(pm(a)),
                        qPrintable(pm(f)), qPrintable(pm(s, 1, 1)), qPrintable(pm(o, 1, 1)));
            printFailures(cell.rounds, k, pick);
            const QString name = QString::fromLatin1(pickName(pick));
            csv.add(card.name, name, k, args.repeats, trained, "accuracy", a);
            csv.add(card.name, name, k, args.repeats, trained, "macro_f1", f);
            csv.add(card.name, name, k, args.repeats, trained, "corrections_saved_percent", s);
            csv.add(card.name, name, k, args.repeats, trained, "work_saved_overall_percent", o);
            series.k.push_back(k);
            series.mean.push_back(s.mean);
            series.sd.push_back(s.sd);
        }
        plot.push_back(series);
    }
    return anyPreLabels;
}

bool runIndividuals(const LabelledCard& card, const Args& args, const std::vector<int>& ks, const LoopSettings& base,
                    Csv& csv)
{
    std::printf("\n%s: %zu labelled photos; the held-out individuals' photos are queried against each other (leave one "
                "out); mean ± sd over %d repeats\n",
                qPrintable(card.name), card.examples.size(), args.repeats);
    std::printf("%4s %13s %9s %7s %15s %15s %15s %15s\n", "k %", "individuals", "held out", "trained", "top-1 before",
                "top-1 after", "top-5 before", "top-5 after");
    bool any = false;
    for (int k : ks) {
        std::vector<double> b1, a1, b5, a5;
        std::vector<IndividualsResult> results;
        for (int repeat = 0; repeat < args.repeats; ++repeat) {
            LoopSettings settings = base;
            settings.fineTune.seed = static_cast<unsigned>(repeat + 1);
            const IndividualsResult r = runIndividualsRound(
                card, k, settings, QStringLiteral("%1-s%2-k%3").arg(card.name).arg(repeat + 1).arg(k));
            results.push_back(r);
            if (!r.trained)
                continue;
            any = any || r.queries > 0;
            b1.push_back(r.before.top1);
            a1.push_back(r.after.top1);
            b5.push_back(r.before.top5);
            a5.push_back(r.after.top5);
        }
        std::vector<double> pool, held;
        for (const IndividualsResult& r : results) {
            pool.push_back(r.poolIndividuals);
            held.push_back(r.heldOutIndividuals);
        }
        const Spread sb1 = spreadOf(b1), sa1 = spreadOf(a1), sb5 = spreadOf(b5), sa5 = spreadOf(a5);
        std::printf("%4d %13.1f %9.1f %4zu/%-2d %15s %15s %15s %15s\n", k, spreadOf(pool).mean, spreadOf(held).mean,
                    a1.size(), args.repeats, qPrintable(pm(sb1)), qPrintable(pm(sa1)), qPrintable(pm(sb5)),
                    qPrintable(pm(sa5)));
        for (const IndividualsResult& r : results)
            if (!r.trained)
                std::printf("    k %d %%: no model (%s)\n", k, qPrintable(r.failure));
        const int trained = static_cast<int>(a1.size());
        csv.add(card.name, QStringLiteral("random"), k, args.repeats, trained, "top1_base_features", sb1);
        csv.add(card.name, QStringLiteral("random"), k, args.repeats, trained, "top1_fine_tuned", sa1);
        csv.add(card.name, QStringLiteral("random"), k, args.repeats, trained, "top5_base_features", sb5);
        csv.add(card.name, QStringLiteral("random"), k, args.repeats, trained, "top5_fine_tuned", sa5);
    }
    return any;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the plot is painted without a display
    QGuiApplication app(argc, argv);
    const Args args = parse(app.arguments());
    const std::vector<int> ks = args.smoke ? std::vector<int>{20, 40} : std::vector<int>{5, 10, 20, 40};
    Args run = args;
    if (args.smoke)
        run.repeats = 1;
    QTemporaryDir scratch;
    const QString work = args.work.isEmpty() ? scratch.path() : args.work;
    QDir().mkpath(work);

    const QString weights = sharedData("weights-fastestdet/weights/weight_AP05-0.253207_280-epoch.pth");
    if (weights.isEmpty()) {
        std::printf(
            "bench_labelling_loop: skipped, ../shared/data/weights-fastestdet is absent (no pretrained backbone)\n");
        return kSkipped;
    }
    QString error;
    LoopSettings classifier;
    classifier.workDir = work;
    classifier.fineTune.baseManifest = test::saveShuffleNetBackbone(weights, "backbone.", work, &error);
    if (classifier.fineTune.baseManifest.isEmpty()) {
        std::fprintf(stderr, "bench_labelling_loop: cannot rebuild the backbone: %s\n", qPrintable(error));
        return 1;
    }
    // Fewer epochs than `trapline-cli train`'s defaults to stay near ten minutes on two cores; the head on frozen
    // features is where the loop's early rounds train anyway.
    classifier.fineTune.headEpochs = args.smoke ? 5 : 30;
    classifier.fineTune.augmentedViews = args.smoke ? 1 : 2;
    classifier.fineTune.patience = 0;
    classifier.fineTune.device = inference::DeviceChoice::Cpu;
    LoopSettings embedder = classifier;
    embedder.fineTune.headEpochs = args.smoke ? 3 : 25;
    embedder.fineTune.headLearningRate = 1e-3;
    embedder.fineTune.embeddingSize = 128;

    std::printf("bench_labelling_loop: k = %s %%, %d repeat(s) (seeds 1..%d); classifier head %d epochs, %d augmented "
                "views; embedder %d epochs; backbone ShuffleNetV2 0.5x (FastestDet, COCO), frozen; CPU\n",
                args.smoke ? "20, 40" : "5, 10, 20, 40", run.repeats, run.repeats, classifier.fineTune.headEpochs,
                classifier.fineTune.augmentedViews, embedder.fineTune.headEpochs);
    Csv csv;
    std::vector<PlotSeries> plot;
    bool ok = true, ranAny = false;
    QElapsedTimer clock;
    clock.start();

    if (const QString folder = sharedData("camtrapR-sample-images/inst/pictures/sample_images_species_dir");
        folder.isEmpty()) {
        std::printf("\ncamtrapR species: skipped, ../shared/data/camtrapR-sample-images is absent\n");
    } else {
        auto card = loadCard(QStringLiteral("camtrapR-species"), folder, work, false);
        if (!card) {
            std::fprintf(stderr, "camtrapR species: %s\n", qPrintable(card.error().message));
            return 1;
        }
        ranAny = true;
        ok = runSpecies(card.value(), run, ks, classifier, csv, plot) && ok;
        std::printf("(%.0f s so far)\n", clock.elapsed() / 1000.0);
    }
    // The Camtrap DP example's observations label 423 media, of which 413 are links to agouti.eu that are not in
    // ../shared/data: the 10 local frames are one burst of one grey heron, nothing a classifier can be trained on.
    if (sharedData("camtrapdp-mica-example").isEmpty())
        std::printf("\nCamtrap DP example: skipped, ../shared/data/camtrapdp-mica-example is absent\n");
    else
        std::printf(
            "\nCamtrap DP example: skipped, only 10 of its 423 media are on disk (the rest are links), one burst "
            "of a single species: no labelling loop to simulate\n");

    if (const QString folder = sharedData("nyala-reid/Nyala_Data_Zero/test"); folder.isEmpty()) {
        std::printf("\nnyala individuals: skipped, ../shared/data/nyala-reid is absent\n");
    } else {
        auto card = loadCard(QStringLiteral("nyala-individuals"), folder, work, true);
        if (!card) {
            std::fprintf(stderr, "nyala individuals: %s\n", qPrintable(card.error().message));
            return 1;
        }
        ranAny = true;
        ok = runIndividuals(card.value(), run, ks, embedder, csv) && ok;
        std::printf("(%.0f s in all)\n", clock.elapsed() / 1000.0);
    }
    if (!ranAny)
        return kSkipped;

    if (!args.csv.isEmpty()) {
        QFile out(args.csv);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(csv.text.toUtf8()) < 0) {
            std::fprintf(stderr, "bench_labelling_loop: cannot write %s\n", qPrintable(args.csv));
            return 1;
        }
    }
    if (!args.svg.isEmpty() && !plot.empty()) {
        if (!writeLoopPlot(args.svg, plot, run.repeats)) {
            std::fprintf(stderr, "bench_labelling_loop: cannot write %s\n", qPrintable(args.svg));
            return 1;
        }
    }
    if (!ok) {
        std::fprintf(stderr, "bench_labelling_loop: a set produced no pre-labels or no re-ID queries at any k\n");
        return 1;
    }
    return 0;
}
