#!/usr/bin/env python3
"""framesen: systematic English frame sweep (verbs x syntactic frames x actor fillers).

Writes probes/probes_framesen.tsv (id, date, sentence, expected) with the expected
events computed from the rules below (CODING.md, coder/README.md conventions, CAMEO 1.1b3):
- reciprocal verbs (040 meet, 046 negotiate, 057 sign, mutual fighting 190) both ways;
- visits 042 target the visited place's country; hosting 043 with the reverse 042 guest>host
  country;
- a future ("will V") takes the intent code of transform.txt (04x->036, 057->030,
  07x->033x, 163->1312, 19x->1384) one way only; verbs without an intent code are not put
  in the future frame;
- negated events are not coded ("-");
- reported speech ("R said S had V-ed T"): S is the source, the speaker codes nothing
  (statement without addressee).
Ids: f... for verbs of the FIX part, h... for the HELD-BACK verbs (1/3 of verbs, drawn at
random with the fixed seed). Usage: python3 probes/frames_en.py > probes/probes_framesen.tsv;
python3 probes/frames_en.py b2 > probes/probes_framesen_b2.tsv (second batch, below)
"""
import random

SEED = 20261127
DATE = "2024-03-12"

# actor fillers: text, code, kind, plural, relative pronoun
ACTORS = [
    ("Kenya", "KEN", "state", False, "which"),
    ("the Kenyan government", "KENGOV", "gov", False, "which"),
    ("Ukraine's foreign minister", "UKRGOV", "person", False, "who"),
    ("Israeli troops", "ISRMIL", "mil", True, "who"),
    ("the UN Security Council", "IGOUNO", "igo", False, "which"),
    ("Emmanuel Macron", "FRAGOV", "person", False, "who"),
    ("Hamas", "PSEREBHMS", "armed", False, "which"),
    ("police in Haiti", "HTICOP", "cop", True, "who"),
    ("Germany", "DEU", "state", False, "which"),
    ("China", "CHN", "state", False, "which"),
    ("the Iranian foreign ministry", "IRNGOV", "gov", False, "which"),
    ("Turkish President Recep Tayyip Erdogan", "TURGOV", "person", False, "who"),
    ("the European Union", "IGOEUREEC", "igo", False, "which"),
    ("Russian forces", "RUSMIL", "mil", True, "which"),
    ("the Houthis", "YEMREB", "armed", True, "who"),
    ("Brazil", "BRA", "state", False, "which"),
]
# apposition sources: "Title, Name," (leaders valid on 2024-03-12)
APPOS = [
    ("France's president, Emmanuel Macron,", "FRAGOV"),
    ("Kenya's president, William Ruto,", "KENGOV"),
    ("Germany's chancellor, Olaf Scholz,", "DEUGOV"),
    ("Ukraine's foreign minister, Dmytro Kuleba,", "UKRGOV"),
    ("Turkey's president, Recep Tayyip Erdogan,", "TURGOV"),
]
APPOS_KINDS = {"person", "gov"}

ANY = {"state", "gov", "person", "igo", "mil", "armed", "cop"}
POL = {"state", "gov", "person", "igo"}
STATEY = {"state", "gov", "person"}
ARMED = {"mil", "armed"}

