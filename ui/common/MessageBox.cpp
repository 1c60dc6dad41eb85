#include "MessageBox.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPushButton>
#include <utility>

namespace tp::ui {

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
QString g_lastText;
bool g_textSet = false;
std::optional<QString> g_nextText;

bool takeNextText(std::optional<QString>* text)
{
    if (!g_textSet)
        return false;
    g_textSet = false;
    *text = std::exchange(g_nextText, std::nullopt);
    return true;
}
} // namespace

std::optional<QString> MessageBox::askText(QWidget* parent, const QString& title, const QString& label,
                                           bool password, const QString& initial)
{
    std::optional<QString> text;
    if (takeNextText(&text))
        return text;
    bool ok = false;
    const QString answer = QInputDialog::getText(
        parent, title, label, password ? QLineEdit::Password : QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

QString MessageBox::askSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter)
{
    std::optional<QString> text;
    if (takeNextText(&text))
        return text.value_or(QString());
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void MessageBox::setNextText(std::optional<QString> text)
{
    g_textSet = true;
    g_nextText = std::move(text);
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const ButtonWords& words)
{
    g_lastText = text;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const auto answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    for (const auto& [button, word] : words)
        box.addButton(button)->setText(word);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::choice(QWidget* parent, const QString& title, const QString& text,
                                               const ButtonWords& buttons,
                                               QMessageBox::StandardButton defaultButton,
                                               QMessageBox::Icon icon)
{
    return show(icon, parent, title, text, QMessageBox::NoButton, defaultButton, buttons);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

} // namespace tp::ui
