#pragma once

#include <QLoggingCategory>

// One logging category per component (DESIGN.md "Diagnostics"). Each is defined with
// QtWarningMsg as its default threshold, so qCDebug/qCInfo cost nothing and print nothing
// unless switched on (SHARDDESK_DEBUG=1 or QT_LOGGING_RULES="sharddesk.api.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcOrders)
Q_DECLARE_LOGGING_CATEGORY(lcPurchase)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
