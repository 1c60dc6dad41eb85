#include "LanguageMenu.h"

#include "util/Translations.h"

#include <QActionGroup>

namespace tp::ui {

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent)
{
    auto* group = new QActionGroup(this);
    const QString current = Translations::chosen();
    auto add = [this, group, current](const QString& code, const QString& text) {
        QAction* a = addAction(text);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        group->addAction(a);
    };
    add(QString(), tr("System Language (%1)").arg(Translations::nativeName(Translations::resolve({}))));
    addSeparator();
    for (const QString& code : Translations::available())
        add(code, Translations::nativeName(code));
    connect(group, &QActionGroup::triggered, this, [this](QAction* a) {
        const QString code = a->data().toString();
        Translations::choose(code);
        emit chosen(tr("The Program speaks %1 from its next start.")
                        .arg(Translations::nativeName(Translations::resolve(code))));
    });
}

} // namespace tp::ui
