#pragma once

#include "settings/Preference.h"

#include <QByteArray>
#include <QStringList>

// Every setting the GUI keeps between runs, with its default. Nothing in ui/ or app/ names a QSettings key
// elsewhere: add a declaration here instead.
namespace trapline::ui::prefs {

inline const Preference<QString> language{"language"}; // "es", "fr", "pt_BR"...; empty: follow the system
inline const Preference<QString> reviewer{"review/reviewer"}; // empty: the login name
inline const Preference<bool> autoAdvance{"review/autoAdvance", true};
inline const Preference<int> computeThreads{"inference/threads", 0}; // 0: one per core

inline const Preference<QString> detector{"models/detector"};
inline const Preference<QString> classifier{"models/classifier"};
inline const Preference<QString> embedder{"models/embedder"};
inline const Preference<int> batchSize{"models/batch", 8};
inline const Preference<QString> trainingBase{"training/base"};

inline const Preference<QStringList> recentProjects{"recentProjects"};
constexpr int kMaxRecentProjects = 8;

// QMainWindow::saveGeometry() and saveState(): size, position, and where the docks are.
inline const Preference<QByteArray> windowGeometry{"mainWindow/geometry"};
inline const Preference<QByteArray> windowState{"mainWindow/state"};

} // namespace trapline::ui::prefs
