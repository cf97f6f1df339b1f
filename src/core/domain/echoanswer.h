#pragma once

#include <QByteArray>
#include <QString>

// What an IP-echo service said about the caller, read as a tolerant reader: the services
// answer a JSON object ({"ip"}, {"origin"}, {"query"}, with "country", "country_code" or
// "countryCode"), or the bare address as text. Anything else is no address, not an error: the
// proxy still worked.
struct EchoAnswer
{
    QString ip;      // empty when the answer named none
    QString country; // empty when the service gave none

    // Bodies above this are not an echo; only the start is read.
    static constexpr qsizetype kMaxBytes = 16 * 1024;

    static EchoAnswer read(const QByteArray &body);
};
