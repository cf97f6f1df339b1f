#include "proxychecksettings.h"

#include "enumsetting.h"
#include "setting.h"

namespace {
const EnumSetting<CheckProtocols> kProtocols(QStringLiteral("checker/protocols"),
                                             CheckProtocols::Http,
                                             {{CheckProtocols::Http, "http"},
                                              {CheckProtocols::Socks5, "socks5"},
                                              {CheckProtocols::Both, "both"}});
const auto kConcurrency = Setting<int>::bounded(QStringLiteral("checker/concurrency"), 32,
                                                ProxyChecker::kMinConcurrency,
                                                ProxyChecker::kMaxConcurrency);
const auto kTimeoutMs = Setting<int>::bounded(QStringLiteral("checker/timeoutMs"), 10'000,
                                              ProxyChecker::kMinTimeoutMs,
                                              ProxyChecker::kMaxTimeoutMs);
const Setting<QUrl> kTarget(QStringLiteral("checker/target"), ProxyChecker::defaultTarget(),
                            [](const QUrl &url) {
                                return ProxyChecker::clamped({1, 1000, url}).target == url;
                            });
} // namespace

ProxyCheckSettings ProxyCheckSettings::load(const QSettings &settings)
{
    ProxyCheckSettings s;
    s.protocols = kProtocols.read(settings);
    s.options.concurrency = kConcurrency.read(settings);
    s.options.timeoutMs = kTimeoutMs.read(settings);
    s.options.target = kTarget.read(settings);
    return s;
}

void ProxyCheckSettings::save(QSettings &settings) const
{
    kProtocols.write(settings, protocols);
    kConcurrency.write(settings, options.concurrency);
    kTimeoutMs.write(settings, options.timeoutMs);
    kTarget.write(settings, options.target);
}
