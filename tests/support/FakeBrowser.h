#pragma once

#include <functional>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace tp::test {

// Plays the system browser for the OAuth tests (registered with
// QDesktopServices::setUrlHandler): opens the provider's sign-in page,
// follows its redirect to the app's loopback listener (after `tamper` may
// change it) and keeps the page the listener answers with.
class FakeBrowser : public QObject
{
    Q_OBJECT

public:
    std::function<QUrl(QUrl)> tamper = [](QUrl u) { return u; };
    QList<QUrl> opened;
    QByteArray lastPage;
    int lastStatus = 0;
    bool doNothing = false; // a browser the user never looks at

    void reset();

public slots:
    void open(const QUrl& url);
    void visit(const QUrl& url);

private:
    QNetworkAccessManager m_net;
};

} // namespace tp::test
