#include "LocalHttpServer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace trapline::test {

LocalHttpServer::LocalHttpServer(QByteArray payload) : m_payload(std::move(payload))
{
    QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            if (socket->bytesAvailable() > 0) // the request may have arrived before the connection was taken
                onData(socket);
        }
    });
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot listen on 127.0.0.1");
}

QUrl LocalHttpServer::url(const QString& fileName) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_server.serverPort()).arg(fileName));
}

void LocalHttpServer::onData(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = buffer.left(end);
    buffer.clear();
    requests << head;
    qint64 from = 0;
    for (const QByteArray& line : head.split('\n'))
        if (line.toLower().startsWith("range: bytes="))
            from = line.trimmed().mid(13).split('-').value(0).toLongLong();
    const qint64 size = m_payload.size();
    QByteArray body = m_payload.mid(from);
    QByteArray response = from > 0
                              ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(from) +
                                    '-' + QByteArray::number(size - 1) + '/' + QByteArray::number(size) + "\r\n"
                              : QByteArray("HTTP/1.1 200 OK\r\n");
    response += "Content-Length: " + QByteArray::number(body.size()) +
                "\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n";
    if (requests.size() == 1 && cutAfter >= 0)
        body = body.left(cutAfter);
    bodyBytesSent << body.size();
    socket->write(response + body);
    socket->disconnectFromHost();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = static_cast<char>(generator.bounded(256));
    return out;
}

QString md5Of(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace trapline::test
