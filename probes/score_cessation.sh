#!/bin/bash
# usage: score_cessation.sh BINARY BATCH [-v] — exact: expected set == coded set of non-negated events
# with a target (an expected "CODE@mode" also checks the mode).
B=$1; N=$2; V=$3; F=$(dirname "$0")/probes_cessation.tsv
grep -v '^#' "$F" | awk -F'\t' -v n="$N" '$1==n' > /tmp/cess_$N.tsv
jq -R -c 'split("\t")|{id:(input_line_number|tostring),lang:.[1],date:.[2],text:.[3]}' /tmp/cess_$N.tsv > /tmp/cess_in_$N.jsonl
$B code /tmp/cess_in_$N.jsonl 2>/dev/null | jq -r '[.id, ([.events[]?|select(.negated|not)|select(.target!=null and .target!="")|"\(.source)>\(.target):\(.code)@\(.mode)"]|unique|join(" "))]|@tsv' > /tmp/cess_out_$N.tsv
python3 - /tmp/cess_$N.tsv /tmp/cess_out_$N.tsv "$V" <<'PY'
import sys
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1])]
got={}
for l in open(sys.argv[2]):
    p=l.rstrip('\n').split('\t'); got[p[0]]=p[1].split() if len(p)>1 and p[1] else []
ok=0
for i,r in enumerate(rows,1):
    exp=[] if r[4]=='-' else r[4].split()
    g=got.get(str(i),[])
    gs={(x if any('@' in e and e.split('@')[0]==x.split('@')[0] for e in exp) else x.split('@')[0]) for x in g}
    es=set(exp); a=(gs==es); ok+=a
    if sys.argv[3]=='-v' and not a: print(f"{r[1]}\texp={' '.join(sorted(es)) or '-'}\tgot={' '.join(sorted(g)) or '-'}\t{r[3]}")
print(f"batch exact {ok}/{len(rows)}")
PY
