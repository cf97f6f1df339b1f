#include "tag.h"

namespace Tag {

QString fromApi(const QString &apiTag)
{
    const QString trimmed = apiTag.trimmed();
    if (trimmed.compare(u"none", Qt::CaseInsensitive) == 0)
        return {};
    return trimmed;
}

QString toApi(const QString &tag)
{
    const QString trimmed = tag.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("none") : trimmed;
}

} // namespace Tag
