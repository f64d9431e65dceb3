#!/bin/bash
# usage: score_frdom.sh BINARY FILE.tsv BATCH [-v]
# FILE: batch<TAB>date<TAB>sentence<TAB>expected (lines starting with # skipped); French.
# exact: expected set == coded set (targetless events ignored), as score.sh.
B=$1; F=$2; N=$3; V=$4
T=$(mktemp -d)
awk -F'\t' -v n="$N" '!/^#/ && $1==n {printf "%s-%d\t%s\t%s\t%s\n", $1, NR, $2, $3, $4}' "$F" > $T/p.tsv
jq -R -c 'split("\t")|{id:.[0],lang:"fr",date:.[1],text:.[2]}' $T/p.tsv > $T/in.jsonl
$B code $T/in.jsonl 2>/dev/null | jq -r '[.id, ([.events[]?|select(.target!=null and .target!="" and (.negated|not))|"\(.source)>\(.target):\(.code)"]|unique|join(" "))]|@tsv' > $T/out.tsv
python3 - $T/p.tsv $T/out.tsv "$V" <<'PY'
import sys
exp={};txt={}
for l in open(sys.argv[1]):
    p=l.rstrip('\n').split('\t'); exp[p[0]]=set() if p[3]=='-' else set(p[3].split()); txt[p[0]]=p[2]
got={}
for l in open(sys.argv[2]):
    p=l.rstrip('\n').split('\t'); got[p[0]]=set(p[1].split()) if len(p)>1 and p[1] else set()
def relax(s): return {(e.split('>')[0][:3], e.split('>')[1].split(':')[0][:3], e.split(':')[1][:2]) for e in s}
ex=rl=tp=fp=fn=0
for k in exp:
    g=got.get(k,set()); e=exp[k]
    a=(g==e); b=(relax(g)==relax(e))
    ex+=a; rl+=b; tp+=len(g&e); fp+=len(g-e); fn+=len(e-g)
    if sys.argv[3]=='-v' and not a:
        print(f"{k}\t{'R' if b else '-'}\texp={' '.join(sorted(e)) or '-'}\tgot={' '.join(sorted(g)) or '-'}\t{txt[k]}")
n=len(exp)
P=tp/(tp+fp) if tp+fp else 0; R=tp/(tp+fn) if tp+fn else 0
print(f"exact {ex}/{n}  relaxed(cty+root) {rl}/{n}  events tp {tp} fp {fp} fn {fn}  P {P:.2f} R {R:.2f}")
PY
rm -rf $T
