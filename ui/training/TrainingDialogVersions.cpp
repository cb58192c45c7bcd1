#include "TrainingDialog.h"
#include "TrainingDialog_p.h"

#include "project/Project.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

// TrainingDialog's Versions tab: the trained models of the project, and which one is active.

namespace trapline::ui {

QWidget* TrainingDialog::buildVersions()
{
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    m_versions = new QTableWidget(0, 6);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_versions->setHorizontalHeaderLabels({tr("Active"), tr("Kind"), tr("Trained"), tr("Name"), tr("Validation"), tr("Model")});
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_versions);
    auto* buttons = new QHBoxLayout;
    auto* activate = new QPushButton(tr("Make Selected &Active"));
    connect(activate, &QPushButton::clicked, this, &TrainingDialog::activateSelectedVersion);
    auto* folder = new QPushButton(tr("Open &Folder"));
    connect(folder, &QPushButton::clicked, this, [this] {
        const int row = m_versions->currentRow();
        if (row >= 0)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_versions->item(row, 5)->text()).absolutePath()));
    });
    buttons->addStretch();
    buttons->addWidget(folder);
    buttons->addWidget(activate);
    layout->addLayout(buttons);
    return w;
}

void TrainingDialog::makeActive()
{
    if (m_last)
        activate(m_last->kind, m_last->manifestPath);
}

void TrainingDialog::activate(training::TrainingKind kind, const QString& manifest)
{
    auto project = Project::open(m_projectPath);
    Status s = project ? training::setActiveModel(*project.value(), kind, manifest) : Status(project.error());
    if (!s)
        QMessageBox::warning(this, tr("Make Active"), s.error().message);
    refreshVersions();
}

void TrainingDialog::refreshVersions()
{
    findUnfinished();
    auto project = Project::open(m_projectPath, Project::OpenMode::ReadOnly);
    if (!project)
        return;
    auto versions = training::listModelVersions(*project.value());
    if (!versions)
        return;
    m_versions->setRowCount(static_cast<int>(versions.value().size()));
    int row = 0;
    for (const training::ModelVersion& v : versions.value()) {
        const QJsonObject& rep = v.report;
        const QString figures = v.kind == training::TrainingKind::Classifier
            ? tr("accuracy %1, macro-F1 %2").arg(share(rep[QStringLiteral("validation")].toObject()[QStringLiteral("accuracy")].toDouble()),
                                                 share(rep[QStringLiteral("validation")].toObject()[QStringLiteral("macro_f1")].toDouble()))
            : tr("MAP@R %1, top-1 %2").arg(share(rep[QStringLiteral("held_out_after")].toObject()[QStringLiteral("map_at_r")].toDouble()),
                                           share(rep[QStringLiteral("held_out_after")].toObject()[QStringLiteral("top1")].toDouble()));
        const QStringList cells{v.active ? QStringLiteral("\u2713") : QString(),
                                v.kind == training::TrainingKind::Classifier ? tr("classifier") : tr("embedder"),
                                QDateTime::fromMSecsSinceEpoch(v.createdMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")), v.name,
                                figures, v.manifestPath};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, static_cast<qlonglong>(v.id));
            item->setData(Qt::UserRole + 1, training::trainingKindName(v.kind));
            m_versions->setItem(row, c, item);
        }
        ++row;
    }
    m_versions->resizeColumnsToContents();
}

void TrainingDialog::activateSelectedVersion()
{
    const int row = m_versions->currentRow();
    if (row < 0)
        return;
    const auto kind = training::parseTrainingKind(m_versions->item(row, 0)->data(Qt::UserRole + 1).toString());
    activate(kind.value_or(training::TrainingKind::Classifier), m_versions->item(row, 5)->text());
}

} // namespace trapline::ui
