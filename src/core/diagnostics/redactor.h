#pragma once

#include <QString>

// Turns any text that may end up in a log, on the clipboard or in a bug report into a safe one.
//
// Two kinds of redaction, both replacing the secret part with "[redacted]" and keeping the rest
// so the text stays useful:
// - registered secrets (the API key in use: addSecret() at sign-in), wherever they appear, also
//   percent-encoded (in a URL query);
// - secrets recognisable by their shape: `Authorization: Bearer …` and any `Bearer …`/`Basic …`
//   credential, API key headers, JSON values of "password", "pass", "token", "api_key" and their
//   relatives, `password=…` query/form fields, proxy lines `ip:port:user:pass` and credentials in
//   URLs `user:pass@host` / `scheme://user:pass@host`.
//
// Static and thread-safe: log messages come from any thread, the key is set on the GUI thread.
class Redactor final
{
public:
    Redactor() = delete;

    // What a redacted secret is replaced with.
    static QString mask();

    // Registers a secret to remove from every text from now on. Shorter than kMinSecretLength
    // characters is ignored: such a "secret" would mangle ordinary words and no API key is that
    // short.
    static void addSecret(const QString &secret);
    static void removeSecret(const QString &secret);
    static void clearSecrets();
    static int secretCount();

    static QString redact(const QString &text);

    static constexpr int kMinSecretLength = 6;
};
