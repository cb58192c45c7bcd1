#include "MatchProposals.h"
#include "Tr.h"

#include "Clock.h"
#include "EmbeddingIndex.h"
#include "LocalFeatureMatcher.h"
#include "project/Project.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

namespace trapline::reid {

namespace {

std::vector<float> floats(const QByteArray& blob)
{
    std::vector<float> v(static_cast<size_t>(blob.size()) / sizeof(float));
    std::memcpy(v.data(), blob.constData(), v.size() * sizeof(float));
    return v;
}

// The box's species: a person's label, else the machine's.
constexpr const char* kTaxonOfBox =
    "(SELECT o.taxon_id FROM observations o WHERE o.detection_id = d.id ORDER BY o.method = 'human' DESC,"
    " o.confidence DESC LIMIT 1)";
// The individual a person gave the box, if any.
constexpr const char* kIndividualOfBox =
    "(SELECT o.individual_id FROM observations o WHERE o.detection_id = d.id AND o.method = 'human'"
    " AND o.individual_id IS NOT NULL LIMIT 1)";

cv::Mat crop(const Sighting& s)
{
    const cv::Mat image = cv::imread(s.path.toStdString(), cv::IMREAD_GRAYSCALE);
    if (image.empty())
        return {};
    const cv::Rect r(static_cast<int>(s.box.x * image.cols), static_cast<int>(s.box.y * image.rows),
                     std::max(1, static_cast<int>(s.box.w * image.cols)), std::max(1, static_cast<int>(s.box.h * image.rows)));
    return image(r & cv::Rect(0, 0, image.cols, image.rows)).clone();
}

// What both ways of proposing need: each individual's species, the pairs a person rejected, and the keypoints of
// boxes, found once each.
class ProposalContext {
public:
    explicit ProposalContext(Project& project) : m_project(project)
    {
        auto& individuals = project.db().cached("SELECT id, taxon_id FROM individuals");
        while (individuals.step())
            m_taxonOf[individuals.integer(0)] = individuals.optInteger(1);
        auto& rejected = project.db().cached("SELECT detection_id, individual_id FROM match_rejections");
        while (rejected.step())
            m_rejected.emplace(rejected.integer(0), rejected.integer(1));
    }
    int individuals() const { return static_cast<int>(m_taxonOf.size()); }
    // An individual may be proposed for a box unless a person rejected the pair or their species differ.
    bool allowed(std::int64_t box, std::optional<std::int64_t> boxTaxon, std::int64_t individual) const
    {
        const auto it = m_taxonOf.find(individual);
        const auto taxon = it == m_taxonOf.end() ? std::nullopt : it->second;
        return !(taxon && boxTaxon && *taxon != *boxTaxon) && !m_rejected.count({box, individual});
    }
    int inliers(std::int64_t a, std::int64_t b) { return m_matcher.match(featuresOf(a), featuresOf(b)).inliers; }

private:
    const LocalFeatures& featuresOf(std::int64_t box)
    {
        auto it = m_features.find(box);
        if (it == m_features.end()) {
            LocalFeatures f;
            if (auto s = sighting(m_project, box))
                if (const cv::Mat c = crop(s.value()); !c.empty())
                    f = m_matcher.extract(c);
            it = m_features.emplace(box, std::move(f)).first;
        }
        return it->second;
    }

