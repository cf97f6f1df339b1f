#include "mockorder.h"

using namespace Qt::Literals::StringLiterals;

QString MockOrder::statusName(Status status)
{
    switch (status) {
    case Status::Active:
        return u"active"_s;
    case Status::OnHold:
        return u"on-hold"_s;
    case Status::Cancelled:
        return u"cancelled"_s;
    }
    return QString();
}

std::optional<MockOrder::Status> MockOrder::statusFromName(QStringView name)
{
    if (name == u"active")
        return Status::Active;
    if (name == u"on-hold")
        return Status::OnHold;
    if (name == u"cancelled")
        return Status::Cancelled;
    return std::nullopt;
}

QString MockOrder::formatTime(qint64 secs, TimeStyle style)
{
    // Days-to-civil conversion (H. Hinnant's algorithm): a page of 100 rows formats 100 dates,
    // and QDateTime round trips would dominate the cost of serving it.
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    const int hour = int(rem / 3600);
    const int minute = int(rem % 3600 / 60);
    const int second = int(rem % 60);

    char buf[32];
    const auto two = [](char *p, int v) {
        p[0] = char('0' + v / 10);
        p[1] = char('0' + v % 10);
    };
    const int y = int(year);
    buf[0] = char('0' + y / 1000 % 10);
    buf[1] = char('0' + y / 100 % 10);
    buf[2] = char('0' + y / 10 % 10);
    buf[3] = char('0' + y % 10);
    buf[4] = '-';
    two(buf + 5, int(month));
    buf[7] = '-';
    two(buf + 8, int(day));
    buf[10] = 'T';
    two(buf + 11, hour);
    buf[13] = ':';
    two(buf + 14, minute);
    buf[16] = ':';
    two(buf + 17, second);
    int len = 19;
    switch (style) {
    case TimeStyle::Zulu:
        buf[len++] = 'Z';
        break;
    case TimeStyle::PlusZero:
        for (const char c : {'+', '0', '0', ':', '0', '0'})
            buf[len++] = c;
        break;
    case TimeStyle::NoOffset:
        break;
    }
    return QString::fromLatin1(buf, len);
}
