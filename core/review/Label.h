#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace trapline::review {

// What a person says is in a sequence, a frame or a box. observationType follows Camtrap DP: animal, blank,
// human, vehicle, unknown, unclassified; an animal may name its taxon.
struct Label {
    QString observationType = QStringLiteral("animal");
    std::optional<std::int64_t> taxonId;
    std::optional<int> count;
    std::optional<std::int64_t> individualId;
    QString notes;

    static Label blank() { return Label{QStringLiteral("blank"), std::nullopt, std::nullopt, std::nullopt, {}}; }
    static Label animal(std::int64_t taxon, std::optional<int> count = std::nullopt)
    {
        return Label{QStringLiteral("animal"), taxon, count, std::nullopt, {}};
    }
};

// A box normalised to the upright image: top-left corner and size, all in [0, 1].
struct Box {
    double x = 0, y = 0, w = 0, h = 0;
    Box clamped() const;
    bool isUsable() const { return w > 0.002 && h > 0.002; }
};

inline Box Box::clamped() const
{
    auto clamp01 = [](double v) { return v < 0 ? 0.0 : v > 1 ? 1.0 : v; };
    Box b;
    b.x = clamp01(x);
    b.y = clamp01(y);
    b.w = clamp01(x + w) - b.x;
    b.h = clamp01(y + h) - b.y;
    return b;
}

} // namespace trapline::review
