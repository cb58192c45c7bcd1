#pragma once

#include <QObject>

namespace trapline::ui {

// Where undo commands report what happened when the stack ran them: commands hold no widget, so the window (and
// the review pane) listen here. One object for the process; the GUI thread only.
class UndoReport : public QObject {
    Q_OBJECT
public:
    static UndoReport* instance();

Q_SIGNALS:
    // Undo or redo of `action` could not be stored; the command has left the stack.
    void failed(const QString& action, const QString& message);
    // An undo or redo put a sequence's labels back: the review pane shows that sequence.
    void sequenceRestored(qint64 sequenceId);

private:
    UndoReport() = default;
};

} // namespace trapline::ui
