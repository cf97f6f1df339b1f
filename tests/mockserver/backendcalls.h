#pragma once

// The shared way the backend tests talk to a MockBackend without sockets: requests with the
// demo key, and a search of its orders (newest first).

#include "mockbackend.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

class BackendCalls
{
public:
    static inline const QByteArray kToken = QByteArrayLiteral("demo");

    static QByteArray toJson(const QJsonObject &o)
    {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

protected:
    MockResponse get(const QString &pathAndQuery)
    {
        return m_backend.handle(MockRequest::get(pathAndQuery, kToken));
    }
    MockResponse post(const QString &pathAndQuery, const QByteArray &body)
    {
        return m_backend.handle(MockRequest::post(pathAndQuery, body, kToken));
    }
    MockResponse post(const QString &pathAndQuery, const QJsonObject &body)
    {
        return post(pathAndQuery, toJson(body));
    }
    // Any method, e.g. PATCH or DELETE; an empty body is sent as none.
    MockResponse send(const QByteArray &method, const QString &pathAndQuery,
                      const QByteArray &body = {})
    {
        return m_backend.handle(MockRequest::make(method, pathAndQuery, body, kToken));
    }
    // The first order matching `pred`, newest first.
    template <typename Pred> MockOrder find(Pred pred) const
    {
        const QList<MockOrder> &orders = m_backend.state().orders();
        for (auto it = orders.crbegin(); it != orders.crend(); ++it) {
            if (pred(*it))
                return *it;
        }
        return {};
    }

    MockBackend m_backend;
};
