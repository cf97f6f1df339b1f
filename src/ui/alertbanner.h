#pragma once

#include <QLabel>

class RenewalAlerts;

// The strip above the orders (promoted in mainwindow.ui) that says which orders need
// attention, with a link that shows them.
class AlertBanner final : public QLabel
{
    Q_OBJECT

public:
    explicit AlertBanner(QWidget *parent = nullptr);

    void showAlerts(const RenewalAlerts &alerts);
    // Empty while hidden.
    QString alertText() const;

signals:
    void showOrdersRequested(const QList<qint64> &orderIds);

protected:
    bool event(QEvent *event) override;

private:
    void updateStyle();

    QList<qint64> m_attentionIds;
};
