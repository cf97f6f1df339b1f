#include "cyclelabel.h"

#include <QCoreApplication>

namespace CycleLabel {

namespace {
struct Known
{
    const char16_t *apiName;
    const char *label; // source text in the "CycleLabel" context
};

// Both families the API uses: weekly/monthly… for proxies, day/week/month for mobile plans.
constexpr Known kKnown[] = {
    //: A billing cycle
    {u"daily", QT_TRANSLATE_NOOP("CycleLabel", "Daily")},
    //: A billing cycle
    {u"weekly", QT_TRANSLATE_NOOP("CycleLabel", "Weekly")},
    //: A billing cycle
    {u"monthly", QT_TRANSLATE_NOOP("CycleLabel", "Monthly")},
    //: A billing cycle: every three months
    {u"quarterly", QT_TRANSLATE_NOOP("CycleLabel", "Quarterly")},
    //: A billing cycle
    {u"yearly", QT_TRANSLATE_NOOP("CycleLabel", "Yearly")},
    //: A billing cycle: paid once, never expires
    {u"lifetime", QT_TRANSLATE_NOOP("CycleLabel", "Lifetime")},
    //: A billing cycle of mobile plans
    {u"day", QT_TRANSLATE_NOOP("CycleLabel", "1 day")},
    //: A billing cycle of mobile plans
    {u"week", QT_TRANSLATE_NOOP("CycleLabel", "1 week")},
    //: A billing cycle of mobile plans
    {u"month", QT_TRANSLATE_NOOP("CycleLabel", "1 month")},
};
} // namespace

QString text(const QString &apiName)
{
    const QString name = apiName.trimmed();
    for (const Known &known : kKnown) {
        if (name.compare(QStringView(known.apiName), Qt::CaseInsensitive) == 0)
            return QCoreApplication::translate("CycleLabel", known.label);
    }
    // A cycle ShardDesk does not know yet: the server's own word, as it wrote it.
    return name;
}

QStringList knownTexts()
{
    QStringList texts;
    for (const Known &known : kKnown)
        texts.append(QCoreApplication::translate("CycleLabel", known.label));
    return texts;
}

} // namespace CycleLabel
