// The job scheduler: one writer at a time per project, equal requests run once, cancel of queued and running jobs,
// progress through the model, and Qt's global pool left free for the GUI while jobs run.
#include "jobs/JobScheduler.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace trapline;

namespace {

// A job that waits until the test lets it go, and counts how many jobs ran at once.
struct Gate {
    QSemaphore entered;
    QSemaphore release;
    std::atomic_int running{0};
    std::atomic_int maxRunning{0};
    std::atomic_int runs{0};

    Job::Work work(const QString& message = QStringLiteral("done"))
    {
        return [this, message](JobControl& control) -> Result<JobOutcome> {
            const int now = ++running;
            int seen = maxRunning.load();
            while (now > seen && !maxRunning.compare_exchange_weak(seen, now)) {
            }
            ++runs;
            entered.release();
            // Waits for the test, or for a cancel.
            while (!release.tryAcquire(1, 10))
                if (control.cancelled()) {
                    --running;
                    return JobOutcome{QStringLiteral("stopped"), true};
                }
            --running;
            return JobOutcome{message, false};
        };
    }
    // True once `n` more jobs have entered their work.
    bool waitEntered(int n = 1) { return entered.tryAcquire(n, 5000); }
};

} // namespace

class TestJobScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("a.trapline"));
        m_other = m_dir.filePath(QStringLiteral("b.trapline"));
        for (const QString& path : {m_project, m_other}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
    }

    void secondModelJobIsQueued_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("run models twice") << int(JobKind::Inference) << int(JobKind::Inference);
        QTest::newRow("training during inference") << int(JobKind::Inference) << int(JobKind::Training);
        QTest::newRow("two trainings") << int(JobKind::Training) << int(JobKind::Training);
        QTest::newRow("proposals during training") << int(JobKind::Training) << int(JobKind::MatchProposals);
        QTest::newRow("import during inference") << int(JobKind::Inference) << int(JobKind::Import);
    }

    void secondModelJobIsQueued()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        JobScheduler scheduler;
        QAbstractItemModelTester tester(&scheduler, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Gate gate;
        Job* a = scheduler.submit(m_project, JobKind(first), QStringLiteral("first"), gate.work(), QStringLiteral("a"));
        QVERIFY(gate.waitEntered());
        Job* b =
            scheduler.submit(m_project, JobKind(second), QStringLiteral("second"), gate.work(), QStringLiteral("b"));
        QVERIFY(a != b);
        QCOMPARE(a->state(), JobState::Running);
        QCOMPARE(b->state(), JobState::Queued);
        QCOMPARE(scheduler.index(1).data(JobScheduler::StateRole).toInt(), int(JobState::Queued));
        QVERIFY(!gate.entered.tryAcquire(1, 300)); // the second does not start beside the first
        QCOMPARE(gate.runs.load(), 1);

        QSignalSpy aDone(a, &Job::finished);
        gate.release.release();
        QVERIFY(aDone.wait(5000));
        QCOMPARE(a->state(), JobState::Done);
        QVERIFY(gate.waitEntered()); // then the second runs
        QCOMPARE(b->state(), JobState::Running);
        QSignalSpy bDone(b, &Job::finished);
        gate.release.release();
        QVERIFY(bDone.wait(5000));
        QCOMPARE(b->state(), JobState::Done);
        QCOMPARE(gate.maxRunning.load(), 1);
        QCOMPARE(gate.runs.load(), 2);
    }

    void equalRequestRunsOnce()
    {
        JobScheduler scheduler;
        Gate gate;
        Job* a =
            scheduler.submit(m_project, JobKind::Inference, QStringLiteral("run"), gate.work(), QStringLiteral("k"));
        QVERIFY(gate.waitEntered());
        // Another spelling of the same project path.
        const QString again = m_dir.path() + QStringLiteral("/./a.trapline");
        Job* b = scheduler.submit(again, JobKind::Inference, QStringLiteral("run"), gate.work(), QStringLiteral("k"));
        QCOMPARE(b, a);
        QCOMPARE(scheduler.rowCount(), 1);
        // Equal to a queued one: the queued one.
        Job* c =
            scheduler.submit(m_project, JobKind::Inference, QStringLiteral("other"), gate.work(), QStringLiteral("c"));
        QCOMPARE(
            scheduler.submit(m_project, JobKind::Inference, QStringLiteral("other"), gate.work(), QStringLiteral("c")),
            c);
        QCOMPARE(scheduler.rowCount(), 2);
        QCOMPARE(scheduler.activeJob(again, JobKind::Inference), a);
        gate.release.release(2);
        QSignalSpy done(c, &Job::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(gate.runs.load(), 2);
    }

    void otherProjectsAndReadersRunBeside()
    {
        JobScheduler scheduler;
        Gate gate;
        scheduler.submit(m_project, JobKind::Inference, QStringLiteral("a"), gate.work());
        scheduler.submit(m_other, JobKind::Inference, QStringLiteral("b"), gate.work());
        scheduler.submit(m_project, JobKind::Export, QStringLiteral("export"), gate.work());
        scheduler.submit(m_project, JobKind::Backup, QStringLiteral("backup"), gate.work());
        QVERIFY(gate.waitEntered(4));
        QCOMPARE(scheduler.runningCount(), 4);
        scheduler.cancelAll();
        scheduler.waitForAll();
    }

    // The review image decodes on Qt's global pool; on two cores it has two threads, which two jobs used to take.
    void globalPoolStaysFreeWhileJobsRun()
    {
        QThreadPool* global = QThreadPool::globalInstance();
        const int before = global->maxThreadCount();
        global->setMaxThreadCount(2); // as on the two-core machines Trapline runs on
        const auto restore = qScopeGuard([global, before] { global->setMaxThreadCount(before); });
        JobScheduler scheduler;
        Gate gate;
        scheduler.submit(m_project, JobKind::Inference, QStringLiteral("inference"), gate.work());
        scheduler.submit(m_other, JobKind::Training, QStringLiteral("training"), gate.work());
        QVERIFY(gate.waitEntered(2));
        QCOMPARE(scheduler.runningCount(), 2);
        QCOMPARE(global->activeThreadCount(), 0);
        std::atomic_bool decoded{false};
        auto decode = QtConcurrent::run([&decoded] { decoded = true; });
        QTRY_VERIFY_WITH_TIMEOUT(decoded.load(), 2000);
        decode.waitForFinished();
        gate.release.release(2);
        scheduler.waitForAll();
    }

    void cancelQueuedRemovesIt()
    {
        JobScheduler scheduler;
        QAbstractItemModelTester tester(&scheduler, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Gate gate;
        Job* a = scheduler.submit(m_project, JobKind::Inference, QStringLiteral("a"), gate.work());
        QVERIFY(gate.waitEntered());
        QPointer<Job> b = scheduler.submit(m_project, JobKind::Training, QStringLiteral("b"), gate.work());
        QCOMPARE(scheduler.rowCount(), 2);
        QSignalSpy finished(b.data(), &Job::finished);
        b->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QCOMPARE(scheduler.rowCount(), 1);
        QCOMPARE(scheduler.jobAt(0), a);
        QVERIFY(!b->hasStarted());
        QSignalSpy aDone(a, &Job::finished);
        gate.release.release();
        QVERIFY(aDone.wait(5000));
        QVERIFY(!gate.entered.tryAcquire(1, 300)); // the cancelled one never runs
        QCOMPARE(gate.runs.load(), 1);
        QTRY_VERIFY(b.isNull());
    }

    void cancelRunningStopsIt()
    {
        JobScheduler scheduler;
        Gate gate;
        Job* a = scheduler.submit(m_project, JobKind::Import, QStringLiteral("a"), gate.work());
        QVERIFY(gate.waitEntered());
        QSignalSpy finished(a, &Job::finished);
        a->cancel();
        QVERIFY(a->cancelRequested());
        QCOMPARE(scheduler.index(0).data(JobScheduler::CancelRequestedRole).toBool(), true);
        QVERIFY(finished.wait(5000));
        QCOMPARE(a->state(), JobState::Cancelled);
        QCOMPARE(finished.at(0).at(2).toString(), QStringLiteral("stopped"));
    }

    void progressAndFailureReachTheModel()
    {
        JobScheduler scheduler;
        QAbstractItemModelTester tester(&scheduler, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSemaphore reported;
        QSemaphore go;
        Job* job = scheduler.submit(m_project, JobKind::Import, QStringLiteral("import"),
                                    [&](JobControl& control) -> Result<JobOutcome> {
                                        control.beginPhase(QStringLiteral("Reading"), 4);
                                        control.report(1);
                                        reported.release();
                                        go.acquire();
                                        return Error{QStringLiteral("disk full")};
                                    });
        QVERIFY(reported.tryAcquire(1, 5000));
        QTRY_COMPARE(scheduler.index(0).data(JobScheduler::DoneRole).toLongLong(), 1);
        QCOMPARE(scheduler.index(0).data(JobScheduler::TotalRole).toLongLong(), 4);
        QCOMPARE(scheduler.index(0).data(JobScheduler::ProgressRole).toDouble(), 0.25);
        QCOMPARE(scheduler.index(0).data(JobScheduler::PhaseRole).toString(), QStringLiteral("Reading"));
        QSignalSpy finished(job, &Job::finished);
        go.release();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(scheduler.index(0).data(JobScheduler::StateRole).toInt(), int(JobState::Failed));
        QCOMPARE(scheduler.index(0).data(JobScheduler::MessageRole).toString(), QStringLiteral("disk full"));
        scheduler.clearFinished();
        QCOMPARE(scheduler.rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_other;
};

QTEST_GUILESS_MAIN(TestJobScheduler)
#include "tst_job_scheduler.moc"
