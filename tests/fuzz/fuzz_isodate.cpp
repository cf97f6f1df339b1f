// IsoDate::parse: bytes as UTF-8 → parse → toIsoUtc → parse again. A date that parses is UTC,
// within 1970..9999, and its ISO text reads back as the same instant (to the second).

#include "fuzzsupport.h"

#include "domain/isodate.h"

SHARDDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(Fuzz::bytes(data, size));
    const QDateTime dt = IsoDate::parse(text);
    if (!dt.isValid())
        return 0;
    FUZZ_CHECK(dt.timeSpec() == Qt::UTC);
    FUZZ_CHECK(dt.date().year() >= 1970 && dt.date().year() <= 9999);

    const QString iso = IsoDate::toIsoUtc(dt);
    FUZZ_CHECK(!iso.isEmpty());
    const QDateTime again = IsoDate::parse(iso);
    FUZZ_CHECK(again.isValid());
    FUZZ_CHECK(again == Fuzz::toSeconds(dt));
    FUZZ_CHECK(IsoDate::toIsoUtc(again) == iso);
    return 0;
}
