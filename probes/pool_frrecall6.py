import json, re, random, sys
ex=set()
for l in open('/work/wt-frrecall6/probes/frrecall5_judged.txt'):
    if l.startswith('#') or not l.strip(): continue
    ex.add(l.split('\t')[2])
stems=r"rencontr|visit|entretien|entretenu|négoci|pourparler|accord|aide|aider|soutien|soutient|soutenu|soutenir|accus|condamn|critiqu|protest|manifest|frapp|menac|exig|réclam|sanction|expuls|rejet|rejett|refus|attaqu|bombard|arrêt|interpell|libér|retir|retrait|appel|demand|invit|reçu|reçoit|accueill|sign|coopér|félicit|remerci|dénonc|combat|tué|tuer|affront|assassin|enlev|otage|promet|promis|s'engag|engagé|avert|embargo|boycott|inculp|poursui|allié|alliance|traité|sommet|dialogu|pression|exhort|salu|appui|appuy|offensive|raid|occup|envahi|invasion|blâm|reproch|plainte|procès|extrad|médiat|conclu|entente|approuv|ratifi|reconn|soumis|propos|offre|offert|livr|aver|rompu|rupture|mis en garde|ultimatum|suspend|gel|enquête|déclar.{0,5}guerre|guerre|violen|emprison|détenu|captur|saisi|exil|fuir"
rx=re.compile(r"\b("+stems+")",re.I)
pool=[]
for line in open('/tmp/frrecall6/bench_start.jsonl'):
    r=json.loads(line)
    if r.get('events'): continue
    t=r['text']
    for si,s in enumerate(r['sentences']):
        a=[x for x in r.get('actors') or [] if x['start']>=s['start'] and x['end']<=s['end']]
        # non-overlapping
        a.sort(key=lambda x:(x['start'],-x['end']))
        keep=[];end=-1
        for x in a:
            if x['start']>=end: keep.append(x); end=x['end']
        names={(x['code'],x.get('name','')) for x in keep}
        if len(keep)<2 or len(names)<2: continue
        txt=t[s['start']:s['end']]
        if not rx.search(txt): continue
        sid=f"{r['id']}#{si}"
        if sid in ex or "test" in r["id"].lower(): continue
        pool.append((sid,txt.replace('\n',' '),[x['text']+'='+x['code'] for x in keep]))
print(len(pool),file=sys.stderr)
random.seed(6066)
smp=random.sample(pool,120)
for i,(sid,txt,a) in enumerate(smp):
    print(f"{i}\t{sid}\t{txt}\t{' | '.join(a)}")
