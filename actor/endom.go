package actor

import dyad "github.com/dyadproject/dyad"

// soleSentenceCountryEN (endom round): the English counterpart of
// soleSentenceCountry. An English document of one sentence that names
// exactly one country gives it to its unions, farmers, students and parties
// left without one: "Tens of thousands of farmers marched on New Delhi"
// INDAGR, "the party's leader in Nairobi" KENPTY. As in French, state agents,
// forces, crowds and the opposition stay ---: in one sentence the only
// country named is as often the foreign counterpart's ("protesters burned
// an American flag").
func soleSentenceCountryEN(a *dyad.Analysis, top, second int) bool {
	return a.Doc != nil && a.Doc.Lang == "en" && len(a.Sentences) == 1 && top >= 1 && second == 0
}

// oppositionPartyEn (English, endom round): a party name right after "the
// opposition" of a country ("South Africa's opposition Economic Freedom
// Fighters", "Turkey's main opposition CHP") is one mention, the
// opposition of that country (CODING.md: OPP when the text calls the party
// the opposition), as namedPartyEn does for "… opposition Labour Party". A
// party of another country keeps its own mention.
//
// The word "party" alone right after such a mention ("India's main
// opposition Congress party", where "opposition Congress" is one agent
// entry) is the head of that mention: one mention, the opposition's.
func oppositionPartyEn(us []unit, ms []mention) []mention {
	for k := 1; k < len(ms); k++ {
		m, p := &ms[k], ms[k-1]
		if m.kind == "agent" && m.country == "" && m.i == m.j-1 && wordSet("party-head")[us[m.i].norm] &&
			p.kind == "agent" && (p.role == "OPP" || p.role == "PTY") && p.country != "" && p.j == m.i {
			ms[k-1].j = m.j
			ms = append(ms[:k], ms[k+1:]...)
			k--
			continue
		}
		if m.kind != "org" && m.kind != "group" || len(m.code) != 6 || m.code[3:] != "PTY" ||
			p.kind != "agent" || p.role != "OPP" || p.country == "" || p.j != m.i || m.code[:3] != p.country {
			continue
		}
		m.i, m.code = p.i, p.country+"OPP"
		ms = append(ms[:k-1], ms[k:]...)
		k--
	}
	return ms
}
