#pragma once

#include "review/Label.h"

#include <QImage>
#include <QString>

#include <optional>

namespace trapline::ui {

// What a sighting shows: its box cut from the upright image (or the whole frame without one), reduced to at most
// `maxSide` pixels. A null image when the file cannot be read. Slow on full-size photos: call it off the GUI thread.
QImage sightingImage(const QString& path, const std::optional<review::Box>& box, int maxSide);

} // namespace trapline::ui
