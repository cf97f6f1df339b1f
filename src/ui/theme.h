#pragma once

#include "settings/preferences.h"

// Applies the chosen theme to the whole application. "System" gives back the platform's own
// style and palette; "Light" and "Dark" use Fusion, which draws every control from the
// palette, so a dark palette really makes every widget dark.
namespace Theme {
void apply(Preferences::Theme theme);
} // namespace Theme
