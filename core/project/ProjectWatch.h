#pragma once

#include "ProjectChange.h"

#include <QObject>
#include <QString>

namespace trapline {

// The change hub of one open project (Tiled's Document::changed, digiKam's CoreDbWatch): every committed write to
// the project's file, from any connection on any thread, is announced here with what it touched. Views subscribe
// and re-read what changed; writers (editors, jobs, undo commands) never call views.
//
// db::Database publishes after each successful commit. A write on the watch's own thread is announced before the
// write returns, so an undo or an edit has refreshed its views when it returns. Writes on other threads (a job
// with its own connection) arrive queued and merged, at most one change every quarter second, so a job that
// commits batch after batch does not keep the GUI busy. Subscribers only read: a write from inside `changed` is
// announced again, nested.
class ProjectWatch : public QObject {
    Q_OBJECT
public:
    explicit ProjectWatch(const QString& projectPath, QObject* parent = nullptr);
    ~ProjectWatch() override;

    const QString& key() const { return m_key; }

    // The key a project's file is known by: its canonical path (empty for in-memory databases).
    static QString keyOf(const QString& path);
    // Announces a committed change to every watch of the file `key`; thread-safe.
    static void publish(const QString& key, const ProjectChange& change);

Q_SIGNALS:
    void changed(const trapline::ProjectChange& change);

private:
    void deliverQueued();

    QString m_key;
    // Changes from other threads not delivered yet (guarded by the registry's lock).
    ProjectChange m_queued;
    bool m_deliveryPosted = false;
};

} // namespace trapline
