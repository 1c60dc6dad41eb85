#include "DemoGenerator.h"

#include "Catalog.h"
#include "ChartSketch.h"
#include "db/Database.h"
#include "db/RowInserter.h"
#include "model/PracticeStore.h"
#include "Random.h"
#include "util/Clock.h"

#include <map>
#include <memory>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QTimeZone>

namespace tp::demo {

namespace {

const QDateTime kPracticeStart(QDate(2019, 1, 7), QTime(9, 0), Qt::UTC);
constexpr qint64 kPracticeSeconds = 7LL * 365 * 24 * 3600; // clients arrive over seven years

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QString ordinal(int n)
{
    const char* suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
        : n % 10 == 1                                     ? "st"
        : n % 10 == 2                                     ? "nd"
        : n % 10 == 3                                     ? "rd"
                                                          : "th";
    return QString::number(n) + QLatin1String(suffix);
}

QString prettyBody(const QString& body)
{
    QString s = body;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    return capitalized(s);
}

// A reading of 0.5–3 KB made of the catalog's sentences.
QString interpretationText(Random& rng, const QString& subject, const QString& place)
{
    // Most readings are short, a few long: 0.5 KB to 3 KB, skewed to the short end.
    const double u = rng.unit();
    const int target = 500 + int(2500 * u * u);
    QString text;
    text.reserve(target + 300);
    while (text.size() < target) {
        if (!text.isEmpty())
            text += rng.chance(0.25) ? QStringLiteral("\n\n") : QStringLiteral(" ");
        text += rng.pick(sentenceOpeners()).arg(subject, place) + QLatin1Char(' ')
            + rng.pick(sentenceThemes()) + QStringLiteral(". ") + rng.pick(sentenceAdvice());
    }
    return text;
}

class Writer
{
public:
    explicit Writer(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    bool put(const QString& table, const QVariantMap& row)
    {
        auto it = m_inserters.find(table);
        if (it == m_inserters.end())
            it = m_inserters.emplace(table, std::make_unique<db::RowInserter>(m_db, table)).first;
        if (!it->second->insert(row)) {
            m_error = table + QStringLiteral(": ") + it->second->errorString();
            return false;
        }
        ++m_counts[table];
        return true;
    }

    QString error() const { return m_error; }
    QMap<QString, qint64> counts() const { return m_counts; }

private:
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<db::RowInserter>> m_inserters;
    QMap<QString, qint64> m_counts;
    QString m_error;
};

} // namespace

DemoResult DemoGenerator::generate(QSqlDatabase db, const DemoOptions& options, Progress* progress)
{
    DemoResult result;
    QElapsedTimer timer;
    timer.start();
    NoProgress noProgress;
    if (!progress)
        progress = &noProgress;
    if (options.clients < 0 || options.clients > 1000000 || options.chartsPerClient < 0
        || options.chartsPerClient > 100) {
        result.error = tr("Demo data needs 0 to 1,000,000 clients and 0 to 100 charts per client.");
        return result;
    }

    Random rng(options.seed);
    db::Transaction tx(db);
    if (!tx.isActive()) {
        result.error = tx.errorString();
        return result;
    }
    Writer writer(db);
    const auto failed = [&]() {
        result.error = tr("Demo data could not be written: %1").arg(writer.error());
        return result;
    };

    // Places the practice has looked up before.
    QSet<qint64> knownPlaces;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT geonames_id FROM location_cache WHERE geonames_id IS NOT NULL"));
        while (q.next())
            knownPlaces.insert(q.value(0).toLongLong());
    }
    const QString seededAt = timestamp::format(kPracticeStart);
    for (const City& city : cities()) {
        const QString id = rng.uuid();
        if (knownPlaces.contains(city.geonamesId))
            continue;
        if (!writer.put(QStringLiteral("location_cache"),
                        { { QStringLiteral("id"), id },
                          { QStringLiteral("city_name"), QString::fromUtf8(city.name) },
                          { QStringLiteral("state_province"),
                            *city.stateProvince ? QString::fromUtf8(city.stateProvince) : QVariant() },
                          { QStringLiteral("country"), QString::fromUtf8(city.country) },
                          { QStringLiteral("latitude"), city.latitude },
                          { QStringLiteral("longitude"), city.longitude },
                          { QStringLiteral("timezone"), QString::fromLatin1(city.timezone) },
                          { QStringLiteral("geonames_id"), city.geonamesId },
                          { QStringLiteral("created_at"), seededAt },
                          { QStringLiteral("updated_at"), seededAt } }))
            return failed();
    }

