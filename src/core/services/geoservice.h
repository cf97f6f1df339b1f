#pragma once

#include "domain/apiresult.h"
#include "domain/geolist.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;

// The residential countries, regions and cities, loaded when a view or command asks and kept
// for the session: the lists change rarely, and a picker opened twice should not wait twice.
// Asks for the same list while one is on its way join it; a failure is not kept.
class GeoService final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(ApiResult<GeoList>)>;

    explicit GeoService(ApiClient *client, QObject *parent = nullptr);

    // `done` runs once, and only while `context` lives (at once when the list is cached).
    void load(const GeoQuery &query, QObject *context, Done done);
    const GeoList *cached(const GeoQuery &query) const;
    // Another account or server: its lists may differ.
    void clear();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    static QString keyOf(const GeoQuery &query);

    ApiClient *m_client;
    QHash<QString, GeoList> m_cache;
    QHash<QString, QList<Waiter>> m_waiting;
    quint64 m_generation = 0; // answers asked for before clear() are dropped
};
