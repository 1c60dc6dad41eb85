#include "S3Xml.h"

#include <QXmlStreamReader>

namespace tp::cloud::s3xml {

namespace {

// The text of the first element named `name`.
QString firstText(const QByteArray& xml, QLatin1StringView name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            return reader.readElementText(QXmlStreamReader::SkipChildElements);
    }
    return {};
}

void readContents(QXmlStreamReader& reader, RemoteFile* file)
{
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1StringView("Key"))
            file->name = reader.readElementText();
        else if (name == QLatin1StringView("Size"))
            file->size = reader.readElementText().toLongLong();
        else if (name == QLatin1StringView("LastModified"))
            file->modified = QDateTime::fromString(reader.readElementText(), Qt::ISODateWithMs).toUTC();
        else
            reader.skipCurrentElement();
    }
}

} // namespace

Error error(const QByteArray& xml)
{
    Error out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement
            || reader.name() != QLatin1StringView("Error"))
            continue;
        while (reader.readNextStartElement()) {
            if (reader.name() == QLatin1StringView("Code"))
                out.code = reader.readElementText().left(200);
            else if (reader.name() == QLatin1StringView("Message"))
                out.message = reader.readElementText().left(1000);
            else
                reader.skipCurrentElement();
        }
        if (out.code.isEmpty())
            out.code = QStringLiteral("Error");
        return out;
    }
    return out;
}

bool listPage(const QByteArray& xml, ListPage* page)
{
    *page = {};
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1StringView("ListBucketResult"))
        return false;
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1StringView("Contents")) {
            if (page->files.size() >= kMaxEntries)
                return false;
            RemoteFile file;
            readContents(reader, &file);
            if (!file.name.isEmpty())
                page->files << file;
        } else if (name == QLatin1StringView("IsTruncated")) {
            page->truncated = reader.readElementText() == QLatin1StringView("true");
        } else if (name == QLatin1StringView("NextContinuationToken")) {
            page->nextToken = reader.readElementText().left(4096);
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return false;
    // A truncated page without a way on would loop for ever.
    return !page->truncated || !page->nextToken.isEmpty();
}

QString uploadId(const QByteArray& xml)
{
    return firstText(xml, QLatin1StringView("UploadId")).left(4096);
}

bool pendingUploads(const QByteArray& xml, QList<QPair<QString, QString>>* uploads)
{
    uploads->clear();
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1StringView("ListMultipartUploadsResult"))
        return false;
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1StringView("Upload")) {
            reader.skipCurrentElement();
            continue;
        }
        if (uploads->size() >= kMaxEntries)
            return false;
        QString key, id;
        while (reader.readNextStartElement()) {
            if (reader.name() == QLatin1StringView("Key"))
                key = reader.readElementText().left(4096);
            else if (reader.name() == QLatin1StringView("UploadId"))
                id = reader.readElementText().left(4096);
            else
                reader.skipCurrentElement();
        }
        if (!key.isEmpty() && !id.isEmpty())
            uploads->append({ key, id });
    }
    return !reader.hasError();
}

QByteArray completeBody(const QList<QByteArray>& etags)
{
    QByteArray body = "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">";
    for (qsizetype i = 0; i < etags.size(); ++i) {
        QByteArray etag = etags[i];
        etag.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        body += "<Part><PartNumber>" + QByteArray::number(i + 1) + "</PartNumber><ETag>" + etag
            + "</ETag></Part>";
    }
    return body + "</CompleteMultipartUpload>";
}

} // namespace tp::cloud::s3xml
