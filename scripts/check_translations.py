#!/usr/bin/env python3
"""The translation checks of scripts/check-translations.sh.

check_translations.py UPDATED_DE UPDATED_EN COMMITTED_DE COMMITTED_EN SOURCE_DIR...

UPDATED_*: the committed .ts files after lupdate ran over the sources again.
Fails when German has a message unfinished, vanished or obsolete, a plural
without both forms, or placeholders, HTML tags or accelerators that differ
from the English; when English lacks a plural form; when the committed files
are out of date with the sources; or when a user-visible string in the
sources bypasses tr() (a literal handed to setText, setToolTip, a QLabel …).
A line that must show a literal says why in a comment containing
"not translated".
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

problems = []


def messages(path):
    out = []
    for ctx in ET.parse(path).getroot().findall('context'):
        name = ctx.find('name').text
        for m in ctx.findall('message'):
            out.append((name, m))
    return out


def placeholders(text):
    return sorted(re.findall(r'%L?\d+|%n|%%', text))


def tags(text):
    return sorted(re.findall(r'</?[a-zA-Z][^>]*>', text))


def accelerators(text):
    text = re.sub(r'&(#\d+|[a-zA-Z]+);', '', text).replace('&&', '')
    return text.count('&')


def check_german(path):
    for context, m in messages(path):
        source = m.find('source').text or ''
        where = f'{path}: [{context}] "{source[:60]}"'
        if not (context.startswith('tp::') or context == 'main'):
            problems.append(f'{where}: context "{context}" is not the class tr() uses at run time')
        tr = m.find('translation')
        kind = tr.get('type')
        if kind in ('unfinished', 'vanished', 'obsolete'):
            problems.append(f'{where}: {kind}')
            continue
        forms = [f.text or '' for f in tr.findall('numerusform')] if m.get('numerus') == 'yes' else [tr.text or '']
        if m.get('numerus') == 'yes' and len(forms) != 2:
            problems.append(f'{where}: German needs two plural forms')
        for form in forms:
            if not form.strip() and source.strip():
                problems.append(f'{where}: empty translation')
            wanted = placeholders(source)
            got = placeholders(form)
            if got != wanted and not (m.get('numerus') == 'yes'
                                      and [p for p in wanted if p != '%n'] == [p for p in got if p != '%n']):
                problems.append(f'{where}: placeholders {wanted} became {got}')
            if tags(form) != tags(source):
                problems.append(f'{where}: HTML tags differ')
            if accelerators(form) != accelerators(source):
                problems.append(f'{where}: accelerator "&" differs')


def check_english(path):
    for context, m in messages(path):
        tr = m.find('translation')
        if m.get('numerus') == 'yes' and (tr.get('type') in ('unfinished', 'vanished', 'obsolete')
                                          or len([f for f in tr.findall('numerusform') if f.text]) != 2):
            problems.append(f'{path}: [{context}] "{m.find("source").text[:60]}": English plural forms missing')


def same_messages(updated, committed):
    def keys(path):
        return sorted((c, m.find('source').text or '', (m.find('comment').text if m.find('comment') is not None else ''))
                      for c, m in messages(path))
    if keys(updated) != keys(committed):
        problems.append(f'{committed} is out of date with the sources: '
                        'run `cmake --build build/ci --target update_translations` and translate what is new')


LITERAL = r'(?:QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)\("((?:[^"\\]|\\.)*)"'
CALLS = re.compile(r'\b(?:setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setAccessibleName|'
                   r'setTitle|setSubTitle|setLabelText|setWhatsThis|showMessage|addTab|setButtonText)\(\s*' + LITERAL)
WIDGETS = re.compile(r'\bnew\s+(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton)\(\s*'
                     + LITERAL)


def words(literal):
    text = re.sub(r'<[^>]*>|%L?\d+|&\w+;|\\n', ' ', literal)
    return re.search(r'[A-Za-z]{2,}', text) is not None


def check_sources(folders):
    for folder in folders:
        for path in sorted(Path(folder).rglob('*')):
            if path.suffix not in ('.cpp', '.h'):
                continue
            for number, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
                if 'not translated' in line:
                    continue
                for pattern in (CALLS, WIDGETS):
                    for match in pattern.finditer(line):
                        if words(match.group(1)):
                            problems.append(f'{path}:{number}: "{match.group(1)}" is shown without tr()')


def main():
    updated_de, updated_en, committed_de, committed_en = sys.argv[1:5]
    check_german(committed_de)
    check_german(updated_de)
    check_english(updated_en)
    same_messages(updated_de, committed_de)
    same_messages(updated_en, committed_en)
    check_sources(sys.argv[5:])
    for p in problems:
        print(p)
    print(f'check-translations: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
