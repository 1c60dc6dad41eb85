#pragma once

// Checks of what a practitioner sees, for the GUI tests (header only: the
// core test support does not link Qt Widgets).

#include <QAbstractButton>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStringList>
#include <QTabWidget>
#include <QWidget>
#include <QWizard>

namespace tp::test {

// The accelerator of a text ("&Save" → 's'), or 0.
inline QChar acceleratorOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

// Accelerators used twice among the widgets under `root` that are not
// hidden (labels count through their buddies, group boxes by title),
// plus `extra` texts shown with them (a wizard's buttons). "x: A, B".
inline QStringList duplicateAccelerators(const QWidget* root, const QStringList& extra = {})
{
    QHash<QChar, QStringList> users;
    const auto add = [&](const QString& text) {
        const QChar key = acceleratorOf(text);
        if (!key.isNull())
            users[key] << QString(text).remove(QLatin1Char('&'));
    };
    for (const QString& text : extra)
        add(text);
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (w->isHidden() || w->window() != root->window())
            continue;
        bool shown = true; // not inside a hidden parent below root
        for (const QWidget* p = w->parentWidget(); p && p != root; p = p->parentWidget())
            shown = shown && !p->isHidden();
        if (!shown)
            continue;
        if (const auto* b = qobject_cast<const QAbstractButton*>(w))
            add(b->text());
        else if (const auto* l = qobject_cast<const QLabel*>(w); l && l->buddy())
            add(l->text());
        else if (const auto* g = qobject_cast<const QGroupBox*>(w))
            add(g->title());
    }
    QStringList clashes;
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    return clashes;
}

// The same within one menu bar's titles and within each menu.
inline QStringList duplicateMenuAccelerators(const QMenuBar* bar)
{
    QStringList clashes;
    const auto check = [&](const QList<QAction*>& actions, const QString& where) {
        QHash<QChar, QStringList> users;
        for (const QAction* a : actions) {
            if (!a->isSeparator() && a->isVisible() && !acceleratorOf(a->text()).isNull())
                users[acceleratorOf(a->text())] << QString(a->text()).remove(QLatin1Char('&'));
        }
        for (auto it = users.cbegin(); it != users.cend(); ++it) {
            if (it.value().size() > 1)
                clashes << QStringLiteral("%1 %2: %3")
                               .arg(where, it.key(), it.value().join(QStringLiteral(", ")));
        }
    };
    check(bar->actions(), QStringLiteral("menu bar"));
    for (const QMenu* m : bar->findChildren<QMenu*>())
        check(m->actions(), QString(m->title()).remove(QLatin1Char('&')));
    return clashes;
}

// The wizard's own buttons' texts, which share the window with each page.
inline QStringList wizardButtonTexts(const QWizard* wizard)
{
    QStringList texts;
    for (QWizard::WizardButton b :
         { QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton,
           QWizard::CommitButton, QWizard::HelpButton, QWizard::CustomButton1, QWizard::CustomButton2,
           QWizard::CustomButton3 }) {
        if (const QAbstractButton* button = wizard->button(b); button && !button->isHidden())
            texts << button->text();
    }
    return texts;
}

// Texts under `root` that do not fit where they are shown: a label (that
// does not wrap) or a button narrower than its text needs — what a longer
// translation does to a layout that cannot grow. "“Text”: 120 of 164 px".
inline QStringList clippedTexts(const QWidget* root)
{
    QStringList out;
    for (const QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != root->window())
            continue;
        QString text;
        int needed = 0;
        if (const auto* l = qobject_cast<const QLabel*>(w)) {
            if (l->wordWrap() || l->text().isEmpty() || !l->pixmap().isNull())
                continue;
            text = l->text();
            needed = l->minimumSizeHint().width();
        } else if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
            if (b->text().isEmpty())
                continue;
            text = b->text();
            needed = b->sizeHint().width();
        } else {
            continue;
        }
        if (w->width() + 1 < needed)
            out << QStringLiteral("\u201c%1\u201d: %2 of %3 px").arg(text).arg(w->width()).arg(needed);
    }
    return out;
}

} // namespace tp::test