    // The interpretation library (templates), once per database.
    bool haveLibrary = false;
    {
        QSqlQuery q(db);
        haveLibrary = q.exec(QStringLiteral("SELECT 1 FROM interpretations LIMIT 1")) && q.next();
    }
    if (!haveLibrary) {
        const auto libraryRow = [&](const QString& type, const QString& key, const QString& subject,
                                    const QString& place) {
            return writer.put(QStringLiteral("interpretations"),
                              { { QStringLiteral("id"), rng.uuid() },
                                { QStringLiteral("interpretation_type"), type },
                                { QStringLiteral("key_identifier"), key },
                                { QStringLiteral("tradition"), QStringLiteral("western") },
                                { QStringLiteral("text_content"), interpretationText(rng, subject, place) },
                                { QStringLiteral("source"), QStringLiteral("The Program demo library") },
                                { QStringLiteral("is_user_custom"), 0 },
                                { QStringLiteral("created_at"), seededAt },
                                { QStringLiteral("updated_at"), seededAt } });
        };
        for (const QString& planet : interpretedPlanets()) {
            for (int i = 0; i < 12; ++i) {
                const QString& sign = signNames().at(i);
                if (!libraryRow(QStringLiteral("planet_in_sign"), planet + QLatin1Char('_') + sign,
                                prettyBody(planet), capitalized(sign))
                    || !libraryRow(QStringLiteral("planet_in_house"),
                                   planet + QStringLiteral("_house_") + QString::number(i + 1),
                                   prettyBody(planet),
                                   QStringLiteral("the ") + ordinal(i + 1) + QStringLiteral(" house")))
                    return failed();
            }
        }
        static const QStringList aspectTypes
            = { QStringLiteral("conjunction"), QStringLiteral("sextile"), QStringLiteral("square"),
                QStringLiteral("trine"), QStringLiteral("opposition") };
        const QStringList& planets = interpretedPlanets();
        for (int i = 0; i < planets.size(); ++i) {
            for (int j = i + 1; j < planets.size(); ++j) {
                for (const QString& aspect : aspectTypes) {
                    if (!libraryRow(QStringLiteral("aspect"),
                                    planets[i] + QLatin1Char('_') + aspect + QLatin1Char('_') + planets[j],
                                    prettyBody(planets[i]) + QLatin1Char(' ') + aspect + QLatin1Char(' ')
                                        + prettyBody(planets[j]),
                                    QStringLiteral("the natal chart")))
                        return failed();
                }
            }
        }
    }

