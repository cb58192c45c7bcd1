#pragma once

#include "LocalFeatureMatcher.h"

#include <opencv2/flann.hpp>

#include <memory>
#include <vector>

namespace trapline::reid {

// How one query (or one sighting of several frames) scored every gallery image.
struct HotspotterScores {
    std::vector<float> votes;      // LNBNN votes per gallery image, before spatial verification
    std::vector<float> verified;   // votes of the matches that one similarity transform explains; 0 when not verified
    std::vector<char> shortlisted; // whether the image was among the candidates spatial verification looked at

    // One figure per gallery image for ranking it: verified images first by their verified votes, then the rest by
    // their raw votes.
    std::vector<float> ranking() const;
    // Adds another frame's scores of the same gallery (frames of one sighting vote together).
    void add(const HotspotterScores& other);

    struct Match {
        int queryFeature = 0;
        int image = 0;
        float vote = 0;
    };
    std::vector<Match> inliers; // the verified matches, for scoring individuals
    int queryFeatures = 0;      // descriptors of the query (of all its frames, after add)
};

// The weight-free matcher of HotSpotter (Crall, Stewart, Berger-Wolf, Rubenstein & Sundaresan, "HotSpotter -
// Patterned species instance recognition", WACV 2013), on the RootSIFT keypoints LocalFeatureMatcher finds:
//  1. one approximate nearest-neighbour index (FLANN kd-trees) over the descriptors of every gallery image;
//  2. each query descriptor looks up its K nearest gallery descriptors and one more, the normaliser; each of the K
//     votes for its image with LNBNN (local naive Bayes nearest neighbour, McCann & Lowe 2012): the distance to the
//     normaliser minus the distance to that neighbour. A descriptor common to many animals has near neighbours
//     everywhere and earns little; a distinctive one earns much from the image it truly matches;
//  3. the images with most votes are spatially verified (RANSAC, one similarity transform between the two images,
//     scale between 1/2 and 2) and re-scored by the votes of their inliers only.
// The defaults are HotSpotter's published configuration (hotspotter/Config.py: K = 4, Knorm = 1, 1024 checks,
// xy_thresh 0.01 of the squared diagonal of the matched points, scale 0.5 to 2, at least 4 inliers); none was
// chosen on the data Trapline reports figures for.
class HotspotterMatcher {
public:
    struct Options {
        int k = 4;               // neighbours that vote, per query descriptor
        int knorm = 1;           // the normaliser is the (k + knorm)-th neighbour
        int trees = 4;           // FLANN randomised kd-trees
        int checks = 1024;       // leaves FLANN visits per look-up
        int shortlist = 100;     // images spatially verified per query
        double xyFraction = 0.1; // RANSAC tolerance, as a share of the diagonal of the matched gallery points
        int minInliers = 4;
    };

    HotspotterMatcher();
    explicit HotspotterMatcher(Options options);
    ~HotspotterMatcher();
    HotspotterMatcher(const HotspotterMatcher&) = delete;
    HotspotterMatcher& operator=(const HotspotterMatcher&) = delete;

    // Indexes the gallery; `gallery` must outlive the matcher (the keypoints are read at query time).
    void build(const std::vector<LocalFeatures>& gallery);
    int galleryImages() const { return static_cast<int>(m_gallery ? m_gallery->size() : 0); }
    int galleryDescriptors() const { return m_descriptors.rows; }

    // Scores every gallery image for one query image. Gallery images in `exclude` neither vote nor normalise (the
    // query itself, or the other frames of its sighting, when the query is also in the gallery): the result is the
    // one an index without them would give, up to the approximation of the search.
    HotspotterScores score(const LocalFeatures& query, const std::vector<int>& exclude = {}) const;

    // Individuals scored the way HotSpotter's name scoring (nsum) does: each query descriptor gives an individual
    // its best verified vote among that individual's images, and these add up over the descriptors. `labels[g]` is
    // the individual of gallery image g (-1: none); the result has `individuals` entries.
    static std::vector<float> individualScores(const HotspotterScores& scores, const std::vector<int>& labels,
                                               int individuals);

private:
    Options m_options;
    const std::vector<LocalFeatures>* m_gallery = nullptr;
    cv::Mat m_descriptors;      // every gallery descriptor, one row each
    std::vector<int> m_image;   // row -> gallery image
    std::vector<int> m_feature; // row -> keypoint in that image
    std::unique_ptr<cv::flann::Index> m_index;
};

} // namespace trapline::reid
