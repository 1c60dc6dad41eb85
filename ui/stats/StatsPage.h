#pragma once

#include "stats/Cleanup.h"
#include "stats/PracticeStats.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QVBoxLayout;
template <typename T> class QFutureWatcher;

namespace tp::ui {

class RecordCheckBox;
class TidyUpBox;

// View → Statistics (Ctrl+I), a page of the main window: cards of what the
// practice holds and how it grew this month, with Export All… and Back Up
// Now; the space by kind (a pie) and clients and charts made per month (a
// line), drawn with QtCharts; when the work happens (ActivityHeatmap) and
// the last ten changes, each opening its client; data quality, each number a link to the
// clients behind it, likely duplicates with "Show Both". The numbers are
// read by core's PracticeStats on a worker, with its own connection, and kept
// until the data changes (setStale: read again at once if the page is shown,
// else when it next is). Below them: the records that would not pass an import
// (RecordCheckBox) and what can be tidied away (TidyUpBox).
class StatsPage : public QWidget
{
    Q_OBJECT

public:
    StatsPage(QString databasePath, QString backupFolder, QWidget* parent = nullptr);
    ~StatsPage() override;

    // Reads the numbers again (on a worker); the records are checked again after.
    void refresh();
    bool isReading() const { return m_job != nullptr; }
    // The data changed: read again now if the page is shown, else when it next is.
    void setStale();
    // Backups are now kept here (Settings changed): read again.
    void setBackupFolder(const QString& folder);
    bool isStale() const { return m_stale; }
    RecordCheckBox* recordCheck() const { return m_records; }
    TidyUpBox* tidyUp() const { return m_tidy; }
    const stats::PracticeStats& current() const { return m_stats; }
    // The quality links, for tests: "clients-without-birth-data", …
    QPushButton* qualityLink(const QString& name) const;
    QComboBox* periodBox() const { return m_period; }

signals:
    // The list of clients to show (the ones behind a number) and what they are.
    void showClients(const QStringList& ids, const QString& what);
    void exportAllRequested();
    void openClient(const QString& id);
    void backUpNowRequested();
    void removePlacesRequested(const QStringList& ids);
    void statusMessage(const QString& text);
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void show(const stats::PracticeStats& s);
    void showCards(const stats::PracticeStats& s);
    void showQuality(const stats::PracticeStats& s);
    void showRecent(const stats::PracticeStats& s);

    QString m_databasePath;
    QString m_backupFolder;
    stats::PracticeStats m_stats;
    QProgressBar* m_busy;
    QGridLayout* m_cards;
    QGridLayout* m_charts;
    QHBoxLayout* m_disks; // used and free space of the disks of the practice and the backups
    QVBoxLayout* m_quality;
    QVBoxLayout* m_recent;
    class ActivityHeatmap* m_heatmap;
    QComboBox* m_period; // the activity line per week, month or year
    RecordCheckBox* m_records;
    TidyUpBox* m_tidy;
    QFutureWatcher<void>* m_job = nullptr;
    bool m_stale = true; // the numbers shown may be out of date
    bool m_readAgain = false; // the data changed while reading
    QTimer* m_staleTimer; // changes in a row are read once
};

} // namespace tp::ui
