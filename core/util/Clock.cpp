#include "Clock.h"

#include <atomic>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace tp {

namespace {
std::atomic<qint64> g_fixedMsecs{ -1 };
}

QDateTime Clock::nowUtc()
{
    const qint64 fixed = g_fixedMsecs.load();
    if (fixed >= 0)
        return QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC);
    return QDateTime::currentDateTimeUtc();
}

void Clock::setFixed(const QDateTime& utc)
{
    g_fixedMsecs.store(utc.isValid() ? utc.toMSecsSinceEpoch() : -1);
}

namespace timestamp {

QString format(const QDateTime& utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QString now()
{
    return format(Clock::nowUtc());
}

namespace {
const QRegularExpression& timestampPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T "
                       "](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,9}))?(Z|[+-]\\d{2}:?\\d{2})?$"));
    return re;
}
} // namespace

bool isValid(const QString& text)
{
    const QRegularExpressionMatch m = timestampPattern().match(text.trimmed());
    return m.hasMatch()
        && QDate::isValid(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt())
        && QTime::isValid(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt());
}

std::optional<QDateTime> parse(const QString& text)
{
    const QRegularExpressionMatch m = timestampPattern().match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    int msec = 0;
    if (m.capturedLength(7) > 0)
        msec = m.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt();
    const QTime time(m.capturedView(4).toInt(), m.capturedView(5).toInt(), m.capturedView(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        offsetSeconds = (digits.left(2).toInt() * 60 + digits.mid(2).toInt()) * 60;
        if (zone.startsWith(QLatin1Char('-')))
            offsetSeconds = -offsetSeconds;
    }
    QDateTime dt(date, time, QTimeZone(offsetSeconds));
    return dt.toUTC();
}

} // namespace timestamp

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(const QString& text)
{
    // 8-4-4-4-12 lower-case hex digits.
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const char16_t c = text.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace tp
