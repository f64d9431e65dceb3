#!/usr/bin/env python3
"""Score a dyad binary on a judged file of real bench sentences (ids and blind gold):
probes/frrecall5_judged.txt by default, another with --judged FILE (frrecall6_judged.txt).

usage: python3 probes/score_frrecall5.py BINARY [BENCH.jsonl] [-v] [--judged FILE]
Runs `BINARY code --with-text` on the judged records of the bench file (default /tmp/benchnews.jsonl),
keeps the non-negated events of each judged sentence and compares SRC>TGT:CODE sets with the gold:
exact matches per sentence, and event tp/fp/fn, for FIX and HELD separately."""
import json, os, subprocess, sys, tempfile

argv = sys.argv[1:]
judged = "frrecall5_judged.txt"
if "--judged" in argv:
    i = argv.index("--judged")
    judged = argv[i + 1]
    del argv[i:i + 2]
args = [a for a in argv if a != "-v"]
verbose = "-v" in sys.argv
binary = args[0]
bench = args[1] if len(args) > 1 else "/tmp/benchnews.jsonl"
here = os.path.dirname(os.path.abspath(__file__))
rows = []
for line in open(judged if os.path.exists(judged) else os.path.join(here, judged)):
    if line.startswith("#") or not line.strip():
        continue
    k, part, sid, gold = line.rstrip("\n").split("\t")[:4]
    rid, si = sid.rsplit("#", 1)
    rows.append((int(k), part, rid, int(si), set() if gold == "-" else set(gold.split())))
want = {r[2] for r in rows}
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    for line in open(bench):
        if json.loads(line)["id"] in want:
            f.write(line)
    tmp = f.name
out = subprocess.run([binary, "code", "--with-text", "--lang", "fr", tmp], capture_output=True, text=True).stdout
os.unlink(tmp)
got = {}
for line in out.splitlines():
    r = json.loads(line)
    for e in r.get("events") or []:
        if e.get("negated"):
            continue
        got.setdefault((r["id"], e["sentence"]), set()).add(f'{e["source"]}>{e["target"]}:{e["code"]}')
for part in ("FIX", "HELD"):
    ex = tp = fp = fn = n = 0
    for k, p, rid, si, gold in rows:
        if p != part:
            continue
        n += 1
        g = got.get((rid, si), set())
        ex += g == gold
        tp += len(g & gold); fp += len(g - gold); fn += len(gold - g)
        if verbose and g != gold:
            print(f"  {part} {k} {rid}#{si} gold={' '.join(sorted(gold)) or '-'} got={' '.join(sorted(g)) or '-'}")
    print(f"{part}: exact {ex}/{n}, events tp {tp} fp {fp} fn {fn} (gold {tp+fn})")
