#pragma once

#include <QObject>

// Tells once when a widget has painted for the first time: the moment startup is over for the
// person looking at the screen. Work that can wait (the demo's sample data, the startup
// benchmark's exit) hangs off this.
class FirstPaint final : public QObject
{
    Q_OBJECT

public:
    // Watches `widget`; deletes itself after reporting.
    explicit FirstPaint(QObject *widget);

signals:
    // Emitted from the event loop right after the first paint event was handled.
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};
