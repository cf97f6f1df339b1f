#pragma once

#include <QString>
#include <QStringList>

// Billing cycles as a person reads them. The API names them in two families ("monthly" for
// proxies, "month" for mobile plans); one translated label for each known name everywhere, and
// the server's own word for a name ShardDesk does not know yet.
namespace CycleLabel {
QString text(const QString &apiName);
// The label of every cycle the API is known to name (to size a column for them).
QStringList knownTexts();
} // namespace CycleLabel
