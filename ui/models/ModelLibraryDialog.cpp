#include "ModelLibraryDialog.h"

#include "inference/ModelRunner.h"
#include "jobs/JobScheduler.h"
#include "models/InstalledModels.h"
#include "models/ModelConversion.h"
#include "models/ModelDownload.h"
#include "models/ModelFolders.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace trapline::ui {

namespace {

enum Column { NameColumn, KindColumn, LicenceColumn, SizeColumn, StateColumn, ColumnCount };

// A JSON object of the catalogue as "key: value, key: value"; the entry says unknown where it is empty or null.
QString jsonFields(const QJsonObject& object)
{
    QStringList out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull())
            continue;
        const QString value =
            it.value().isString() ? it.value().toString()
            : it.value().isArray()
                ? QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact))
                : it.value().toVariant().toString();
        out << QStringLiteral("%1: %2").arg(it.key(), value);
    }
    return out.join(QStringLiteral(", "));
}

// The name of a converted model's manifest, where one is installed: the conversion names it after the entry.
const models::InstalledManifest* convertedManifest(const std::vector<models::InstalledManifest>& manifests,
                                                   const models::CatalogueEntry& entry)
{
    for (const auto& m : manifests)
        if (!m.shipped && m.name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return &m;
    return nullptr;
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td valign=top><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
}

} // namespace

ModelLibraryDialog::ModelLibraryDialog(JobScheduler* scheduler, QWidget* parent)
    : QDialog(parent), m_scheduler(scheduler)
{
    setWindowTitle(tr("Model Library"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The published camera-trap models Trapline knows. Downloads go to %1 and run in the "
                                "background (see the Jobs panel); a download that is cut off continues where it "
                                "stopped when you download again.")
                                 .arg(models::userModelsFolder()));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Kind"), tr("Licence"), tr("Size"), tr("Installed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(LicenceColumn, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        showDetails();
        updateButtons();
    });

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenExternalLinks(true);
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_acceptLicence = new QCheckBox;
    m_acceptLicence->setObjectName(QStringLiteral("acceptLicence"));
    layout->addWidget(m_acceptLicence);
    auto* form = new QFormLayout;
    m_mirror = new QLineEdit;
    m_mirror->setObjectName(QStringLiteral("mirrorUrl"));
    m_mirror->setPlaceholderText(tr("the publisher's address"));
    m_mirror->setToolTip(tr("Download the same file from another address; the publisher's checksum still applies"));
    form->addRow(tr("&Mirror:"), m_mirror);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto addButton = [&](const QString& name, const QString& text, const QString& tip) {
        auto* button = new QPushButton(text);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAutoDefault(false);
        buttons->addWidget(button);
        return button;
    };
    m_download = addButton(QStringLiteral("download"), tr("&Download"),
                           tr("Fetch the file into the models folder and check it against the publisher's checksum"));
    m_useFile = addButton(QStringLiteral("useFile"), tr("Use a &File I Already Have..."),
                          tr("Check a copy you downloaded before and copy it into the models folder"));
    m_convert = addButton(QStringLiteral("convert"), tr("&Convert"),
                          tr("Turn the published checkpoint into a TorchScript model Trapline runs, then check it"));
    m_remove = addButton(QStringLiteral("remove"), tr("&Remove"), tr("Delete the downloaded file"));
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_download, &QPushButton::clicked, this, [this] { download(); });
    connect(m_useFile, &QPushButton::clicked, this, [this] {
        const auto* entry = current();
        if (!entry)
            return;
        const QString path =
            QFileDialog::getOpenFileName(this, tr("The file of %1").arg(entry->name), QString(),
                                         tr("%1 (%2);;All files (*)").arg(entry->name, entry->download.file));
        if (!path.isEmpty())
            installFile(path);
    });
    connect(m_convert, &QPushButton::clicked, this, [this] { convert(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto* entry = current();
        if (entry &&
            QMessageBox::question(this, tr("Remove"),
                                  tr("Delete %1 from %2?").arg(entry->download.file, models::userModelsFolder())) ==
                QMessageBox::Yes)
            removeDownload();
    });

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_commandsLabel = new QLabel(tr("To convert by hand (where Trapline finds no Python with PyTorch), run these "
                                    "commands in a terminal, in Trapline's source folder:"));
    m_commandsLabel->setWordWrap(true);
    layout->addWidget(m_commandsLabel);
    m_commands = new QPlainTextEdit;
    m_commands->setObjectName(QStringLiteral("manualCommands"));
    m_commands->setReadOnly(true);
    m_commands->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_commands);
    m_commandsLabel->hide();
    m_commands->hide();

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    resize(1100, 640);
    reload();
}

