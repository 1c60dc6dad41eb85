#pragma once

#include "CliOutput.h"
#include "cloud/Destination.h"
#include "Command.h"
#include "KeepOptions.h"

namespace tp::cli {

// The options of `cloud` and its actions.
struct CloudCliOptions
{
    QCommandLineOption type{ QStringLiteral("type"), Cli::tr("add: folder, s3, webdav, dropbox or gdrive."),
                             Cli::tr("TYPE") };
    QCommandLineOption endpoint{
        QStringLiteral("endpoint"),
        Cli::tr(
            "add: the S3 endpoint (https://s3.eu-central-1.amazonaws.com), or the WebDAV folder's address "
            "(https://cloud.example.org/remote.php/dav/files/me/TheProgram/)."),
        Cli::tr("URL")
    };
    QCommandLineOption region{ QStringLiteral("region"), Cli::tr("add: the S3 region (default us-east-1)."),
                               Cli::tr("REGION") };
    QCommandLineOption bucket{ QStringLiteral("bucket"), Cli::tr("add: the S3 bucket."), Cli::tr("BUCKET") };
    QCommandLineOption prefix{ QStringLiteral("prefix"), Cli::tr("add: a folder in the bucket."),
                               Cli::tr("PREFIX") };
    QCommandLineOption pathStyle{ QStringLiteral("path-style"),
                                  Cli::tr("add: address the bucket as endpoint/bucket (MinIO and most "
                                          "self-hosted stores).") };
    QCommandLineOption accessKeyId{ QStringLiteral("access-key-id"), Cli::tr("add: the S3 access key id."),
                                    Cli::tr("KEY") };
    QCommandLineOption user{ QStringLiteral("user"), Cli::tr("add: the WebDAV user."), Cli::tr("USER") };
    QCommandLineOption secretFile{
        QStringLiteral("secret-file"),
        Cli::tr("add: read the S3 secret key or WebDAV password from this file; it goes into the OS keychain "
                "and nowhere else."),
        Cli::tr("FILE")
    };
    QCommandLineOption target{ QStringLiteral("to"), Cli::tr("add --type folder: the folder copies go to."),
                               Cli::tr("DIR") };
    QCommandLineOption when{ QStringLiteral("when"),
                             Cli::tr("add: copy new backups immediately (default), daily or weekly."),
                             Cli::tr("WHEN") };
    QCommandLineOption disabled{ QStringLiteral("disabled"),
                                 Cli::tr("add: keep the destination but copy nothing to it for now.") };
    QCommandLineOption folder{ QStringLiteral("folder"),
                               Cli::tr("upload: the local backup folder (default: the usual one)."),
                               Cli::tr("DIR") };
    QCommandLineOption all{ QStringLiteral("all"), Cli::tr("upload: every local backup not yet there.") };
    QCommandLineOption json{ QStringLiteral("json"), Cli::tr("list, ls: as JSON.") };
    QCommandLineOption noBrowser{ QStringLiteral("no-browser"),
                                  Cli::tr("connect: only print the sign-in address, to open in a browser "
                                          "anywhere on this computer.") };
    QCommandLineOption output{ { QStringLiteral("o"), QStringLiteral("output") },
                               Cli::tr("download: the file to write (its manifest goes beside it)."),
                               Cli::tr("FILE") };
    KeepOptions keep;

    void addTo(QCommandLineParser& parser) const;
};

// A destination and its repository, opened for an action; false after
// saying why (then `code` is the exit code).
struct OpenedDestination
{
    cloud::Destination destination;
    std::unique_ptr<cloud::Repository> repository;
    int code = Success;
    explicit operator bool() const { return repository != nullptr; }
};

struct CloudCall
{
    const Invocation& call;
    const CloudCliOptions& o;
    QStringList args; // the action and what follows it

    const QCommandLineParser& parser() const { return call.parser; }
    // The destination args[1] names, and its repository.
    OpenedDestination open() const;
};

int cloudAdd(const CloudCall& c);
int cloudList(const CloudCall& c);
int cloudTest(const CloudCall& c);
int cloudRemove(const CloudCall& c);
int cloudUpload(const CloudCall& c);
int cloudLs(const CloudCall& c);
int cloudDownload(const CloudCall& c);
int cloudRm(const CloudCall& c);
int cloudPrune(const CloudCall& c);
int cloudConnect(const CloudCall& c);
int cloudApps(const CloudCall& c);

// `backup create --upload NAME`: copies what the destination has queued
// (the new backup among it) now. Success, or Failure after saying why.
int uploadQueued(const QString& destinationName);
// After a scheduled backup: every enabled destination copies what it has
// queued when it is due (and prunes by its rules). Success, or Failure
// after saying which could not.
int copyToDestinations();

} // namespace tp::cli
