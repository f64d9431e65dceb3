#!/bin/bash
# usage: score_country.sh BINARY FILE.tsv [PREFIX] [-v]   (columns id, lang, date, sentence, expected)
# exact: expected set == coded set (targetless events ignored); PREFIX selects ids (f- fix, h- held back)
B=$1; F=$2; P=${3:-}; V=$4
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
grep -v '^#' "$F" | awk -F'\t' -v p="$P" 'index($1,p)==1' > "$T/sel.tsv"
jq -R -c 'split("\t")|{id:.[0],lang:.[1],date:.[2],text:.[3]}' "$T/sel.tsv" > "$T/in.jsonl"
$B code "$T/in.jsonl" 2>/dev/null | jq -r '[.id, ([.events[]?|select(.target!=null and .target!="")|"\(.source)>\(.target):\(.code)"]|unique|join(" "))]|@tsv' > "$T/out.tsv"
python3 - "$T/sel.tsv" "$T/out.tsv" "$V" <<'PY'
import sys
exp={};txt={}
for l in open(sys.argv[1]):
    p=l.rstrip('\n').split('\t'); exp[p[0]]=set() if p[4]=='-' else set(p[4].split()); txt[p[0]]=p[3]
got={}
for l in open(sys.argv[2]):
    p=l.rstrip('\n').split('\t'); got[p[0]]=set(p[1].split()) if len(p)>1 and p[1] else set()
def relax(s): return {(e.split('>')[0][:3], e.split('>')[1].split(':')[0][:3], e.split(':')[1][:2]) for e in s}
def actors(s): return {(e.split('>')[0], e.split('>')[1].split(':')[0]) for e in s}
ex=rl=ac=0
for k in exp:
    g=got.get(k,set()); e=exp[k]
    a=(g==e); b=(relax(g)==relax(e)); c=(actors(g)==actors(e))
    ex+=a; rl+=b; ac+=c
    if sys.argv[3]=='-v' and not a:
        print(f"{k}\t{'R' if b else '-'}{'A' if c else '-'}\texp={' '.join(sorted(e)) or '-'}\tgot={' '.join(sorted(g)) or '-'}\t{txt[k]}")
n=len(exp)
print(f"exact {ex}/{n}  actors-only {ac}/{n}  relaxed(cty+root) {rl}/{n}")
PY
