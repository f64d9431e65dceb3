#!/bin/bash
# usage: probes/pairs5.sh BINARY FILE.tsv [-v]   -- for a pair file with a fifth column of
# expected events (id, date, English, French, expected `SRC>TGT:CODE ...` or `-`, the same for
# both languages): pairs.py agreement, then exact matches per language (expected set == coded
# set; negated and hypothetical events left out as pairs.py does, targetless events ignored as
# score.sh does) (pairs2 round).
B=$1; F=$2; V=$3
D=$(cd "$(dirname "$0")" && pwd)
python3 "$D/pairs.py" "$F" "$B" | { if [ "$V" = -v ]; then grep -v '^  '; else tail -1; fi; }
python3 - "$B" "$F" "$V" <<'PY'
import json, subprocess, sys
B, F, V = sys.argv[1:4]
rows = [l.rstrip('\n').split('\t') for l in open(F) if l.strip()]
for li, lang in ((2, 'en'), (3, 'fr')):
    inp = ''.join(json.dumps({'id': r[0], 'lang': lang, 'date': r[1], 'text': r[li]}) + '\n' for r in rows)
    out = subprocess.run([B, 'code', '-'], input=inp, capture_output=True, text=True).stdout
    got = {}
    for l in out.splitlines():
        o = json.loads(l)
        got[o['id']] = set(f"{e['source']}>{e['target']}:{e['code']}" for e in (o.get('events') or [])
                           if e.get('target') and not e.get('negated') and e.get('mode') != 'hypothetical')
    n = 0
    for r in rows:
        e = set() if r[4] == '-' else set(r[4].split())
        g = got.get(r[0], set())
        n += e == g
        if V == '-v' and e != g:
            print(f"  {lang.upper()} {r[0]} exp={' '.join(sorted(e)) or '-'} got={' '.join(sorted(g)) or '-'} | {r[li][:80]}")
    print(f"{lang.upper()} exact {n}/{len(rows)}")
PY
