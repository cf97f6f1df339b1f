#pragma once

#include <QByteArray>
#include <QIODevice>

// A request body that can be read exactly once. QNetworkAccessManager silently re-sends a
// request, POST included, when a connection closes before the answer starts; for a purchase
// that would be a second payment. A body that refuses to rewind turns that re-send into a
// ContentReSendError, which the client reports as "outcome unknown" and reconciles instead.
class OneShotBody final : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
