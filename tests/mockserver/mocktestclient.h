#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

// A deliberately plain HTTP client for the mock server tests: one QNetworkAccessManager, the
// bearer header, and a synchronous wait on the reply. It is not the app's ApiClient on purpose.
struct HttpResult
{
    bool finished = false; // false: no answer within the wait
    int status = 0;        // 0: no HTTP answer (dropped, timed out)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray contentLength;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
};

class MockTestClient final
{
public:
    explicit MockTestClient(const QUrl &base, const QByteArray &token = QByteArrayLiteral("demo"))
        : m_base(base), m_token(token)
    {
    }

    QNetworkAccessManager &nam() { return m_nam; }

    QNetworkReply *send(const QByteArray &method, const QString &pathAndQuery,
                        const QByteArray &body = {}, int transferTimeoutMs = 0)
    {
        QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (method == "POST" || method == "PATCH")
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        return m_nam.sendCustomRequest(request, method, body);
    }

    static HttpResult wait(QNetworkReply *reply, int waitMs = 5000)
    {
        HttpResult r;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(waitMs);
        }
        r.finished = reply->isFinished();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        if (reply->isOpen())
            r.body = reply->readAll();
        r.contentType = reply->rawHeader("Content-Type");
        r.retryAfter = reply->rawHeader("Retry-After");
        r.contentLength = reply->rawHeader("Content-Length");
        if (!r.finished)
            reply->abort();
        reply->deleteLater();
        return r;
    }

    HttpResult get(const QString &pathAndQuery, int transferTimeoutMs = 0, int waitMs = 5000)
    {
        return wait(send(QByteArrayLiteral("GET"), pathAndQuery, {}, transferTimeoutMs), waitMs);
    }

    HttpResult post(const QString &pathAndQuery, const QByteArray &body, int transferTimeoutMs = 0,
                    int waitMs = 5000)
    {
        return wait(send(QByteArrayLiteral("POST"), pathAndQuery, body, transferTimeoutMs), waitMs);
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_token;
};
