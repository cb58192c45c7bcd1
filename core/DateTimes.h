#pragma once

// Qt 6.5 deprecated the Qt::TimeSpec arguments of QDateTime in favour of QTimeZone (Debian 13 has Qt 6.8). Qt 6.4
// (Debian 12) has no lightweight UTC QTimeZone: its QTimeZone::utc() makes a zone-based date-time that prints and
// compares unlike Qt::UTC. These helpers pick the form each Qt has.

#include <QDateTime>
#include <QTimeZone>

namespace trapline {

inline QDateTime utcFromMSecs(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
#endif
}

inline QDateTime utcDateTime(QDate date, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

inline QDateTime offsetDateTime(QDate date, QTime time, int offsetSeconds)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(offsetSeconds));
#else
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds);
#endif
}

} // namespace trapline
