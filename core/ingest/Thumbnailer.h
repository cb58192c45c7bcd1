#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace trapline::ingest {

struct Thumbnail {
    QByteArray jpeg;
    int width = 0;
    int height = 0;
};

// Decodes an image at a reduced size (libjpeg's DCT scaling: far cheaper than a full decode), turns it upright
// by its EXIF orientation and encodes a small JPEG. `sourceWidth/Height` (upright, from the metadata pass) pick
// the reduction; 0 means unknown.
inline constexpr int kDefaultThumbnailSide = 320;

Result<Thumbnail> makeThumbnail(const QString& absolutePath, int orientation, int sourceWidth, int sourceHeight,
                                int maxSide = kDefaultThumbnailSide);

} // namespace trapline::ingest
