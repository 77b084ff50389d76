#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carries translations to their new contexts after code moved between classes.

  scripts/dev/carry-translations.py OLD.ts NEW.ts [FROM=TO...]

A tr() call that moves from one class to another moves its message to a new context, and
lupdate marks it unfinished there (with -no-obsolete it drops the old one). This fills each
unfinished message in NEW.ts with the translation the same source text (and disambiguation
comment) had in OLD.ts, preferring the same context, then any context whose translation is
the only one for that text; FROM=TO (say scalelab::MainWindow=scalelab::RunStatus) settles
a text translated differently in several old contexts by where the code came from. Messages
lupdate kept as vanished or obsolete are dropped (as -no-obsolete would), and contexts left
empty. NEW.ts is rewritten in place; the rest of its text is untouched.
Typical use: keep a copy of the .ts files, run `cmake --build <dir> --target
update_translations`, then run this with the copy and the updated file.
"""

import re
import sys

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(r"(    <message[^>]*>\n)(.*?)(    </message>\n)", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION = re.compile(r"        <translation(?: type=\"unfinished\")?>.*?</translation>\n|        <translation type=\"unfinished\"/>\n", re.S)


def key(body):
    source = SOURCE.search(body)
    comment = COMMENT.search(body)
    return (source.group(1) if source else "", comment.group(1) if comment else "")


def translations(text):
    """{(source, comment): {context: translation element}} of the finished messages."""
    found = {}
    for context in CONTEXT.finditer(text):
        for message in MESSAGE.finditer(context.group(2)):
            body = message.group(2)
            element = TRANSLATION.search(body)
            if not element or 'type="unfinished"' in element.group(0) or "type=\"vanished\"" in body:
                continue
            found.setdefault(key(body), {})[context.group(1)] = element.group(0)
    return found


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    moved = {}
    for pair in sys.argv[3:]:
        source, _, target = pair.partition("=")
        moved.setdefault(target, []).append(source)
    old = translations(open(sys.argv[1], encoding="utf-8").read())
    new_text = open(sys.argv[2], encoding="utf-8").read()
    carried = 0
    missing = []

    def fill_context(context):
        nonlocal carried
        name = context.group(1)

        def fill(message):
            nonlocal carried
            body = message.group(2)
            if 'type="vanished"' in body or 'type="obsolete"' in body:
                return ""
            element = TRANSLATION.search(body)
            if not element or 'type="unfinished"' not in element.group(0):
                return message.group(0)
            choices = old.get(key(body), {})
            chosen = choices.get(name)
            if chosen is None and len(set(choices.values())) == 1:
                chosen = next(iter(choices.values()))
            for source in moved.get(name, []):
                if chosen is None:
                    chosen = choices.get(source)
            if chosen is None:
                missing.append(f"{name}: {key(body)[0][:60]}")
                return message.group(0)
            carried += 1
            return message.group(1) + body.replace(element.group(0), chosen, 1) + message.group(3)

        return context.group(0).replace(context.group(2), MESSAGE.sub(fill, context.group(2)), 1)

    new_text = CONTEXT.sub(fill_context, new_text)
    new_text = re.sub(r"<context>\s*<name>[^<]*</name>\s*</context>\n", "", new_text)
    open(sys.argv[2], "w", encoding="utf-8").write(new_text)
    print(f"{sys.argv[2]}: {carried} carried, {len(missing)} still unfinished")
    for line in missing:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
