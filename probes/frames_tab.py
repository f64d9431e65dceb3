import sys,re,collections
# framesen: accuracy per frame (FIX / HELD-BACK) and per verb of a frames_en.py probe file.
# usage: SKIP_NEG=1 probes/score.sh BIN probes/probes_framesen.tsv -v > OUT; python3 probes/frames_tab.py probes/probes_framesen.tsv OUT
exp=[l.split('\t')[0] for l in open(sys.argv[1])]
fail=set(l.split('\t')[0] for l in open(sys.argv[2]) if '\t' in l)
byf=collections.defaultdict(lambda:[0,0,0,0]); byv=collections.defaultdict(lambda:[0,0])
for i in exp:
    m=re.match(r'([fhgk])\d+_(.+)_([a-z0-9]+)$',i); part,fr,vb=m.groups()
    ok= i not in fail
    k=0 if part in "fg" else 2
    byf[fr][k]+=ok; byf[fr][k+1]+=1
    byv[vb][0]+=ok; byv[vb][1]+=1
tot=[0,0,0,0]
print("frame\tFIX\tHELD")
for fr,v in byf.items():
    print(f"{fr:13s}\t{v[0]}/{v[1]}\t{v[2]}/{v[3]}")
    for j in range(4): tot[j]+=v[j]
print(f"{'TOTAL':13s}\t{tot[0]}/{tot[1]}\t{tot[2]}/{tot[3]}")
print("verb\tacc")
print("  ".join(f"{vb}:{v[0]}/{v[1]}" for vb,v in sorted(byv.items(), key=lambda x:x[1][0]/x[1][1])))
