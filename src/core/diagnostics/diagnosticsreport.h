#pragma once

#include "recenterrors.h"

#include <QString>
#include <QUrl>

// The text Help → "Copy diagnostics" puts on the clipboard: what support needs to know about
// this installation and its recent trouble, and nothing that lets anyone use the account.
//
// Everything that goes in is redacted (Redactor) and the server URL loses any user info, so the
// key cannot get into the report even when an error message happened to contain it.
class DiagnosticsReport final
{
public:
    // What the report says; fill() takes what the running process knows.
    struct Facts
    {
        QString appVersion;
        QString qtVersion;
        QString os;     // pretty product name
        QString kernel; // type and version
        QString cpu;
        QString locale;
        QUrl server;
        bool logEnabled = false;
        bool logWritable = true;
        QString logPath;
        bool debugCategories = false; // SHARDDESK_DEBUG
        QList<RecentErrors::FailedCall> errors;
    };

    // Version, Qt, OS, locale and the log state from this process.
    static Facts currentFacts(const QUrl &server, const RecentErrors *errors);

    // Plain text, one "Name: value" a line, then the failed calls newest first. The field
    // names stay in English whatever the interface language: the reader is the support team.
    static QString text(const Facts &facts);

    // The server URL as it may be shown: no user name or password, no query or fragment.
    static QString safeServer(const QUrl &server);
};
