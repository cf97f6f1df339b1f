#include "logcategories.h"

// QtWarningMsg: debug and info are off by default; warnings and criticals still show.
Q_LOGGING_CATEGORY(lcApi, "sharddesk.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "sharddesk.sync", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOrders, "sharddesk.orders", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPurchase, "sharddesk.purchase", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "sharddesk.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "sharddesk.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "sharddesk.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "sharddesk.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "sharddesk.store", QtWarningMsg)
