#pragma once

#include "stats/RecordCheck.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;
template <typename T> class QFutureWatcher;

namespace tp::ui {

// "Records that would not pass an import": the importer's validator run
// over the live data (core's RecordCheck) on a worker, with progress and
// Stop. The result stays until the data changes; the number is a link to the
// clients behind it, and the first problems are listed in words.
class RecordCheckBox : public QWidget
{
    Q_OBJECT

public:
    explicit RecordCheckBox(QString databasePath, QWidget* parent = nullptr);
    ~RecordCheckBox() override;

    // Checks every record again (on a worker); a check under way is stopped first.
    void start();
    void stop();
    bool isChecking() const { return m_job != nullptr; }
    // The data changed: the result shown is out of date.
    void setStale() { m_stale = true; }
    bool isStale() const { return m_stale; }
    const stats::RecordCheckResult& result() const { return m_result; }
    QPushButton* link() const { return m_link; }

signals:
    void showClients(const QStringList& ids, const QString& what);
    void finished();

private:
    void show(const stats::RecordCheckResult& r);

    QString m_databasePath;
    stats::RecordCheckResult m_result;
    bool m_stale = true;
    QLabel* m_status;
    QProgressBar* m_bar;
    QPushButton* m_stop;
    QPushButton* m_again;
    QPushButton* m_link;
    QVBoxLayout* m_details;
    QFutureWatcher<void>* m_job = nullptr;
};

} // namespace tp::ui
