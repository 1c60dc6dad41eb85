#include "DavXml.h"

#include "HttpClient.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace tp::cloud::davxml {

namespace {

const QString kDav = QStringLiteral("DAV:");

bool isDav(const QXmlStreamReader& reader, QLatin1StringView name)
{
    return reader.namespaceUri() == kDav && reader.name() == name;
}

void readProp(QXmlStreamReader& reader, Entry* entry)
{
    while (reader.readNextStartElement()) {
        if (isDav(reader, QLatin1StringView("resourcetype"))) {
            while (reader.readNextStartElement()) {
                entry->collection = entry->collection || isDav(reader, QLatin1StringView("collection"));
                reader.skipCurrentElement();
            }
        } else if (isDav(reader, QLatin1StringView("getcontentlength"))) {
            bool ok = false;
            const qint64 size = reader.readElementText().trimmed().toLongLong(&ok);
            entry->size = ok ? size : -1;
        } else if (isDav(reader, QLatin1StringView("getlastmodified"))) {
            entry->modified = HttpClient::parseHttpDate(reader.readElementText());
        } else if (isDav(reader, QLatin1StringView("quota-used-bytes"))) {
            bool ok = false;
            const qint64 used = reader.readElementText().trimmed().toLongLong(&ok);
            entry->quotaUsed = ok ? used : -1;
        } else if (isDav(reader, QLatin1StringView("quota-available-bytes"))) {
            bool ok = false;
            const qint64 available = reader.readElementText().trimmed().toLongLong(&ok);
            entry->quotaAvailable = ok ? available : -1;
        } else {
            reader.skipCurrentElement();
        }
    }
}

// One <D:propstat>: its properties count only when its status is 200.
void readPropstat(QXmlStreamReader& reader, Entry* entry)
{
    Entry found;
    bool ok = true;
    while (reader.readNextStartElement()) {
        if (isDav(reader, QLatin1StringView("prop")))
            readProp(reader, &found);
        else if (isDav(reader, QLatin1StringView("status")))
            ok = reader.readElementText().contains(QLatin1StringView(" 200"));
        else
            reader.skipCurrentElement();
    }
    if (!ok)
        return;
    entry->collection = entry->collection || found.collection;
    if (found.size >= 0)
        entry->size = found.size;
    if (found.modified.isValid())
        entry->modified = found.modified;
    if (found.quotaUsed >= 0)
        entry->quotaUsed = found.quotaUsed;
    if (found.quotaAvailable >= 0)
        entry->quotaAvailable = found.quotaAvailable;
}

} // namespace

std::optional<QList<Entry>> multistatus(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || !isDav(reader, QLatin1StringView("multistatus")))
        return std::nullopt;
    QList<Entry> entries;
    while (reader.readNextStartElement()) {
        if (!isDav(reader, QLatin1StringView("response"))) {
            reader.skipCurrentElement();
            continue;
        }
        if (entries.size() >= kMaxEntries)
            return std::nullopt;
        Entry entry;
        while (reader.readNextStartElement()) {
            if (isDav(reader, QLatin1StringView("href")))
                entry.href
                    = QUrl::fromPercentEncoding(reader.readElementText().trimmed().toUtf8()).left(4096);
            else if (isDav(reader, QLatin1StringView("propstat")))
                readPropstat(reader, &entry);
            else
                reader.skipCurrentElement();
        }
        if (!entry.href.isEmpty())
            entries << entry;
    }
    if (reader.hasError())
        return std::nullopt;
    return entries;
}

QByteArray propfindBody()
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/>"
           "<d:getcontentlength/><d:getlastmodified/><d:quota-used-bytes/><d:quota-available-bytes/>"
           "</d:prop></d:propfind>";
}

} // namespace tp::cloud::davxml
