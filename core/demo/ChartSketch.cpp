#include "ChartSketch.h"

#include "Catalog.h"

#include <cmath>
#include <QJsonArray>

namespace tp::demo {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kObliquity = 23.4393;

double rad(double deg)
{
    return deg * kPi / 180.0;
}
double deg(double r)
{
    return r * 180.0 / kPi;
}
double norm(double d)
{
    return std::fmod(std::fmod(d, 360.0) + 360.0, 360.0);
}
double round6(double v)
{
    return std::round(v * 1e6) / 1e6;
}

struct Body
{
    const char* name;
    double meanAtJ2000; // degrees
    double dailyMotion; // degrees/day
    double retrogradeChance;
};

const Body kBodies[] = {
    { "sun", 0, 0.9856, 0 },
    { "moon", 0, 13.1764, 0 },
    { "mercury", 0, 1.383, 0.19 },
    { "venus", 0, 1.2, 0.07 },
    { "mars", 355.43, 0.5240, 0.1 },
    { "jupiter", 34.35, 0.0831, 0.3 },
    { "saturn", 50.08, 0.0334, 0.36 },
    { "uranus", 314.06, 0.0117, 0.4 },
    { "neptune", 304.35, 0.0060, 0.42 },
    { "pluto", 238.93, 0.0040, 0.44 },
    { "north_node", 125.04, -0.0530, 0 },
    { "south_node", 305.04, -0.0530, 0 },
    { "chiron", 251.0, 0.0195, 0.4 },
    { "lilith", 83.35, 0.1114, 0 },
};

struct AspectKind
{
    const char* name;
    double angle;
    double orb;
};

const AspectKind kAspects[] = {
    { "conjunction", 0, 8 }, { "opposition", 180, 8 }, { "trine", 120, 7 },      { "square", 90, 7 },
    { "sextile", 60, 5 },    { "quincunx", 150, 3 },   { "semisextile", 30, 2 },
};

// Essential dignity of a classical planet in a sign (0 = Aries).
QString dignityOf(const QString& planet, int sign)
{
    static const QMap<QString, QList<int>> domicile
        = { { QStringLiteral("sun"), { 4 } },        { QStringLiteral("moon"), { 3 } },
            { QStringLiteral("mercury"), { 2, 5 } }, { QStringLiteral("venus"), { 1, 6 } },
            { QStringLiteral("mars"), { 0, 7 } },    { QStringLiteral("jupiter"), { 8, 11 } },
            { QStringLiteral("saturn"), { 9, 10 } } };
    static const QMap<QString, int> exaltation
        = { { QStringLiteral("sun"), 0 },    { QStringLiteral("moon"), 1 }, { QStringLiteral("mercury"), 5 },
            { QStringLiteral("venus"), 11 }, { QStringLiteral("mars"), 9 }, { QStringLiteral("jupiter"), 3 },
            { QStringLiteral("saturn"), 6 } };
    if (!domicile.contains(planet))
        return QStringLiteral("none");
    if (domicile.value(planet).contains(sign))
        return QStringLiteral("domicile");
    if (exaltation.value(planet) == sign)
        return QStringLiteral("exaltation");
    for (int home : domicile.value(planet)) {
        if ((home + 6) % 12 == sign)
            return QStringLiteral("detriment");
    }
    if ((exaltation.value(planet) + 6) % 12 == sign)
        return QStringLiteral("fall");
    return QStringLiteral("peregrine");
}

QJsonObject angleObject(double longitude)
{
    const double lon = norm(longitude);
    const int sign = int(lon / 30) % 12;
    const double within = lon - sign * 30;
    return QJsonObject{ { QStringLiteral("longitude"), round6(lon) },
                        { QStringLiteral("sign"), signNames().at(sign) },
                        { QStringLiteral("degree"), int(within) },
                        { QStringLiteral("minute"), int((within - int(within)) * 60) } };
}

} // namespace

