#include "StratifiedSplit.h"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace trapline::training {

namespace {

constexpr int kTrain = static_cast<int>(Split::Train);
constexpr int kValidation = static_cast<int>(Split::Validation);
constexpr int kTest = static_cast<int>(Split::Test);

using SideCounts = std::array<std::int64_t, 3>;

struct Group {
    std::int64_t key = 0;
    std::vector<int> classes;
    int side = -1; // not placed yet
};

class Splitter {
public:
    Splitter(std::vector<Example>& examples, const QStringList& classes, const DatasetOptions& o)
        : m_classGroups(static_cast<size_t>(classes.size())), m_classExamples(static_cast<size_t>(classes.size()), 0)
    {
        m_share[kValidation] = std::max(0.0, o.validationShare);
        m_share[kTest] = std::max(0.0, o.testShare);
        m_share[kTrain] = std::max(0.0, 1.0 - m_share[kValidation] - m_share[kTest]);
        std::map<std::int64_t, size_t> index;
        const std::vector<std::int64_t> visits =
            o.splitBy == DatasetOptions::SplitBy::Visit ? visitsOf(examples, o.visitGapSeconds) : std::vector<std::int64_t>{};
        for (size_t i = 0; i < examples.size(); ++i) {
            Example& e = examples[i];
            e.group = visits.empty() ? groupOf(e, o.splitBy) : visits[i];
            const auto [it, inserted] = index.try_emplace(e.group, m_groups.size());
            if (inserted)
                m_groups.push_back({e.group, {}, -1});
            Group& g = m_groups[it->second];
            const auto c = static_cast<size_t>(e.classIndex);
            if (std::find(g.classes.begin(), g.classes.end(), e.classIndex) == g.classes.end()) {
                g.classes.push_back(e.classIndex);
                m_classGroups[c].push_back(it->second);
            }
            ++m_classExamples[c];
        }
        const std::uint64_t salt = o.splitBy == DatasetOptions::SplitBy::Deployment ? 2 : o.splitBy == DatasetOptions::SplitBy::Visit ? 4 : 1;
        for (auto& groups : m_classGroups)
            std::sort(groups.begin(), groups.end(), [&](size_t a, size_t b) {
                return std::tuple(unitHash(m_groups[a].key, o.seed, salt), m_groups[a].key) <
                       std::tuple(unitHash(m_groups[b].key, o.seed, salt), m_groups[b].key);
            });
        for (int c = 0; c < static_cast<int>(classes.size()); ++c)
            m_order.push_back(c);
        std::sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const auto& ga = m_classGroups[static_cast<size_t>(a)];
            const auto& gb = m_classGroups[static_cast<size_t>(b)];
            return std::tuple(ga.size(), m_classExamples[static_cast<size_t>(a)], classes[a]) <
                   std::tuple(gb.size(), m_classExamples[static_cast<size_t>(b)], classes[b]);
        });
    }

    void run(std::vector<Example>& examples)
    {
        for (int c : m_order)
            placeGroupsOf(c);
        for (int c : m_order)
            ensureTraining(c);
        for (int c : m_order)
            ensureValidation(c);
        std::map<std::int64_t, int> sideOf;
        for (const Group& g : m_groups)
            sideOf[g.key] = g.side;
        for (Example& e : examples)
            e.split = static_cast<Split>(sideOf.at(e.group));
    }

private:
    SideCounts sides(int c) const
    {
        SideCounts n{0, 0, 0};
        for (size_t g : m_classGroups[static_cast<size_t>(c)])
            if (m_groups[g].side >= 0)
                ++n[static_cast<size_t>(m_groups[g].side)];
        return n;
    }

    int sideFor(const SideCounts& n, double total) const
    {
        if (n[kTrain] == 0)
            return kTrain;
        if (n[kValidation] == 0 && m_share[kValidation] > 0)
            return kValidation;
        if (n[kTest] == 0 && m_share[kTest] > 0)
            return kTest;
        int best = kTrain;
        double bestDeficit = m_share[kTrain] * total - static_cast<double>(n[kTrain]);
        for (int s : {kValidation, kTest}) {
            const double deficit = m_share[s] * total - static_cast<double>(n[static_cast<size_t>(s)]);
            if (m_share[s] > 0 && deficit > bestDeficit) {
                best = s;
                bestDeficit = deficit;
            }
        }
        return best;
    }

    void placeGroupsOf(int c)
    {
        const auto& groups = m_classGroups[static_cast<size_t>(c)];
        SideCounts n = sides(c);
        for (size_t g : groups) {
            if (m_groups[g].side >= 0)
                continue;
            const int side = sideFor(n, static_cast<double>(groups.size()));
            m_groups[g].side = side;
            ++n[static_cast<size_t>(side)];
        }
    }

    // Whether moving group g off its side leaves every other class it holds with a group on that side.
    bool movingKeeps(size_t g, int exceptClass) const
    {
        const int from = m_groups[g].side;
        for (int k : m_groups[g].classes)
            if (k != exceptClass && sides(k)[static_cast<size_t>(from)] == 1)
                return false;
        return true;
    }

    void ensureTraining(int c)
    {
        const auto& groups = m_classGroups[static_cast<size_t>(c)];
        if (groups.empty() || sides(c)[kTrain] > 0)
            return;
        // Training comes before validation: without a training group the class could never be predicted.
        size_t pick = groups.front();
        for (size_t g : groups)
            if (movingKeeps(g, c)) {
                pick = g;
                break;
            }
        m_groups[pick].side = kTrain;
    }

    void ensureValidation(int c)
    {
        const auto& groups = m_classGroups[static_cast<size_t>(c)];
        if (groups.size() < 2 || m_share[kValidation] <= 0 || sides(c)[kValidation] > 0)
            return;
        // A test group costs no class its training; a training group may move only if every class it holds keeps one.
        for (int from : {kTest, kTrain})
            for (size_t g : groups)
                if (m_groups[g].side == from && (from == kTest || (sides(c)[kTrain] > 1 && movingKeeps(g, c)))) {
                    m_groups[g].side = kValidation;
                    return;
                }
    }

    double m_share[3] = {0, 0, 0};
    std::vector<Group> m_groups;
    std::vector<std::vector<size_t>> m_classGroups; // class -> its groups, in the seeded order
    std::vector<std::int64_t> m_classExamples;
    std::vector<int> m_order; // rarest class first
};

} // namespace

void assignStratifiedSides(std::vector<Example>& examples, const QStringList& classes, const DatasetOptions& options)
{
    Splitter splitter(examples, classes, options);
    splitter.run(examples);
}

} // namespace trapline::training
