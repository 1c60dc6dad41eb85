#include "FakeBrowser.h"

#include <QNetworkReply>

namespace tp::test {

void FakeBrowser::reset()
{
    tamper = [](QUrl u) { return u; };
    doNothing = false;
    opened.clear();
    lastPage.clear();
    lastStatus = 0;
}

void FakeBrowser::open(const QUrl& url)
{
    opened << url;
    if (doNothing)
        return;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_net.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QUrl location = QUrl(QString::fromUtf8(reply->rawHeader("Location")));
        if (location.isValid() && !location.isEmpty())
            visit(tamper(location));
    });
}

void FakeBrowser::visit(const QUrl& url)
{
    QNetworkReply* reply = m_net.get(QNetworkRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        lastPage = reply->readAll();
    });
}

} // namespace tp::test
