#!/usr/bin/env python3
"""The layering of src/, checked on the #include lines (ctest: layering_includes).

Every folder of the client core shares the include root src/core, so the compiler accepts
`#include "services/x.h"` from a domain file. This script reads every `#include "..."` in src/,
resolves it the way the compiler does (the including file's own folder first, then the include
roots), and fails on an include that crosses a layer the including file may not use. The link
check (cmake/Layers.cmake) catches calls into an undeclared layer; this catches what it cannot:
inline code, templates, and types used only in headers.

Layers, from the bottom up (a layer may include itself and what ALLOWED lists):

  diagnostics  src/core/diagnostics                      Qt Core only
  domain       src/core/domain                           value types, the tolerant reader
  api          src/core/api                              ApiClient over the domain
  services     src/core/{services,auth,settings,purchase,alerts,export,session,storage}
  models       src/models                                item models over the services
  ui           src/ui                                    widgets (never the raw ApiClient)
  app          src/app                                   the composition root
  cli          src/cli                                   sharddesk-cli
  mockbackend  src/mockserver (all but the test double)  knows nothing of the client
  mockserver   src/mockserver/mockserver.*, mockfault*   the test double: never in the app

  python3 scripts/check-layers.py [SOURCE_DIR]   (default: the checkout holding this script)
Exit status 0 when every include is allowed, 1 otherwise (each offence on its own line).
"""

import re
import sys
from pathlib import Path

CORE_SERVICE_FOLDERS = ("services", "auth", "settings", "purchase", "alerts", "export", "session",
                        "storage")

ALLOWED = {
    "diagnostics": {"diagnostics"},
    "domain": {"domain"},
    "api": {"api", "domain", "diagnostics"},
    "services": {"services", "api", "domain", "diagnostics"},
    "models": {"models", "services", "domain", "diagnostics"},
    "ui": {"ui", "models", "services", "domain", "diagnostics"},
    "app": {"app", "ui", "models", "services", "api", "domain", "diagnostics", "mockbackend"},
    "cli": {"cli", "services", "api", "domain", "diagnostics"},
    "mockbackend": {"mockbackend"},
    "mockserver": {"mockserver", "mockbackend"},
}

WHY = {
    ("ui", "api"): "widgets go through the services, never the raw ApiClient",
    ("models", "api"): "models go through the services, never the raw ApiClient",
    ("app", "mockserver"): "the shipped app must not carry the test double (MockServer, faults)",
}

# Includes that break a rule today and are being removed; each entry is
# (including file relative to src/, include as written). Keep this empty when you can.
# Known exceptions, each with its reason; empty since the widgets reach the server only through
# the services (issue 13).
ALLOWED_FOR_NOW: set = set()

# The include roots of the build (target_include_directories), in the order the compiler
# searches them after the including file's own folder.
INCLUDE_ROOTS = ("core", "models", "ui", "app", "cli", "mockserver")

INCLUDE_RE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
SOURCE_SUFFIXES = {".h", ".hpp", ".cpp", ".cc", ".cxx"}


def layer_of(path: Path, src: Path):
    """The layer a file under src/ belongs to, or None for files outside every layer."""
    parts = path.relative_to(src).parts
    if not parts:
        return None
    top = parts[0]
    if top == "core":
        if len(parts) < 3:
            return None
        folder = parts[1]
        if folder in ("diagnostics", "domain", "api"):
            return folder
        if folder in CORE_SERVICE_FOLDERS:
            return "services"
        return "core/" + folder  # a new core folder: reported below until it gets a layer
    if top in ("models", "ui", "app", "cli"):
        return top
    if top == "mockserver":
        name = path.name
        if name.startswith("mockserver.") or name.startswith("mockfault"):
            return "mockserver"
        if name == "main.cpp":
            return "mockserver"  # sharddesk-mock-server runs the test double
        return "mockbackend"
    return None


def resolve(including: Path, written: str, src: Path):
    """The file an #include "written" in `including` names, or None (Qt, generated headers)."""
    candidates = [including.parent / written]
    candidates += [src / root / written for root in INCLUDE_ROOTS]
    for candidate in candidates:
        if candidate.is_file():
            return candidate.resolve()
    return None


def main(argv):
    root = Path(argv[1]).resolve() if len(argv) > 1 else Path(__file__).resolve().parent.parent
    src = root / "src"
    if not src.is_dir():
        print(f"check-layers: no src/ under {root}", file=sys.stderr)
        return 2

    problems = []
    used_exceptions = set()
    checked = 0
    for path in sorted(src.rglob("*")):
        if path.suffix not in SOURCE_SUFFIXES or not path.is_file():
            continue
        layer = layer_of(path, src)
        if layer is None:
            continue
        rel = path.relative_to(src).as_posix()
        if layer not in ALLOWED:
            problems.append(f"src/{rel}: folder without a layer ({layer}); add it to "
                            "scripts/check-layers.py and to a layer target in CMake")
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            match = INCLUDE_RE.match(line)
            if not match:
                continue
            written = match.group(1)
            target = resolve(path, written, src)
            if target is None or src.resolve() not in target.parents:
                continue  # Qt, the standard library, generated headers (ui_*.h, sharddeskversion.h)
            checked += 1
            target_layer = layer_of(target, src.resolve())
            if target_layer in ALLOWED[layer]:
                continue
            if (rel, written) in ALLOWED_FOR_NOW:
                used_exceptions.add((rel, written))
                continue
            why = WHY.get((layer, target_layer),
                          f"{layer} may use only: {', '.join(sorted(ALLOWED[layer]))}")
            shown = target.relative_to(src.resolve()).as_posix()
            problems.append(f'src/{rel}:{number}: #include "{written}" ({layer} -> '
                            f'{target_layer}: src/{shown}): {why}')

    # A stale exception is a reminder, not a failure: whoever removes the include need not
    # edit this file in the same step.
    for rel, written in sorted(ALLOWED_FOR_NOW - used_exceptions):
        print(f'check-layers: note: ALLOWED_FOR_NOW lists src/{rel} -> "{written}", which no '
              "longer breaks a rule: remove the entry")

    if problems:
        print("\n".join(problems))
        print(f"check-layers: {len(problems)} problem(s)")
        return 1
    note = f", {len(used_exceptions)} allowed for now" if used_exceptions else ""
    print(f"check-layers: {checked} includes within src/ follow the layers{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
