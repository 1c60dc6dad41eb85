#include "RecordDialog.h"

#include "db/TableRegistry.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tp::ui {

using model::Problem;
using model::Row;

namespace {

bool isDarkPalette(const QWidget* w)
{
    return w->palette().color(QPalette::Window).lightness() < 128;
}

QString problemStyle(const QWidget* w, bool error)
{
    if (error)
        return isDarkPalette(w) ? QStringLiteral("color: #ff8a80;") : QStringLiteral("color: #b00020;");
    return isDarkPalette(w) ? QStringLiteral("color: #ffd180;") : QStringLiteral("color: #8a5300;");
}

} // namespace

RecordDialog::RecordDialog(const QString& table, const Row& row, SaveFunction save, QWidget* parent)
    : QDialog(parent)
    , m_table(table)
    , m_row(row)
    , m_save(std::move(save))
{
    auto* layout = new QVBoxLayout(this);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(problemStyle(this, true));
    layout->addWidget(m_banner);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
}

void RecordDialog::finishLayout()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    static_cast<QVBoxLayout*>(layout())->addWidget(buttons);
    setMinimumWidth(460);
}

void RecordDialog::addRow(const QString& column, const QString& label, QWidget* editor)
{
    auto* problem = new QLabel(this);
    problem->setWordWrap(true);
    problem->setVisible(false);
    problem->setObjectName(column + QStringLiteral("_problem"));
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(editor);
    cellLayout->addWidget(problem);
    m_form->addRow(label, cell);
    editor->setObjectName(column);
    m_editors.insert(column, editor);
    m_problemLabels.insert(column, problem);
    m_order << column;
}

QLineEdit* RecordDialog::addLine(const QString& column, const QString& label, const QString& placeholder)
{
    auto* edit = new QLineEdit(this);
    edit->setText(m_row.value(column).toString());
    edit->setPlaceholderText(placeholder);
    addRow(column, label, edit);
    return edit;
}

QPlainTextEdit* RecordDialog::addText(const QString& column, const QString& label)
{
    auto* edit = new QPlainTextEdit(this);
    edit->setPlainText(m_row.value(column).toString());
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(90);
    addRow(column, label, edit);
    return edit;
}

QComboBox* RecordDialog::addChoice(const QString& column, const QString& label,
                                   const QList<QPair<QString, QString>>& choices, bool editable)
{
    auto* combo = new QComboBox(this);
    combo->setEditable(editable);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (const auto& [value, text] : choices)
        combo->addItem(text, value);
    const QString current = m_row.value(column).toString();
    const int index = combo->findData(current);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (editable)
        combo->setEditText(current);
    if (editable) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->completer()->setFilterMode(Qt::MatchContains);
        combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    addRow(column, label, combo);
    return combo;
}

QCheckBox* RecordDialog::addCheck(const QString& column, const QString& label)
{
    auto* check = new QCheckBox(label, this);
    const QVariant v = m_row.value(column);
    check->setChecked(v.toString() == QLatin1String("1") || v.toString() == QLatin1String("true"));
    addRow(column, QString(), check);
    return check;
}

void RecordDialog::setFieldText(const QString& column, const QString& text)
{
    QWidget* w = m_editors.value(column);
    if (auto* line = qobject_cast<QLineEdit*>(w))
        line->setText(text);
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        plain->setPlainText(text);
    else if (auto* combo = qobject_cast<QComboBox*>(w)) {
        const int index = combo->findData(text);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(text);
    } else if (auto* check = qobject_cast<QCheckBox*>(w))
        check->setChecked(text == QLatin1String("1") || text == QLatin1String("true"));
}

QString RecordDialog::problemText(const QString& column) const
{
    const QLabel* label = m_problemLabels.value(column);
    return label && !label->isHidden() ? label->text() : QString();
}

