#pragma once

#include "domain/proxyendpoint.h"
#include "services/proxychecker.h"

class QSettings;

// The checker's choices, kept between runs: which protocols, how many at once, how long to
// wait, which target answers. Stored apart from Preferences: they are chosen in the checker's
// own window, not in Settings.
struct ProxyCheckSettings
{
    CheckProtocols protocols = CheckProtocols::Http;
    ProxyChecker::Options options{32, 10'000, ProxyChecker::defaultTarget()};

    static ProxyCheckSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
};