void ModelLibraryDialog::reload()
{
    const QString id = selectedId();
    QString warning;
    m_catalogue = models::ModelCatalogue::current(&warning);
    buildTable();
    if (!warning.isEmpty())
        showMessage(warning, true);
    if (id.isEmpty() || !selectModel(id))
        m_table->setCurrentCell(0, 0);
}

void ModelLibraryDialog::buildTable()
{
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_catalogue.entries.size()));
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int r = 0; r < int(m_catalogue.entries.size()); ++r) {
        const models::CatalogueEntry& e = m_catalogue.entries[size_t(r)];
        auto* name = new QTableWidgetItem(e.name);
        name->setData(Qt::UserRole, e.id);
        name->setToolTip(e.id);
        m_table->setItem(r, NameColumn, name);
        m_table->setItem(r, KindColumn, new QTableWidgetItem(e.kind));
        auto* licence = new QTableWidgetItem(
            e.licence.mustAccept
                ? tr("%1 (%2, must accept)").arg(e.licence.name, models::licenceTermsName(e.licence.terms))
                : e.licence.name);
        licence->setToolTip(licence->text());
        if (e.licence.terms == models::LicenceTerms::NonCommercial || e.licence.terms == models::LicenceTerms::Agpl)
            licence->setIcon(warning);
        m_table->setItem(r, LicenceColumn, licence);
        m_table->setItem(r, SizeColumn, new QTableWidgetItem(models::sizeText(e.download)));
        m_table->setItem(r, StateColumn, new QTableWidgetItem);
    }
    refreshStates();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->resizeSection(LicenceColumn, 260);
}

QString ModelLibraryDialog::stateText(const models::CatalogueEntry& e,
                                      const std::vector<models::InstalledManifest>& manifests) const
{
    if (const Job* job = m_scheduler->find(models::userModelsFolder(), JobKind::ModelDownload, e.id)) {
        if (job->total() > 0)
            return tr("downloading, %1%").arg(int(100 * job->done() / job->total()));
        return tr("downloading");
    }
    if (m_scheduler->find(models::userModelsFolder(), JobKind::ModelConversion, e.id))
        return tr("converting");
    if (const auto* m = convertedManifest(manifests, e); m && m->ready())
        return tr("converted, ready");
    if (!models::findInstalledFile(e.download.file).isEmpty())
        return tr("installed");
    const QFileInfo part(QDir(models::userModelsFolder()).filePath(e.download.file + QStringLiteral(".part")));
    if (part.isFile())
        return tr("partly downloaded (%1)").arg(models::sizeText(part.size()));
    return e.download.downloadable() ? tr("not installed") : tr("no direct download");
}

void ModelLibraryDialog::refreshStates()
{
    const auto manifests = models::installedManifests();
    for (int r = 0; r < m_table->rowCount(); ++r)
        m_table->item(r, StateColumn)->setText(stateText(m_catalogue.entries[size_t(r)], manifests));
}

const models::CatalogueEntry* ModelLibraryDialog::current() const
{
    const int r = m_table->currentRow();
    return r >= 0 && r < int(m_catalogue.entries.size()) ? &m_catalogue.entries[size_t(r)] : nullptr;
}

QString ModelLibraryDialog::selectedId() const
{
    const auto* entry = current();
    return entry ? entry->id : QString();
}

bool ModelLibraryDialog::selectModel(const QString& id)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, NameColumn)->data(Qt::UserRole).toString() == id) {
            m_table->setCurrentCell(r, NameColumn);
            return true;
        }
    return false;
}