Row RecordDialog::values() const
{
    Row out;
    for (const QString& column : m_order) {
        QWidget* w = m_editors.value(column);
        QString text;
        if (auto* line = qobject_cast<QLineEdit*>(w))
            text = line->text().trimmed();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            text = plain->toPlainText();
        else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            const int index = combo->findText(combo->currentText());
            text = index >= 0 ? combo->itemData(index).toString() : combo->currentText().trimmed();
        } else if (auto* check = qobject_cast<QCheckBox*>(w)) {
            out.insert(column, check->isChecked() ? 1 : 0);
            continue;
        }
        if (column == QLatin1String("latitude") || column == QLatin1String("longitude"))
            text.replace(QLatin1Char(','), QLatin1Char('.'));
        out.insert(column, text.isEmpty() ? QVariant() : QVariant(text));
    }
    if (m_table == QLatin1String("birth_data")) {
        // The offset follows from zone, date and time: let the store work it out again.
        out.insert(QStringLiteral("utc_offset"), QVariant());
        if (out.value(QStringLiteral("time_unknown")).toInt() == 1)
            out.insert(QStringLiteral("birth_time"), QVariant());
    }
    return out;
}

bool RecordDialog::showProblems(const QList<Problem>& problems)
{
    for (QLabel* label : std::as_const(m_problemLabels)) {
        label->clear();
        label->setVisible(false);
    }
    bool errors = false;
    QWidget* firstBad = nullptr;
    for (const Problem& p : problems) {
        QLabel* label = m_problemLabels.value(p.field);
        if (!label)
            continue;
        if (p.isError()) {
            errors = true;
            if (!firstBad)
                firstBad = m_editors.value(p.field);
        }
        const bool labelHasError = label->property("error").toBool() && label->isVisible();
        if (labelHasError && !p.isError())
            continue;
        label->setText(label->isVisible() ? label->text() + QLatin1Char('\n') + p.message : p.message);
        label->setProperty("error", p.isError() || labelHasError);
        label->setStyleSheet(problemStyle(this, p.isError() || labelHasError));
        label->setVisible(true);
    }
    if (firstBad)
        firstBad->setFocus();
    // Make room for the messages that just appeared.
    layout()->activate();
    resize(width(), std::max(height(), sizeHint().height()));
    return errors;
}

void RecordDialog::accept()
{
    Row row = m_row;
    const Row edited = values();
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it)
        row.insert(it.key(), it.value());

    const db::Table* table = db::TableRegistry::instance().table(m_table);
    QList<Problem> shown;
    for (const Problem& p : model::Validator::validateRow(*table, row)) {
        if (m_editors.contains(p.field))
            shown << p;
    }
    m_banner->setVisible(false);
    if (showProblems(shown))
        return;

    const model::SaveResult result = m_save(row);
    if (!result.ok) {
        showProblems(result.problems);
        m_banner->setText(result.error.isEmpty() ? tr("Please correct the fields marked below.")
                                                 : tr("The record could not be saved: %1").arg(result.error));
        m_banner->setVisible(true);
        return;
    }
    m_savedId = result.id;
    QDialog::accept();
}

RecordDialog* RecordDialog::clientDialog(const Row& row, SaveFunction save, QWidget* parent)
{
    auto* d = new RecordDialog(QStringLiteral("clients"), row, std::move(save), parent);
    d->setWindowTitle(row.contains(QStringLiteral("id")) ? tr("Edit Client") : tr("New Client"));
    d->addLine(QStringLiteral("first_name"), tr("&First name:"));
    d->addLine(QStringLiteral("last_name"), tr("&Last name:"));
    d->addLine(QStringLiteral("email"), tr("&E-mail:"), tr("name@example.com"));
    d->addLine(QStringLiteral("phone"), tr("&Phone:"));
    d->addText(QStringLiteral("notes"), tr("&Notes:"));
    d->finishLayout();
    return d;
}

