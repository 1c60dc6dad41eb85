#pragma once

#include "Repository.h"

#include <optional>
#include <QByteArray>
#include <QList>

namespace tp::cloud {

// The WebDAV answers the WebDAV repository reads (RFC 4918 multistatus,
// RFC 4331 quota), parsed with limits: they are untrusted bytes.
namespace davxml {

struct Entry
{
    QString href; // percent-decoded path, as the server sent it
    bool collection = false;
    qint64 size = -1;
    QDateTime modified;
    qint64 quotaUsed = -1, quotaAvailable = -1;
};

constexpr int kMaxEntries = 100000;

// The <D:response> entries of a PROPFIND answer; nullopt when it is not a multistatus.
std::optional<QList<Entry>> multistatus(const QByteArray& xml);
// The PROPFIND body asking for what list and quota need.
QByteArray propfindBody();

} // namespace davxml

} // namespace tp::cloud
