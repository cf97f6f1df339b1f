#pragma once

#include <QString>

#include <optional>

// The two residential pools the API's residential endpoints take as `proxy_type`.
enum class ProxyType : quint8 { Standart, Premium };

namespace ProxyTypes {
// The provider's spelling: "standart", "premium".
QString apiName(ProxyType type);
// Also reads "standard" (as people type it) and any case; nullopt for anything else.
std::optional<ProxyType> fromApiName(QStringView name);
} // namespace ProxyTypes
