#include "cyclelabel.h"

#include <QCoreApplication>

namespace CycleLabel {

QString text(const QString &apiName)
{
    const QString name = apiName.trimmed().toLower();
    //: A billing cycle
    if (name == u"daily")
        return QCoreApplication::translate("CycleLabel", "Daily");
    //: A billing cycle
    if (name == u"weekly")
        return QCoreApplication::translate("CycleLabel", "Weekly");
    //: A billing cycle
    if (name == u"monthly")
        return QCoreApplication::translate("CycleLabel", "Monthly");
    //: A billing cycle: every three months
    if (name == u"quarterly")
        return QCoreApplication::translate("CycleLabel", "Quarterly");
    //: A billing cycle
    if (name == u"yearly")
        return QCoreApplication::translate("CycleLabel", "Yearly");
    //: A billing cycle: paid once, never expires
    if (name == u"lifetime")
        return QCoreApplication::translate("CycleLabel", "Lifetime");
    //: A billing cycle of mobile plans
    if (name == u"day")
        return QCoreApplication::translate("CycleLabel", "1 day");
    //: A billing cycle of mobile plans
    if (name == u"week")
        return QCoreApplication::translate("CycleLabel", "1 week");
    //: A billing cycle of mobile plans
    if (name == u"month")
        return QCoreApplication::translate("CycleLabel", "1 month");
    if (apiName.isEmpty())
        return apiName;
    return apiName.at(0).toUpper() + apiName.mid(1);
}

QStringList knownTexts()
{
    QStringList texts;
    for (const char *name : {"daily", "weekly", "monthly", "quarterly", "yearly", "lifetime", "day",
                             "week", "month"})
        texts.append(text(QString::fromLatin1(name)));
    return texts;
}

} // namespace CycleLabel