ChartSketch sketchChart(const ChartRequest& request, Random& rng)
{
    ChartSketch sketch;
    const double jd = 2440587.5 + double(request.birthUtc.toMSecsSinceEpoch()) / 86400000.0;
    const double n = jd - 2451545.0;
    const double t = n / 36525.0;
    const bool sidereal = request.zodiac == QLatin1String("sidereal");
    const double ayanamsaValue = sidereal ? 23.853 + 0.013969 * (n / 365.25) : 0.0;

    // Longitudes.
    QMap<QString, double> lon;
    const double g = rad(norm(357.528 + 0.9856003 * n));
    const double sun = norm(280.460 + 0.9856474 * n + 1.915 * std::sin(g) + 0.020 * std::sin(2 * g));
    const double moonMean = norm(218.316 + 13.176396 * n);
    const double moonAnomaly = rad(norm(134.963 + 13.064993 * n));
    const double moonF = rad(norm(93.272 + 13.229350 * n));
    for (const Body& b : kBodies) {
        const QString name = QString::fromLatin1(b.name);
        double l;
        if (name == QLatin1String("sun"))
            l = sun;
        else if (name == QLatin1String("moon"))
            l = moonMean + 6.289 * std::sin(moonAnomaly);
        else if (name == QLatin1String("mercury"))
            l = sun + rng.real(-27.5, 27.5);
        else if (name == QLatin1String("venus"))
            l = sun + rng.real(-46.5, 46.5);
        else
            l = b.meanAtJ2000 + b.dailyMotion * n + rng.real(-6, 6);
        lon.insert(name, norm(l - ayanamsaValue));
    }

    // Angles from local sidereal time.
    const double ramc = rad(norm(280.46061837 + 360.98564736629 * n + request.longitude));
    const double eps = rad(kObliquity);
    const double phi = rad(std::clamp(request.latitude, -66.0, 66.0));
    const double asc = norm(
        deg(std::atan2(std::cos(ramc), -(std::sin(ramc) * std::cos(eps) + std::tan(phi) * std::sin(eps))))
        - ayanamsaValue);
    double mc = norm(deg(std::atan2(std::sin(ramc), std::cos(ramc) * std::cos(eps))) - ayanamsaValue);
    // The MC lies in the half of the zodiac above the horizon, 90° ± ~60° before the ascendant.
    if (norm(asc - mc) > 180)
        mc = norm(mc + 180);

    // House cusps: whole sign, equal, or quadrant houses (the quadrants trisected).
    double cusps[12];
    const QString hs = request.houseSystem;
    if (hs == QLatin1String("whole_sign")) {
        for (int i = 0; i < 12; ++i)
            cusps[i] = norm(std::floor(asc / 30) * 30 + 30 * i);
    } else if (hs == QLatin1String("equal")) {
        for (int i = 0; i < 12; ++i)
            cusps[i] = norm(asc + 30 * i);
    } else {
        const double ic = norm(mc + 180);
        const double q1 = norm(ic - asc), q2 = norm(norm(asc + 180) - ic);
        cusps[0] = asc;
        cusps[1] = norm(asc + q1 / 3);
        cusps[2] = norm(asc + 2 * q1 / 3);
        cusps[3] = ic;
        cusps[4] = norm(ic + q2 / 3);
        cusps[5] = norm(ic + 2 * q2 / 3);
        for (int i = 6; i < 12; ++i)
            cusps[i] = norm(cusps[i - 6] + 180);
    }
    const auto houseOf = [&](double l) {
        for (int i = 0; i < 12; ++i) {
            const double start = cusps[i], end = cusps[(i + 1) % 12];
            if (norm(l - start) < norm(end - start))
                return i + 1;
        }
        return 1;
    };

    QJsonObject planets;
    for (const Body& b : kBodies) {
        const QString name = QString::fromLatin1(b.name);
        const double l = lon.value(name);
        const int sign = int(l / 30) % 12;
        const double within = l - sign * 30;
        const bool retro = rng.chance(b.retrogradeChance) || b.dailyMotion < 0;
        const double speed = (retro ? -1 : 1) * std::abs(b.dailyMotion) * rng.real(0.4, 1.3);
        const double latitude = name == QLatin1String("moon") ? 5.128 * std::sin(moonF)
            : name == QLatin1String("sun")                    ? 0.0
                                                              : rng.real(-3.5, 3.5);
        const double decl = deg(std::asin(std::sin(rad(latitude)) * std::cos(eps)
                                          + std::cos(rad(latitude)) * std::sin(eps) * std::sin(rad(l))));
        const double ra = norm(deg(std::atan2(
            std::sin(rad(l)) * std::cos(eps) - std::tan(rad(latitude)) * std::sin(eps), std::cos(rad(l)))));
        const int house = houseOf(l);
        sketch.signOf.insert(name, signNames().at(sign));
        sketch.houseOf.insert(name, house);
        planets.insert(
            name,
            QJsonObject{
                { QStringLiteral("name"), name },
                { QStringLiteral("longitude"), round6(l) },
                { QStringLiteral("latitude"), round6(latitude) },
                { QStringLiteral("distance"),
                  round6(name == QLatin1String("moon") ? rng.real(0.0024, 0.0027) : rng.real(0.3, 40)) },
                { QStringLiteral("speed"), round6(speed) },
                { QStringLiteral("speed_latitude"), round6(rng.real(-0.05, 0.05)) },
                { QStringLiteral("declination"), round6(decl) },
                { QStringLiteral("right_ascension"), round6(ra) },
                { QStringLiteral("sign"), signNames().at(sign) },
                { QStringLiteral("sign_num"), sign + 1 },
                { QStringLiteral("degree"), int(within) },
                { QStringLiteral("minute"), int((within - int(within)) * 60) },
                { QStringLiteral("second"), int(std::fmod(within * 3600, 60)) },
                { QStringLiteral("house"), house },
                { QStringLiteral("retrograde"), retro },
                { QStringLiteral("element"), elementOfSign().at(sign) },
                { QStringLiteral("modality"), modalityOfSign().at(sign) },
                { QStringLiteral("nakshatra_index"), int(l / (360.0 / 27)) + 1 },
                { QStringLiteral("azimuth"), round6(rng.real(0, 360)) },
                { QStringLiteral("altitude"), round6(rng.real(-90, 90)) },
                { QStringLiteral("dignity"), dignityOf(name, sign) },
                { QStringLiteral("is_stationary"), std::abs(speed) < std::abs(b.dailyMotion) * 0.45 },
            });
    }

    QJsonArray houses;
    for (int i = 0; i < 12; ++i) {
        QJsonObject cusp = angleObject(cusps[i]);
        cusp.insert(QStringLiteral("number"), i + 1);
        cusp.insert(QStringLiteral("cusp"), round6(cusps[i]));
        cusp.remove(QStringLiteral("longitude"));
        cusp.insert(QStringLiteral("size"), round6(norm(cusps[(i + 1) % 12] - cusps[i])));
        cusp.insert(QStringLiteral("element"), elementOfSign().at(int(norm(cusps[i]) / 30) % 12));
        houses.append(cusp);
    }

    QJsonArray aspects;
    for (const Body& a : kBodies) {
        for (const Body& b : kBodies) {
            const QString p1 = QString::fromLatin1(a.name), p2 = QString::fromLatin1(b.name);
            if (&a >= &b || (p1 == QLatin1String("north_node") && p2 == QLatin1String("south_node")))
                continue;
            double sep = std::abs(lon.value(p1) - lon.value(p2));
            if (sep > 180)
                sep = 360 - sep;
            for (const AspectKind& k : kAspects) {
                const double orb = std::abs(sep - k.angle);
                if (orb <= k.orb) {
                    const bool applying = rng.chance(0.5);
                    aspects.append(
                        QJsonObject{ { QStringLiteral("planet1"), p1 },
                                     { QStringLiteral("planet2"), p2 },
                                     { QStringLiteral("aspect_type"), QString::fromLatin1(k.name) },
                                     { QStringLiteral("angle"), round6(sep) },
                                     { QStringLiteral("exact_angle"), k.angle },
                                     { QStringLiteral("orb"), round6(orb) },
                                     { QStringLiteral("applying"), applying } });
                    sketch.aspects << ChartAspect{ p1, p2, QString::fromLatin1(k.name), orb };
                    break;
                }
            }
        }
    }

    // Patterns: stelliums (3+ of the ten planets in a sign) and grand trines / T-squares among them.
    QJsonArray patterns;
    const QStringList& core = interpretedPlanets();
    QMap<QString, QStringList> bySign;
    for (const QString& p : core)
        bySign[sketch.signOf.value(p)] << p;
    for (auto it = bySign.cbegin(); it != bySign.cend(); ++it) {
        if (it.value().size() >= 3)
            sketch.patterns << ChartPattern{ QStringLiteral("stellium"), it.value() };
    }
    const auto hasAspect = [&](const QString& x, const QString& y, const char* type) {
        for (const ChartAspect& a : std::as_const(sketch.aspects)) {
            if (a.type == QLatin1String(type)
                && ((a.planet1 == x && a.planet2 == y) || (a.planet1 == y && a.planet2 == x)))
                return true;
        }
        return false;
    };
    for (int i = 0; i < core.size(); ++i) {
        for (int j = i + 1; j < core.size(); ++j) {
            for (int k = j + 1; k < core.size(); ++k) {
                const QString &a = core[i], &b = core[j], &c = core[k];
                if (hasAspect(a, b, "trine") && hasAspect(b, c, "trine") && hasAspect(a, c, "trine"))
                    sketch.patterns << ChartPattern{ QStringLiteral("grand_trine"), { a, b, c } };
                const QString apex = hasAspect(a, b, "opposition") ? c
                    : hasAspect(a, c, "opposition")                ? b
                    : hasAspect(b, c, "opposition")                ? a
                                                                   : QString();
                if (!apex.isEmpty()) {
                    QStringList others{ a, b, c };
                    others.removeOne(apex);
                    if (hasAspect(apex, others[0], "square") && hasAspect(apex, others[1], "square"))
                        sketch.patterns
                            << ChartPattern{ QStringLiteral("t_square"), { others[0], others[1], apex } };
                }
            }
        }
    }
    for (const ChartPattern& p : std::as_const(sketch.patterns))
        patterns.append(QJsonObject{ { QStringLiteral("type"), p.type },
                                     { QStringLiteral("planets"), QJsonArray::fromStringList(p.planets) } });

    QJsonObject ascObj = angleObject(asc);
    QJsonObject houseMeta{
        { QStringLiteral("ascendant"), ascObj },
        { QStringLiteral("mc"), angleObject(mc) },
        { QStringLiteral("descendant"), angleObject(asc + 180) },
        { QStringLiteral("ic"), angleObject(mc + 180) },
        { QStringLiteral("vertex"), angleObject(asc + rng.real(150, 210)) },
        { QStringLiteral("armc"), round6(deg(ramc)) },
        { QStringLiteral("house_system"), request.houseSystem },
    };
    QJsonObject calcInfo{
        { QStringLiteral("julian_day"), round6(jd) },
        { QStringLiteral("julian_century"), round6(t) },
        { QStringLiteral("utc_datetime"), request.birthUtc.toString(Qt::ISODate) },
        { QStringLiteral("timezone"), request.timezone },
        { QStringLiteral("latitude"), round6(request.latitude) },
        { QStringLiteral("longitude"), round6(request.longitude) },
        { QStringLiteral("zodiac"), request.zodiac },
        { QStringLiteral("ayanamsa"), sidereal ? request.ayanamsa : QString() },
        { QStringLiteral("ayanamsa_value"), round6(ayanamsaValue) },
        { QStringLiteral("obliquity"), kObliquity },
        { QStringLiteral("delta_t_seconds"), round6(63.8 + 0.3 * (n / 365.25)) },
        { QStringLiteral("ephemeris"), QStringLiteral("approximate (demo data)") },
        { QStringLiteral("flags"),
          QJsonArray{ QStringLiteral("speed"), QStringLiteral("true_node"),
                      QStringLiteral("topocentric_off") } },
    };
    sketch.chartData = QJsonObject{
        { QStringLiteral("planets"), planets },           { QStringLiteral("houses"), houses },
        { QStringLiteral("aspects"), aspects },           { QStringLiteral("patterns"), patterns },
        { QStringLiteral("houses_metadata"), houseMeta }, { QStringLiteral("calculation_info"), calcInfo },
    };
    return sketch;
}

} // namespace tp::demo
