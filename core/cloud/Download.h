#pragma once

#include "HttpClient.h"

#include <functional>
#include <QCoreApplication>

namespace tp::cloud {

// One file fetched over HTTP into `target`, whole or not at all, for every
// provider: written under a temporary name beside it, hashed as it arrives;
// a broken transfer is taken up where it stopped (a Range request from the
// bytes already there), with the client's backoff between attempts; the
// file gets its name only when its size (and SHA-256, when known) match.
struct Download
{
    Q_DECLARE_TR_FUNCTIONS(tp::cloud::Download)

public:
    HttpClient* http = nullptr;
    qint64 size = -1; // as the store said
    QByteArray sha256; // hex; empty: not known
    QString target;
    QString what; // the file's name, for messages
    QString store; // the store's name, for messages
    // The request for the bytes from `from` on (a Range header when from > 0).
    std::function<HttpRequest(qint64 from)> request;
    // The sentence for a failed answer.
    std::function<QString(const HttpResponse&)> failure;

    bool run(Progress* progress, QString* error) const;
};

} // namespace tp::cloud
