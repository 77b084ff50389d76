#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the engine's string event kinds into EngineEventKind at every announce call site.

    scripts/dev/typed-events.py [--check] [DIR_OR_FILE...]     (default: core/)
    scripts/dev/typed-events.py tests/core                      (the tests' eventsOfKind("kill"))

`announce("kill", node, detail)`, `ctx.announce(...)`, `context().announce(...)` and a kind
chosen by `cond ? "drain" : "undrain"` become `announce(EngineEventKind::Kill, ...)`; the
other arguments are left as they are. The tests' `eventsOfKind("kill")` is converted the same way. A kind not yet in core/sim/engineevent.h's
SCALELAB_ENGINE_EVENT_KINDS list is added to it (its CSV name is the string). Idempotent:
a converted call site has no string kind left, so a second run changes nothing. --check
changes nothing and exits 1 when something would change (for CI or after a merge).
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
HEADER = ROOT / "core/sim/engineevent.h"
MARKER = "/* typed-events.py: new kinds above this line */"
ENTRY = re.compile(r'X\((\w+),\s*"([a-z0-9_]+)"\)')
CALL = re.compile(r'\b(?:announce|eventsOfKind)\s*\(')
# A kind literal: the whole first argument, or an operand of ?: in it.
LITERAL = re.compile(r'(^|[?:])(\s*)"([a-z][a-z0-9_]*)"(?=\s*(?:$|[?:]))')


def camel(name):
    return "".join(part.capitalize() for part in name.split("_"))


def first_argument(text, start):
    """End offset of the call's first argument (at its top-level ',' or ')')."""
    depth, i, quote = 0, start, None
    while i < len(text):
        c = text[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return i
            depth -= 1
        elif c == "," and depth == 0:
            return i
        i += 1
    return i


def convert(text, kinds, added):
    out, pos = [], 0
    for m in CALL.finditer(text):
        if m.start() < pos:
            continue
        start = m.end()
        end = first_argument(text, start)
        arg = text[start:end]

        def typed(lit):
            name = lit.group(3)
            if name not in kinds:
                kinds[name] = camel(name)
                added.append(name)
            return f"{lit.group(1)}{lit.group(2)}EngineEventKind::{kinds[name]}"

        new_arg = LITERAL.sub(typed, arg)
        out.append(text[pos:start])
        out.append(new_arg)
        pos = end
    out.append(text[pos:])
    return "".join(out)


def main(argv):
    check = "--check" in argv
    targets = [pathlib.Path(a) for a in argv if a != "--check"] or [ROOT / "core"]
    header = HEADER.read_text()
    kinds = {name: ident for ident, name in ENTRY.findall(header)}
    added, changed = [], []
    files = []
    for t in targets:
        files += sorted(t.rglob("*.cpp")) + sorted(t.rglob("*.h")) if t.is_dir() else [t]
    for f in files:
        if f.resolve() == HEADER:
            continue
        text = f.read_text()
        new = convert(text, kinds, added)
        if new != text:
            changed.append(f)
            if not check:
                f.write_text(new)
    if added:
        lines = "".join(f'    X({kinds[n]}, "{n}")'.ljust(71) + "\\\n" for n in added)
        header = header.replace("    " + MARKER, lines + "    " + MARKER)
        if not check:
            HEADER.write_text(header)
    for f in changed:
        print(("would convert " if check else "converted ") + str(f))
    for n in added:
        print(("would add " if check else "added ") + f"EngineEventKind::{kinds[n]} (\"{n}\") to {HEADER.relative_to(ROOT)}")
    return 1 if check and (changed or added) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
