#include "LabellingLoop.h"

#include "inference/InferenceJob.h"
#include "ingest/ImportJob.h"
#include "project/Project.h"
#include "review/ReviewEditor.h"
#include "review/Taxa.h"
#include "training/TrainingSet.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>

namespace trapline::bench {

using namespace training;

const char* pickName(Pick pick)
{
    return pick == Pick::Random ? "random" : "less sure first";
}

namespace {

Status copyProject(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        return Error{QStringLiteral("cannot copy %1 to %2").arg(from, to)};
    return okStatus();
}

// Labels each frame by the folder that holds it, as the fixture of tst_training_realdata does.
Status labelByFolder(Project& project, bool individuals)
{
    review::ReviewEditor editor(project, QStringLiteral("simulated reviewer"));
    auto& st = project.db().cached("SELECT m.id, m.rel_path FROM media m ORDER BY m.id");
    std::vector<std::pair<std::int64_t, QString>> media;
    while (st.step())
        media.emplace_back(st.integer(0), st.text(1));
    st.reset();
    std::int64_t nyala = 0;
    if (individuals) {
        auto taxon = review::ensureTaxon(project, QStringLiteral("Tragelaphus angasii"));
        if (!taxon)
            return taxon.error();
        nyala = taxon.value();
    }
    std::map<QString, std::int64_t> ids;
    for (const auto& [id, rel] : media) {
        const QStringList parts = rel.split(QLatin1Char('/'));
        const QString name = parts.value(parts.size() - 2);
        if (name == u"UNID" || !rel.endsWith(QStringLiteral(".jpg"), Qt::CaseInsensitive))
            continue;
        auto [it, inserted] = ids.try_emplace(name, 0);
        if (inserted) {
            auto created =
                individuals ? review::createIndividual(project, name, nyala) : review::ensureTaxon(project, name);
            if (!created)
                return created.error();
            it->second = created.value();
        }
        review::Label label = review::Label::animal(individuals ? nyala : it->second);
        if (individuals)
            label.individualId = it->second;
        if (auto done = editor.labelFrame(id, label); !done)
            return done.error();
    }
    return okStatus();
}

std::vector<std::int64_t> shuffled(std::vector<std::int64_t> ids, unsigned seed)
{
    std::mt19937 rng(seed);
    std::shuffle(ids.begin(), ids.end(), rng);
    return ids;
}

} // namespace

Result<LabelledCard> loadCard(const QString& name, const QString& folder, const QString& workDir, bool individuals)
{
    LabelledCard card;
    card.name = name;
    card.projectPath = QDir(workDir).filePath(name + QStringLiteral(".trapline"));
    QFile::remove(card.projectPath);
    {
        auto created = Project::create(card.projectPath);
        if (!created)
            return created.error();
    }
    ingest::ImportOptions options;
    options.folders = {folder};
    options.makeThumbnails = false;
    JobControl control;
    auto imported = ingest::ImportJob(card.projectPath, options).run(control);
    if (!imported)
        return imported.error();
    card.labelledProjectPath = QDir(workDir).filePath(name + QStringLiteral("-truth.trapline"));
    if (Status s = copyProject(card.projectPath, card.labelledProjectPath); !s)
        return s.error();
    auto project = Project::open(card.labelledProjectPath);
    if (!project)
        return project.error();
    if (Status s = labelByFolder(*project.value(), individuals); !s)
        return s.error();
    auto examples = collectExamples(*project.value(), DatasetOptions{});
    if (!examples)
        return examples.error();
    card.examples = std::move(examples.value());
    std::map<std::int64_t, std::map<QString, int>> votes;
    std::set<QString> classes;
    for (const Example& e : card.examples) {
        ++votes[e.sequenceId][e.label];
        classes.insert(e.label);
    }
    for (const auto& [sequence, count] : votes)
        card.sequenceTruth[sequence] = std::max_element(count.begin(), count.end(), [](const auto& a, const auto& b) {
                                           return a.second < b.second;
                                       })->first;
    for (const QString& c : classes)
        card.classes << c;
    return card;
}

RoundResult runSpeciesRound(const LabelledCard& card, const std::vector<std::int64_t>& pool,
                            const LoopSettings& settings, const QString& roundName)
{
    RoundResult r;
    const std::set<std::int64_t> labelled(pool.begin(), pool.end());
    r.labelled = static_cast<int>(labelled.size());
    std::vector<std::int64_t> rest;
    for (const auto& [sequence, truth] : card.sequenceTruth)
        if (!labelled.contains(sequence))
            rest.push_back(sequence);
    r.remaining = static_cast<int>(rest.size());
    r.corrections = r.remaining; // until a model pre-labels them, every remaining sequence is labelled by hand
    const QDir dir(QDir(settings.workDir).filePath(roundName));
    QDir().mkpath(dir.path());
    r.roundProject = dir.filePath(QStringLiteral("round.trapline"));
    const auto fail = [&](const QString& why) {
        r.failure = why;
        return r;
    };
    if (Status s = copyProject(card.projectPath, r.roundProject); !s)
        return fail(s.error().message);

    // The reviewer labels the pool's frames; the app's own dataset code splits them by visit into training and
    // validation (which chooses the epoch). No test share: the test is every sequence the reviewer did not label.
    Dataset dataset;
    {
        auto project = Project::open(r.roundProject);
        if (!project)
            return fail(project.error().message);
        review::ReviewEditor editor(*project.value(), QStringLiteral("simulated reviewer"));
        std::map<QString, std::int64_t> taxa;
        for (const Example& e : card.examples) {
            if (!labelled.contains(e.sequenceId))
                continue;
            auto [it, inserted] = taxa.try_emplace(e.label, 0);
            if (inserted) {
                auto taxon = review::ensureTaxon(*project.value(), e.label);
                if (!taxon)
                    return fail(taxon.error().message);
                it->second = taxon.value();
            }
            if (auto done = editor.labelFrame(e.mediaId, review::Label::animal(it->second)); !done)
                return fail(done.error().message);
        }
        DatasetOptions options;
        options.testShare = 0;
        options.validationShare = 0.25;
        options.seed = settings.fineTune.seed;
        auto built = classifierDataset(*project.value(), options);
        if (!built)
            return fail(built.error().message);
        dataset = std::move(built.value());
    }
    // The remaining frames of the classes the model can learn are its test split (fine-tuning needs one); the
    // figures below are the sequence pre-labels of every remaining sequence, whatever its class.
    std::vector<std::int64_t> restMedia;
    const std::set<std::int64_t> restSet(rest.begin(), rest.end());
    for (const Example& e : card.examples) {
        if (!restSet.contains(e.sequenceId))
            continue;
        restMedia.push_back(e.mediaId);
        const qsizetype index = dataset.classes.indexOf(e.label);
        if (index < 0)
            continue;
        Example test = e;
        test.classIndex = static_cast<int>(index);
        test.split = Split::Test;
        test.group = -e.sequenceId;
        dataset.examples.push_back(test);
    }
    FineTuneOptions options = settings.fineTune;
    options.outputFolder = dir.filePath(QStringLiteral("model"));
    JobControl control;
    auto report = fineTune(dataset, options, control);
    if (!report)
        return fail(report.error().message);
    r.trained = true;

    // Trapline pre-labels the rest as it would in the app: the inference job, then its sequence smoothing.
    inference::InferenceOptions run;
    run.classifier = report.value().manifestPath;
    run.device = inference::DeviceChoice::Cpu;
    run.onlyMedia = restMedia;
    auto inferred = inference::InferenceJob(r.roundProject, run).run(control);
    if (!inferred)
        return fail(inferred.error().message);

    auto project = Project::open(r.roundProject);
    if (!project)
        return fail(project.error().message);
    std::map<std::int64_t, std::pair<QString, double>> preLabel;
    auto& st = project.value()->db().cached(
        "SELECT p.sequence_id, p.observation_type, t.scientific_name, p.confidence FROM sequence_predictions p"
        " LEFT JOIN taxa t ON t.id = p.taxon_id");
    while (st.step()) {
        const QString type = st.text(1);
        const QString name = type == u"animal" ? st.text(2) : type == u"blank" ? QStringLiteral("empty") : type;
        auto [it, inserted] = preLabel.try_emplace(st.integer(0), name, st.real(3));
        if (!inserted && st.real(3) > it->second.second)
            it->second = {name, st.real(3)};
    }
    st.reset();
    std::vector<int> truth, predicted;
    for (std::int64_t sequence : rest) {
        truth.push_back(static_cast<int>(card.classes.indexOf(card.sequenceTruth.at(sequence))));
        const auto it = preLabel.find(sequence);
        predicted.push_back(it == preLabel.end() ? -1 : static_cast<int>(card.classes.indexOf(it->second.first)));
    }
    const ClassificationMetrics m = classificationMetrics(truth, predicted, card.classes);
    r.accuracy = m.accuracy;
    r.macroF1 = m.macroF1;
    r.corrections = 0;
    for (size_t i = 0; i < truth.size(); ++i)
        r.corrections += truth[i] != predicted[i] ? 1 : 0;
    return r;
}

std::vector<std::int64_t> lessSureQueue(const LabelledCard& card, const std::vector<std::int64_t>& pool,
                                        const QString& roundProject, int count,
                                        const std::vector<std::int64_t>& fallback)
{
    const std::set<std::int64_t> labelled(pool.begin(), pool.end());
    std::vector<std::int64_t> taken;
    std::set<std::int64_t> takenSet;
    auto project = Project::open(roundProject);
    if (project && count > 0) {
        // The threshold that lets `count` of the study's unlabelled sequences into the queue.
        std::vector<double> confidences;
        auto& st = project.value()->db().cached(
            "SELECT p.sequence_id, max(p.confidence) FROM sequence_predictions p GROUP BY p.sequence_id");
        while (st.step())
            if (card.sequenceTruth.contains(st.integer(0)) && !labelled.contains(st.integer(0)))
                confidences.push_back(st.real(1));
        st.reset();
        std::sort(confidences.begin(), confidences.end());
        if (!confidences.empty()) {
            const double edge = confidences[std::min(confidences.size(), static_cast<size_t>(count)) - 1];
            SequenceFilter filter;
            filter.notReviewed = true;
            filter.confidenceBelow = std::nextafter(edge, std::numeric_limits<double>::infinity());
            SequenceCursor cursor;
            for (;;) {
                auto page = project.value()->sequencePage(filter, 500, cursor);
                if (!page || page.value().empty())
                    break;
                for (const SequenceSummary& s : page.value())
                    if (static_cast<int>(taken.size()) < count && card.sequenceTruth.contains(s.id) &&
                        !labelled.contains(s.id)) {
                        taken.push_back(s.id);
                        takenSet.insert(s.id);
                    }
                cursor = page.value().back().cursor();
            }
        }
    }
    for (std::int64_t s : fallback)
        if (static_cast<int>(taken.size()) < count && !labelled.contains(s) && !takenSet.contains(s)) {
            taken.push_back(s);
            takenSet.insert(s);
        }
    return taken;
}

std::vector<std::int64_t> randomOrder(const LabelledCard& card, unsigned seed)
{
    std::vector<std::int64_t> ids;
    for (const auto& [sequence, truth] : card.sequenceTruth)
        ids.push_back(sequence);
    return shuffled(ids, seed);
}

IndividualsResult runIndividualsRound(const LabelledCard& card, int percent, const LoopSettings& settings,
                                      const QString& roundName)
{
    IndividualsResult r;
    auto project = Project::open(card.labelledProjectPath);
    if (!project) {
        r.failure = project.error().message;
        return r;
    }
    // The reviewer named `percent` % of the individuals; 40 % of those validate (choose the epoch), the rest train.
    DatasetOptions options;
    options.minExamplesPerClass = 2;
    options.validationShare = 0.4 * percent / 100.0;
    options.seed = settings.fineTune.seed;
    auto dataset = individualsDataset(*project.value(), options, 1.0 - percent / 100.0);
    if (!dataset) {
        r.failure = dataset.error().message;
        return r;
    }
    std::set<int> pool, heldOut;
    for (const Example& e : dataset.value().examples)
        (e.split == Split::Test ? heldOut : pool).insert(e.classIndex);
    r.poolIndividuals = static_cast<int>(pool.size());
    r.heldOutIndividuals = static_cast<int>(heldOut.size());
    FineTuneOptions o = settings.fineTune;
    o.kind = TrainingKind::Embedder;
    o.outputFolder = QDir(settings.workDir).filePath(roundName);
    JobControl control;
    auto report = fineTune(dataset.value(), o, control);
    if (!report) {
        r.failure = report.error().message;
        return r;
    }
    r.trained = true;
    r.before = report.value().retrievalBefore;
    r.after = report.value().retrievalAfter;
    r.queries = r.after.queries;
    return r;
}

} // namespace trapline::bench
