#pragma once

#include <functional>
#include <optional>
#include <QObject>
#include <QString>

namespace tp::secrets {

// Secrets (backup passwords, cloud tokens) live in the OS keychain only:
// Secret Service on Linux, Keychain on macOS, Credential Manager on Windows.
// There is no plaintext fallback: when no keychain answers, the callback
// gets an error that says so, and the caller asks the user instead.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString& error)>;
    using ReadDone = std::function<void(std::optional<QByteArray> secret, const QString& error)>;

    // `service` empty: defaultService().
    explicit SecretStore(QString service = {}, QObject* parent = nullptr);

    // The application's name — "TheProgram" for the app and the CLI alike,
    // so both find the same secrets; each test program has one of its own.
    static QString defaultService();

    QString service() const { return m_service; }

    // Callbacks run on this object's thread; they are dropped if it dies first.
    void write(const QString& key, const QByteArray& secret, Done done);
    // A missing entry is not an error: secret is nullopt and error empty.
    void read(const QString& key, ReadDone done);
    void remove(const QString& key, Done done);

    // For the command line and scheduled runs: the same, waited for (an
    // event loop runs meanwhile). nullopt with an empty error: no entry.
    // Called on a worker, the request is handed to the application's thread
    // and waited for there (at most kWorkerWaitMs): QtKeychain's Secret
    // Service backend hands its answers to the thread that first used it,
    // so jobs started on several threads crossed and crashed.
    static std::optional<QByteArray> readNow(const QString& key, QString* error);
    static bool writeNow(const QString& key, const QByteArray& secret, QString* error);
    static bool removeNow(const QString& key, QString* error); // a missing entry counts as removed

    static constexpr int kWorkerWaitMs = 20000;

private:
    void run(int kind, const QString& key, const QByteArray& secret, ReadDone done, bool retried);

    QString m_service;
};

} // namespace tp::secrets
