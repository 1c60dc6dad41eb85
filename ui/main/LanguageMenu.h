#pragma once

#include <QMenu>

namespace tp::ui {

// View → Language: the system's language (the default) or one the app
// speaks, each with its own name ("Deutsch"). The choice is kept in the
// settings and used from the next start, as the window says.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);

signals:
    // A language was chosen (empty: the system's); for the status bar.
    void chosen(const QString& message);
};

} // namespace tp::ui
