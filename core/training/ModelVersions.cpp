#include "ModelVersions.h"
#include "Tr.h"

#include "Clock.h"
#include "project/Project.h"

#include <QJsonDocument>

namespace trapline::training {

namespace {

std::string activeKey(TrainingKind kind) { return kind == TrainingKind::Classifier ? "active_classifier" : "active_embedder"; }

} // namespace

Result<std::vector<ModelVersion>> listModelVersions(Project& project, std::optional<TrainingKind> kind)
{
    try {
        std::vector<ModelVersion> out;
        const auto classifier = activeModel(project, TrainingKind::Classifier);
        const auto embedder = activeModel(project, TrainingKind::Embedder);
        const QString activeClassifier = classifier ? classifier.value() : QString();
        const QString activeEmbedder = embedder ? embedder.value() : QString();
        auto& st = project.db().cached("SELECT id, kind, name, manifest_path, base_manifest, parent_id, report, created_ms, actor"
                                       " FROM model_versions WHERE ?1 IS NULL OR kind = ?1 ORDER BY created_ms DESC, id DESC");
        st.bind(1, kind ? std::optional<QString>(trainingKindName(*kind)) : std::nullopt);
        while (st.step()) {
            ModelVersion v;
            v.id = st.integer(0);
            v.kind = parseTrainingKind(st.text(1)).value_or(TrainingKind::Classifier);
            v.name = st.text(2);
            v.manifestPath = st.text(3);
            v.baseManifest = st.text(4);
            if (!st.isNull(5))
                v.parentId = st.integer(5);
            v.report = QJsonDocument::fromJson(st.text(6).toUtf8()).object();
            v.createdMs = st.integer(7);
            v.actor = st.text(8);
            v.active = v.manifestPath == (v.kind == TrainingKind::Classifier ? activeClassifier : activeEmbedder);
            out.push_back(std::move(v));
        }
        st.reset();
        return out;
    } catch (const db::DbError& e) {
        return databaseFailure(TrainingText::tr("Cannot list the trained models"), e);
    }
}

Result<std::int64_t> registerModelVersion(Project& project, const TrainingReport& report, const QJsonObject& reportJson,
                                          std::optional<std::int64_t> parentId)
{
    try {
        db::Transaction tx(project.db());
        auto& st = project.db().cached("INSERT INTO model_versions(kind, name, manifest_path, base_manifest, parent_id, report, created_ms, actor)"
                                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        st.bind(1, trainingKindName(report.kind));
        st.bind(2, report.options.name.isEmpty() ? QStringLiteral("%1 fine-tuned").arg(trainingKindName(report.kind)) : report.options.name);
        st.bind(3, report.manifestPath);
        st.bind(4, report.baseManifest);
        st.bind(5, parentId);
        st.bind(6, QString::fromUtf8(QJsonDocument(reportJson).toJson(QJsonDocument::Compact)));
        st.bind(7, Clock::nowMs());
        st.bind(8, Project::currentUser());
        st.run();
        const std::int64_t id = project.db().lastInsertId();
        project.audit({QStringLiteral("training"), QStringLiteral("create"), QStringLiteral("model_versions"), id,
                       QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("manifest"), report.manifestPath},
                                                                   {QStringLiteral("base"), report.baseManifest}}).toJson(QJsonDocument::Compact))});
        tx.commit();
        return id;
    } catch (const db::DbError& e) {
        return databaseFailure(TrainingText::tr("Cannot record the new model version"), e);
    }
}

Status setActiveModel(Project& project, TrainingKind kind, const QString& manifestPath)
{
    try {
        db::Transaction tx(project.db());
        if (manifestPath.isEmpty())
            project.db().cached("DELETE FROM project_meta WHERE key = ?1").bind(1, QString::fromStdString(activeKey(kind))).run();
        else
            project.db().cached("INSERT OR REPLACE INTO project_meta(key, value) VALUES (?1, ?2)")
                .bind(1, QString::fromStdString(activeKey(kind))).bind(2, manifestPath).run();
        project.audit({QStringLiteral("training"), QStringLiteral("update"), QStringLiteral("project_meta"), std::nullopt,
                       QString::fromUtf8(QJsonDocument(QJsonObject{{QString::fromStdString(activeKey(kind)), manifestPath}}).toJson(QJsonDocument::Compact))});
        tx.commit();
        return Ok{};
    } catch (const db::DbError& e) {
        return databaseFailure(TrainingText::tr("Cannot set the active model"), e);
    }
}

Result<QString> activeModel(Project& project, TrainingKind kind)
{
    try {
        auto& st = project.db().cached("SELECT value FROM project_meta WHERE key = ?1");
        st.bind(1, QString::fromStdString(activeKey(kind)));
        QString path = st.step() ? st.text(0) : QString();
        st.reset();
        return path;
    } catch (const db::DbError& e) {
        return databaseFailure(TrainingText::tr("Cannot read the active model"), e);
    }
}

} // namespace trapline::training
