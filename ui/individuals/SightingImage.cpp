#include "SightingImage.h"

#include <QImageReader>

namespace trapline::ui {

QImage sightingImage(const QString& path, const std::optional<review::Box>& box, int maxSide)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (box)
        image = image.copy(QRect(static_cast<int>(box->x * image.width()), static_cast<int>(box->y * image.height()),
                                 std::max(1, static_cast<int>(box->w * image.width())),
                                 std::max(1, static_cast<int>(box->h * image.height())))
                               .intersected(image.rect()));
    if (std::max(image.width(), image.height()) > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace trapline::ui
