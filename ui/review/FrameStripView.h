#pragma once

#include <QListView>

namespace trapline::ui {

// The filmstrip under the review image: the frames of a sequence in one row. Each item is as tall as the strip
// (a thumbnail and its frame number below), at every window size; the thumbnails are asked for at that size.
class FrameStripView : public QListView {
    Q_OBJECT
public:
    explicit FrameStripView(QWidget* parent = nullptr);

    // The strip's height: fixed, so a short window shrinks the image above it and never the thumbnails.
    static constexpr int kHeight = 160;
    // Camera-trap frames are 4:3 to 16:9; items are sized for the wider end so that neither kind is cut.
    static constexpr double kAspect = 16.0 / 9.0;

Q_SIGNALS:
    void iconSizeFitted(const QSize& size);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitItemsToHeight();
};

} // namespace trapline::ui
