#include "geoservice.h"

#include "api/apiclient.h"

GeoService::GeoService(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

QString GeoService::keyOf(const GeoQuery &query)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(int(query.level))
        .arg(ProxyTypes::apiName(query.type), query.country.toUpper(), query.region.toUpper());
}

const GeoList *GeoService::cached(const GeoQuery &query) const
{
    const auto it = m_cache.constFind(keyOf(query));
    return it == m_cache.cend() ? nullptr : &*it;
}

void GeoService::load(const GeoQuery &query, QObject *context, Done done)
{
    const QString key = keyOf(query);
    if (const GeoList *list = cached(query)) {
        done(*list);
        return;
    }
    const bool asked = m_waiting.contains(key);
    m_waiting[key].append(Waiter{context, std::move(done)});
    if (asked)
        return;
    const quint64 generation = m_generation;
    m_client->geoPlaces(query, this, [this, key, generation](ApiResult<GeoList> result) {
        if (generation != m_generation)
            return;
        if (result.ok())
            m_cache.insert(key, result.value());
        const QList<Waiter> waiters = m_waiting.take(key);
        for (const Waiter &w : waiters) {
            if (w.context)
                w.done(result);
        }
    });
}

void GeoService::clear()
{
    ++m_generation;
    m_cache.clear();
    m_waiting.clear();
}
