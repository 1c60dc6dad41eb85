#include "CloudPeers.h"

#include "crypto/Sha256.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QTcpSocket>
#include <QThread>

namespace tp::test {

QString randomFile(const QString& folder, qint64 size)
{
    static int made = 0;
    const QString path = QDir(folder).filePath(QString("random%1.bin").arg(++made));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    QByteArray block(1 << 16, Qt::Uninitialized);
    for (qint64 left = size; left > 0; left -= block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        f.write(block.constData(), qMin<qint64>(left, block.size()));
    }
    return path;
}

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    crypto::Sha256 hash;
    hash.addData(&f);
    return hash.hexResult();
}

cloud::RetryPolicy fastRetries()
{
    cloud::RetryPolicy fast;
    fast.baseMs = 20;
    fast.capMs = 200;
    return fast;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool waitForPort(int port, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(port));
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(100);
    }
    return false;
}

S3Peer::S3Peer(const QString& folder, const QString& bucket)
    : m_folder(folder)
    , m_bucket(bucket)
    , m_port(freePort())
{
    QDir().mkpath(folder);
    const QString program = QStringLiteral(THEPROGRAM_SOURCE_DIR "/tests/peers/node_modules/.bin/s3rver");
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // s3rver's continuation tokens use DES, which OpenSSL 3 keeps in its legacy provider.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("NODE_OPTIONS", "--openssl-legacy-provider");
    m_process.setProcessEnvironment(env);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start(program,
                    { "-d", folder, "-a", "127.0.0.1", "-p", QString::number(m_port), "--silent",
                      "--configure-bucket", bucket });
    m_running = m_process.waitForStarted(10000) && waitForPort(m_port, 20000);
}

S3Peer::~S3Peer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill(), m_process.waitForFinished();
    }
}

int S3Peer::pendingUploads(const QString& keyPrefix) const
{
    // s3rver keeps each multipart upload in <folder>/<bucket>/._S3rver_uploads/<id>/ (with its
    // key in a file "key") until it is completed. It cannot abort one: an aborted upload stays.
    int count = 0;
    QDirIterator it(m_folder, { "*._S3rver_uploads" }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QDir uploads(it.next());
        for (const QString& id : uploads.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile key(uploads.filePath(id + "/key"));
            if (key.open(QIODevice::ReadOnly) && QString::fromUtf8(key.readAll()).startsWith(keyPrefix))
                ++count;
        }
    }
    return count;
}

OAuthPeer::OAuthPeer(int tokenSeconds)
    : m_port(freePort())
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("NODE_PATH", THEPROGRAM_SOURCE_DIR "/tests/peers/node_modules");
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start("node",
                    { THEPROGRAM_SOURCE_DIR "/tests/support/oauth_server.js", QString::number(m_port),
                      QString::number(tokenSeconds) });
    QElapsedTimer waited;
    waited.start();
    while (m_process.waitForStarted(10000) && !m_lines.contains("ready") && waited.elapsed() < 20000) {
        m_process.waitForReadyRead(500);
        readOutput();
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    m_running = m_lines.contains("ready");
}

OAuthPeer::~OAuthPeer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(3000))
            m_process.kill(), m_process.waitForFinished();
    }
}

