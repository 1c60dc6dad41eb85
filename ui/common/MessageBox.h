#pragma once

#include <optional>
#include <QList>
#include <QMessageBox>
#include <QPair>

namespace tp::ui {

// QMessageBox behind a tiny wrapper so GUI tests can answer the next
// question without a nested event loop (as KeePassXC's MessageBox does).
class MessageBox
{
public:
    // Standard buttons (the answers) with words of their own.
    using ButtonWords = QList<QPair<QMessageBox::StandardButton, QString>>;

    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // A critical message whose buttons carry words of their own (standard
    // buttons as keys, so tests answer it as any other).
    static QMessageBox::StandardButton choice(QWidget* parent, const QString& title, const QString& text,
                                              const ButtonWords& buttons,
                                              QMessageBox::StandardButton defaultButton,
                                              QMessageBox::Icon icon = QMessageBox::Critical);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);

    // A line of text (a label, a password); none when cancelled.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label,
                                          bool password, const QString& initial = {});
    // A file to save into; empty when cancelled.
    static QString askSaveFile(QWidget* parent, const QString& title, const QString& suggested,
                               const QString& filter);

    // Tests: the next askText / askSaveFile returns this at once (nullopt: cancelled).
    static void setNextText(std::optional<QString> text);
    // Tests: the next box returns this answer at once instead of showing.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: what the last box said.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const ButtonWords& words = {});
};

} // namespace tp::ui
