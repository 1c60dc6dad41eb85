#include "LoopbackReceiver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace tp::cloud {

namespace {

constexpr qint64 kMaxRequestHead = 16 * 1024;

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::accept);
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(int port, QString* error)
{
    if (m_server->listen(QHostAddress::LocalHost, quint16(port)))
        return true;
    *error = port > 0
        ? tr("The port %1 on this computer is in use, so the browser cannot hand the sign-in "
             "back. Close the program using it and try again.")
              .arg(port)
        : tr("No port on this computer could be opened for the sign-in: %1").arg(m_server->errorString());
    return false;
}

QString LoopbackReceiver::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(m_server->serverPort());
}

void LoopbackReceiver::close()
{
    m_server->close();
}

void LoopbackReceiver::setPage(const QString& title, const QString& text)
{
    m_title = title;
    m_text = text;
}

void LoopbackReceiver::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
    }
}

void LoopbackReceiver::readRequest(QTcpSocket* socket)
{
    if (!socket->canReadLine() && socket->bytesAvailable() < kMaxRequestHead)
        return; // the request line is not whole yet
    const QList<QByteArray> line = socket->readLine(kMaxRequestHead).trimmed().split(' ');
    if (line.size() != 3 || line[0] != "GET") {
        answer(socket, "400 Bad Request", {});
        return;
    }
    const QUrl target = QUrl::fromEncoded("http://127.0.0.1" + line[1]);
    if (m_done || target.path() != QLatin1String("/") || !target.hasQuery()) {
        answer(socket, "404 Not Found", {});
        return;
    }
    const QUrlQuery query(target);
    // The page is set by whoever hears the signal, before it is written; an
    // answer that is not the one awaited leaves the listener waiting.
    m_ignore = false;
    m_title = tr("Signed in");
    m_text = tr("The Program has what it needs. You can close this tab.");
    emit redirected(query);
    m_done = !m_ignore;
    const QString page = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                                        "</head><body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>"
                                        "<p>%2</p></body></html>")
                             .arg(m_title.toHtmlEscaped(), m_text.toHtmlEscaped());
    answer(socket, m_done ? QByteArray("200 OK") : QByteArray("400 Bad Request"), page.toUtf8());
    if (m_done)
        m_server->close();
}

void LoopbackReceiver::ignoreThis(const QString& title, const QString& text)
{
    m_ignore = true;
    setPage(title, text);
}

void LoopbackReceiver::answer(QTcpSocket* socket, const QByteArray& status, const QByteArray& html)
{
    socket->write("HTTP/1.1 " + status
                  + "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: "
                    "close\r\nContent-Length: "
                  + QByteArray::number(html.size()) + "\r\n\r\n" + html);
    socket->disconnectFromHost();
}

} // namespace tp::cloud
