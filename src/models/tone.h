#pragma once

#include <QColor>
#include <QString>

#include <optional>

class QPalette;

// The few colours that carry meaning (good, in progress, caution, bad, muted). Each has a
// variant for light and for dark backgrounds: the light theme's dark red is unreadable on a
// dark window, so the choice follows the palette in use, not a fixed hex value.
namespace Tone {

enum class Kind { Good, Info, Caution, Bad, Muted };

bool isDark(const QPalette &palette);
// The text colour for `kind` on the application's current palette.
QColor text(Kind kind);
QColor text(Kind kind, const QPalette &palette);
// "color: #rrggbb;" for a label's style sheet; empty (the palette's own text) for nullopt.
QString textStyle(std::optional<Kind> kind);

} // namespace Tone
