#include "SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QPointer>
#include <QSemaphore>
#include <qt6keychain/keychain.h>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSecrets, "theprogram.secrets")

namespace tp::secrets {

namespace {

enum Kind { Write, Read, Remove };

// Runs `call` on the application's thread and waits for it; on that thread,
// runs it at once. What `call` fills is shared, so a wait that gave up
// leaves nothing dangling.
template <typename Result> Result onApplicationThread(std::function<Result(QString*)> call, QString* error)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return call(error);
    struct Shared
    {
        QSemaphore done;
        Result result{};
        QString error;
    };
    auto shared = std::make_shared<Shared>();
    QMetaObject::invokeMethod(
        app,
        [shared, call] {
            shared->result = call(&shared->error);
            shared->done.release();
        },
        Qt::QueuedConnection);
    if (!shared->done.tryAcquire(1, SecretStore::kWorkerWaitMs)) {
        *error = SecretStore::tr("The keychain did not answer in time; try again.");
        return Result{};
    }
    *error = shared->error;
    return shared->result;
}

} // namespace

QString SecretStore::defaultService()
{
    const QString name = QCoreApplication::applicationName();
    return name.isEmpty() ? QStringLiteral("TheProgram") : name;
}

SecretStore::SecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(service.isEmpty() ? defaultService() : std::move(service))
{
}

void SecretStore::write(const QString& key, const QByteArray& secret, Done done)
{
    run(
        Write, key, secret,
        [done](std::optional<QByteArray>, const QString& error) { done(error.isEmpty(), error); }, false);
}

void SecretStore::read(const QString& key, ReadDone done)
{
    run(Read, key, {}, std::move(done), false);
}

void SecretStore::remove(const QString& key, Done done)
{
    run(
        Remove, key, {},
        [done](std::optional<QByteArray>, const QString& error) { done(error.isEmpty(), error); }, false);
}

void SecretStore::run(int kind, const QString& key, const QByteArray& secret, ReadDone done, bool retried)
{
    QKeychain::Job* job = nullptr;
    if (kind == Write) {
        auto* w = new QKeychain::WritePasswordJob(m_service);
        w->setBinaryData(secret);
        job = w;
    } else if (kind == Read) {
        job = new QKeychain::ReadPasswordJob(m_service);
    } else {
        job = new QKeychain::DeletePasswordJob(m_service);
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<SecretStore> self(this);
    connect(job, &QKeychain::Job::finished, this,
            [self, kind, key, secret, done, retried](QKeychain::Job* finished) {
                if (!self)
                    return;
                const QKeychain::Error error = finished->error();
                if (error == QKeychain::NoError) {
                    if (kind == Read)
                        done(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData(), QString());
                    else
                        done(std::nullopt, QString());
                    return;
                }
                if (error == QKeychain::EntryNotFound && kind != Write) {
                    done(std::nullopt, QString());
                    return;
                }
                // The Secret Service may not be up yet right after login: try once more.
                if ((error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError) && !retried) {
                    QTimer::singleShot(1000, self, [self, kind, key, secret, done]() {
                        if (self)
                            self->run(kind, key, secret, done, true);
                    });
                    return;
                }
                qCWarning(lcSecrets) << "keychain error" << int(error) << finished->errorString();
                QString message;
                if (error != QKeychain::NoBackendAvailable)
                    message = tr("The keychain refused the request: %1").arg(finished->errorString());
                else if (kind == Write)
                    message = tr("No keychain is available on this computer (%1). The secret was not "
                                 "stored; The Program will ask for it when it is needed.")
                                  .arg(finished->errorString());
                else
                    message
                        = tr("No keychain is available on this computer (%1).").arg(finished->errorString());
                done(std::nullopt, message);
            });
    job->start();
}

std::optional<QByteArray> SecretStore::readNow(const QString& key, QString* error)
{
    if (QCoreApplication::instance() && QThread::currentThread() != QCoreApplication::instance()->thread())
        return onApplicationThread<std::optional<QByteArray>>([key](QString* e) { return readNow(key, e); },
                                                              error);
    SecretStore store;
    QEventLoop loop;
    std::optional<QByteArray> secret;
    bool answered = false;
    store.read(key, [&](std::optional<QByteArray> value, const QString& message) {
        secret = std::move(value);
        *error = message;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return secret;
}

bool SecretStore::writeNow(const QString& key, const QByteArray& secret, QString* error)
{
    if (QCoreApplication::instance() && QThread::currentThread() != QCoreApplication::instance()->thread())
        return onApplicationThread<bool>([key, secret](QString* e) { return writeNow(key, secret, e); },
                                         error);
    SecretStore store;
    QEventLoop loop;
    bool ok = false;
    bool answered = false;
    store.write(key, secret, [&](bool written, const QString& message) {
        ok = written;
        *error = message;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return ok;
}

bool SecretStore::removeNow(const QString& key, QString* error)
{
    if (QCoreApplication::instance() && QThread::currentThread() != QCoreApplication::instance()->thread())
        return onApplicationThread<bool>([key](QString* e) { return removeNow(key, e); }, error);
    SecretStore store;
    QEventLoop loop;
    bool ok = false;
    bool answered = false;
    store.remove(key, [&](bool removed, const QString& message) {
        ok = removed;
        *error = message;
        answered = true;
        loop.quit();
    });
    if (!answered)
        loop.exec();
    return ok;
}

} // namespace tp::secrets
