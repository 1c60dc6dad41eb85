#pragma once

#include "stats/Cleanup.h"

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace tp::ui {

// "Space you can free": what core's Cleanup found (old import safety
// snapshots, saved places no birth data uses), each with what it frees and a
// Remove… button that asks first, saying what is lost. Old snapshots go
// through the importer (Importer::removeSnapshots); places are handed to the
// window, which deletes them undoably (Ctrl+Z).
class TidyUpBox : public QWidget
{
    Q_OBJECT

public:
    explicit TidyUpBox(QString databasePath, QWidget* parent = nullptr);

    void setSuggestions(const QList<stats::CleanupSuggestion>& suggestions);
    // The Remove… button of a kind, for tests; null when not offered.
    QPushButton* removeButton(stats::CleanupSuggestion::Kind kind) const;

signals:
    // Confirmed: the window deletes these saved places, undoably.
    void removePlacesRequested(const QStringList& ids);
    // Something was removed; the numbers are out of date. `what` for the status bar.
    void removed(const QString& what);

private:
    void removeSnapshots(const stats::CleanupSuggestion& s);
    void removePlaces(const stats::CleanupSuggestion& s);

    QString m_databasePath;
    QVBoxLayout* m_rows;
};

} // namespace tp::ui
