#!/usr/bin/env python3
# usage: pairs.py FILE.tsv BINARY   -- codes each English/French pair (id, date, English,
# French) with `dyad code` and lists the pairs whose two languages give different events
# (negated and hypothetical events left out): the wire gold is parallel, so a disagreement
# is a fault of at least one language. Prints "N / M agree" last.
import json, subprocess, sys

rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
inp = '\n'.join(json.dumps({'id': r[0] + '-en', 'lang': 'en', 'date': r[1], 'text': r[2]}) + '\n' +
                json.dumps({'id': r[0] + '-fr', 'lang': 'fr', 'date': r[1], 'text': r[3]}) for r in rows)
out = subprocess.run([sys.argv[2], 'code', '-'], input=inp, capture_output=True, text=True).stdout
ev = {}
for l in out.splitlines():
    o = json.loads(l)
    ev[o['id']] = sorted(set(f"{e['source']}>{e['target']}:{e['code']}" for e in (o.get('events') or [])
                             if not e.get('negated') and e.get('mode') != 'hypothetical'))
n = 0
for r in rows:
    a, b = ev.get(r[0] + '-en', []), ev.get(r[0] + '-fr', [])
    n += a == b
    print(('  ' if a == b else '≠ ') + r[0], 'EN', ' '.join(a) or '-', '| FR', ' '.join(b) or '-', '|', r[2][:90])
print(n, '/', len(rows), 'agree')
