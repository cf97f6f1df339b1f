#pragma once

#include <QCoreApplication>
#include <QString>

class RenewalAlerts;

// The words of an alert, the same in the tray notification and in the window's alert strip.
class AlertText final
{
    Q_DECLARE_TR_FUNCTIONS(AlertText)

public:
    // One line per finding: orders about to lapse, then the renewal funding check.
    static QStringList lines(const RenewalAlerts &alerts);
    static QString title(const RenewalAlerts &alerts);
};