# verb: key, past, pp, base, object template ({T} target, {TP} target's possessive),
#       passive template or None, nominal template or None, code, rule, future code or None,
#       source kinds, target kinds
V = [
    ("meet", "met with", "met with", "meet with", "{T}", None, "{S}'s meeting with {T}",
     "040", "recip", "036", POL, POL),
    ("visit", "visited", "visited", "visit", "{T}", "{T} was visited by {S}", "{S}'s visit to {T}",
     "042", "visit", "036", {"person"}, {"state"}),
    ("host", "hosted", "hosted", "host", "{T}", "{T} was hosted by {S}", None,
     "043", "host", "036", {"state", "gov", "person"}, {"person"}),
    ("criticise", "criticised", "criticised", "criticise", "{T}", "{T} was criticised by {S}",
     "{S}'s criticism of {T}", "111", "dir", None, POL, ANY),
    ("condemn", "condemned", "condemned", "condemn", "{T}", "{T} was condemned by {S}",
     "{S}'s condemnation of {T}", "111", "dir", None, POL, ANY),
    ("denounce", "denounced", "denounced", "denounce", "{T}", "{T} was denounced by {S}",
     None, "111", "dir", None, POL, ANY),
    ("accuse", "accused", "accused", "accuse", "{T} of interference", "{T} was accused by {S} of interference",
     "{S}'s accusations against {T}", "112", "dir", None, POL, ANY),
    ("blame", "blamed", "blamed", "blame", "{T} for the violence", "{T} was blamed by {S} for the violence",
     None, "112", "dir", None, POL, ANY),
    ("praise", "praised", "praised", "praise", "{T}", "{T} was praised by {S}",
     "{S}'s praise for {T}", "051", "dir", None, POL, ANY - {"cop"}),
    ("threaten", "threatened", "threatened", "threaten", "{T}", "{T} was threatened by {S}",
     "{S}'s threats against {T}", "130", "dir", None, STATEY | {"armed"}, STATEY | {"armed"}),
    ("sanction", "imposed sanctions on", "imposed sanctions on", "impose sanctions on", "{T}",
     "Sanctions were imposed on {T} by {S}", "{S}'s sanctions on {T}", "163", "dir", "1312",
     {"state", "gov", "igo"}, STATEY | {"armed"}),
    ("attack", "attacked", "attacked", "attack", "{T}", "{T} was attacked by {S}",
     "{S}'s attack on {T}", "190", "dir", "1384", ARMED, ARMED | {"cop"}),
    ("airstrike", "carried out air strikes on", "carried out air strikes on", "carry out air strikes on", "{T}",
     "Air strikes were carried out on {T} by {S}", "{S}'s air strikes on {T}", "195", "dir", "1384",
     {"mil", "state"}, ARMED),
    ("shell", "shelled", "shelled", "shell", "{T}", "{T} was shelled by {S}",
     "{S}'s shelling of {T}", "194", "dir", "1384", {"mil"}, ARMED),
    ("clash", "clashed with", "clashed with", "clash with", "{T}", None, "{S}'s clashes with {T}",
     "190", "recip1", None, ARMED | {"cop"}, ARMED | {"cop"}),
    ("urge", "urged", "urged", "urge", "{T} to do more", "{T} was urged by {S} to do more",
     None, "020", "dir", None, POL, STATEY | {"armed"}),
    ("callon", "called on", "called on", "call on", "{T} to do more", None,
     None, "020", "dir", None, POL, STATEY | {"armed"}),
    ("demand", "demanded an explanation from", "demanded an explanation from",
     "demand an explanation from", "{T}", None, None, "101", "dir", None, STATEY, STATEY),
    ("reject", "rejected", "rejected", "reject", "{TP} proposal", "{TP} proposal was rejected by {S}",
     "{S}'s rejection of {TP} proposal", "120", "dir", None, STATEY | {"armed"},
     {"state", "gov", "igo", "armed"}),
    ("sign", "signed an agreement with", "signed an agreement with", "sign an agreement with", "{T}",
     None, "{S}'s agreement with {T}", "057", "recip", "030", STATEY, STATEY),
    ("negotiate", "negotiated with", "negotiated with", "negotiate with", "{T}", None,
     "{S}'s negotiations with {T}", "046", "recip", "036", STATEY | {"armed"}, STATEY | {"armed"}),
    ("apologise", "apologised to", "apologised to", "apologise to", "{T}", None,
     "{S}'s apology to {T}", "055", "dir", None, STATEY, STATEY),
    ("aid", "provided humanitarian aid to", "provided humanitarian aid to", "provide humanitarian aid to",
     "{T}", "Humanitarian aid was provided to {T} by {S}", "{S}'s humanitarian aid to {T}",
     "073", "dir", "0333", {"state", "gov", "igo"}, {"state", "gov"}),
    ("praise2", "thanked", "thanked", "thank", "{T}", "{T} was thanked by {S}", None,
     "051", "dir", None, STATEY, POL),
]

REPORTERS = ["Al Jazeera", "Reuters", "a Western diplomat", "the Associated Press"]

FRAMES = ["plain", "perfect", "adjunct", "attrib_tail", "attrib_front", "appos", "relative",
          "participle", "passive", "coord_src", "coord_tgt", "nominal", "reported", "future",
          "negation"]


def poss(text):
    return text + ("'" if text.endswith("s") else "'s")


def cap(s):
    return s[0].upper() + s[1:]


