#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// What checking one proxy endpoint found. Times are milliseconds from the start of its check;
// -1 when the step was never reached.
struct ProxyCheckResult
{
    Q_DECLARE_TR_FUNCTIONS(ProxyCheckResult)

public:
    enum class Outcome {
        Waiting,    // not checked yet
        Checking,   // on its way
        Works,      // the target answered 2xx through the proxy
        AuthFailed, // the proxy refused the user name or password
        Refused,    // nothing listens on the proxy's port
        TimedOut,   // no answer within the timeout
        Dns,        // the proxy's or the target's name did not resolve
        Tls,        // the target's certificate or handshake failed
        BadAnswer,  // an answer, but not a working one (the target's 5xx, a broken reply)
        Failed,     // any other network error (its words are in detail)
        Cancelled,  // the run was cancelled before this one finished
    };

    Outcome outcome = Outcome::Waiting;
    int connectMs = -1; // until the request was on its way through the proxy
    int totalMs = -1;   // until the whole answer arrived
    int httpStatus = 0; // the target's status, 0 when none came back
    QString exitIp;     // the address the target saw
    QString country;    // when the target said
    QString detail;     // the network's or the target's words, for failures

    bool isDone() const { return outcome != Outcome::Waiting && outcome != Outcome::Checking; }
    bool works() const { return outcome == Outcome::Works; }
    bool failed() const { return isDone() && !works(); }

    static QString label(Outcome outcome);        // "Works", "Wrong password", …
    static QString outcomeName(Outcome outcome);  // "works", "auth_failed", … (CLI, JSON)
    static QList<Outcome> outcomes();
    QJsonObject toJson() const;
};
