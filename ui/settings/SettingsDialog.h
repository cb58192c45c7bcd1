#pragma once

#include "review/Taxa.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace trapline {
class Project;
}

namespace trapline::ui {

// Application settings (language, the reviewer's name in the audit log, moving on after a sequence label, the
// threads that run models) and, when a project is open, its quick keys 1-9.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Project* project, QWidget* parent = nullptr);

    // Stores what was chosen; returns false with a message box if the quick keys could not be saved.
    bool save();
    bool languageChanged() const { return m_languageChanged; }

    static bool autoAdvance();
    static QString reviewerName();
    // Threads for a model's forward pass (LibTorch and OpenCV); 0 is one per core.
    static int computeThreads();

private:
    Project* m_project;
    QComboBox* m_language;
    QLineEdit* m_reviewer;
    QCheckBox* m_advance;
    QSpinBox* m_threads;
    std::vector<QLineEdit*> m_keys;
    bool m_languageChanged = false;
};

} // namespace trapline::ui
