#include "darkfusionstyle.h"

#include <QStyleFactory>
#include <QStyleOption>

DarkFusionStyle::DarkFusionStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
}

void DarkFusionStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                    QPainter *painter, const QWidget *widget) const
{
    const bool indicator = element == PE_IndicatorCheckBox ||
                           element == PE_IndicatorItemViewItemCheck ||
                           element == PE_IndicatorRadioButton;
    // The copy keeps the option's own type: Fusion draws nothing for a sliced one.
    if (indicator && (drawWithGreyFrame<QStyleOptionViewItem>(element, option, painter, widget) ||
                      drawWithGreyFrame<QStyleOptionButton>(element, option, painter, widget)))
        return;
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

template <typename Option>
bool DarkFusionStyle::drawWithGreyFrame(PrimitiveElement element, const QStyleOption *option,
                                        QPainter *painter, const QWidget *widget) const
{
    const auto *typed = qstyleoption_cast<const Option *>(option);
    if (!typed)
        return false;
    Option copy(*typed);
    copy.palette.setColor(QPalette::Window, QColor(0x9a, 0x9a, 0x9a));
    QProxyStyle::drawPrimitive(element, &copy, painter, widget);
    return true;
}