    static const QStringList domains = { QStringLiteral("example.com"), QStringLiteral("example.org"),
                                         QStringLiteral("example.net"), QStringLiteral("mail.example") };
    static const QStringList rodden
        = { QStringLiteral("AA"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
            QStringLiteral("DD"), QStringLiteral("X"), QStringLiteral("XX") };
    static const QStringList laterChartTypes
        = { QStringLiteral("transit"), QStringLiteral("progressed"), QStringLiteral("return"),
            QStringLiteral("synastry"), QStringLiteral("composite") };
    static const QStringList westernHouses
        = { QStringLiteral("placidus"), QStringLiteral("koch"), QStringLiteral("whole_sign"),
            QStringLiteral("equal"), QStringLiteral("porphyry") };
    static const QStringList approvals = { QStringLiteral("approved"), QStringLiteral("pending"),
                                           QStringLiteral("needs_review"), QStringLiteral("rejected") };
    static const QStringList transiting
        = { QStringLiteral("mars"),   QStringLiteral("jupiter"), QStringLiteral("saturn"),
            QStringLiteral("uranus"), QStringLiteral("neptune"), QStringLiteral("pluto") };
    static const QStringList majorAspects
        = { QStringLiteral("conjunction"), QStringLiteral("sextile"), QStringLiteral("square"),
            QStringLiteral("trine"), QStringLiteral("opposition") };

    const qint64 total = options.clients;
    for (int c = 0; c < options.clients; ++c) {
        if (progress->isCanceled()) {
            result.canceled = true;
            result.error = tr("Cancelled; nothing was added.");
            return result;
        }
        const City& city = rng.pick(cities());
        const Culture& culture = rng.chance(0.8) ? cultures().at(city.culture) : rng.pick(cultures());
        const PersonName& given = rng.pick(culture.givenNames);
        const PersonName& family = rng.pick(culture.familyNames);
        const QDateTime clientCreated = kPracticeStart.addSecs(qint64(rng.unit() * kPracticeSeconds));
        const QString clientId = rng.uuid();

        QVariantMap client{ { QStringLiteral("id"), clientId },
                            { QStringLiteral("first_name"), given.native },
                            { QStringLiteral("last_name"), family.native },
                            { QStringLiteral("created_at"), timestamp::format(clientCreated) },
                            { QStringLiteral("updated_at"),
                              timestamp::format(clientCreated.addSecs(rng.between(0, 400) * 86400)) } };
        if (rng.chance(0.75))
            client.insert(QStringLiteral("email"),
                          QString(given.ascii + QLatin1Char('.') + family.ascii
                                  + (rng.chance(0.3) ? QString::number(rng.between(1, 99)) : QString())
                                  + QLatin1Char('@') + rng.pick(domains)));
        if (rng.chance(0.6))
            client.insert(QStringLiteral("phone"),
                          QString(culture.phonePrefix + QLatin1Char(' ')
                                  + QString::number(rng.between(20, 99)) + QLatin1Char(' ')
                                  + QString::number(rng.between(1000000, 9999999))));
        if (rng.chance(0.4)) {
            QString notes = rng.pick(clientNoteSentences());
            if (rng.chance(0.5))
                notes += QLatin1Char(' ') + rng.pick(clientNoteSentences());
            client.insert(QStringLiteral("notes"), notes);
        }
        if (!writer.put(QStringLiteral("clients"), client))
            return failed();

        // Birth data at a real place, local time converted with the zone's rules of that day.
        const QDate birthDate = QDate(1940, 1, 1).addDays(rng.between(0, 66 * 365));
        const bool timeUnknown = rng.chance(0.06);
        const QTime birthTime(rng.between(0, 23), rng.between(0, 59), timeUnknown ? 0 : rng.between(0, 59));
        const QTimeZone zone(QByteArray(city.timezone));
        const QDateTime localBirth(birthDate, timeUnknown ? QTime(12, 0) : birthTime, zone);
        const QString birthId = rng.uuid();
        const int genderPick = rng.weighted({ 48, 46, 3, 3 });
        QVariantMap birth{ { QStringLiteral("id"), birthId },
                           { QStringLiteral("client_id"), clientId },
                           { QStringLiteral("birth_date"), birthDate.toString(Qt::ISODate) },
                           { QStringLiteral("birth_time"),
                             timeUnknown ? QVariant() : birthTime.toString(QStringLiteral("HH:mm:ss")) },
                           { QStringLiteral("time_unknown"), timeUnknown ? 1 : 0 },
                           { QStringLiteral("latitude"), city.latitude },
                           { QStringLiteral("longitude"), city.longitude },
                           { QStringLiteral("timezone"), QString::fromLatin1(city.timezone) },
                           { QStringLiteral("utc_offset"), zone.offsetFromUtc(localBirth) / 60 },
                           { QStringLiteral("city"), QString::fromUtf8(city.name) },
                           { QStringLiteral("state_province"),
                             *city.stateProvince ? QString::fromUtf8(city.stateProvince) : QVariant() },
                           { QStringLiteral("country"), QString::fromUtf8(city.country) },
                           { QStringLiteral("rodden_rating"),
                             timeUnknown ? QStringLiteral("X")
                                         : rodden.at(rng.weighted({ 30, 25, 10, 10, 5, 0, 5 })) },
                           { QStringLiteral("gender"),
                             genderPick == 0       ? QVariant(QStringLiteral("female"))
                                 : genderPick == 1 ? QVariant(QStringLiteral("male"))
                                 : genderPick == 2 ? QVariant(QStringLiteral("non-binary"))
                                                   : QVariant() },
                           { QStringLiteral("created_at"), client.value(QStringLiteral("created_at")) },
                           { QStringLiteral("updated_at"), client.value(QStringLiteral("created_at")) } };
        if (!writer.put(QStringLiteral("birth_data"), birth))
            return failed();

        for (int k = 0; k < options.chartsPerClient; ++k) {
            const int systemPick = rng.weighted({ 80, 15, 5 });
            const QString system = systemPick == 0 ? QStringLiteral("western")
                : systemPick == 1                  ? QStringLiteral("vedic")
                                                   : QStringLiteral("human_design");
            const bool vedic = system == QLatin1String("vedic");
            const QString houseSystem = vedic ? QStringLiteral("whole_sign")
                                              : westernHouses.at(rng.weighted({ 55, 15, 15, 10, 5 }));
            const QString chartType = k == 0 ? QStringLiteral("natal") : rng.pick(laterChartTypes);
            ChartRequest request{ localBirth.toUTC(),
                                  city.latitude,
                                  city.longitude,
                                  QString::fromLatin1(city.timezone),
                                  houseSystem,
                                  vedic ? QStringLiteral("sidereal") : QStringLiteral("tropical"),
                                  vedic ? QStringLiteral("lahiri") : QString() };
            const ChartSketch sketch = sketchChart(request, rng);
            const QDateTime chartCreated
                = clientCreated.addSecs(qint64(k) * 86400 * rng.between(1, 200) + rng.between(60, 7200));
            const QString chartCreatedText = timestamp::format(chartCreated);
            const QString chartId = rng.uuid();
            const QString fullName = given.native + QLatin1Char(' ') + family.native;
            const QVariantMap chart{
                { QStringLiteral("id"), chartId },
                { QStringLiteral("client_id"), clientId },
                { QStringLiteral("birth_data_id"), birthId },
                { QStringLiteral("chart_name"),
                  QString(capitalized(chartType) + QStringLiteral(" chart – ") + fullName) },
                { QStringLiteral("chart_type"), chartType },
                { QStringLiteral("astro_system"), system },
                { QStringLiteral("house_system"), houseSystem },
                { QStringLiteral("ayanamsa"), vedic ? QVariant(QStringLiteral("lahiri")) : QVariant() },
                { QStringLiteral("zodiac_type"), request.zodiac },
                { QStringLiteral("calculation_params"),
                  QString::fromUtf8(
                      QJsonDocument(
                          QJsonObject{ { QStringLiteral("node_type"),
                                         rng.chance(0.7) ? QStringLiteral("true") : QStringLiteral("mean") },
                                       { QStringLiteral("orb_preset"), QStringLiteral("standard") },
                                       { QStringLiteral("include_minor_aspects"), rng.chance(0.4) } })
                          .toJson(QJsonDocument::Compact)) },
                { QStringLiteral("chart_data"),
                  QString::fromUtf8(QJsonDocument(sketch.chartData).toJson(QJsonDocument::Compact)) },
                { QStringLiteral("last_viewed"),
                  rng.chance(0.7) ? QVariant(timestamp::format(chartCreated.addDays(rng.between(0, 300))))
                                  : QVariant() },
                { QStringLiteral("created_at"), chartCreatedText },
                { QStringLiteral("updated_at"), chartCreatedText }
            };
            if (!writer.put(QStringLiteral("charts"), chart))
                return failed();

            // 20–40 interpretations: every planet, then houses, aspects and patterns.
            struct Element
            {
                QString type, key, subject, place;
            };
            QList<Element> elements;
            for (const QString& planet : interpretedPlanets())
                elements << Element{ QStringLiteral("planet"), planet, prettyBody(planet),
                                     capitalized(sketch.signOf.value(planet)) };
            QList<Element> extras;
            for (int h = 1; h <= 12; ++h)
                extras << Element{ QStringLiteral("house"), QStringLiteral("house_") + QString::number(h),
                                   QStringLiteral("the ") + ordinal(h) + QStringLiteral(" house"),
                                   QStringLiteral("this chart") };
            for (const ChartAspect& a : sketch.aspects)
                extras << Element{ QStringLiteral("aspect"),
                                   a.planet1 + QLatin1Char('_') + a.type + QLatin1Char('_') + a.planet2,
                                   prettyBody(a.planet1) + QLatin1Char(' ') + a.type + QLatin1Char(' ')
                                       + prettyBody(a.planet2),
                                   QStringLiteral("the natal chart") };
            for (const ChartPattern& p : sketch.patterns)
                extras << Element{ QStringLiteral("pattern"), p.type, prettyBody(p.type),
                                   p.planets.join(QStringLiteral(", ")) };
            const int wanted = rng.between(20, 40);
            while (elements.size() < wanted && !extras.isEmpty())
                elements << extras.takeAt(qsizetype(rng.next() % std::uint64_t(extras.size())));
            for (const Element& e : std::as_const(elements)) {
                if (!writer.put(
                        QStringLiteral("chart_interpretations"),
                        { { QStringLiteral("id"), rng.uuid() },
                          { QStringLiteral("chart_id"), chartId },
                          { QStringLiteral("element_type"), e.type },
                          { QStringLiteral("element_key"), e.key },
                          { QStringLiteral("ai_description"), interpretationText(rng, e.subject, e.place) },
                          { QStringLiteral("ai_model"),
                            rng.chance(0.5) ? QStringLiteral("theprogram-interpreter-2")
                                            : QStringLiteral("theprogram-interpreter-3") },
                          { QStringLiteral("ai_prompt_version"),
                            rng.chance(0.5) ? QStringLiteral("v2.1") : QStringLiteral("v3.0") },
                          { QStringLiteral("version"), rng.chance(0.85) ? 1 : 2 },
                          { QStringLiteral("is_approved"), approvals.at(rng.weighted({ 60, 25, 10, 5 })) },
                          { QStringLiteral("created_at"), chartCreatedText },
                          { QStringLiteral("updated_at"), chartCreatedText } }))
                    return failed();
            }
            for (const ChartPattern& p : sketch.patterns) {
                if (!writer.put(QStringLiteral("aspect_patterns"),
                                { { QStringLiteral("id"), rng.uuid() },
                                  { QStringLiteral("chart_id"), chartId },
                                  { QStringLiteral("pattern_type"), p.type },
                                  { QStringLiteral("planets_involved"),
                                    QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.planets))
                                                          .toJson(QJsonDocument::Compact)) },
                                  { QStringLiteral("description"),
                                    QString(prettyBody(p.type) + QStringLiteral(" of ")
                                            + p.planets.join(QStringLiteral(", "))) },
                                  { QStringLiteral("created_at"), chartCreatedText },
                                  { QStringLiteral("updated_at"), chartCreatedText } }))
                    return failed();
            }
            const int transits = rng.between(4, 12);
            for (int e = 0; e < transits; ++e) {
                const QDateTime when(QDate(2025, 1, 1).addDays(rng.between(0, 3 * 365)),
                                     QTime(rng.between(0, 23), rng.between(0, 59)), Qt::UTC);
                const int applying = rng.weighted({ 45, 45, 10 });
                if (!writer.put(QStringLiteral("transit_events"),
                                { { QStringLiteral("id"), rng.uuid() },
                                  { QStringLiteral("chart_id"), chartId },
                                  { QStringLiteral("event_date"), timestamp::format(when) },
                                  { QStringLiteral("transiting_planet"), rng.pick(transiting) },
                                  { QStringLiteral("natal_planet"), rng.pick(interpretedPlanets()) },
                                  { QStringLiteral("aspect_type"), rng.pick(majorAspects) },
                                  { QStringLiteral("orb"), std::round(rng.real(0, 3) * 100) / 100 },
                                  { QStringLiteral("is_applying"),
                                    applying == 2 ? QVariant() : QVariant(applying == 0 ? 1 : 0) },
                                  { QStringLiteral("created_at"), chartCreatedText },
                                  { QStringLiteral("updated_at"), chartCreatedText } }))
                    return failed();
            }
        }

