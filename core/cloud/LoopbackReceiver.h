#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace tp::cloud {

// The one-shot listener an OAuth provider sends the browser back to
// (RFC 8252 §7.3): bound to 127.0.0.1 only — never to every interface —,
// on a free port or the one the app registered. It waits for the redirect
// to its path, answers the browser with a small page ("you can close this
// tab", or what went wrong) and stops listening. Anything else it is asked
// (a favicon) gets a 404 and it goes on waiting.
class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    explicit LoopbackReceiver(QObject* parent = nullptr);
    ~LoopbackReceiver() override;

    // Starts listening; false and why when the port cannot be had.
    bool listen(int port, QString* error);
    // "http://127.0.0.1:PORT/" — the redirect URI to register and send.
    QString redirectUri() const;
    void close();

    // The page shown in the browser once the answer is known.
    void setPage(const QString& title, const QString& text);
    // From a `redirected` handler: this was not the awaited answer (another
    // page's request, an old tab); it gets this page and the listener waits on.
    void ignoreThis(const QString& title, const QString& text);

signals:
    // The redirect's query (code and state, or error and error_description).
    void redirected(const QUrlQuery& query);

private:
    void accept();
    void readRequest(QTcpSocket* socket);
    static void answer(QTcpSocket* socket, const QByteArray& status, const QByteArray& html);

    QTcpServer* m_server = nullptr;
    QString m_title, m_text;
    bool m_done = false;
    bool m_ignore = false;
};

} // namespace tp::cloud
