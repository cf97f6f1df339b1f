#pragma once

#include "domain/apierror.h"

#include <QObject>

#include <optional>

class ApiClient;

// The server's own health probes, which need no key (GET /health/live: it answers at all;
// GET /health: it says it works all the way through). Both go out together and `checked` comes
// once both have answered, so a person asking "is it me or the server?" gets one answer.
class ServerHealth final : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        std::optional<ApiError> liveFailure; // none: the liveness probe answered 2xx
        std::optional<ApiError> deepFailure; // none: the deep check answered 2xx
        bool isUp() const { return !liveFailure && !deepFailure; }
    };

    explicit ServerHealth(ApiClient *client, QObject *parent = nullptr);

    // A check while one runs joins it: one answer for both askers.
    void check();
    bool isChecking() const { return m_pending > 0; }

signals:
    void checked(const ServerHealth::Report &report);

private:
    void answered();

    ApiClient *m_client;
    int m_pending = 0;
    Report m_report;
};
