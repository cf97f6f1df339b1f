#include "theme.h"

#include "darkfusionstyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace {

QPalette darkPalette()
{
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor button(0x35, 0x35, 0x35);
    const QColor highlight(0x2f, 0x6f, 0xbf);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x79, 0xb8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x44, 0x44));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

QString &platformStyleName()
{
    static QString name;
    return name;
}

// Qt hands a new application palette to existing widgets only once exec() runs; before that
// (at startup, under Qt Test) they would keep the old one. Telling them again is cheap.
void tellExistingWidgets()
{
    QEvent event(QEvent::ApplicationPaletteChange);
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets)
        QCoreApplication::sendEvent(widget, &event);
}

} // namespace

namespace Theme {

void apply(Preferences::Theme theme)
{
    if (platformStyleName().isEmpty())
        platformStyleName() = QApplication::style()->name();
    static bool changed = false; // the style or palette is ours, not the desktop's
    if (theme == Preferences::Theme::System) {
        // At startup: leave the desktop's style and palette (a dark KDE scheme, qt6ct) alone.
        if (!changed)
            return;
        QApplication::setStyle(platformStyleName());
        // A palette with no role set resolves to the platform's own.
        QApplication::setPalette(QPalette());
        tellExistingWidgets();
        changed = false;
        return;
    }
    changed = true;
    const bool dark = theme == Preferences::Theme::Dark;
    const bool isDarkStyle = dynamic_cast<DarkFusionStyle *>(QApplication::style()) != nullptr;
    if (dark && !isDarkStyle)
        QApplication::setStyle(new DarkFusionStyle);
    else if (!dark && (isDarkStyle || QApplication::style()->name().compare(
                                          u"fusion", Qt::CaseInsensitive) != 0))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    tellExistingWidgets();
}

} // namespace Theme
