#include "UndoReport.h"

namespace trapline::ui {

UndoReport* UndoReport::instance()
{
    static UndoReport report;
    return &report;
}

} // namespace trapline::ui
