#!/usr/bin/env python3
"""The messages The Program can show when something goes wrong, collected
from the translation source (translations/theprogram_de.ts holds every
user-visible string; scripts/check-translations.sh keeps it current).

  collect_messages.py                 list them, normalised, one per line
  collect_messages.py --json          the same as JSON: [{"area", "context", "message"}]
  collect_messages.py --check DOC     fail when DOC lacks any of them

A message is a string of four words or more that says something failed or
cannot be done (cannot, could not, failed, refused, not found, …).
Normalised: placeholders (%1, %L2, %n) read "…", whitespace is squeezed.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAILURE = re.compile(
    r"\b(cannot|can't|could not|couldn't|failed|fails|refused|refuses|invalid|missing|unknown|not found|"
    r"no longer|nothing was|is not|are not|does not|did not|was not|were not|no answer|"
    r"too (large|long|big|many)|error|damaged|denied|full|expired|revoked|unreadable|wrong)\b", re.I)


def normalise(text):
    text = re.sub(r'%L?\d|%n', '…', text)
    return ' '.join(text.split())


def messages():
    out = []
    seen = set()
    tree = ET.parse(ROOT / 'translations' / 'theprogram_de.ts')
    for ctx in tree.getroot().findall('context'):
        context = ctx.find('name').text
        for m in ctx.findall('message'):
            source = m.find('source').text or ''
            if len(source.split()) < 4 or not FAILURE.search(source):
                continue
            text = normalise(source)
            if text in seen:
                continue
            seen.add(text)
            area = context.split('::')[1] if context.count('::') >= 2 else 'app'
            out.append({'area': area, 'context': context, 'message': text})
    return out


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == '--check':
        doc = ' '.join(Path(sys.argv[2]).read_text(encoding='utf-8').split())
        missing = [m['message'] for m in messages() if m['message'] not in doc]
        for text in missing:
            print(f'not explained in {sys.argv[2]}: {text}')
        print(f'{len(messages()) - len(missing)} of {len(messages())} messages explained')
        return 1 if missing else 0
    if len(sys.argv) >= 2 and sys.argv[1] == '--json':
        print(json.dumps(messages(), ensure_ascii=False, indent=1))
    else:
        for m in messages():
            print(m['message'])
    return 0


if __name__ == '__main__':
    sys.exit(main())
