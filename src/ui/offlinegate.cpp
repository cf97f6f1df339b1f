#include "offlinegate.h"

#include "relativetime.h"
#include "services/connectionstatus.h"

#include <QAction>
#include <QActionGroup>

OfflineGate::OfflineGate(ConnectionStatus &connection, const QList<QAction *> &actions,
                         QObject *parent)
    : QObject(parent), m_connection(connection), m_group(new QActionGroup(this))
{
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::None);
    for (QAction *action : actions) {
        m_group->addAction(action);
        connect(action, &QAction::changed, this, [this, action] {
            if (isClosed())
                holdBack(action);
        });
    }
    connect(&connection, &ConnectionStatus::offlineChanged, this, &OfflineGate::update);
    update();
}

bool OfflineGate::isClosed() const
{
    return !m_group->isEnabled();
}

QString OfflineGate::reason() const
{
    return tr("Needs the server: offline since %1")
        .arg(RelativeTime::clock(m_connection.offlineSince()));
}

namespace {
// The tooltip an action set itself, or empty when it shows its text (Qt's default): putting the
// text back explicitly would stop it following a change of language.
QString ownToolTip(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    return action->toolTip() == text ? QString() : action->toolTip();
}
} // namespace

void OfflineGate::update()
{
    const bool offline = m_connection.isOffline();
    if (offline == isClosed())
        return;
    m_group->setEnabled(!offline);
    for (QAction *action : m_group->actions()) {
        if (offline) {
            holdBack(action);
        } else {
            const auto tips = m_tips.take(action);
            action->setToolTip(tips.first);
            action->setStatusTip(tips.second);
        }
    }
}

void OfflineGate::holdBack(QAction *action)
{
    // Owners keep setting their own tips while we are offline (the selection decides why Renew
    // does not apply): each new one is remembered as the action's own and gets the reason added.
    const QString why = reason();
    const QString suffix = QStringLiteral(" — ") + why;
    auto &tips = m_tips[action];
    if (!action->toolTip().endsWith(suffix)) {
        tips.first = ownToolTip(action);
        action->setToolTip(action->toolTip() + suffix);
    }
    if (action->statusTip() != why) {
        tips.second = action->statusTip();
        action->setStatusTip(why);
    }
}