    Project& m_project;
    std::map<std::int64_t, std::optional<std::int64_t>> m_taxonOf;
    std::set<std::pair<std::int64_t, std::int64_t>> m_rejected;
    LocalFeatureMatcher m_matcher;
    std::map<std::int64_t, LocalFeatures> m_features;
};

// The candidates found for one box, best first: (individual, score, the gallery sighting it was closest to).
struct Found {
    std::int64_t box = 0;
    std::vector<std::tuple<std::int64_t, double, std::int64_t>> candidates;
};

// Proposing reads and matches for minutes (keypoints above all) and writes little. Holding the write lock for all
// of it would make every label edit on another connection time out, so the matching is done first with no
// transaction open, and its results are written here in short transactions of a few hundred boxes each. Each box's
// proposals are replaced whole; rows of an earlier run that no box of this run replaced go at the end.
void writeProposals(Project& project, const std::vector<Found>& found, const QString& matcher,
                    const QString& auditDetails, JobControl& control)
{
    constexpr size_t kBoxesPerTransaction = 200;
    auto& db = project.db();
    const std::int64_t now = Clock::nowMs();
    control.beginPhase(ReidText::tr("Saving proposals"), static_cast<std::int64_t>(found.size()));
    // A box, individual or reference sighting deleted while matching ran is left out rather than failing the batch.
    auto& insert = db.cached(
        "INSERT OR REPLACE INTO match_proposals(detection_id, individual_id, rank, score, matcher, "
        "reference_detection_id,"
        " created_ms) SELECT ?1, ?2, ?3, ?4, ?5, (SELECT id FROM detections WHERE id = ?6), ?7"
        " WHERE EXISTS (SELECT 1 FROM detections WHERE id = ?1) AND EXISTS (SELECT 1 FROM individuals WHERE id = ?2)");
    auto& clear = db.cached("DELETE FROM match_proposals WHERE detection_id = ?1");
    for (size_t first = 0; first < found.size(); first += kBoxesPerTransaction) {
        db::Transaction tx(db);
        const size_t end = std::min(found.size(), first + kBoxesPerTransaction);
        for (size_t q = first; q < end; ++q) {
            clear.bind(1, found[q].box).run();
            for (size_t r = 0; r < found[q].candidates.size(); ++r) {
                const auto& [individual, score, reference] = found[q].candidates[r];
                insert.bind(1, found[q].box)
                    .bind(2, individual)
                    .bind(3, static_cast<int>(r + 1))
                    .bind(4, score)
                    .bind(5, matcher)
                    .bind(6, reference)
                    .bind(7, now)
                    .run();
            }
        }
        tx.commit();
        control.report(static_cast<std::int64_t>(end));
    }
    db::Transaction tx(db);
    db.cached("DELETE FROM match_proposals WHERE created_ms < ?1").bind(1, now).run();
    project.audit({QStringLiteral("reid"),
                   QStringLiteral("propose"),
                   QStringLiteral("match_proposals"),
                   std::nullopt,
                   auditDetails,
                   {}});
    tx.commit();
}

Result<ProposalSummary> proposeByLocalFeatures(Project& project, const ProposalOptions& options, JobControl& control);

} // namespace

Result<Sighting> sighting(Project& project, std::int64_t detectionId)
{
    try {
        auto& st = project.db().cached("SELECT d.media_id, d.x, d.y, d.w, d.h FROM detections d WHERE d.id = ?1");
        st.bind(1, detectionId);
        if (!st.step())
            return Error{ReidText::tr("There is no box %1 in this project.").arg(detectionId)};
        Sighting s{detectionId, st.integer(0), {}, review::Box{st.real(1), st.real(2), st.real(3), st.real(4)}};
        st.reset();
        auto media = project.media(s.mediaId);
        if (!media)
            return media.error();
        s.path = project.absoluteMediaPath(media.value());
        return s;
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("Cannot read box %1").arg(detectionId), e);
    }
}

