#!/usr/bin/env python3
# allprobes.py BIN LANG [FILES...]: exact matches (event sets, negated events left out as
# `dyad eval` does) over the probe lines of one language in the given probe files (default: all
# probes/*.tsv). Lines of 4 columns take their language from the sentence (French function words
# and accents), lines of 5 columns from their lang column or, for pairs, both sentences. Writes one
# line per probe sentence (file:line, exact 0/1, expected, got, sentence) to
# $TMPDIR/ap_<lang>_<binary name>.tsv. Source: dyad (lead, 2026-11-27, fourth session; language
# guess of 4-column lines by French against English cue words, fifth session).
import sys, json, subprocess, os, re
B, L = sys.argv[1], sys.argv[2]
import glob
files = sys.argv[3:] or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.tsv')))
items = []
def guess_lang(text):
    # French and English cue words against each other (a short French line such as "X a critiqué
    # Moscou." has few French function words but no English one)
    t = text.lower()
    fr = len(re.findall(r"\b(le|la|les|des|du|une|un|a|est|ont|aux|au|et|de|sur|pour|avec|dans|par|qui|que|l'|d')\b|[éèàçêû]", t))
    en = len(re.findall(r"\b(the|of|and|to|in|on|with|for|by|has|have|was|were|its|their|said|from|at)\b", t))
    return 'fr' if fr > en else 'en'
for f in files:
    bn = os.path.basename(f)
    if re.search(r'actors9|sectors_|pairs_lead', bn): continue
    for i, line in enumerate(open(f)):
        if line.startswith('#') or not line.strip(): continue
        p = line.rstrip('\n').split('\t')
        if len(p) == 5 and p[1] in ('en', 'fr'):
            lang, date, text, exp = p[1], p[2], p[3], p[4]
            cand = [(lang, text)]
        elif len(p) == 5:
            date, exp = p[1], p[4]; cand = [('en', p[2]), ('fr', p[3])]
        elif len(p) == 4:
            date, text, exp = p[1], p[2], p[3]
            if p[0] in ('en', 'fr'): lang = p[0]
            else: lang = guess_lang(text)
            cand = [(lang, text)]
        else: continue
        if not re.match(r'^\d{4}-\d\d-\d\d$', date): continue
        for lang, text in cand:
            if lang != L: continue
            items.append((f"{bn}:{i}", date, text, set() if exp.strip() == '-' else set(exp.split())))
inp = '\n'.join(json.dumps({'id': k, 'lang': L, 'date': d, 'text': t}) for k, d, t, _ in items) + '\n'
out = subprocess.run([B, 'code', '-'], input=inp, capture_output=True, text=True).stdout
got = {}
for line in out.splitlines():
    r = json.loads(line)
    got[r['id']] = {f"{e['source']}>{e['target']}:{e['code']}" for e in r.get('events') or [] if e.get('target') and not e.get('negated')}
ok = 0
name = os.path.basename(B)
out_path = os.path.join(os.environ.get('TMPDIR', '/tmp'), f'ap_{L}_{name}.tsv')
with open(out_path, 'w') as w:
    for k, d, t, e in items:
        g = got.get(k, set()); ok += g == e
        w.write(f"{k}\t{int(g==e)}\t{' '.join(sorted(e)) or '-'}\t{' '.join(sorted(g)) or '-'}\t{t}\n")
print(f"{L}: exact {ok}/{len(items)}")
