#include "benchsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

#include <unistd.h>

namespace Bench {

QList<Order> syntheticOrders(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QString products[] = {QStringLiteral("Datacenter Proxy"), QStringLiteral("ISP Proxy"),
                                QStringLiteral("Standart Residential Proxy"),
                                QStringLiteral("Premium Residential Proxy"),
                                QStringLiteral("Unmetered Residential proxy"),
                                QStringLiteral("Mobile Proxy 4G")};
    const QString cycles[] = {QStringLiteral("weekly"), QStringLiteral("monthly"),
                              QStringLiteral("quarterly"), QStringLiteral("yearly"),
                              QStringLiteral("lifetime"), QStringLiteral("day")};
    QStringList tags{QString(), QString(), QStringLiteral("scraping"), QStringLiteral("seo"),
                     QStringLiteral("client-acme"), QStringLiteral("тест")};
    for (int i = 0; i < 40; ++i)
        tags.append(QStringLiteral("client-%1").arg(i));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Order> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        Order o;
        o.id = 100001 + i;
        const int p = int(random.bounded(6));
        o.productId = p + 1;
        o.productName = products[p];
        const int c = int(random.bounded(6));
        o.cycleId = c + 1;
        o.cycleName = cycles[c];
        o.expiresAt = QDateTime::fromMSecsSinceEpoch(
            now + qint64(random.bounded(120 * 24)) * 3600 * 1000 - qint64(60) * 24 * 3600 * 1000,
            Qt::UTC);
        if (p < 2 || p == 4)
            o.autoRenewal = random.bounded(2) == 1;
        // Parsed strings are separate copies, as they are when read from JSON.
        o.tag = QString(tags.at(int(random.bounded(int(tags.size())))).constData());
        o.productName = QString(o.productName.constData());
        o.cycleName = QString(o.cycleName.constData());
        const int s = int(random.bounded(10));
        o.status = s < 7 ? OrderStatus::Active : (s < 8 ? OrderStatus::OnHold : OrderStatus::Cancelled);
        out.append(o);
    }
    return out;
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

} // namespace Bench