Result<ProposalSummary> computeProposals(Project& project, const ProposalOptions& options, JobControl& control)
{
    ProposalSummary summary;
    summary.matcher = options.verifyWithLocalFeatures ? QStringLiteral("embedding+sift") : QStringLiteral("embedding");
    try {
        auto& db = project.db();
        std::int64_t model = 0;
        if (options.embedderModelId) {
            model = *options.embedderModelId;
        } else {
            auto& most = db.cached("SELECT model_id FROM embeddings GROUP BY model_id ORDER BY count(*) DESC LIMIT 1");
            if (!most.step())
                return proposeByLocalFeatures(project, options, control);
            model = most.integer(0);
            most.reset();
        }
        control.beginPhase(ReidText::tr("Reading embeddings"), 0);
        // Gallery: boxes a person gave an individual. Queries: the other boxes (not rejected) with an embedding.
        auto& rows = db.cached(std::string("SELECT d.id, e.vector, ") + kIndividualOfBox + ", " + kTaxonOfBox +
                               " FROM embeddings e JOIN detections d ON d.id = e.detection_id"
                               " WHERE e.model_id = ?1 AND (d.review IS NULL OR d.review != 'rejected') ORDER BY d.id");
        rows.bind(1, model);
        std::unique_ptr<EmbeddingIndex> index;
        std::vector<std::int64_t> galleryBoxes;
        struct Query {
            std::int64_t box;
            std::vector<float> vector;
            std::optional<std::int64_t> taxon;
        };
        std::vector<Query> queries;
        while (rows.step()) {
            const auto v = floats(rows.blob(1));
            if (v.empty())
                continue;
            if (!index)
                index = std::make_unique<EmbeddingIndex>(static_cast<int>(v.size()));
            if (static_cast<int>(v.size()) != index->dimension())
                continue;
            if (const auto individual = rows.optInteger(2)) {
                index->add(*individual, v.data());
                galleryBoxes.push_back(rows.integer(0));
            } else {
                queries.push_back({rows.integer(0), v, rows.optInteger(3)});
            }
        }
        summary.gallery = static_cast<int>(galleryBoxes.size());
        ProposalContext context(project);
        summary.individuals = context.individuals();

        control.beginPhase(ReidText::tr("Proposing individuals"), static_cast<std::int64_t>(queries.size()));
        std::vector<Found> found;
        for (size_t q = 0; q < queries.size() && index; ++q) {
            if (control.cancelled())
                return Error{ReidText::tr("Proposing was cancelled; the earlier proposals are kept.")};
            control.report(static_cast<std::int64_t>(q + 1));
            // Ask for more than needed: some candidates are of another species or were rejected.
            auto candidates = index->query(queries[q].vector.data(), options.candidates * 4 + 8);
            std::vector<std::pair<double, EmbeddingIndex::Candidate>> kept;
            for (const auto& c : candidates) {
                if (!context.allowed(queries[q].box, queries[q].taxon, c.individualId))
                    continue;
                kept.emplace_back(c.similarity, c);
                if (static_cast<int>(kept.size()) == options.candidates)
                    break;
            }
            if (options.verifyWithLocalFeatures)
                for (auto& [score, c] : kept)
                    score = context.inliers(queries[q].box, galleryBoxes[static_cast<size_t>(c.sighting)]) +
                            c.similarity; // the similarity breaks ties between equal inlier counts
            std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            Found f{queries[q].box, {}};
            for (const auto& [score, c] : kept)
                f.candidates.emplace_back(c.individualId, score, galleryBoxes[static_cast<size_t>(c.sighting)]);
            summary.proposals += static_cast<int>(f.candidates.size());
            summary.queries += f.candidates.empty() ? 0 : 1;
            found.push_back(std::move(f));
        }
        writeProposals(
            project, found, summary.matcher,
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("matcher"), summary.matcher},
                                                        {QStringLiteral("proposals"), summary.proposals},
                                                        {QStringLiteral("model"), static_cast<double>(model)}})
                                  .toJson(QJsonDocument::Compact)),
            control);
        return summary;
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("Cannot propose individuals"), e);
    }
}

namespace {

// Without any embedder: every box without an individual against every confirmed sighting of its species, by the
// keypoints they share. Slower (each pair is matched), and needs no model at all.
Result<ProposalSummary> proposeByLocalFeatures(Project& project, const ProposalOptions& options, JobControl& control)
{
    ProposalSummary summary;
    summary.matcher = QStringLiteral("sift");
    auto& db = project.db();
    struct Box {
        std::int64_t id;
        std::optional<std::int64_t> individual, taxon;
    };
    std::vector<Box> gallery, queries;
    auto& rows = db.cached(std::string("SELECT d.id, ") + kIndividualOfBox + ", " + kTaxonOfBox +
                           " FROM detections d WHERE (d.review IS NULL OR d.review != 'rejected') AND (d.source = 'human'"
                           " OR d.review = 'accepted' OR EXISTS (SELECT 1 FROM observations o WHERE o.detection_id = d.id"
                           " AND o.observation_type = 'animal')) ORDER BY d.id");
    while (rows.step())
        (rows.isNull(1) ? queries : gallery).push_back({rows.integer(0), rows.optInteger(1), rows.optInteger(2)});
    summary.gallery = static_cast<int>(gallery.size());
    ProposalContext context(project);
    summary.individuals = context.individuals();
    if (gallery.empty())
        return Error{ReidText::tr("No box has an individual yet: give a few sightings their individual first (the "
                                  "label panel's Individual), then propose matches for the rest.")};
    control.beginPhase(ReidText::tr("Matching keypoints"), static_cast<std::int64_t>(queries.size()));
    std::vector<Found> found;
    for (size_t q = 0; q < queries.size(); ++q) {
        if (control.cancelled())
            return Error{ReidText::tr("Proposing was cancelled; the earlier proposals are kept.")};
        control.report(static_cast<std::int64_t>(q + 1));
        std::map<std::int64_t, std::pair<int, std::int64_t>> best; // individual -> inliers, sighting
        for (const Box& g : gallery) {
            if (!context.allowed(queries[q].id, queries[q].taxon, *g.individual))
                continue;
            const int inliers = context.inliers(queries[q].id, g.id);
            auto& b = best[*g.individual];
            if (inliers > b.first || b.second == 0)
                b = {inliers, g.id};
        }
        std::vector<std::pair<int, std::pair<std::int64_t, std::int64_t>>> ranked;
        for (const auto& [individual, b] : best)
            if (b.first > 0)
                ranked.push_back({b.first, {individual, b.second}});
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        Found f{queries[q].id, {}};
        for (size_t r = 0; r < ranked.size() && static_cast<int>(r) < options.candidates; ++r)
            f.candidates.emplace_back(ranked[r].second.first, static_cast<double>(ranked[r].first),
                                      ranked[r].second.second);
        summary.proposals += static_cast<int>(f.candidates.size());
        summary.queries += f.candidates.empty() ? 0 : 1;
        found.push_back(std::move(f));
    }
    writeProposals(project, found, summary.matcher,
                   QStringLiteral("{\"matcher\": \"sift\", \"proposals\": %1}").arg(summary.proposals), control);
    return summary;
}

} // namespace

