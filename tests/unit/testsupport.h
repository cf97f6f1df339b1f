#pragma once

// Shared helpers for the unit tests: JSON fixtures, the exact Protocol error text, and
// readable QCOMPARE output for the core enums.

#include "domain/apierror.h"
#include "domain/order.h"
#include "domain/orderstatus.h"
#include "domain/productkind.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>
#include <QtGlobal>

namespace TestSupport {

// The order a list row should read as: every field, as a parser must give it.
inline Order order(qint64 id, qint64 productId, const QString &product, qint64 cycleId,
                   const QString &cycle, const QDateTime &expires, std::optional<bool> autoRenewal,
                   const QString &tag, OrderStatus status = OrderStatus::Active)
{
    Order o;
    o.id = id;
    o.productId = productId;
    o.productName = product;
    o.cycleId = cycleId;
    o.cycleName = cycle;
    o.expiresAt = expires;
    o.autoRenewal = autoRenewal;
    o.tag = tag;
    o.status = status;
    return o;
}

// A JSON document from test text; a typo in a fixture stops the test loudly.
inline QJsonDocument doc(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument d = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("invalid JSON in a test fixture (%s): %s", qPrintable(error.errorString()),
               json.constData());
    return d;
}

inline QJsonObject obj(const QByteArray &json)
{
    return doc(json).object();
}

// What ApiError::protocol(detail) shows a person, spelled out independently of the code.
inline QString protocolMessage(const QString &detail)
{
    return QStringLiteral("The server sent an answer ShardDesk cannot use (") + detail +
           QStringLiteral(").");
}

} // namespace TestSupport

// Found by argument-dependent lookup from QCOMPARE.
inline char *toString(ApiError::Kind kind)
{
    return qstrdup(ApiError::kindName(kind).toUtf8().constData());
}

inline char *toString(OrderStatus status)
{
    return qstrdup(OrderStatuses::apiName(status).toUtf8().constData());
}

inline char *toString(ProductKind kind)
{
    switch (kind) {
    case ProductKind::Datacenter:
        return qstrdup("Datacenter");
    case ProductKind::Isp:
        return qstrdup("Isp");
    case ProductKind::ResidentialStandard:
        return qstrdup("ResidentialStandard");
    case ProductKind::ResidentialPremium:
        return qstrdup("ResidentialPremium");
    case ProductKind::ResidentialUnmetered:
        return qstrdup("ResidentialUnmetered");
    case ProductKind::Other:
        return qstrdup("Other");
    }
    return qstrdup("?");
}

// Every parser failure in these tests must be a Protocol error with this exact detail.
#define SD_VERIFY_PROTOCOL_ERROR(result, detail)                                                   \
    do {                                                                                           \
        QVERIFY2(!(result).ok(), "the parser accepted input it must reject");                      \
        QCOMPARE((result).error().kind(), ApiError::Kind::Protocol);                               \
        QCOMPARE((result).error().httpStatus(), 0);                                                \
        QCOMPARE((result).error().message(), TestSupport::protocolMessage(detail));                \
    } while (false)

// A parser success; on failure the message says why.
#define SD_VERIFY_OK(result) QVERIFY2((result).ok(), qPrintable((result).error().message()))
