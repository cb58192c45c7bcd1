#pragma once

#include <QCoreApplication>

namespace trapline::ui {

// The one translation context of the texts on the undo stack (Edit > Undo "..."), whichever view pushed the
// command: `UndoText::tr("label sequence %1")`. lupdate finds this header through the includes of the files that
// use it, and names the context "trapline::ui::UndoText".
class UndoText {
    Q_DECLARE_TR_FUNCTIONS(trapline::ui::UndoText)
};

} // namespace trapline::ui
