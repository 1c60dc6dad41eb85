#pragma once

#include <QList>
#include <QString>

namespace tp::demo {

struct City
{
    const char* name;
    const char* stateProvince; // may be empty
    const char* country;
    double latitude;
    double longitude;
    const char* timezone;
    int geonamesId;
    int culture; // index into cultures()
};

struct PersonName
{
    QString native; // as the client writes it
    QString ascii; // for e-mail addresses
};

struct Culture
{
    QList<PersonName> givenNames;
    QList<PersonName> familyNames;
    bool familyNameFirst = false; // only affects display; stored fields are the same
    QString phonePrefix;
};

const QList<City>& cities();
const QList<Culture>& cultures();

// Bodies, signs, aspects and words the demo charts and texts are made of.
const QStringList& signNames(); // "aries" … "pisces"
const QStringList& elementOfSign(); // fire, earth, air, water per sign
const QStringList& modalityOfSign(); // cardinal, fixed, mutable per sign
const QStringList& interpretedPlanets(); // sun … pluto
const QStringList& sentenceOpeners();
const QStringList& sentenceThemes();
const QStringList& sentenceAdvice();
const QStringList& sessionNoteSentences();
const QStringList& clientNoteSentences();

} // namespace tp::demo
