#pragma once

#include <QString>

// Billing cycles as a person reads them. The API names them in two families ("monthly" for
// proxies, "month" for mobile plans); unknown names are shown as the server wrote them.
namespace CycleLabel {
QString text(const QString &apiName);
} // namespace CycleLabel