RecordDialog* RecordDialog::birthDataDialog(const Row& row, const QList<Row>& places, SaveFunction save,
                                            QWidget* parent)
{
    auto* d = new RecordDialog(QStringLiteral("birth_data"), row, std::move(save), parent);
    d->setWindowTitle(row.contains(QStringLiteral("id")) ? tr("Edit Birth Data") : tr("New Birth Data"));

    auto* place = new QComboBox(d);
    place->setEditable(true);
    place->setInsertPolicy(QComboBox::NoInsert);
    place->addItem(QString());
    for (const Row& p : places) {
        const QString text = QStringList{ p.value(QStringLiteral("city_name")).toString(),
                                          p.value(QStringLiteral("state_province")).toString(),
                                          p.value(QStringLiteral("country")).toString() }
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QStringLiteral(", "));
        place->addItem(text, QVariant(p));
    }
    place->completer()->setFilterMode(Qt::MatchContains);
    place->completer()->setCompletionMode(QCompleter::PopupCompletion);
    place->setToolTip(
        tr("Pick a place the practice has used before to fill in its coordinates and time zone."));
    d->m_form->addRow(tr("Known &place:"), place);

    d->addLine(QStringLiteral("birth_date"), tr("Birth &date:"), tr("YYYY-MM-DD"));
    auto* time = d->addLine(QStringLiteral("birth_time"), tr("Birth &time:"), tr("HH:MM:SS (local time)"));
    auto* unknown = d->addCheck(QStringLiteral("time_unknown"), tr("Birth time &unknown"));
    time->setEnabled(!unknown->isChecked());
    connect(unknown, &QCheckBox::toggled, time, [time](bool on) { time->setEnabled(!on); });
    auto* city = d->addLine(QStringLiteral("city"), tr("&City:"));
    auto* state = d->addLine(QStringLiteral("state_province"), tr("&State or province:"));
    auto* country = d->addLine(QStringLiteral("country"), tr("C&ountry:"));
    auto* latitude
        = d->addLine(QStringLiteral("latitude"), tr("L&atitude:"), tr("−90 to 90, north positive"));
    auto* longitude
        = d->addLine(QStringLiteral("longitude"), tr("Lo&ngitude:"), tr("−180 to 180, east positive"));
    QList<QPair<QString, QString>> zones;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        zones << qMakePair(QString::fromUtf8(id), QString::fromUtf8(id));
    auto* zone = d->addChoice(QStringLiteral("timezone"), tr("Time &zone:"), zones, true);
    d->addChoice(QStringLiteral("rodden_rating"), tr("&Rodden rating:"),
                 { { QString(), tr("Not rated") },
                   { QStringLiteral("AA"), tr("AA – recorded (birth certificate or record)") },
                   { QStringLiteral("A"), tr("A – from memory (the person or family)") },
                   { QStringLiteral("B"), tr("B – biography or autobiography") },
                   { QStringLiteral("C"), tr("C – caution: no source or unreliable") },
                   { QStringLiteral("DD"), tr("DD – dirty data: conflicting sources") },
                   { QStringLiteral("X"), tr("X – date without time") },
                   { QStringLiteral("XX"), tr("XX – date in question") } },
                 false);
    d->addChoice(QStringLiteral("gender"), tr("&Gender:"),
                 { { QString(), QString() },
                   { QStringLiteral("female"), tr("female") },
                   { QStringLiteral("male"), tr("male") },
                   { QStringLiteral("non-binary"), tr("non-binary") } },
                 true);

    connect(place, &QComboBox::activated, d, [=](int index) {
        const Row p = place->itemData(index).toMap();
        if (p.isEmpty())
            return;
        city->setText(p.value(QStringLiteral("city_name")).toString());
        state->setText(p.value(QStringLiteral("state_province")).toString());
        country->setText(p.value(QStringLiteral("country")).toString());
        latitude->setText(QString::number(p.value(QStringLiteral("latitude")).toDouble(), 'f', 5));
        longitude->setText(QString::number(p.value(QStringLiteral("longitude")).toDouble(), 'f', 5));
        zone->setEditText(p.value(QStringLiteral("timezone")).toString());
    });
    d->finishLayout();
    return d;
}

RecordDialog* RecordDialog::sessionNoteDialog(const Row& row, SaveFunction save, QWidget* parent)
{
    Row initial = row;
    if (!initial.contains(QStringLiteral("note_date")))
        initial.insert(QStringLiteral("note_date"),
                       Clock::nowUtc().toLocalTime().date().toString(Qt::ISODate));
    auto* d = new RecordDialog(QStringLiteral("session_notes"), initial, std::move(save), parent);
    d->setWindowTitle(row.contains(QStringLiteral("id")) ? tr("Edit Session Note") : tr("New Session Note"));
    d->addLine(QStringLiteral("note_date"), tr("&Date:"), tr("YYYY-MM-DD"));
    d->addText(QStringLiteral("note_content"), tr("&Note:"))->setMinimumHeight(180);
    d->finishLayout();
    return d;
}

} // namespace tp::ui