void ModelLibraryDialog::showDetails()
{
    const auto* e = current();
    if (!e) {
        m_details->clear();
        return;
    }
    const QString unknown = tr("unknown");
    QString html =
        QStringLiteral("<h3>%1 %2</h3><table cellspacing=4>").arg(e->name.toHtmlEscaped(), e->version.toHtmlEscaped());
    html += row(tr("Kind"), (e->kind + QStringLiteral(", ") + e->architecture).toHtmlEscaped());
    html +=
        row(tr("Licence"), tr("%1 (%2 terms)%3")
                               .arg(e->licence.name.toHtmlEscaped(), models::licenceTermsName(e->licence.terms),
                                    e->licence.mustAccept ? tr(": you must accept it before downloading") : QString()));
    html += row(tr("Download"), e->download.url.isEmpty()
                                    ? tr("no confirmed address. %1").arg(e->download.note.toHtmlEscaped())
                                    : QStringLiteral("<a href=\"%1\">%1</a>").arg(e->download.url.toHtmlEscaped()));
    html += row(tr("File"),
                tr("%1, %2").arg(e->download.file.toHtmlEscaped(), models::sizeText(e->download).toHtmlEscaped()));
    html += row(tr("Checksum"), !e->download.sha256.isEmpty() ? QStringLiteral("sha256 ") + e->download.sha256
                                : !e->download.md5.isEmpty()  ? QStringLiteral("md5 ") + e->download.md5
                                                              : tr("not published"));
    html += row(tr("Input"), e->input.isEmpty() ? unknown : jsonFields(e->input).toHtmlEscaped());
    html += row(tr("Decoder"), e->decoder.isEmpty() ? unknown : e->decoder.toHtmlEscaped());
    QString classes = unknown;
    if (!e->classes.isEmpty())
        classes = e->classes.size() <= 12 ? e->classes.join(QStringLiteral(", ")).toHtmlEscaped()
                                          : tr("%1 and %n more", "", int(e->classes.size() - 12))
                                                .arg(e->classes.mid(0, 12).join(QStringLiteral(", ")).toHtmlEscaped());
    else if (!e->labelsFile.isEmpty())
        classes = tr("listed in %1").arg(e->labelsFile.toHtmlEscaped());
    html += row(tr("Classes"), classes);
    html += row(tr("Thresholds"), e->thresholds.isEmpty() ? unknown : jsonFields(e->thresholds).toHtmlEscaped());
    html += row(tr("Conversion"),
                e->recipe.isEmpty() ? tr("no recipe") : tr("recipe \"%1\"").arg(e->recipe.toHtmlEscaped()));
    const QString installed = models::findInstalledFile(e->download.file);
    html += row(tr("Installed"), installed.isEmpty() ? tr("no") : installed.toHtmlEscaped());
    if (!e->sources.isEmpty())
        html += row(tr("Sources"), e->sources.join(QStringLiteral("<br>"))
                                       .toHtmlEscaped()
                                       .replace(QStringLiteral("&lt;br&gt;"), QStringLiteral("<br>")));
    html += QStringLiteral("</table>");
    m_details->setHtml(html);
    m_acceptLicence->setVisible(e->licence.mustAccept);
    m_acceptLicence->setChecked(false);
    m_acceptLicence->setText(tr("I have read and accept the licence of %1: %2").arg(e->name, e->licence.name));
    m_commandsLabel->hide();
    m_commands->hide();
}

void ModelLibraryDialog::updateButtons()
{
    const auto* e = current();
    const bool installed = e && !models::findInstalledFile(e->download.file).isEmpty();
    m_download->setEnabled(e && e->download.downloadable());
    m_useFile->setEnabled(e && !e->download.file.isEmpty());
    m_convert->setEnabled(installed && !e->recipe.isEmpty());
    m_convert->setToolTip(e && e->recipe.isEmpty() ? tr("Trapline has no conversion recipe for this model yet")
                                                   : tr("Turn the published checkpoint into a TorchScript model "
                                                        "Trapline runs, then check it"));
    const QDir folder(models::userModelsFolder());
    m_remove->setEnabled(e && !e->download.file.isEmpty() &&
                         (QFileInfo(folder.filePath(e->download.file)).isFile() ||
                          QFileInfo(folder.filePath(e->download.file + QStringLiteral(".part"))).isFile()));
}

void ModelLibraryDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

QString ModelLibraryDialog::message() const
{
    return m_message->text();
}

Job* ModelLibraryDialog::download()
{
    const auto* e = current();
    if (!e)
        return nullptr;
    models::DownloadOptions options;
    const QString mirror = m_mirror->text().trimmed();
    if (!mirror.isEmpty()) {
        const QUrl url(mirror);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            showMessage(tr("The mirror \"%1\" is not an http:// or https:// address: correct it, or empty the field "
                           "to download from the publisher.")
                            .arg(mirror),
                        true);
            return nullptr;
        }
        options.mirror = url;
    }
    return startDownload(options, tr("Download %1").arg(e->name));
}

Job* ModelLibraryDialog::installFile(const QString& path)
{
    const auto* e = current();
    if (!e)
        return nullptr;
    models::DownloadOptions options;
    options.localFile = path;
    return startDownload(options, tr("Install %1 from %2").arg(e->name, QFileInfo(path).fileName()));
}

