#pragma once

// Shared pieces of the libFuzzer targets: the bytes as a JSON document (exactly what ApiClient
// hands a parser), invariants that end the run loudly, and a few round-trip helpers.
//
// An invariant that fails aborts the process: libFuzzer saves the input as a crash, and the
// replay driver (fuzzreplay.cpp) fails its test.

#include "domain/apiresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant failed at %s:%d: %s\n", file, line, what);
    std::abort();
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    // A deep copy: the parsers may keep strings that point into it.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// What ApiClient::parseBody does first: bytes → QJsonDocument (null on a parse error).
inline QJsonDocument document(const std::uint8_t *data, std::size_t size)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes(data, size), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonDocument();
    return doc;
}

// Whole seconds: the ISO text the app writes (Qt::ISODate) carries no milliseconds.
inline QDateTime toSeconds(const QDateTime &dt)
{
    if (!dt.isValid())
        return dt;
    return QDateTime::fromSecsSinceEpoch(dt.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace Fuzz

#define FUZZ_CHECK(cond)                                                                        \
    do {                                                                                        \
        if (!(cond))                                                                            \
            ::Fuzz::fail(#cond, __FILE__, __LINE__);                                            \
    } while (false)

namespace Fuzz {

// A parser either succeeds or says why, as a Protocol error a person can read.
template <typename T>
void checkOutcome(const ApiResult<T> &result)
{
    if (result.ok())
        return;
    FUZZ_CHECK(result.error().kind() == ApiError::Kind::Protocol);
    FUZZ_CHECK(!result.error().message().trimmed().isEmpty());
    // A sentence with a field path, not the whole body echoed back.
    FUZZ_CHECK(result.error().message().size() < 2000);
}

// Every target creates the one QCoreApplication the core may need (tr(), QNetworkAccessManager).
inline void initialize(int *argc, char ***argv)
{
    if (!QCoreApplication::instance()) {
        static int fallbackArgc = 1;
        static char name[] = "fuzz";
        static char *fallbackArgv[] = {name, nullptr};
        int *useArgc = argc && *argc > 0 ? argc : &fallbackArgc;
        char **useArgv = argv && *argv ? *argv : fallbackArgv;
        new QCoreApplication(*useArgc, useArgv); // lives until exit, reachable: not a leak
    }
}

} // namespace Fuzz

// Every target defines LLVMFuzzerTestOneInput and this initializer.
#define SHARDDESK_FUZZ_INITIALIZE                                                               \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                \
    {                                                                                           \
        ::Fuzz::initialize(argc, argv);                                                         \
        return 0;                                                                               \
    }
