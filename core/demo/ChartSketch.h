#pragma once

#include "Random.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tp::demo {

struct ChartAspect
{
    QString planet1;
    QString planet2;
    QString type;
    double orb = 0;
};

struct ChartPattern
{
    QString type;
    QStringList planets;
};

// A plausible chart: the Sun and Moon from low-precision solar and lunar
// formulas, the angles from sidereal time at the birth place, the other
// bodies from mean motions. Good enough that signs match birthdays; not an
// ephemeris.
struct ChartSketch
{
    QJsonObject chartData; // the chart_data document (SCHEMA.md)
    QList<ChartAspect> aspects;
    QList<ChartPattern> patterns;
    QMap<QString, QString> signOf; // body -> sign
    QMap<QString, int> houseOf; // body -> house
};

struct ChartRequest
{
    QDateTime birthUtc;
    double latitude = 0;
    double longitude = 0;
    QString timezone;
    QString houseSystem;
    QString zodiac; // tropical or sidereal
    QString ayanamsa;
};

ChartSketch sketchChart(const ChartRequest& request, Random& rng);

} // namespace tp::demo
