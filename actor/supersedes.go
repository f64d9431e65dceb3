package actor

// gaps2 round (2026-11-27): supersession between dictionary entries that
// share a name. Entries stay per language: an entry of a French file and
// one of an English file naming the same actor do not supersede each other
// (each language resolves to its own; best() already drops the other
// language's), and an entry of a language file supersedes a neutral one
// only in documents of its language (resolveLang). A later entry whose
// shared names are only lower-case variants of the earlier one's ("kestrel
// front" after "Kestrel Front") adds those forms and supersedes nothing.

// supersedes reports whether e, loaded after o and sharing a name with it,
// replaces o.
func supersedes(o, e *Entry) bool {
	if o.Lang != "" && e.Lang != "" && o.Lang != e.Lang {
		return false
	}
	return !lowerVariantOnly(o, e)
}

// lowerVariantOnly: every name e shares with o is written with fewer
// capitals than o's (and none that o lacks).
func lowerVariantOnly(o, e *Entry) bool {
	auto := e.Kind != "agent" && e.Kind != "demonym" && e.Kind != "discard"
	olds := map[string][]uint32{}
	for _, n := range o.Names {
		k := NameKey(n)
		olds[k] = append(olds[k], capMask(n, auto))
	}
	shared := false
	for _, n := range e.Names {
		ms, ok := olds[NameKey(n)]
		if !ok {
			continue
		}
		shared = true
		m := capMask(n, auto)
		for _, om := range ms {
			if !caseStricter(om, m) {
				return false
			}
		}
	}
	return shared
}

// caseStricter: mask a asks for every capital b asks for, and more.
func caseStricter(a, b uint32) bool { return a != b && a&b == b }

// variantKinds: two entries of one kind that supersession concerns
// (person, org, group, media), between which a lower-case variant only
// adds a form; a discard or a country keeps its own precedence ("UN" is
// the French article in capitals, places_fr.txt).
func variantKinds(a, b *Entry) bool {
	if a.Kind != b.Kind {
		return false
	}
	switch a.Kind {
	case "person", "org", "group", "media":
		return true
	}
	return false
}
