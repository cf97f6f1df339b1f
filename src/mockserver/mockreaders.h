#pragma once

#include "mockresponse.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>
#include <variant>

struct MockRequest;

// How the backend's handlers read numbers, bodies and pages out of a request, shared so that the
// order endpoints and the residential ones refuse the same mistakes with the same words.
namespace MockReaders {

// Strict integer parsing: an optional minus sign and digits only (no spaces, no "+", no "1e3").
std::optional<qint64> parseInteger(QStringView text);
// A JSON number with no fraction (and small enough to be exact); nullopt for anything else.
std::optional<qint64> integralNumber(const QJsonValue &v);
// A realistic query integer (Rust's u64 parsing): the value, or the ParseIntError words.
std::variant<qint64, QString> parseQueryUnsigned(QStringView text);

// The body of a POST or PATCH as a JSON object, or the refusal: in the strict profile
// {success:false} with the validating server's words, in the realistic one the framework's
// text/plain words (`structName` is the request struct its deserialiser names).
std::variant<QJsonObject, MockResponse> jsonBody(const MockRequest &request, bool realistic,
                                                 const QString &structName);

struct Paging
{
    int limit = 0;
    qint64 offset = 0;
};
// `limit` (1..maxLimit, default defaultLimit) and `offset` (>= 0, default 0) of a list query.
std::variant<Paging, MockResponse> paging(const MockRequest &request, bool realistic,
                                          int defaultLimit, int maxLimit);

// A deterministic 12-character password from two numbers (an owner and a row or generation).
QString password(qint64 owner, int index);

} // namespace MockReaders
