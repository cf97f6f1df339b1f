#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

// The strip that says the server cannot be reached: since when, what is on screen instead (the
// orders as of their last sync, from this run or the local store), what still works, and a
// button to try again. Hidden while the server answers.
class OfflineBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // `since`: when the server stopped answering; `asOf`: when the data on screen was synced
    // (invalid: nothing is on screen); `reason`: the last error, for a person.
    void showOffline(const QDateTime &since, const QDateTime &asOf, const QString &reason);
    // The text shown; empty while hidden.
    QString bannerText() const;

signals:
    void retryRequested();

protected:
    bool event(QEvent *event) override;

private:
    void updateText();
    void updateStyle();

    QLabel *m_text;
    QPushButton *m_retry;
    QDateTime m_since;
    QDateTime m_asOf;
    QString m_reason;
};
