#include "tone.h"

#include <QGuiApplication>
#include <QPalette>

namespace Tone {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor text(Kind kind, const QPalette &palette)
{
    // Light values reach 4.5:1 contrast on white, dark ones on the dark theme's #2b2b2b.
    const bool dark = isDark(palette);
    switch (kind) {
    case Kind::Good:
        return dark ? QColor(0x57, 0xd0, 0x7f) : QColor(0x1e, 0x7b, 0x34);
    case Kind::Info:
        return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x15, 0x65, 0xc0);
    case Kind::Caution:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9c, 0x50, 0x00);
    case Kind::Bad:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    case Kind::Muted:
        return palette.color(QPalette::Disabled, QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

QColor text(Kind kind)
{
    return text(kind, QGuiApplication::palette());
}

QString textStyle(std::optional<Kind> kind)
{
    if (!kind)
        return {};
    return QStringLiteral("color: %1;").arg(text(*kind).name());
}

} // namespace Tone