def events(src, tgt, verb, future=False):
    """expected events of one source code and one target actor (text, code)"""
    code, rule, fut = verb[7], verb[8], verb[9]
    t = tgt[1]
    if future:
        return {f"{src}>{t}:{fut}"}
    if rule == "dir" or rule == "visit":
        return {f"{src}>{t}:{code}"}
    if rule in ("recip", "recip1"):
        return {f"{src}>{t}:{code}", f"{t}>{src}:{code}"}
    if rule == "host":
        return {f"{src}>{t}:043", f"{t}>{src[:3]}:042"}
    raise ValueError(rule)


def obj(verb, tgts):
    tpl = verb[4]
    if len(tgts) == 1:
        return tpl.replace("{TP}", poss(tgts[0][0])).replace("{T}", tgts[0][0])
    if "{TP}" in tpl:
        return None
    return tpl.replace("{T}", tgts[0][0] + " and " + tgts[1][0])


def make(frame, verb, rng):
    key, past, pp, base, _, passive, nominal, code, rule, fut, skinds, tkinds = verb
    srcs = [a for a in ACTORS if a[2] in skinds]
    tgts = [a for a in ACTORS if a[2] in tkinds]
    if frame == "appos":
        if not (skinds & APPOS_KINDS):
            return None
    if frame == "passive" and not passive:
        return None
    if frame == "nominal" and not nominal:
        return None
    if frame == "future" and not fut:
        return None
    if frame == "coord_tgt" and "{TP}" in verb[4]:
        return None
    for _ in range(50):
        s = rng.choice(srcs)
        t = rng.choice(tgts)
        if s[1][:3] == t[1][:3]:
            continue
        if rule == "host" and s[1][:3] == "IGO":
            continue
        break
    else:
        return None
    scode = s[1]
    stext = s[0]
    o = obj(verb, [t])
    exp = set()
    if frame == "plain":
        sent = f"{cap(stext)} {past} {o}."
    elif frame == "perfect":
        sent = f"{cap(stext)} {'have' if s[3] else 'has'} {pp} {o}."
    elif frame == "adjunct":
        sent = f"{cap(stext)} on Tuesday {past} {o}."
    elif frame == "attrib_tail":
        sent = f"{cap(stext)} {past} {o}, officials said."
    elif frame == "attrib_front":
        sent = f"According to Reuters, {stext} {past} {o}."
    elif frame == "appos":
        ap = rng.choice([a for a in APPOS if a[1][:3] != t[1][:3]])
        scode = ap[1]
        sent = f"{ap[0]} {past} {o}."
        if rule == "host":
            pass
    elif frame == "relative":
        rel = s[4]
        sent = f"{cap(stext)}, {rel} came under growing pressure last month, {past} {o}."
    elif frame == "participle":
        lead = "Moving before dawn" if s[2] in ARMED | {"cop"} else "Speaking in Geneva"
        sent = f"{lead}, {stext} {past} {o}."
    elif frame == "passive":
        sent = passive.replace("{TP}", poss(t[0])).replace("{T}", t[0]).replace("{S}", stext)
        sent = cap(sent) + "."
    elif frame == "coord_src":
        others = [a for a in srcs if a[1][:3] not in (s[1][:3], t[1][:3])]
        if not others:
            return None
        s2 = rng.choice(others)
        sent = f"{cap(stext)} and {s2[0]} {past} {o}."
        exp |= events(s2[1], t, verb)
    elif frame == "coord_tgt":
        others = [a for a in tgts if a[1][:3] not in (s[1][:3], t[1][:3])]
        if not others:
            return None
        t2 = rng.choice(others)
        sent = f"{cap(stext)} {past} {obj(verb, [t, t2])}."
        exp |= events(scode, t2, verb)
    elif frame == "nominal":
        sent = nominal.replace("{TP}", poss(t[0])).replace("{T}", t[0]).replace("{S}'s", poss(stext))
        sent = cap(sent)
        sent = f"{sent} came as tensions rose in the region."
    elif frame == "reported":
        r = rng.choice(REPORTERS)
        sent = f"{r} said {stext} had {pp} {o}."
    elif frame == "future":
        sent = f"{cap(stext)} will {base} {o} next week."
        return sent, events(scode, t, verb, future=True)
    elif frame == "negation":
        sent = f"{cap(stext)} did not {base} {o}."
        return sent, set()
    exp |= events(scode, t, verb)
    return sent, exp