QUrl OAuthPeer::url(const QString& path) const
{
    return QUrl(QString("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void OAuthPeer::readOutput()
{
    while (m_process.canReadLine())
        m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
}

bool OAuthPeer::revokeAll()
{
    m_process.write("revoke\n");
    QElapsedTimer waited;
    waited.start();
    while (!m_lines.contains("revoked") && waited.elapsed() < 10000) {
        m_process.waitForReadyRead(200);
        readOutput();
    }
    return m_lines.removeAll("revoked") > 0;
}

int OAuthPeer::grants(const QString& type)
{
    m_process.waitForReadyRead(50);
    readOutput();
    return int(m_lines.count("grant " + type));
}

WebDavPeer::WebDavPeer(const QString& folder)
    : m_folder(folder)
    , m_port(freePort())
{
    QDir().mkpath(folder);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.start("rclone",
                    { "serve", "webdav", folder, "--addr", QString("127.0.0.1:%1").arg(m_port), "--user",
                      kUser, "--pass", kPassword, "-q" });
    m_running = m_process.waitForStarted(10000) && waitForPort(m_port, 20000);
}

WebDavPeer::~WebDavPeer()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill(), m_process.waitForFinished();
    }
}

namespace {

// The proxy itself, living on the proxy's thread.
class ProxyCore : public QObject
{
public:
    ProxyCore(int upstream, FaultProxy::State* state)
        : m_upstream(upstream)
        , m_state(state)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, &ProxyCore::onConnection);
    }
    int port() const { return int(m_server.serverPort()); }

private:
    void onConnection()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream));
            connect(client, &QTcpSocket::readyRead, this, [=, this] { forward(client, upstream, true); });
            connect(upstream, &QTcpSocket::readyRead, this, [=, this] { forward(upstream, client, false); });
            connect(upstream, &QTcpSocket::connected, this, [=, this] { forward(client, upstream, true); });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        }
    }

    bool intercept(QTcpSocket* client, const QByteArray& chunk)
    {
        static const QRegularExpression requestLine(
            "(?:^|\\r\\n)((?:GET|PUT|POST|DELETE|HEAD|PROPFIND|MKCOL|MOVE) "
            "[^ \\r\\n]+ HTTP/1\\.1)\\r\\n");
        QMutexLocker locker(&m_state->mutex);
        bool answered = false;
        auto it = requestLine.globalMatch(QString::fromLatin1(chunk));
        while (it.hasNext()) {
            const auto match = it.next();
            const QString line = match.captured(1);
            m_state->requests << line;
            const qsizetype end = chunk.indexOf("\r\n\r\n", match.capturedEnd(1));
            m_state->headers << QString::fromLatin1(
                chunk.mid(match.capturedEnd(1), end < 0 ? -1 : end - match.capturedEnd(1)));
            for (FaultProxy::Canned& canned : m_state->canned) {
                if (canned.count > 0 && canned.pattern.match(line).hasMatch()) {
                    --canned.count;
                    client->write(canned.response);
                    client->flush();
                    client->disconnectFromHost();
                    answered = true;
                    break;
                }
            }
        }
        return answered;
    }

    void forward(QTcpSocket* from, QTcpSocket* to, bool fromClient)
    {
        if (fromClient && to->state() != QAbstractSocket::ConnectedState)
            return; // read once connected
        const QByteArray chunk = from->readAll();
        if (chunk.isEmpty())
            return;
        if (fromClient && intercept(from, chunk)) {
            to->abort();
            return;
        }
        QMutexLocker locker(&m_state->mutex);
        if (m_state->cutEvery > 0 && m_state->cutsLeft != 0
            && m_state->sinceCut + chunk.size() >= m_state->cutEvery) {
            if (m_state->cutsLeft > 0)
                --m_state->cutsLeft;
            // Send part of it, then drop both ends as a failing network would.
            to->write(chunk.left(m_state->cutEvery - m_state->sinceCut));
            to->flush();
            m_state->sinceCut = 0;
            ++m_state->cuts;
            locker.unlock();
            (fromClient ? from : to)->abort();
            (fromClient ? to : from)->abort();
            return;
        }
        m_state->sinceCut += chunk.size();
        to->write(chunk);
    }

    QTcpServer m_server;
    int m_upstream;
    FaultProxy::State* m_state;
};

} // namespace

FaultProxy::FaultProxy(int upstreamPort)
{
    QSemaphore ready;
    QObject::connect(&m_thread, &QThread::started, [&, upstreamPort] {
        // On the proxy's thread: the server and its sockets live there.
        auto* core = new ProxyCore(upstreamPort, &m_state);
        m_port = core->port();
        m_core = core;
        // Deleted on its own thread as the thread ends (its sockets with it).
        QObject::connect(&m_thread, &QThread::finished, [core] { delete core; });
        ready.release();
    });
    m_thread.start();
    ready.acquire();
}

FaultProxy::~FaultProxy()
{
    m_thread.quit();
    m_thread.wait();
}

void FaultProxy::cutEvery(qint64 bytes, int times)
{
    QMutexLocker locker(&m_state.mutex);
    m_state.cutEvery = bytes;
    m_state.cutsLeft = times;
    m_state.sinceCut = 0;
}

void FaultProxy::answer(const QString& pattern, const QByteArray& response, int count)
{
    QMutexLocker locker(&m_state.mutex);
    m_state.canned << Canned{ QRegularExpression(pattern), response, count };
}

QStringList FaultProxy::requests() const
{
    QMutexLocker locker(&m_state.mutex);
    return m_state.requests;
}

QStringList FaultProxy::headersSeen() const
{
    QMutexLocker locker(&m_state.mutex);
    return m_state.headers;
}

int FaultProxy::cuts() const
{
    QMutexLocker locker(&m_state.mutex);
    return m_state.cuts;
}

} // namespace tp::test