Result<std::vector<PendingMatch>> pendingMatches(Project& project, int limit)
{
    try {
        auto& db = project.db();
        auto& queries = db.cached(std::string("SELECT DISTINCT p.detection_id FROM match_proposals p JOIN detections d"
                                              " ON d.id = p.detection_id WHERE ") + kIndividualOfBox +
                                  " IS NULL ORDER BY d.media_id, d.id LIMIT ?1");
        queries.bind(1, limit);
        std::vector<std::int64_t> boxes;
        while (queries.step())
            boxes.push_back(queries.integer(0));
        std::vector<PendingMatch> out;
        auto& candidates = db.cached(
            "SELECT p.individual_id, i.name, p.rank, p.score, p.matcher, p.reference_detection_id FROM match_proposals p"
            " JOIN individuals i ON i.id = p.individual_id WHERE p.detection_id = ?1 AND NOT EXISTS (SELECT 1 FROM"
            " match_rejections r WHERE r.detection_id = p.detection_id AND r.individual_id = p.individual_id)"
            " ORDER BY p.rank");
        for (const auto box : boxes) {
            auto query = sighting(project, box);
            if (!query)
                continue;
            PendingMatch match{query.value(), {}};
            std::vector<std::pair<Proposal, std::optional<std::int64_t>>> rows;
            candidates.bind(1, box);
            while (candidates.step())
                rows.push_back({Proposal{candidates.integer(0), candidates.text(1), static_cast<int>(candidates.integer(2)),
                                         candidates.real(3), candidates.text(4), std::nullopt},
                                candidates.optInteger(5)});
            candidates.reset();
            for (auto& [proposal, reference] : rows) {
                if (reference)
                    if (auto s = sighting(project, *reference))
                        proposal.reference = s.value();
                match.candidates.push_back(proposal);
            }
            if (!match.candidates.empty())
                out.push_back(std::move(match));
        }
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("Cannot list the proposed matches"), e);
    }
}

Status rejectMatch(Project& project, std::int64_t detectionId, std::int64_t individualId, const QString& actor)
{
    try {
        db::Transaction tx(project.db());
        project.db().cached("INSERT OR REPLACE INTO match_rejections(detection_id, individual_id, rejected_ms, actor)"
                            " VALUES (?1, ?2, ?3, ?4)")
            .bind(1, detectionId).bind(2, individualId).bind(3, Clock::nowMs())
            .bind(4, actor.isEmpty() ? Project::currentUser() : actor).run();
        project.audit({QStringLiteral("reid"), QStringLiteral("reject-match"), QStringLiteral("detections"), detectionId,
                       QStringLiteral("{\"individual\": %1}").arg(individualId), actor});
        tx.commit();
        return okStatus();
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("The rejection was not saved"), e);
    }
}

Status unrejectMatch(Project& project, std::int64_t detectionId, std::int64_t individualId, const QString& actor)
{
    try {
        db::Transaction tx(project.db());
        project.db().cached("DELETE FROM match_rejections WHERE detection_id = ?1 AND individual_id = ?2")
            .bind(1, detectionId).bind(2, individualId).run();
        project.audit({QStringLiteral("reid"), QStringLiteral("undo-reject-match"), QStringLiteral("detections"), detectionId,
                       QStringLiteral("{\"individual\": %1}").arg(individualId), actor});
        tx.commit();
        return okStatus();
    } catch (const db::DbError& e) {
        return databaseFailure(ReidText::tr("The rejection was not taken back"), e);
    }
}

bool isRejected(Project& project, std::int64_t detectionId, std::int64_t individualId)
{
    auto& st = project.db().cached("SELECT count(*) FROM match_rejections WHERE detection_id = ?1 AND individual_id = ?2");
    st.bind(1, detectionId).bind(2, individualId);
    st.step();
    const bool rejected = st.integer(0) > 0;
    st.reset();
    return rejected;
}

} // namespace trapline::reid
