#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace trapline::test {

// A minimal HTTP/1.1 file server on 127.0.0.1 for the model library's tests: one payload whatever the path, Range
// requests answered with 206, and optionally the first response cut after `cutAfter` body bytes (the connection is
// closed cleanly, as a dropped link looks to the client). It answers from the thread that made it, so that thread
// must run its event loop while a client downloads.
class LocalHttpServer : public QObject {
public:
    explicit LocalHttpServer(QByteArray payload);

    // An address on this server; the file name only tells requests apart in `requests`.
    QUrl url(const QString& fileName = QStringLiteral("model.pt")) const;

    qint64 cutAfter = -1;        // body bytes of the first response; -1: never cut
    QList<QByteArray> requests;  // the raw request heads, in order
    QList<qint64> bodyBytesSent; // per request

private:
    void onData(QTcpSocket* socket);

    QTcpServer m_server;
    QByteArray m_payload;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

// `size` bytes from a generator seeded with `seed`: a payload whose checksum no code under test can know.
QByteArray randomBytes(qsizetype size, quint32 seed);
// The md5 of `bytes` as lower-case hex, as catalogues publish it.
QString md5Of(const QByteArray& bytes);
// The whole file, or nothing where it cannot be read.
QByteArray readAll(const QString& path);

} // namespace trapline::test
