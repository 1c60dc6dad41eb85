#!/usr/bin/env python3
"""Line and branch coverage per folder from gcovr's JSON summary.

  coverage_summary.py SUMMARY.json [--markdown]

Folders are the features: core/backup, core/cloud, …, ui/main, …, app/cli.
The last line is core/ as a whole (the project's aim: 90 % of its lines).
"""
import json
import sys
from collections import defaultdict


def folder(path):
    parts = path.split('/')
    return '/'.join(parts[:2]) if len(parts) > 2 else parts[0]


def main():
    data = json.load(open(sys.argv[1]))
    markdown = '--markdown' in sys.argv
    totals = defaultdict(lambda: [0, 0, 0, 0])  # lines covered, lines, branches covered, branches
    for f in data['files']:
        t = totals[folder(f['filename'])]
        t[0] += f['line_covered']
        t[1] += f['line_total']
        t[2] += f['branch_covered']
        t[3] += f['branch_total']
    core = [sum(totals[k][i] for k in totals if k.startswith('core/')) for i in range(4)]

    def pct(a, b):
        return f'{100.0 * a / b:.1f} %' if b else '—'

    rows = [(k, *v) for k, v in sorted(totals.items())] + [('core/ (all)', *core)]
    if markdown:
        print('| folder | lines | line coverage | branches | branch coverage |')
        print('|---|---|---|---|---|')
        for name, lc, lt, bc, bt in rows:
            print(f'| `{name}` | {lc:,} of {lt:,} | {pct(lc, lt)} | {bc:,} of {bt:,} | {pct(bc, bt)} |')
    else:
        print(f'{"folder":<16} {"lines":>16} {"":>8} {"branches":>18} {"":>8}')
        for name, lc, lt, bc, bt in rows:
            print(f'{name:<16} {lc:>7,} of {lt:>6,} {pct(lc, lt):>8} {bc:>8,} of {bt:>7,} {pct(bc, bt):>8}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
