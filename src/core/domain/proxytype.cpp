#include "proxytype.h"

namespace ProxyTypes {

QString apiName(ProxyType type)
{
    return type == ProxyType::Premium ? QStringLiteral("premium") : QStringLiteral("standart");
}

std::optional<ProxyType> fromApiName(QStringView name)
{
    const QStringView word = name.trimmed();
    if (word.compare(u"standart", Qt::CaseInsensitive) == 0 ||
        word.compare(u"standard", Qt::CaseInsensitive) == 0)
        return ProxyType::Standart;
    if (word.compare(u"premium", Qt::CaseInsensitive) == 0)
        return ProxyType::Premium;
    return std::nullopt;
}

} // namespace ProxyTypes
