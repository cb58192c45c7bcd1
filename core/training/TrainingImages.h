#pragma once

#include "TrainingSet.h"

#include <opencv2/core.hpp>

#include <random>

namespace trapline::training {

// Random changes that keep the label: a training image seen again looks like another photo of the same animal.
struct Augmentation {
    bool enabled = true;
    double flipProbability = 0.5;  // left-right mirror
    double maxRotationDegrees = 10;
    double maxShift = 0.08;        // share of the side
    double minZoom = 0.9, maxZoom = 1.15;
    double brightness = 0.15;      // +- share of the full range
    double contrast = 0.2;         // +- share
};

// The example's upright image, cut to its box with a margin of context around it (boxes are tight; a little
// background helps the classifier, as in MegaDetector-then-classifier pipelines). Empty when unreadable.
cv::Mat loadExampleImage(const Example& example, double contextMargin = 0.05);

// One random variant of `bgr`, drawn from `rng`.
cv::Mat augment(const cv::Mat& bgr, const Augmentation& augmentation, std::mt19937& rng);

} // namespace trapline::training