Job* ModelLibraryDialog::startDownload(models::DownloadOptions options, const QString& title)
{
    const models::CatalogueEntry entry = *current();
    if (entry.licence.mustAccept && !m_acceptLicence->isChecked()) {
        showMessage(tr("%1 is published under %2 (%3 terms). Read the licence, tick \"I have read and accept the "
                       "licence\", then download again.")
                        .arg(entry.name, entry.licence.name, models::licenceTermsName(entry.licence.terms)),
                    true);
        return nullptr;
    }
    options.licenceAccepted = m_acceptLicence->isChecked();
    Job* job = m_scheduler->submit(
        models::userModelsFolder(), JobKind::ModelDownload, title,
        [entry, options](JobControl& control) -> Result<JobOutcome> {
            auto result = models::downloadModel(entry, options, control);
            if (!result)
                return result.error();
            const auto& r = result.value();
            QString message =
                r.checksum.isEmpty()
                    ? tr("%1 is installed in %2 (%3; its publisher gives no checksum to check it against).")
                          .arg(entry.name, r.path, models::sizeText(r.bytes))
                    : tr("%1 is installed in %2 (%3, %4 verified).")
                          .arg(entry.name, r.path, models::sizeText(r.bytes), r.checksum);
            if (!entry.recipe.isEmpty())
                message += QLatin1Char(' ') + tr("Convert it to run it in Trapline.");
            return JobOutcome{message, false};
        },
        entry.id);
    track(job, entry.id, false);
    return job;
}

Job* ModelLibraryDialog::convert()
{
    const auto* e = current();
    if (!e)
        return nullptr;
    const models::CatalogueEntry entry = *e;
    const QString checkpoint = models::findInstalledFile(entry.download.file);
    if (checkpoint.isEmpty()) {
        showMessage(tr("Download %1 first, or use a file you already have: the conversion starts from the published "
                       "file %2.")
                        .arg(entry.name, entry.download.file),
                    true);
        return nullptr;
    }
    Job* job = m_scheduler->submit(
        models::userModelsFolder(), JobKind::ModelConversion, tr("Convert %1").arg(entry.name),
        [entry, checkpoint](JobControl& control) -> Result<JobOutcome> {
            auto converted = models::convertModel(entry, checkpoint, {}, control);
            if (!converted)
                return converted.error();
            // What model-check does: load the result and run a blank image through it.
            control.beginPhase(tr("Checking %1").arg(entry.name), 0);
            auto model = inference::loadModel(converted.value().manifestPath, inference::DeviceChoice::Cpu);
            if (!model)
                return Error{tr("The conversion of %1 made %2, but the model does not pass its check: %3")
                                 .arg(entry.name, converted.value().manifestPath, model.error().message)};
            const auto& m = model.value().manifest;
            return JobOutcome{tr("%1 is converted and checked: a %2 with %n class(es), input %3x%4. Run Models lists "
                                 "it by its name.",
                                 "", int(m.classes.size()))
                                  .arg(m.name, inference::kindName(m.kind))
                                  .arg(m.input.width)
                                  .arg(m.input.height),
                              false};
        },
        entry.id);
    track(job, entry.id, true);
    return job;
}

void ModelLibraryDialog::track(Job* job, const QString& id, bool conversion)
{
    showMessage(tr("%1: see the Jobs panel for its progress.").arg(job->title()), false);
    refreshStates();
    // Progress changes only this model's state: no need to read the models folders again.
    connect(job, &Job::progress, this, [this, id, conversion](const QString&, qint64 done, qint64 total, double) {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->item(r, NameColumn)->data(Qt::UserRole).toString() == id)
                m_table->item(r, StateColumn)
                    ->setText(conversion  ? tr("converting")
                              : total > 0 ? tr("downloading, %1%").arg(int(100 * done / total))
                                          : tr("downloading"));
    });
    const QString checkpoint =
        conversion ? models::findInstalledFile(m_catalogue.find(id) ? m_catalogue.find(id)->download.file : QString())
                   : QString();
    connect(job, &Job::finished, this,
            [this, id, conversion, checkpoint](bool ok, bool cancelled, const QString& text) {
                refreshStates();
                updateButtons();
                if (selectedId() == id)
                    showDetails();
                showMessage(cancelled && text.isEmpty() ? tr("Cancelled.") : text, !ok && !cancelled);
                // A conversion that could not run here can be run by hand: the exact commands, ready to copy.
                const auto* entry = m_catalogue.find(id);
                if (conversion && !ok && !cancelled && entry && selectedId() == id) {
                    m_commands->setPlainText(
                        models::manualConversionCommands(*entry, checkpoint, QString()).join(QLatin1Char('\n')));
                    m_commandsLabel->show();
                    m_commands->show();
                }
                Q_EMIT modelsChanged();
            });
}

Status ModelLibraryDialog::removeDownload()
{
    const auto* e = current();
    if (!e)
        return Error{tr("Choose a model first.")};
    auto removed = models::removeDownloadedFile(e->download.file);
    if (!removed) {
        showMessage(removed.error().message, true);
        return removed.error();
    }
    showMessage(tr("Removed %1.").arg(removed.value().join(QStringLiteral(", "))), false);
    refreshStates();
    updateButtons();
    showDetails();
    Q_EMIT modelsChanged();
    return okStatus();
}

} // namespace trapline::ui
