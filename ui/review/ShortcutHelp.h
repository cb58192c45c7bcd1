#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace trapline::ui {

// The help overlay: every keyboard shortcut of the window, read from its actions so it is never out of date.
class ShortcutHelp : public QDialog {
    Q_OBJECT
public:
    ShortcutHelp(const QList<QAction*>& actions, QWidget* parent = nullptr);
    int rowCount() const { return m_rows; }

private:
    int m_rows = 0;
};

} // namespace trapline::ui
