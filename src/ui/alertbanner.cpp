#include "alertbanner.h"

#include "accessiblevalue.h"
#include "alerts/renewalalerts.h"
#include "alerttext.h"
#include "tone.h"

#include <QEvent>
#include <QGuiApplication>

AlertBanner::AlertBanner(QWidget *parent) : QLabel(parent)
{
    // The form names the strip ("Alerts"); a screen reader must hear the alerts as well.
    AccessibleValue::expose(this);
    updateStyle();
    connect(this, &QLabel::linkActivated, this, [this] { emit showOrdersRequested(m_attentionIds); });
}

void AlertBanner::showAlerts(const RenewalAlerts &alerts)
{
    m_attentionIds = alerts.attentionIds();
    if (!alerts.hasWarnings()) {
        hide();
        clear();
        return;
    }
    QStringList lines;
    for (const QString &line : AlertText::lines(alerts))
        lines.append(line.toHtmlEscaped());
    setText(QStringLiteral("%1 <a href=\"#show\">%2</a>")
                .arg(lines.join(QStringLiteral("<br>")), tr("Show these orders").toHtmlEscaped()));
    show();
}

QString AlertBanner::alertText() const
{
    return isVisible() ? text() : QString();
}

bool AlertBanner::event(QEvent *event)
{
    const bool handled = QLabel::event(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        updateStyle();
    return handled;
}

void AlertBanner::updateStyle()
{
    // A calm strip in either theme: pale red-brown on light windows, deep on dark ones. The
    // application's palette decides: the label's own is tinted by this very style sheet.
    const bool dark = Tone::isDark(QGuiApplication::palette());
    const QString sheet =
        dark ? QStringLiteral("QLabel { background: #4d2020; color: #ffd7d3; padding: 6px 10px; "
                              "border-bottom: 1px solid #7a3030; } a { color: #ffffff; }")
             : QStringLiteral("QLabel { background: #fde7e5; color: #6b1010; padding: 6px 10px; "
                              "border-bottom: 1px solid #f0b8b2; }");
    // Setting the sheet changes the palette again: only a new sheet is worth setting.
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}