def main():
    rng = random.Random(SEED)
    keys = [v[0] for v in V]
    held = set(rng.sample(keys, len(keys) // 3))
    import sys
    print("held-back verbs:", " ".join(sorted(held)), file=sys.stderr)
    n = 0
    for verb in V:
        for fi, frame in enumerate(FRAMES):
            for rep in range(2):
                r = make(frame, verb, rng)
                if r is None:
                    continue
                sent, exp = r
                n += 1
                pre = "h" if verb[0] in held else "f"
                pid = f"{pre}{n:03d}_{frame}_{verb[0]}"
                print(f"{pid}\t{DATE}\t{sent}\t{' '.join(sorted(exp)) or '-'}")


if __name__ == "__main__" and __import__("sys").argv[1:] != ["b2"]:
    main()


# ---- second batch (b2): frames of wire style the first sweep left out -------------------
# Written after the first batch was scored (the first batch's frames were nearly all coded);
# blind as the first: written and committed before any run. Ids g... (FIX verbs) and k...
# (HELD-BACK verbs, the same verbs as the first batch).
FRAMES2 = ["statement_front", "also", "tgt_appos", "tgt_official", "reported_tail", "saying",
           "after_clause", "second_time", "src_officials", "passive_perfect", "time_front"]
STATES = [a for a in ACTORS if a[2] == "state"]


def make2(frame, verb, rng):
    key, past, pp, base, tpl, passive, nominal, code, rule, fut, skinds, tkinds = verb
    srcs = [a for a in ACTORS if a[2] in skinds]
    tgts = [a for a in ACTORS if a[2] in tkinds]
    if frame == "src_officials":
        if "state" not in skinds:
            return None
        srcs = STATES
    if frame == "tgt_official":
        if "state" not in tkinds or tpl != "{T}" or rule in ("visit", "host"):
            return None
        tgts = STATES
    if frame == "tgt_appos" and tpl != "{T}":
        return None
    if frame == "passive_perfect" and not passive:
        return None
    for _ in range(50):
        s = rng.choice(srcs)
        t = rng.choice(tgts)
        if s[1][:3] != t[1][:3] and not (rule == "host" and s[1][:3] == "IGO"):
            break
    else:
        return None
    scode, stext = s[1], s[0]
    tact = t
    if frame == "tgt_official":
        tact = (poss(t[0]) + " president", t[1] + "GOV")
    if frame == "src_officials":
        scode, stext = s[1] + "GOV", "officials in " + s[0]
    o = obj(verb, [tact])
    S = cap(stext)
    if frame == "statement_front":
        sent = f"In a statement on Tuesday, {stext} {past} {o}."
    elif frame == "also":
        sent = f"{S} also {past} {o}."
    elif frame == "tgt_appos":
        z = rng.choice([a for a in STATES if a[1][:3] not in (s[1][:3], t[1][:3])])
        sent = f"{S} {past} {o}, a close ally of {z[0]}."
    elif frame in ("tgt_official", "src_officials"):
        sent = f"{S} {past} {o}."
    elif frame == "reported_tail":
        sent = f"{S} {past} {o} on Tuesday, Al Jazeera reported."
    elif frame == "saying":
        sent = f"{S} {past} {o}, saying the situation had become unacceptable."
    elif frame == "after_clause":
        sent = f"{S} {past} {o} after talks in Doha broke down."
    elif frame == "second_time":
        sent = f"{S} {past} {o} for the second time this month."
    elif frame == "passive_perfect":
        sent = passive.replace("{TP}", poss(t[0])).replace("{T}", t[0]).replace("{S}", stext)
        plural = t[3] or sent.startswith("Sanctions") or sent.startswith("Air strikes")
        sent = sent.replace(" was ", " have been " if plural else " has been ", 1)
        sent = sent.replace(" were ", " have been ", 1)
        sent = cap(sent) + "."
    elif frame == "time_front":
        sent = f"On Tuesday, {stext} {past} {o}."
    return sent, events(scode, tact, verb)


def main2():
    rng = random.Random(SEED + 2)
    keys = [v[0] for v in V]
    held = set(random.Random(SEED).sample(keys, len(keys) // 3))
    n = 0
    for verb in V:
        for frame in FRAMES2:
            for rep in range(2):
                r = make2(frame, verb, rng)
                if r is None:
                    continue
                sent, exp = r
                n += 1
                pre = "k" if verb[0] in held else "g"
                print(f"{pre}{n:03d}_{frame}_{verb[0]}\t{DATE}\t{sent}\t{' '.join(sorted(exp)) or '-'}")


if __name__ == "__main__" and __import__("sys").argv[1:] == ["b2"]:
    main2()
