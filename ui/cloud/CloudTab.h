#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
template <typename T> class QFutureWatcher;

namespace tp::ui {

// Settings → Cloud: the places backups are copied to, each with a status
// light (copied / failed, and why / nothing yet), its last copy and what
// waits; Add…, Change…, Test Connection, Copy Now and Remove, the network
// work on a worker.
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

signals:
    void busyChanged(bool busy);

private:
    QString selectedName() const;
    // What the selected destination's last copy came to, in the status line.
    void describeSelected();
    void updateButtons();
    void runOnWorker(const QString& doing, const QString& name, bool copy);

    QTreeWidget* m_list;
    QLabel* m_status;
    QPushButton* m_add;
    QPushButton* m_change;
    QPushButton* m_test;
    QPushButton* m_copy;
    QPushButton* m_remove;
    QFutureWatcher<void>* m_job = nullptr;
};

} // namespace tp::ui
