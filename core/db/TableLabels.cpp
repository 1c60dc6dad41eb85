// The words of the table registry: what a practitioner reads for each table
// and column in the wizards, previews, conflicts and results.

#include "TableRegistry.h"

#include <QCoreApplication>
#include <QHash>

namespace tp::db {

namespace {

const char* const kContext = "tp::db::TableRegistry";

const QHash<QString, const char*>& tableLabels()
{
    static const QHash<QString, const char*> labels = {
        { QStringLiteral("app_config"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Program settings") },
        { QStringLiteral("user_preferences"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Preferences") },
        { QStringLiteral("clients"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Clients") },
        { QStringLiteral("birth_data"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Birth data") },
        { QStringLiteral("charts"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Charts") },
        { QStringLiteral("chart_interpretations"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Chart interpretations") },
        { QStringLiteral("interpretations"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Interpretation library") },
        { QStringLiteral("aspect_patterns"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Aspect patterns") },
        { QStringLiteral("transit_events"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Transits") },
        { QStringLiteral("session_notes"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Session notes") },
        { QStringLiteral("location_cache"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Saved places") },
    };
    return labels;
}

// Columns that read the same in every table.
const QHash<QString, const char*>& commonLabels()
{
    static const QHash<QString, const char*> labels = {
        { QStringLiteral("id"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Identifier") },
        { QStringLiteral("created_at"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Added") },
        { QStringLiteral("updated_at"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Last changed") },
        { QStringLiteral("client_id"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Client") },
        { QStringLiteral("chart_id"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Chart") },
        { QStringLiteral("birth_data_id"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Birth data") },
        { QStringLiteral("latitude"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Latitude") },
        { QStringLiteral("longitude"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Longitude") },
        { QStringLiteral("timezone"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Time zone") },
        { QStringLiteral("state_province"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "State or province") },
        { QStringLiteral("country"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Country") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Description") },
        { QStringLiteral("ayanamsa"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Ayanamsa") },
    };
    return labels;
}

// Columns whose words depend on their table ("table/column").
const QHash<QString, const char*>& columnLabels()
{
    static const QHash<QString, const char*> labels = {
        { QStringLiteral("app_config/password_hash"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Password") },
        { QStringLiteral("app_config/app_version"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Program version") },
        { QStringLiteral("app_config/database_version"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Database version") },
        { QStringLiteral("user_preferences/default_house_system"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Default house system") },
        { QStringLiteral("user_preferences/default_ayanamsa"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Default ayanamsa") },
        { QStringLiteral("user_preferences/default_zodiac"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Default zodiac") },
        { QStringLiteral("user_preferences/aspect_orbs"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Aspect orbs") },
        { QStringLiteral("user_preferences/color_scheme"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Colour scheme") },
        { QStringLiteral("user_preferences/displayed_points"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Points shown") },
        { QStringLiteral("clients/first_name"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "First name") },
        { QStringLiteral("clients/last_name"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Last name") },
        { QStringLiteral("clients/email"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "E-mail") },
        { QStringLiteral("clients/phone"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Phone") },
        { QStringLiteral("clients/notes"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Notes") },
        { QStringLiteral("birth_data/birth_date"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Date of birth") },
        { QStringLiteral("birth_data/birth_time"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Time of birth") },
        { QStringLiteral("birth_data/time_unknown"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Time of birth unknown") },
        { QStringLiteral("birth_data/utc_offset"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "UTC offset (minutes)") },
        { QStringLiteral("birth_data/city"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Place of birth") },
        { QStringLiteral("birth_data/rodden_rating"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Rodden rating") },
        { QStringLiteral("birth_data/gender"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Gender") },
        { QStringLiteral("charts/chart_name"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Chart name") },
        { QStringLiteral("charts/chart_type"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Chart type") },
        { QStringLiteral("charts/astro_system"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Astrological system") },
        { QStringLiteral("charts/house_system"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "House system") },
        { QStringLiteral("charts/zodiac_type"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Zodiac") },
        { QStringLiteral("charts/calculation_params"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Calculation settings") },
        { QStringLiteral("charts/chart_data"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Chart positions") },
        { QStringLiteral("charts/last_viewed"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Last opened") },
        { QStringLiteral("chart_interpretations/element_type"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Kind of element") },
        { QStringLiteral("chart_interpretations/element_key"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Element") },
        { QStringLiteral("chart_interpretations/ai_description"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Interpretation") },
        { QStringLiteral("chart_interpretations/ai_model"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Written by (model)") },
        { QStringLiteral("chart_interpretations/ai_prompt_version"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Prompt version") },
        { QStringLiteral("chart_interpretations/version"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Version") },
        { QStringLiteral("chart_interpretations/is_approved"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Review") },
        { QStringLiteral("interpretations/interpretation_type"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Kind") },
        { QStringLiteral("interpretations/key_identifier"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Key") },
        { QStringLiteral("interpretations/tradition"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Tradition") },
        { QStringLiteral("interpretations/text_content"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Text") },
        { QStringLiteral("interpretations/source"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Source") },
        { QStringLiteral("interpretations/is_user_custom"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Written by you") },
        { QStringLiteral("aspect_patterns/pattern_type"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Pattern") },
        { QStringLiteral("aspect_patterns/planets_involved"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Planets involved") },
        { QStringLiteral("transit_events/event_date"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Date and time") },
        { QStringLiteral("transit_events/transiting_planet"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Transiting planet") },
        { QStringLiteral("transit_events/natal_planet"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Natal planet") },
        { QStringLiteral("transit_events/aspect_type"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Aspect") },
        { QStringLiteral("transit_events/orb"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Orb") },
        { QStringLiteral("transit_events/is_applying"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Applying") },
        { QStringLiteral("session_notes/note_date"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Date") },
        { QStringLiteral("session_notes/note_content"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "Note") },
        { QStringLiteral("location_cache/city_name"), QT_TRANSLATE_NOOP("tp::db::TableRegistry", "City") },
        { QStringLiteral("location_cache/geonames_id"),
          QT_TRANSLATE_NOOP("tp::db::TableRegistry", "GeoNames number") },
    };
    return labels;
}

const char* labelOf(const QString& table, const QString& column)
{
    if (column.isEmpty())
        return tableLabels().value(table, nullptr);
    if (const char* own = columnLabels().value(table + QLatin1Char('/') + column, nullptr))
        return own;
    return commonLabels().value(column, nullptr);
}

QString asWords(const QString& name)
{
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

QString TableRegistry::displayName(const QString& table)
{
    const char* label = labelOf(table, {});
    return label ? QCoreApplication::translate(kContext, label) : asWords(table);
}

QString TableRegistry::displayName(const QString& table, const QString& column)
{
    const char* label = labelOf(table, column);
    return label ? QCoreApplication::translate(kContext, label) : asWords(column);
}

bool TableRegistry::hasDisplayName(const QString& table, const QString& column)
{
    return labelOf(table, column) != nullptr;
}

} // namespace tp::db
