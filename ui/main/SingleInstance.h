#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace tp::ui {

// One copy of the app per user. The first one listens on a local socket
// (QLocalServer); a second one hands its files to it and ends, and the
// first comes to the front (and opens the import wizard for the files).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QString name = defaultName(), QObject* parent = nullptr);
    ~SingleInstance() override;

    // The socket name of this user's copy.
    static QString defaultName();

    // Hands `files` (made absolute) to a running copy: true when one took
    // them, so this one should end.
    bool sendToRunning(const QStringList& files, int timeoutMs = 3000) const;
    // Listens for later copies; a name left by a copy that crashed is taken
    // over. False when it cannot listen (the app then runs on its own).
    bool listen();

signals:
    // A later copy was started, with these files (possibly none).
    void activated(const QStringList& files);

private:
    void readMessage();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace tp::ui
