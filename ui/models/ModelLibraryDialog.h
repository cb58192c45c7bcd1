#pragma once

#include "Result.h"
#include "models/InstalledModels.h"
#include "models/ModelCatalogue.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace trapline {
class Job;
class JobScheduler;
} // namespace trapline

namespace trapline::models {
struct DownloadOptions;
}

namespace trapline::ui {

// Models > Model Library: the catalogue of published models (core/models), what is installed, and the downloads,
// "use a file I already have", conversions and removals, run as jobs of the window's scheduler so that their
// progress shows in the Jobs panel. Not modal: it can stay open while a download runs.
class ModelLibraryDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelLibraryDialog(JobScheduler* scheduler, QWidget* parent = nullptr);

    // Reads the catalogue again (the per-user folder may hold a newer one) and refreshes the table.
    void reload();
    // Makes the catalogue entry current; false when the catalogue has no such id.
    bool selectModel(const QString& id);
    QString selectedId() const;

    // The actions of the buttons, for the current entry. Each returns the job it started (or the equal one
    // already running), or null after showing why not (the licence is not accepted, nothing to convert...).
    Job* download();
    Job* installFile(const QString& path);
    Job* convert();
    // Deletes the current entry's downloaded file (and an unfinished download of it), without asking.
    Status removeDownload();

    // The last result or error shown under the buttons.
    QString message() const;

Q_SIGNALS:
    // A download, conversion or removal ended: the installed models have changed.
    void modelsChanged();

private:
    const models::CatalogueEntry* current() const;
    void buildTable();
    void refreshStates();
    void showDetails();
    void updateButtons();
    Job* startDownload(models::DownloadOptions options, const QString& title);
    void track(Job* job, const QString& id, bool conversion);
    void showMessage(const QString& text, bool error);
    QString stateText(const models::CatalogueEntry& entry,
                      const std::vector<models::InstalledManifest>& manifests) const;

    JobScheduler* m_scheduler;
    models::ModelCatalogue m_catalogue;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_details = nullptr;
    QCheckBox* m_acceptLicence = nullptr;
    QLineEdit* m_mirror = nullptr;
    QPushButton* m_download = nullptr;
    QPushButton* m_useFile = nullptr;
    QPushButton* m_convert = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_commandsLabel = nullptr;
    QPlainTextEdit* m_commands = nullptr;
};

} // namespace trapline::ui
