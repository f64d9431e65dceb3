#!/bin/bash
# usage: score.sh BINARY FILE.tsv [-v]   exact: expected set == coded set (targetless plain 010 ignored)
# (LANG_PROBE=fr for a French file; each run uses its own temporary directory; SKIP_NEG=1 leaves
#  out negated and hypothetical events, as pairs5.sh does and the brief's rule says)
B=$1; F=$2; V=$3
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
jq -R -c --arg lang "${LANG_PROBE:-en}" 'split("\t")|{id:.[0],lang:$lang,date:.[1],text:.[2]}' "$F" > "$T/in.jsonl"
$B code "$T/in.jsonl" 2>/dev/null | jq -r '[.id, ([.events[]?|select(.target!=null and .target!="")|select(env.SKIP_NEG!="1" or ((.negated|not) and .mode!="hypothetical"))|"\(.source)>\(.target):\(.code)"]|unique|join(" "))]|@tsv' > "$T/out.tsv"
python3 - "$F" "$T/out.tsv" "$V" <<'PY'
import sys
exp={};txt={}
for l in open(sys.argv[1]):
    p=l.rstrip('\n').split('\t'); exp[p[0]]=set() if p[3]=='-' else set(p[3].split()); txt[p[0]]=p[2]
got={}
for l in open(sys.argv[2]):
    p=l.rstrip('\n').split('\t'); got[p[0]]=set(p[1].split()) if len(p)>1 and p[1] else set()
def relax(s): return {(e.split('>')[0][:3], e.split('>')[1].split(':')[0][:3], e.split(':')[1][:2]) for e in s}
def codes(s): return {e.split(':')[1] for e in s}
ex=rl=cd=0
for k in exp:
    g=got.get(k,set()); e=exp[k]
    a=(g==e); b=(relax(g)==relax(e)); c=(codes(g)==codes(e))
    ex+=a; rl+=b; cd+=c
    if sys.argv[3]=='-v' and not a:
        print(f"{k}\t{'R' if b else '-'}{'C' if c else '-'}\texp={' '.join(sorted(e)) or '-'}\tgot={' '.join(sorted(g)) or '-'}\t{txt[k]}")
n=len(exp)
print(f"exact {ex}/{n}  codes-only {cd}/{n}  relaxed(cty+root) {rl}/{n}")
PY
