#pragma once

#include <QString>

// The provider writes "no tag" as the literal "none"; inside ShardDesk no tag is an empty string.
namespace Tag {
QString fromApi(const QString &apiTag);
QString toApi(const QString &tag);
} // namespace Tag
