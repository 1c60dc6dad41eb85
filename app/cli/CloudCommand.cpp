#include "CloudActions.h"
#include "secrets/SecretStore.h"
#include "util/Clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tp::cli {

namespace {

class CloudCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("cloud"); }
    QString summary() const override
    {
        return Cli::tr("add | connect | list | test | remove | upload | ls | download | rm | prune | apps: "
                       "copies of backups in other places.");
    }
    bool takesArguments() const override { return true; }

    void addOptions(QCommandLineParser& parser) override
    {
        m_options.addTo(parser);
        parser.addPositionalArgument(QStringLiteral("action"),
                                     Cli::tr("add NAME --type …, connect NAME, list, test NAME, remove NAME, "
                                             "apps, upload NAME "
                                             "ID|FILE|--all, ls NAME, download NAME REMOTE -o FILE, rm NAME "
                                             "REMOTE, prune NAME --keep-…."),
                                     Cli::tr("ACTION"));
    }

    int run(const Invocation& call) override
    {
        const CloudCall c{ call, m_options, call.arguments() };
        const QString action = c.args.value(0);
        static const std::pair<const char*, int (*)(const CloudCall&)> actions[] = {
            { "add", cloudAdd },           { "list", cloudList },     { "test", cloudTest },
            { "remove", cloudRemove },     { "upload", cloudUpload }, { "ls", cloudLs },
            { "download", cloudDownload }, { "rm", cloudRm },         { "prune", cloudPrune },
            { "connect", cloudConnect },   { "apps", cloudApps },
        };
        for (const auto& [name, function] : actions) {
            if (action == QLatin1String(name))
                return function(c);
        }
        return usageError(
            action.isEmpty() ? Cli::tr("cloud needs an action: add, connect, list, test, remove, upload, ls, "
                                       "download, rm, prune or apps.")
                             : Cli::tr("Unknown cloud action '%1'.").arg(action));
    }

private:
    CloudCliOptions m_options;
};

// The secret in `path`, without the line end an editor adds.
std::optional<QByteArray> readSecretFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Cli::tr("The secret file %1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray secret = file.read(64 * 1024);
    while (secret.endsWith('\n') || secret.endsWith('\r'))
        secret.chop(1);
    if (secret.isEmpty()) {
        *error = Cli::tr("The secret file %1 is empty.").arg(path);
        return std::nullopt;
    }
    return secret;
}

// The destination the add options describe, on top of `d`; a usage message when they do not fit.
QString readAddOptions(const CloudCall& c, cloud::Destination* d)
{
    const QCommandLineParser& p = c.parser();
    if (p.isSet(c.o.type)) {
        const auto provider = cloud::Destination::parseProvider(p.value(c.o.type));
        if (!provider)
            return Cli::tr("--type must be folder, s3, webdav, dropbox or gdrive.");
        d->provider = *provider;
    } else if (d->name.isEmpty()) {
        return Cli::tr("cloud add needs --type.");
    }
    if (p.isSet(c.o.when)) {
        const auto when = cloud::Destination::parseWhen(p.value(c.o.when));
        if (!when)
            return Cli::tr("--when must be immediately, daily or weekly.");
        d->when = *when;
    }
    auto take = [&](const QCommandLineOption& o, QString* field) {
        if (p.isSet(o))
            *field = p.value(o);
    };
    take(c.o.region, &d->region);
    take(c.o.bucket, &d->bucket);
    take(c.o.prefix, &d->prefix);
    take(c.o.accessKeyId, &d->user);
    take(c.o.user, &d->user);
    if (p.isSet(c.o.target))
        d->folder = QFileInfo(p.value(c.o.target)).absoluteFilePath();
    if (p.isSet(c.o.endpoint))
        d->endpoint = QUrl(p.value(c.o.endpoint), QUrl::StrictMode);
    if (p.isSet(c.o.pathStyle))
        d->pathStyle = true;
    d->enabled = !p.isSet(c.o.disabled);
    QString error;
    if (!c.o.keep.read(p, &d->keep, &error))
        return error;
    return {};
}

QJsonObject toJson(const cloud::Destination& d)
{
    QJsonObject o{ { QStringLiteral("name"), d.name },
                   { QStringLiteral("type"), cloud::Destination::providerName(d.provider) },
                   { QStringLiteral("where"), d.describe() },
                   { QStringLiteral("enabled"), d.enabled },
                   { QStringLiteral("when"), cloud::Destination::whenName(d.when) },
                   { QStringLiteral("copies"), QJsonArray::fromStringList(d.copies) },
                   { QStringLiteral("queued"), int(d.queue.size()) } };
    if (d.lastUpload.isValid())
        o.insert(QStringLiteral("last_upload"), timestamp::format(d.lastUpload));
    if (d.lastBytes > 0)
        o.insert(QStringLiteral("last_bytes"), d.lastBytes);
    if (!d.lastError.isEmpty())
        o.insert(QStringLiteral("last_error"), d.lastError);
    if (d.reconnect)
        o.insert(QStringLiteral("reconnect_needed"), true);
    return o;
}

} // namespace

std::unique_ptr<Command> makeCloudCommand()
{
    return std::make_unique<CloudCommand>();
}

void CloudCliOptions::addTo(QCommandLineParser& parser) const
{
    for (const QCommandLineOption* o :
         { &type, &endpoint, &region, &bucket, &prefix, &pathStyle, &accessKeyId, &user, &secretFile, &target,
           &when, &disabled, &folder, &all, &json, &noBrowser, &output })
        parser.addOption(*o);
    keep.addTo(parser);
}

