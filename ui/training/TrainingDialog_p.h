#pragma once

#include <QString>

namespace trapline::ui {

// A figure of the training report as the dialog shows it (three decimals).
inline QString share(double v) { return QString::number(v, 'f', 3); }

} // namespace trapline::ui
