#pragma once

#include <QWidget>

class QVBoxLayout;

namespace trapline {
class JobScheduler;
}

namespace trapline::ui {

// A view over the job scheduler's model: each job with its state, progress, time left and a cancel button.
class JobsPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobsPanel(JobScheduler* scheduler, QWidget* parent = nullptr);

    // Jobs queued or running.
    int activeCount() const;

private:
    QWidget* makeRow(int row);
    void updateRow(int row);

    JobScheduler* m_scheduler;
    QVBoxLayout* m_rows;
    // One per model row, in the model's order (shown newest first).
    QList<QWidget*> m_rowWidgets;
};

} // namespace trapline::ui
