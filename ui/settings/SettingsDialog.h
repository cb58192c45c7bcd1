#pragma once

#include "review/Taxa.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace trapline {
class Project;
}

namespace trapline::ui {

// Application settings (language, the reviewer's name in the audit log, moving on after a sequence label) and,
// when a project is open, its quick keys 1-9.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(Project* project, QWidget* parent = nullptr);

    // Stores what was chosen; returns false with a message box if the quick keys could not be saved.
    bool save();
    bool languageChanged() const { return m_languageChanged; }

    static bool autoAdvance();
    static QString reviewerName();

private:
    Project* m_project;
    QComboBox* m_language;
    QLineEdit* m_reviewer;
    QCheckBox* m_advance;
    std::vector<QLineEdit*> m_keys;
    bool m_languageChanged = false;
};

} // namespace trapline::ui
