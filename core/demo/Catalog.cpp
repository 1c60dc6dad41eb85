#include "Catalog.h"

namespace tp::demo {

namespace {

enum CultureId {
    English,
    German,
    Nordic,
    Spanish,
    French,
    Japanese,
    Italian,
    Portuguese,
    Dutch,
    Slavic,
    Indian
};

QList<PersonName> names(std::initializer_list<std::pair<const char*, const char*>> list)
{
    QList<PersonName> out;
    for (const auto& [native, ascii] : list)
        out << PersonName{ QString::fromUtf8(native), QString::fromLatin1(ascii) };
    return out;
}

} // namespace

const QList<City>& cities()
{
    static const QList<City> list = {
        { "London", "England", "United Kingdom", 51.50853, -0.12574, "Europe/London", 2643743, English },
        { "Manchester", "England", "United Kingdom", 53.48095, -2.23743, "Europe/London", 2643123, English },
        { "Edinburgh", "Scotland", "United Kingdom", 55.95206, -3.19648, "Europe/London", 2650225, English },
        { "Dublin", "Leinster", "Ireland", 53.33306, -6.24889, "Europe/Dublin", 2964574, English },
        { "New York", "New York", "United States", 40.71427, -74.00597, "America/New_York", 5128581,
          English },
        { "Los Angeles", "California", "United States", 34.05223, -118.24368, "America/Los_Angeles", 5368361,
          English },
        { "Chicago", "Illinois", "United States", 41.85003, -87.65005, "America/Chicago", 4887398, English },
        { "San Francisco", "California", "United States", 37.77493, -122.41942, "America/Los_Angeles",
          5391959, English },
        { "Boston", "Massachusetts", "United States", 42.35843, -71.05977, "America/New_York", 4930956,
          English },
        { "Seattle", "Washington", "United States", 47.60621, -122.33207, "America/Los_Angeles", 5809844,
          English },
        { "Denver", "Colorado", "United States", 39.73915, -104.9847, "America/Denver", 5419384, English },
        { "Phoenix", "Arizona", "United States", 33.44838, -112.07404, "America/Phoenix", 5308655, English },
        { "Toronto", "Ontario", "Canada", 43.70011, -79.4163, "America/Toronto", 6167865, English },
        { "Vancouver", "British Columbia", "Canada", 49.24966, -123.11934, "America/Vancouver", 6173331,
          English },
        { "Sydney", "New South Wales", "Australia", -33.86785, 151.20732, "Australia/Sydney", 2147714,
          English },
        { "Melbourne", "Victoria", "Australia", -37.814, 144.96332, "Australia/Melbourne", 2158177, English },
        { "Auckland", "Auckland", "New Zealand", -36.84853, 174.76349, "Pacific/Auckland", 2193733, English },
        { "Cape Town", "Western Cape", "South Africa", -33.92584, 18.42322, "Africa/Johannesburg", 3369157,
          English },
        { "Berlin", "Berlin", "Germany", 52.52437, 13.41053, "Europe/Berlin", 2950159, German },
        { "Munich", "Bavaria", "Germany", 48.13743, 11.57549, "Europe/Berlin", 2867714, German },
        { "Hamburg", "Hamburg", "Germany", 53.55073, 9.99302, "Europe/Berlin", 2911298, German },
        { "Köln", "North Rhine-Westphalia", "Germany", 50.93333, 6.95, "Europe/Berlin", 2886242, German },
        { "Wien", "Vienna", "Austria", 48.20849, 16.37208, "Europe/Vienna", 2761369, German },
        { "Zürich", "Zurich", "Switzerland", 47.36667, 8.55, "Europe/Zurich", 2657896, German },
        { "Oslo", "Oslo", "Norway", 59.91273, 10.74609, "Europe/Oslo", 3143244, Nordic },
        { "Bergen", "Vestland", "Norway", 60.39299, 5.32415, "Europe/Oslo", 3161732, Nordic },
        { "Tromsø", "Troms", "Norway", 69.6489, 18.95508, "Europe/Oslo", 3133880, Nordic },
        { "Stockholm", "Stockholm", "Sweden", 59.33258, 18.0649, "Europe/Stockholm", 2673730, Nordic },
        { "København", "Capital Region", "Denmark", 55.67594, 12.56553, "Europe/Copenhagen", 2618425,
          Nordic },
        { "Reykjavík", "Capital Region", "Iceland", 64.13548, -21.89541, "Atlantic/Reykjavik", 3413829,
          Nordic },
        { "Madrid", "Madrid", "Spain", 40.4165, -3.70256, "Europe/Madrid", 3117735, Spanish },
        { "Barcelona", "Catalonia", "Spain", 41.38879, 2.15899, "Europe/Madrid", 3128760, Spanish },
        { "Sevilla", "Andalusia", "Spain", 37.38283, -5.97317, "Europe/Madrid", 2510911, Spanish },
        { "Ciudad de México", "", "Mexico", 19.42847, -99.12766, "America/Mexico_City", 3530597, Spanish },
        { "Buenos Aires", "", "Argentina", -34.61315, -58.37723, "America/Argentina/Buenos_Aires", 3435910,
          Spanish },
        { "Bogotá", "", "Colombia", 4.60971, -74.08175, "America/Bogota", 3688689, Spanish },
        { "Lima", "", "Peru", -12.04318, -77.02824, "America/Lima", 3936456, Spanish },
        { "Santiago", "", "Chile", -33.45694, -70.64827, "America/Santiago", 3871336, Spanish },
        { "Paris", "Île-de-France", "France", 48.85341, 2.3488, "Europe/Paris", 2988507, French },
        { "Lyon", "Auvergne-Rhône-Alpes", "France", 45.74846, 4.84671, "Europe/Paris", 2996944, French },
        { "Marseille", "Provence-Alpes-Côte d'Azur", "France", 43.29695, 5.38107, "Europe/Paris", 2995469,
          French },
        { "Montréal", "Quebec", "Canada", 45.50884, -73.58781, "America/Toronto", 6077243, French },
        { "Genève", "Geneva", "Switzerland", 46.20222, 6.14569, "Europe/Zurich", 2660646, French },
        { "東京", "Tokyo", "Japan", 35.6895, 139.69171, "Asia/Tokyo", 1850147, Japanese },
        { "大阪", "Osaka", "Japan", 34.69374, 135.50218, "Asia/Tokyo", 1853909, Japanese },
        { "京都", "Kyoto", "Japan", 35.02107, 135.75385, "Asia/Tokyo", 1857910, Japanese },
        { "Roma", "Lazio", "Italy", 41.89193, 12.51133, "Europe/Rome", 3169070, Italian },
        { "Milano", "Lombardy", "Italy", 45.46427, 9.18951, "Europe/Rome", 3173435, Italian },
        { "Napoli", "Campania", "Italy", 40.85216, 14.26811, "Europe/Rome", 3172394, Italian },
        { "Lisboa", "Lisbon", "Portugal", 38.71667, -9.13333, "Europe/Lisbon", 2267057, Portuguese },
        { "Porto", "Porto", "Portugal", 41.14961, -8.61099, "Europe/Lisbon", 2735943, Portuguese },
        { "São Paulo", "São Paulo", "Brazil", -23.5475, -46.63611, "America/Sao_Paulo", 3448439, Portuguese },
        { "Rio de Janeiro", "Rio de Janeiro", "Brazil", -22.90642, -43.18223, "America/Sao_Paulo", 3451190,
          Portuguese },
        { "Amsterdam", "North Holland", "Netherlands", 52.37403, 4.88969, "Europe/Amsterdam", 2759794,
          Dutch },
        { "Rotterdam", "South Holland", "Netherlands", 51.9225, 4.47917, "Europe/Amsterdam", 2747891, Dutch },
        { "Antwerpen", "Flanders", "Belgium", 51.21989, 4.40346, "Europe/Brussels", 2803138, Dutch },
        { "Warszawa", "Masovia", "Poland", 52.22977, 21.01178, "Europe/Warsaw", 756135, Slavic },
        { "Kraków", "Lesser Poland", "Poland", 50.06143, 19.93658, "Europe/Warsaw", 3094802, Slavic },
        { "Praha", "Prague", "Czechia", 50.08804, 14.42076, "Europe/Prague", 3067696, Slavic },
        { "Mumbai", "Maharashtra", "India", 19.07283, 72.88261, "Asia/Kolkata", 1275339, Indian },
        { "Delhi", "Delhi", "India", 28.65195, 77.23149, "Asia/Kolkata", 1273294, Indian },
        { "Bengaluru", "Karnataka", "India", 12.97194, 77.59369, "Asia/Kolkata", 1277333, Indian },
        { "Kathmandu", "Bagmati", "Nepal", 27.70169, 85.3206, "Asia/Kathmandu", 1283240, Indian },
    };
    return list;
}

const QList<Culture>& cultures()
{
    static const QList<Culture> list = {
        // English
        { names({ { "Emma", "emma" },
                  { "Olivia", "olivia" },
                  { "James", "james" },
                  { "Oliver", "oliver" },
                  { "Charlotte", "charlotte" },
                  { "Amelia", "amelia" },
                  { "Harry", "harry" },
                  { "Grace", "grace" },
                  { "Sophie", "sophie" },
                  { "Daniel", "daniel" },
                  { "Siobhán", "siobhan" },
                  { "Aoife", "aoife" },
                  { "Michael", "michael" },
                  { "Rebecca", "rebecca" },
                  { "Nathaniel", "nathaniel" },
                  { "Chloe", "chloe" } }),
          names({ { "Smith", "smith" },
                  { "Johnson", "johnson" },
                  { "Williams", "williams" },
                  { "Brown", "brown" },
                  { "Taylor", "taylor" },
                  { "O'Connor", "oconnor" },
                  { "Walsh", "walsh" },
                  { "Thompson", "thompson" },
                  { "Robinson", "robinson" },
                  { "Clarke", "clarke" },
                  { "Evans", "evans" },
                  { "Hughes", "hughes" },
                  { "Campbell", "campbell" },
                  { "Murphy", "murphy" } }),
          false, QStringLiteral("+1") },
        // German
        { names({ { "Anna", "anna" },
                  { "Lukas", "lukas" },
                  { "Jürgen", "juergen" },
                  { "Sophie", "sophie" },
                  { "Maximilian", "maximilian" },
                  { "Lena", "lena" },
                  { "Jörg", "joerg" },
                  { "Käthe", "kaethe" },
                  { "Felix", "felix" },
                  { "Mia", "mia" },
                  { "Hannah", "hannah" },
                  { "Tobias", "tobias" } }),
          names({ { "Müller", "mueller" },
                  { "Schmidt", "schmidt" },
                  { "Schneider", "schneider" },
                  { "Fischer", "fischer" },
                  { "Weiß", "weiss" },
                  { "Schäfer", "schaefer" },
                  { "Köhler", "koehler" },
                  { "Becker", "becker" },
                  { "Hoffmann", "hoffmann" },
                  { "Groß", "gross" },
                  { "Krüger", "krueger" },
                  { "Zimmermann", "zimmermann" } }),
          false, QStringLiteral("+49") },
        // Nordic
        { names({ { "Øyvind", "oyvind" },
                  { "Ingrid", "ingrid" },
                  { "Astrid", "astrid" },
                  { "Bjørn", "bjorn" },
                  { "Sigrún", "sigrun" },
                  { "Åse", "ase" },
                  { "Magnus", "magnus" },
                  { "Freja", "freja" },
                  { "Sølvi", "solvi" },
                  { "Henrik", "henrik" },
                  { "Liv", "liv" },
                  { "Ægir", "aegir" } }),
          names({ { "Hansen", "hansen" },
                  { "Johansen", "johansen" },
                  { "Bjørnstad", "bjornstad" },
                  { "Lindqvist", "lindqvist" },
                  { "Åberg", "aberg" },
                  { "Sæther", "saether" },
                  { "Nilsson", "nilsson" },
                  { "Jónsdóttir", "jonsdottir" },
                  { "Kristensen", "kristensen" },
                  { "Haugland", "haugland" } }),
          false, QStringLiteral("+47") },
        // Spanish
        { names({ { "José", "jose" },
                  { "María", "maria" },
                  { "Lucía", "lucia" },
                  { "Álvaro", "alvaro" },
                  { "Sofía", "sofia" },
                  { "Javier", "javier" },
                  { "Inés", "ines" },
                  { "Andrés", "andres" },
                  { "Carmen", "carmen" },
                  { "Ramón", "ramon" },
                  { "Valentina", "valentina" },
                  { "Mateo", "mateo" } }),
          names({ { "García", "garcia" },
                  { "Fernández", "fernandez" },
                  { "López", "lopez" },
                  { "Martínez", "martinez" },
                  { "Núñez", "nunez" },
                  { "Pérez", "perez" },
                  { "Sánchez", "sanchez" },
                  { "Gómez", "gomez" },
                  { "Ibáñez", "ibanez" },
                  { "Muñoz", "munoz" },
                  { "Castillo", "castillo" } }),
          false, QStringLiteral("+34") },
        // French
        { names({ { "Zoë", "zoe" },
                  { "Émile", "emile" },
                  { "Chloé", "chloe" },
                  { "François", "francois" },
                  { "Hélène", "helene" },
                  { "Léa", "lea" },
                  { "Théo", "theo" },
                  { "Manon", "manon" },
                  { "Benoît", "benoit" },
                  { "Céline", "celine" },
                  { "Gaël", "gael" } }),
          names({ { "Lefèvre", "lefevre" },
                  { "Dubois", "dubois" },
                  { "Moreau", "moreau" },
                  { "Lambert", "lambert" },
                  { "Bérenger", "berenger" },
                  { "Girard", "girard" },
                  { "Rousseau", "rousseau" },
                  { "Faure", "faure" },
                  { "Chevalier", "chevalier" },
                  { "Lemaître", "lemaitre" } }),
          false, QStringLiteral("+33") },
        // Japanese
        { names({ { "太郎", "taro" },
                  { "花子", "hanako" },
                  { "健", "ken" },
                  { "由美", "yumi" },
                  { "翔太", "shota" },
                  { "さくら", "sakura" },
                  { "大輔", "daisuke" },
                  { "愛", "ai" },
                  { "陽菜", "hina" },
                  { "蓮", "ren" } }),
          names({ { "山田", "yamada" },
                  { "佐藤", "sato" },
                  { "鈴木", "suzuki" },
                  { "高橋", "takahashi" },
                  { "田中", "tanaka" },
                  { "渡辺", "watanabe" },
                  { "伊藤", "ito" },
                  { "中村", "nakamura" },
                  { "小林", "kobayashi" } }),
          true, QStringLiteral("+81") },
        // Italian
        { names({ { "Giulia", "giulia" },
                  { "Marco", "marco" },
                  { "Francesca", "francesca" },
                  { "Niccolò", "niccolo" },
                  { "Chiara", "chiara" },
                  { "Luca", "luca" },
                  { "Elena", "elena" },
                  { "Lorenzo", "lorenzo" } }),
          names({ { "Rossi", "rossi" },
                  { "Russo", "russo" },
                  { "Bianchi", "bianchi" },
                  { "Esposito", "esposito" },
                  { "Romano", "romano" },
                  { "Colombo", "colombo" },
                  { "De Luca", "deluca" },
                  { "Ricci", "ricci" } }),
          false, QStringLiteral("+39") },
        // Portuguese
        { names({ { "João", "joao" },
                  { "Inês", "ines" },
                  { "Conceição", "conceicao" },
                  { "Gonçalo", "goncalo" },
                  { "Beatriz", "beatriz" },
                  { "Tiago", "tiago" },
                  { "Mariana", "mariana" },
                  { "Luís", "luis" } }),
          names({ { "Silva", "silva" },
                  { "Santos", "santos" },
                  { "Ferreira", "ferreira" },
                  { "Conceição", "conceicao" },
                  { "Gonçalves", "goncalves" },
                  { "Araújo", "araujo" },
                  { "Magalhães", "magalhaes" } }),
          false, QStringLiteral("+351") },
        // Dutch
        { names({ { "Daan", "daan" },
                  { "Sanne", "sanne" },
                  { "Sem", "sem" },
                  { "Femke", "femke" },
                  { "Joost", "joost" },
                  { "Anouk", "anouk" },
                  { "Bram", "bram" },
                  { "Lotte", "lotte" } }),
          names({ { "de Vries", "devries" },
                  { "van den Berg", "vandenberg" },
                  { "Jansen", "jansen" },
                  { "Bakker", "bakker" },
                  { "van Dijk", "vandijk" },
                  { "Visser", "visser" },
                  { "Smit", "smit" } }),
          false, QStringLiteral("+31") },
        // Slavic
        { names({ { "Agnieszka", "agnieszka" },
                  { "Łukasz", "lukasz" },
                  { "Małgorzata", "malgorzata" },
                  { "Jiří", "jiri" },
                  { "Zuzana", "zuzana" },
                  { "Paweł", "pawel" },
                  { "Kateřina", "katerina" },
                  { "Tomáš", "tomas" } }),
          names({ { "Kowalski", "kowalski" },
                  { "Wiśniewska", "wisniewska" },
                  { "Dvořák", "dvorak" },
                  { "Nowak", "nowak" },
                  { "Wójcik", "wojcik" },
                  { "Novotná", "novotna" },
                  { "Černý", "cerny" } }),
          false, QStringLiteral("+48") },
        // Indian
        { names({ { "Priya", "priya" },
                  { "Arjun", "arjun" },
                  { "Ananya", "ananya" },
                  { "Rohan", "rohan" },
                  { "Lakshmi", "lakshmi" },
                  { "Vikram", "vikram" },
                  { "Meera", "meera" },
                  { "Aditya", "aditya" } }),
          names({ { "Sharma", "sharma" },
                  { "Patel", "patel" },
                  { "Iyer", "iyer" },
                  { "Reddy", "reddy" },
                  { "Gupta", "gupta" },
                  { "Nair", "nair" },
                  { "Joshi", "joshi" } }),
          false, QStringLiteral("+91") },
    };
    return list;
}

const QStringList& signNames()
{
    static const QStringList list
        = { QStringLiteral("aries"),     QStringLiteral("taurus"),   QStringLiteral("gemini"),
            QStringLiteral("cancer"),    QStringLiteral("leo"),      QStringLiteral("virgo"),
            QStringLiteral("libra"),     QStringLiteral("scorpio"),  QStringLiteral("sagittarius"),
            QStringLiteral("capricorn"), QStringLiteral("aquarius"), QStringLiteral("pisces") };
    return list;
}

const QStringList& elementOfSign()
{
    static const QStringList list
        = { QStringLiteral("fire"), QStringLiteral("earth"), QStringLiteral("air"), QStringLiteral("water"),
            QStringLiteral("fire"), QStringLiteral("earth"), QStringLiteral("air"), QStringLiteral("water"),
            QStringLiteral("fire"), QStringLiteral("earth"), QStringLiteral("air"), QStringLiteral("water") };
    return list;
}

const QStringList& modalityOfSign()
{
    static const QStringList list
        = { QStringLiteral("cardinal"), QStringLiteral("fixed"), QStringLiteral("mutable"),
            QStringLiteral("cardinal"), QStringLiteral("fixed"), QStringLiteral("mutable"),
            QStringLiteral("cardinal"), QStringLiteral("fixed"), QStringLiteral("mutable"),
            QStringLiteral("cardinal"), QStringLiteral("fixed"), QStringLiteral("mutable") };
    return list;
}

const QStringList& interpretedPlanets()
{
    static const QStringList list
        = { QStringLiteral("sun"),    QStringLiteral("moon"),   QStringLiteral("mercury"),
            QStringLiteral("venus"),  QStringLiteral("mars"),   QStringLiteral("jupiter"),
            QStringLiteral("saturn"), QStringLiteral("uranus"), QStringLiteral("neptune"),
            QStringLiteral("pluto") };
    return list;
}

const QStringList& sentenceOpeners()
{
    static const QStringList list = {
        QStringLiteral("With %1 in %2, the native tends to"),
        QStringLiteral("This placement of %1 in %2 suggests a person who will"),
        QStringLiteral("When %1 occupies %2, there is a marked inclination to"),
        QStringLiteral("%1 here, colouring the %2 themes of the chart, often leads the native to"),
        QStringLiteral("Traditional authors read %1 in %2 as a call to"),
        QStringLiteral("In a modern, psychological reading, %1 in %2 invites the native to"),
    };
    return list;
}

const QStringList& sentenceThemes()
{
    static const QStringList list = {
        QStringLiteral("seek security through steady, patient effort and tangible results"),
        QStringLiteral("express feelings openly and look for warmth and recognition from others"),
        QStringLiteral("question inherited beliefs and build a personal philosophy from experience"),
        QStringLiteral("find meaning in service, craft and the careful improvement of daily routines"),
        QStringLiteral("form deep bonds slowly, testing trust before committing fully"),
        QStringLiteral("move quickly from idea to action, sometimes before the ground is prepared"),
        QStringLiteral("balance personal desires against a strong sense of fairness and partnership"),
        QStringLiteral("carry a sensitivity to atmosphere that can be both a gift and a burden"),
        QStringLiteral("take on responsibility early and measure themselves against high standards"),
        QStringLiteral("seek variety, conversation and many small connections rather than one fixed path"),
        QStringLiteral(
            "transform difficult experiences into insight, often through a crisis that clears the way"),
        QStringLiteral("dream expansively and look for a horizon larger than the immediate surroundings"),
    };
    return list;
}

const QStringList& sentenceAdvice()
{
    static const QStringList list = {
        QStringLiteral("Growth comes from allowing rest to be as valuable as achievement."),
        QStringLiteral("The challenge is to name needs directly instead of waiting for them to be guessed."),
        QStringLiteral(
            "Periods when this planet is activated by transit are good times to review commitments."),
        QStringLiteral("In relationships, this shows as loyalty that occasionally needs room to breathe."),
        QStringLiteral("Creative work offers a safe channel for the intensity described here."),
        QStringLiteral("The house position shows where in life these themes are most visibly lived out."),
        QStringLiteral(
            "Aspects to this point modify the picture considerably and should be read alongside it."),
        QStringLiteral("Clients with this placement often report that the theme became clearer after their "
                       "Saturn return."),
    };
    return list;
}

const QStringList& sessionNoteSentences()
{
    static const QStringList list = {
        QStringLiteral("Discussed the upcoming Saturn transit to the natal Moon and what it may ask of the "
                       "family situation."),
        QStringLiteral("Client asked about timing for a career change; we looked at Jupiter's ingress into "
                       "the 10th house."),
        QStringLiteral("Follow-up on last session: the relationship question has eased since the Venus "
                       "retrograde ended."),
        QStringLiteral(
            "Reviewed the progressed Moon's move into a new sign; client recognised the shift in mood."),
        QStringLiteral("Birth time is uncertain by about 20 minutes; suggested a rectification session with "
                       "life events."),
        QStringLiteral(
            "Solar return chart for the coming year reviewed; emphasis on the 4th house and home."),
        QStringLiteral("Client is moving abroad in spring; relocated chart to be prepared for next time."),
        QStringLiteral(
            "Talked through the Pluto square and practical ways of handling the pressure at work."),
        QStringLiteral(
            "Synastry with partner discussed; strong Moon–Venus contacts, some friction around Mars."),
        QStringLiteral(
            "Client felt the reading on the 12th house Sun was very accurate; wants to explore it further."),
    };
    return list;
}

const QStringList& clientNoteSentences()
{
    static const QStringList list = {
        QStringLiteral("Referred by a previous client."),
        QStringLiteral("Prefers evening appointments."),
        QStringLiteral("Interested in Vedic as well as Western techniques."),
        QStringLiteral("Birth time from birth certificate."),
        QStringLiteral("Birth time from mother's memory, approximate."),
        QStringLiteral("Sessions by video call."),
        QStringLiteral("Annual solar return reading each birthday."),
    };
    return list;
}

} // namespace tp::demo
