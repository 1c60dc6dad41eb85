#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>

namespace tp::ui {

namespace {

constexpr qint64 kMaxMessage = 1 << 20;

} // namespace

SingleInstance::SingleInstance(QString name, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    // Per user: the home folder identifies them on every platform.
    const QByteArray user = QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("theprogram-") + QString::fromLatin1(user.toHex().left(16));
}

bool SingleInstance::sendToRunning(const QStringList& files, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray paths;
    for (const QString& f : files)
        paths.append(QFileInfo(f).absoluteFilePath());
    socket.write(QJsonDocument(paths).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The running copy answers once it has the message: only then may this one end.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return false;
    }
    return socket.readLine().trimmed() == "ok";
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A name left by a copy that crashed: nobody answers on it (sendToRunning failed before).
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readMessage);
    return true;
}

void SingleInstance::readMessage()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto handle = [this, socket] {
            if (socket->bytesAvailable() > kMaxMessage) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonArray paths = QJsonDocument::fromJson(socket->readLine()).array();
            socket->write("ok\n");
            socket->flush();
            QStringList files;
            for (const QJsonValue& p : paths)
                files << p.toString();
            emit activated(files);
        };
        connect(socket, &QLocalSocket::readyRead, socket, handle);
        handle(); // what arrived with the connection
    }
}

} // namespace tp::ui