        const int notes = rng.weighted({ 10, 30, 25, 15, 10, 5, 5 });
        for (int n = 0; n < notes; ++n) {
            const QDateTime noteAt
                = clientCreated.addDays(qint64(n) * rng.between(20, 200) + rng.between(0, 14));
            QString content = rng.pick(sessionNoteSentences());
            for (int s = rng.between(0, 3); s > 0; --s)
                content += QLatin1Char(' ') + rng.pick(sessionNoteSentences());
            if (!writer.put(QStringLiteral("session_notes"),
                            { { QStringLiteral("id"), rng.uuid() },
                              { QStringLiteral("client_id"), clientId },
                              { QStringLiteral("note_date"), noteAt.date().toString(Qt::ISODate) },
                              { QStringLiteral("note_content"), content },
                              { QStringLiteral("created_at"), timestamp::format(noteAt) },
                              { QStringLiteral("updated_at"), timestamp::format(noteAt) } }))
                return failed();
        }
        progress->report(c + 1, total, tr("Client %1 of %2").arg(c + 1).arg(total));
    }

    if (!tx.commit()) {
        result.error = tr("Demo data could not be saved: %1").arg(tx.errorString());
        return result;
    }
    result.ok = true;
    result.inserted = writer.counts();
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace tp::demo
