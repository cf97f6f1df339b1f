#pragma once

#include <QProxyStyle>

// Fusion for the dark theme. Fusion draws check box frames in the window colour made darker:
// on a dark window that is almost black on an almost black box. This style gives those frames
// a mid grey instead.
class DarkFusionStyle final : public QProxyStyle
{
public:
    DarkFusionStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;

private:
    template <typename Option>
    bool drawWithGreyFrame(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                           const QWidget *widget) const;
};
