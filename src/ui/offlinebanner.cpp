#include "offlinebanner.h"

#include "accessiblevalue.h"
#include "relativetime.h"
#include "tone.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    m_text->setObjectName(QStringLiteral("offlineText"));
    m_retry->setObjectName(QStringLiteral("offlineRetry"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    AccessibleValue::expose(m_text);
    updateText();
    updateStyle();
    hide();
}

void OfflineBanner::showOffline(const QDateTime &since, const QDateTime &asOf,
                                const QString &reason)
{
    m_since = since;
    m_asOf = asOf;
    m_reason = reason;
    updateText();
    show();
}

QString OfflineBanner::bannerText() const
{
    return isVisible() ? AccessibleValue::plainText(m_text) : QString();
}

void OfflineBanner::updateText()
{
    setAccessibleName(tr("Offline notice"));
    m_text->setAccessibleName(tr("Offline"));
    m_retry->setText(tr("Try again"));
    m_retry->setAccessibleName(tr("Try to reach the server again"));
    if (!m_since.isValid())
        return;
    QString text = tr("<b>Offline since %1</b>: the server cannot be reached.")
                       .arg(RelativeTime::clock(m_since).toHtmlEscaped());
    if (!m_reason.isEmpty())
        text += QLatin1Char(' ') + m_reason.toHtmlEscaped();
    text += QStringLiteral("<br>");
    text += m_asOf.isValid()
                ? tr("Showing the orders as of %1: search, sort and export work; buying and "
                     "changes wait for the server.")
                      .arg(RelativeTime::clock(m_asOf).toHtmlEscaped())
                : tr("Nothing is stored for this account yet: it appears after the first sync.");
    m_text->setText(text);
}

bool OfflineBanner::event(QEvent *event)
{
    const bool handled = QFrame::event(event);
    if (event->type() == QEvent::LanguageChange)
        updateText();
    else if (event->type() == QEvent::PaletteChange ||
             event->type() == QEvent::ApplicationPaletteChange)
        updateStyle();
    return handled;
}

void OfflineBanner::updateStyle()
{
    // Amber, not the alerts' red: nothing is wrong with the orders, only the line to the server.
    const bool dark = Tone::isDark(QGuiApplication::palette());
    const QString sheet =
        dark ? QStringLiteral("#offlineBanner { background: #4a3b12; border-bottom: 1px solid "
                              "#7a6420; } #offlineText { color: #ffe9b0; }")
             : QStringLiteral("#offlineBanner { background: #fff4d6; border-bottom: 1px solid "
                              "#e8cf87; } #offlineText { color: #5c4300; }");
    // Setting the sheet changes the palette again: only a new sheet is worth setting.
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}
