#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
template <typename T> class QFutureWatcher;

namespace tp::ui {

// Settings → Cloud: the places backups are copied to, each with a status
// light (copied / failed, and why / reconnect needed / nothing yet), its
// last copy and what waits; Add…, Change…, Connect… (Dropbox, Google
// Drive), Test Connection — the account and a bar of its space —, Copy Now
// and Remove, the network work on a worker; App Ids… for the OAuth apps.
class CloudTab : public QWidget
{
    Q_OBJECT

public:
    explicit CloudTab(QWidget* parent = nullptr);
    ~CloudTab() override;

    void reload();
    QTreeWidget* list() const { return m_list; }
    QString statusText() const;

    // The actions, on the selected destination (for the buttons and tests).
    void add();
    void change();
    void test();
    void copyNow();
    void remove();
    // Dropbox / Google Drive: connect the account in the browser (again).
    void connectAccount();
    // Forgets the account's access on this computer (the place and what waits stay).
    void disconnectAccount();
    void editAppIds();
    QProgressBar* quotaBar() const { return m_quota; }

signals:
    void busyChanged(bool busy);

private:
    QString selectedName() const;
    // What the selected destination's last copy came to, in the status line.
    void describeSelected();
    void updateButtons();
    void showMenu(const QPoint& at);
    void runOnWorker(const QString& doing, const QString& name, bool copy);

    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_change;
    QPushButton* m_test;
    QPushButton* m_copy;
    QPushButton* m_remove;
    QPushButton* m_connect;
    QPushButton* m_appIds;
    QProgressBar* m_quota;
    QFutureWatcher<void>* m_job = nullptr;
};

} // namespace tp::ui
