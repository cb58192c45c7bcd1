#pragma once

#include <QWidget>

class QVBoxLayout;

namespace trapline::ui {

class JobRunner;

// The running and recent jobs, each with its progress, time left and a cancel button.
class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(QWidget* parent = nullptr);

    // Shows `job` (not owned) until it finishes and the user clears it.
    void addJob(JobRunner* job);
    int runningCount() const;

Q_SIGNALS:
    void runningCountChanged(int running);

private:
    QVBoxLayout* m_rows;
    int m_running = 0;
};

} // namespace trapline::ui
