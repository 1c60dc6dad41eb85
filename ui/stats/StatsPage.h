#pragma once

#include "stats/PracticeStats.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
template <typename T> class QFutureWatcher;

namespace tp::ui {

// View → Statistics (Ctrl+I), a page of the main window: cards of what the
// practice holds and how it grew this month, with Export All… and Back Up
// Now; the space by kind (a pie) and clients and charts made per month (a
// line), drawn with QtCharts; when the work happens (ActivityHeatmap) and
// the last ten changes, each opening its client; data quality, each number a link to the
// clients behind it, likely duplicates with "Show Both". The numbers are
// read by core's PracticeStats on a worker, with its own connection.
class StatsPage : public QWidget
{
    Q_OBJECT

public:
    StatsPage(QString databasePath, QString backupFolder, QWidget* parent = nullptr);
    ~StatsPage() override;

    // Reads the numbers again (on a worker).
    void refresh();
    bool isReading() const { return m_job != nullptr; }
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
    void refreshed();

private:
    void show(const stats::PracticeStats& s);
    void showCards(const stats::PracticeStats& s);
    void showQuality(const stats::PracticeStats& s);
    void showRecent(const stats::PracticeStats& s);
    QWidget* makeStorageChart(const stats::PracticeStats& s);
    QWidget* makeActivityChart(const stats::PracticeStats& s);
    QWidget* makeBackupsChart(const stats::PracticeStats& s);

    QString m_databasePath;
    QString m_backupFolder;
    stats::PracticeStats m_stats;
    QProgressBar* m_busy;
    QGridLayout* m_cards;
    QGridLayout* m_charts;
    QLabel* m_disks;
    QVBoxLayout* m_quality;
    QVBoxLayout* m_recent;
    class ActivityHeatmap* m_heatmap;
    QComboBox* m_period; // the activity line per week, month or year
    QFutureWatcher<void>* m_job = nullptr;
};

} // namespace tp::ui
