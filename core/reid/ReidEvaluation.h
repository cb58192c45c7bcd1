#pragma once

#include "HotspotterMatcher.h"
#include "LocalFeatureMatcher.h"
#include "Result.h"
#include "RetrievalMetrics.h"
#include "jobs/JobControl.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace trapline::reid {

// A re-identification test set on disk: one sub-folder per individual (its name is the identity), either directly
// in the folder or under train/ and test/ (or val/). Queries are the test (or val) images when there is such a
// split, every image otherwise; the gallery is every image, and a query is never ranked against itself.
// Files of one individual whose names share the part before the first underscore ("16_leftphoto.jpg",
// "16_rightphoto.jpg") are one sighting: frames of one encounter.
struct ReidSet {
    QStringList files;
    std::vector<int> labels; // index into identities
    QStringList identities;
    std::vector<int> queries;   // indexes into files
    std::vector<int> sightings; // per file: its sighting (files of one sighting share the number)
    bool hasSightings() const;  // whether any sighting has more than one file
};
Result<ReidSet> loadReidFolder(const QString& folder);

struct ReidEvaluation {
    QString matcher;
    QString ranks = QStringLiteral("images");      // what each query ranks: "images", or "individuals" (best first)
    QString queriesAre = QStringLiteral("images"); // "images", or "sightings" (all frames of one vote together)
    int images = 0;
    int identities = 0;
    RetrievalMetrics metrics;
    double secondsPerQuery = 0; // matching only: features are computed once per image beforehand
    double featureSeconds = 0;  // computing the features (or embeddings) of every image
    double indexSeconds = 0;    // building a search index over the gallery, once
    int galleryImages = 0;      // images a query searches (all but itself)
};

// RootSIFT keypoints of every file of the set, in the set's order.
Result<std::vector<LocalFeatures>> extractLocalFeatures(const ReidSet& set, const LocalFeatureMatcher::Options& options,
                                                        JobControl& control, double* seconds = nullptr);

// Local features: every query against every gallery image, the inlier count as score.
Result<ReidEvaluation> evaluateLocalFeatures(const ReidSet& set, const LocalFeatureMatcher::Options& options,
                                             JobControl& control);
// The same on features already found. With `individuals`, also a second evaluation that ranks individuals by their
// best image (the old matcher's way of naming an individual).
Result<std::vector<ReidEvaluation>> evaluateLocalFeatures(const ReidSet& set,
                                                          const std::vector<LocalFeatures>& features,
                                                          const LocalFeatureMatcher::Options& options,
                                                          JobControl& control, bool individuals = false);

// HotSpotter's scoring (HotspotterMatcher) on features already found, three ways:
//  "hotspotter": each query ranks the gallery images (itself left out) by their verified LNBNN votes; no gallery
//     label is used, so the figures compare directly with "sift";
//  "hotspotter-individuals": each query ranks the individuals by name scoring (nsum) over the labelled gallery;
//  "hotspotter-sightings" (only when the set has sightings): all frames of a sighting vote together and rank the
//     individuals; the sighting's own frames are left out of the gallery it searches.
// For individuals, R = 1: MAP@R is top-1 and mAP is the mean reciprocal rank.
Result<std::vector<ReidEvaluation>> evaluateHotspotter(const ReidSet& set, const std::vector<LocalFeatures>& features,
                                                       const HotspotterMatcher::Options& options, JobControl& control);

// Embeddings from any source (a model, or a test's synthetic vectors): one vector per file, cosine similarity.
using EmbedFn = std::function<Result<std::vector<float>>(const QString& file)>;
Result<ReidEvaluation> evaluateEmbeddings(const ReidSet& set, const EmbedFn& embed, JobControl& control);

} // namespace trapline::reid