OpenedDestination CloudCall::open() const
{
    OpenedDestination opened;
    const auto found = cloud::Destinations::find(args.value(1));
    if (!found) {
        opened.code = args.value(1).isEmpty()
            ? usageError(Cli::tr("cloud %1 needs the name of a destination.").arg(args.value(0)))
            : failure(Cli::tr("There is no destination “%1” (cloud list shows them).").arg(args.value(1)));
        return opened;
    }
    opened.destination = *found;
    QString error;
    opened.repository = cloud::openRepository(opened.destination, &error);
    if (!opened.repository)
        opened.code = failure(error);
    return opened;
}

int cloudAdd(const CloudCall& c)
{
    if (c.args.size() != 2)
        return usageError(Cli::tr("Use: cloud add NAME --type folder|s3|webdav|dropbox|gdrive …"));
    QString error;
    if (!cloud::Destinations::validName(c.args.at(1), &error))
        return usageError(error);
    cloud::Destination d = cloud::Destinations::find(c.args.at(1)).value_or(cloud::Destination());
    const bool existed = !d.name.isEmpty();
    if (const QString usage = readAddOptions(c, &d); !usage.isEmpty())
        return usageError(usage);
    d.name = c.args.at(1);
    if (const QString missing = cloud::Destinations::incomplete(d); !missing.isEmpty())
        return usageError(missing);
    if (c.parser().isSet(c.o.secretFile)) {
        const auto secret = readSecretFile(c.parser().value(c.o.secretFile), &error);
        if (!secret)
            return failure(error);
        if (!secrets::SecretStore::writeNow(d.secretKey(), *secret, &error))
            return failure(Cli::tr("The secret cannot be kept in the OS keychain: %1").arg(error));
    } else if (d.needsSecret() && !d.usesOAuth() && !existed
               && !(d.provider == cloud::Provider::WebDav && d.user.isEmpty())) {
        return usageError(
            Cli::tr("A %1 destination needs --secret-file (its secret goes into the OS keychain).")
                .arg(cloud::Destination::providerName(d.provider)));
    }
    cloud::Destinations::save(d);
    out() << (existed ? Cli::tr("Changed the destination “%1”: %2.")
                      : Cli::tr("Added the destination “%1”: %2."))
                 .arg(d.name, d.describe())
          << '\n'
          << ((d.usesOAuth() || (d.provider == cloud::Provider::WebDav && d.user.isEmpty())) && !existed
                  ? Cli::tr("Connect it to the account with: theprogram-cli cloud connect %1").arg(d.name)
                  : Cli::tr("Try it with: theprogram-cli cloud test %1").arg(d.name))
          << '\n';
    out().flush();
    return Success;
}

int cloudList(const CloudCall& c)
{
    const QList<cloud::Destination> all = cloud::Destinations::load();
    if (c.parser().isSet(c.o.json)) {
        QJsonArray array;
        for (const cloud::Destination& d : all)
            array.append(toJson(d));
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        out().flush();
        return Success;
    }
    const QLocale locale;
    for (const cloud::Destination& d : all) {
        out() << d.name.leftJustified(16) << ' ' << d.describe() << "  ("
              << (d.enabled ? cloud::Destination::whenName(d.when) : Cli::tr("disabled")) << ")\n";
        out() << "    "
              << (d.lastUpload.isValid() ? Cli::tr("last copy %1, %2")
                                               .arg(d.lastUpload.toLocalTime().toString(Qt::ISODate),
                                                    locale.formattedDataSize(d.lastBytes))
                                         : Cli::tr("nothing copied yet"))
              << Cli::tr("; %n copies there", nullptr, int(d.copies.size()))
              << Cli::tr("; %n waiting", nullptr, int(d.queue.size())) << '\n';
        if (d.reconnect)
            out() << "    " << Cli::tr("reconnect needed: theprogram-cli cloud connect %1").arg(d.name)
                  << '\n';
        if (!d.lastError.isEmpty())
            out() << "    " << Cli::tr("last failure: %1").arg(d.lastError) << '\n';
    }
    if (all.isEmpty())
        out() << Cli::tr("No destinations yet: add one with cloud add NAME --type folder|s3|webdav ….")
              << '\n';
    out().flush();
    return Success;
}

int cloudTest(const CloudCall& c)
{
    OpenedDestination o = c.open();
    if (!o)
        return o.code;
    QString error;
    if (!o.repository->test(&error))
        return failure(error);
    out() << (o.repository->accountName().isEmpty()
                  ? Cli::tr("%1 answers and accepts the account.").arg(o.repository->displayName())
                  : Cli::tr("%1 answers and accepts the account of %2.")
                        .arg(o.repository->displayName(), o.repository->accountName()))
          << '\n';
    if (const auto quota = o.repository->quota(&error); quota && quota->total > 0)
        out() << Cli::tr("%1 of %2 free.")
                     .arg(QLocale().formattedDataSize(quota->available()),
                          QLocale().formattedDataSize(quota->total))
              << '\n';
    out().flush();
    return Success;
}

int cloudRemove(const CloudCall& c)
{
    const auto found = cloud::Destinations::find(c.args.value(1));
    if (!found)
        return failure(Cli::tr("There is no destination “%1” (cloud list shows them).").arg(c.args.value(1)));
    QString error;
    if (found->needsSecret() && !secrets::SecretStore::removeNow(found->secretKey(), &error))
        return failure(
            Cli::tr("The destination's secret cannot be removed from the OS keychain: %1").arg(error));
    cloud::Destinations::remove(found->name);
    out() << Cli::tr("Removed the destination “%1”; the copies already there stay.").arg(found->name) << '\n';
    out().flush();
    return Success;
}

} // namespace tp::cli
