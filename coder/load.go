package coder

// User pattern files: Load builds a coder with pattern files of the user's
// added to the embedded ones; Check validates pattern files; List shows
// them. See README.md, "User pattern files".

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/text"
)

// langs are the languages the coder has patterns for.
var langs = []string{"fr", "en"}

// userBonus is added to the specificity of user patterns: 4 more than a
// pattern of LANG.txt or of a topic file, 1 more than one of LANG_dyad.txt
// (+3), so that a user pattern wins over every embedded pattern of its
// anchor with as many elements (a user "---" line switches one off).
const userBonus = 4

// PatternDir returns the user pattern directory: $DYAD_PATTERN_DIR, or
// os.UserConfigDir()/dyad/patterns.
func PatternDir() string { return dyad.UserDir("DYAD_PATTERN_DIR", "patterns") }

// PatternDirFiles returns the *.txt files of PatternDir(), sorted.
func PatternDirFiles() []string {
	d := PatternDir()
	if d == "" {
		return nil
	}
	m, _ := filepath.Glob(filepath.Join(d, "*.txt"))
	sort.Strings(m)
	return m
}

// userFile is a user pattern file read into memory; data has its @lang
// line blanked (line numbers kept).
type userFile struct {
	name, lang, data string
}

// readUserFile reads a pattern file and finds its language.
func readUserFile(path string) (userFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return userFile{}, err
	}
	lang, data, _, err := fileLang(path, string(b))
	if err != nil {
		return userFile{}, err
	}
	return userFile{name: path, lang: lang, data: data}, nil
}

// fileLang returns the language of a user pattern file: its "@lang xx"
// header line (before the first pattern) or else its name ("fr_x.txt",
// "x_fr.txt", "x-en.txt", "fr.txt": a part of the base name between "_",
// "-", "." or spaces that is a language code). The data is returned with
// the @lang line blanked. An error names the line (0: the file).
func fileLang(path, data string) (lang, out string, line int, err error) {
	lines := strings.Split(data, "\n")
	langLine := 0
	pattern := false
	for i, raw := range lines {
		l := stripComment(raw)
		if l == "" {
			continue
		}
		f := strings.Fields(l)
		if f[0] != "@lang" {
			if !strings.HasPrefix(f[0], "@") {
				pattern = true
			}
			continue
		}
		switch {
		case len(f) != 2:
			return "", "", i + 1, fmt.Errorf("%s:%d: want @lang fr or @lang en", path, i+1)
		case !knownLang(f[1]):
			return "", "", i + 1, fmt.Errorf("%s:%d: unknown language %q (the coder has %s)", path, i+1, f[1], strings.Join(langs, ", "))
		case langLine > 0:
			return "", "", i + 1, fmt.Errorf("%s:%d: second @lang line (first at line %d)", path, i+1, langLine)
		case pattern:
			return "", "", i + 1, fmt.Errorf("%s:%d: @lang must come before the first pattern", path, i+1)
		}
		lang, langLine = f[1], i+1
		lines[i] = ""
	}
	if lang == "" {
		lang = nameLang(path)
	}
	if lang == "" {
		return "", "", 0, fmt.Errorf("%s: cannot tell the language: add a line \"@lang fr\" (or en) or name the file *_fr.txt / fr_*.txt", path)
	}
	return lang, strings.Join(lines, "\n"), 0, nil
}

// nameLang returns the language a file name gives ("" when none or both).
func nameLang(path string) string {
	base := strings.ToLower(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	found := ""
	for _, part := range strings.FieldsFunc(base, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if knownLang(part) {
			if found != "" && found != part {
				return ""
			}
			found = part
		}
	}
	return found
}

func knownLang(l string) bool {
	for _, x := range langs {
		if x == l {
			return true
		}
	}
	return false
}

// Load returns a coder with the embedded patterns, then the pattern files
// of PatternDir(), then the given files (each a file or a directory of
// *.txt), in that order. A user file is loaded into its language's lexicon
// after the embedded files, so it may use their @set and @group names; its
// language is its "@lang" header or its name (see fileLang). Without any
// user file it is New (loaded once and shared).
func Load(paths ...string) (*Coder, error) {
	files, err := dyad.DataFiles(append(PatternDirFiles(), paths...)...)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return New()
	}
	var user []userFile
	for _, f := range files {
		u, err := readUserFile(f)
		if err != nil {
			return nil, err
		}
		user = append(user, u)
	}
	lex, err := loadLexicons(user)
	if err != nil {
		return nil, err
	}
	return &Coder{lex: lex}, nil
}

// loadLexicons builds the lexicon of each language from the embedded data
// files, then the user files of that language.
func loadLexicons(user []userFile) (map[string]*lexicon, error) {
	out := map[string]*lexicon{}
	tb, err := dataFS.ReadFile("data/transform.txt")
	if err != nil {
		return nil, err
	}
	tr, err := loadTransformFile("transform.txt", string(tb))
	if err != nil {
		return nil, err
	}
	for _, lang := range langs {
		lx := newLexicon(lang)
		b, err := dataFS.ReadFile("data/" + lang + "_lex.txt")
		if err != nil {
			return nil, err
		}
		if err := lx.loadLex(lang+"_lex.txt", string(b)); err != nil {
			return nil, err
		}
		// the cue lists of transform.txt's target and source lines
		// (@list LANG NAME WORDS...)
		for name, ws := range transformLists(string(tb), lang) {
			if err := lx.loadLex("transform.txt", "@list "+name+" "+strings.Join(ws, " ")); err != nil {
				return nil, err
			}
		}
		// LANG.txt, dyad's own supplement to a converted pattern file,
		// then the topic files LANG_*.txt (e.g. fr_conflict.txt), in name
		// order
		for _, name := range append([]string{lang + ".txt"}, patternFiles(lang)...) {
			b, err := dataFS.ReadFile("data/" + name)
			if err != nil {
				return nil, err
			}
			if err := lx.loadPatterns(name, string(b)); err != nil {
				return nil, err
			}
		}
		var mine []string
		for _, u := range user {
			if u.lang != lang {
				continue
			}
			if err := lx.loadPatterns(u.name, u.data); err != nil {
				return nil, err
			}
			mine = append(mine, u.name+":")
		}
		if len(mine) > 0 {
			boostUser(lx, mine)
		}
		lx.buildForms()
		lx.buildSpeedTables()
		lx.setTransforms(tr)
		lx.demandPat = &pattern{id: "demand-after-statement", text: "statement + obligation modal (must, doit)", code: "100"}
		out[lang] = lx
	}
	return out, nil
}

// boostUser adds userBonus (less the bonus a "_dyad.txt" name already got)
// to the patterns of the user files (id prefixes) and re-sorts each anchor.
func boostUser(lx *lexicon, prefixes []string) {
	done := map[*pattern]bool{}
	for _, ps := range lx.anchors {
		for _, p := range ps {
			if done[p] {
				continue
			}
			done[p] = true
			for _, pre := range prefixes {
				if strings.HasPrefix(p.id, pre) {
					p.score += userBonus
					if isSupplement(p) {
						p.score -= 3
					}
					break
				}
			}
		}
		sortSpecific(ps)
	}
}

// Problem is a problem found in a pattern file.
type Problem struct {
	File string
	Line int // 0: the whole file
	Msg  string
	// Warning: the line loads and works as written, but probably not as
	// meant (see phraseWarnings); Error() starts the message with
	// "warning: ".
	Warning bool
}

func (p Problem) Error() string {
	msg := p.Msg
	if p.Warning {
		msg = "warning: " + msg
	}
	if p.Line == 0 {
		return p.File + ": " + msg
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, msg)
}

// PatternInfo describes one pattern line (dyad patterns list).
type PatternInfo struct {
	Lang    string
	File    string // as in Event.Pattern: the embedded file's name or the user path
	Line    int
	Code    string   // as written, with its "~" / "<>" marks
	Kind    string   // "V" or "N"
	Anchors []string // the folded anchor lemmas (groups expanded)
	Text    string   // the line without its comment
}

// Where returns file:line.
func (p PatternInfo) Where() string { return fmt.Sprintf("%s:%d", p.File, p.Line) }

// Check validates the embedded pattern files and the given ones (files or
// directories of *.txt; the caller adds PatternDirFiles if it wants them):
// line syntax, exactly one anchor, CAMEO codes of the codebook, @set and
// @group names that exist, slot syntax and prepositions of the language's
// cue file, identical patterns written twice, and that the files load. It
// returns every problem found.
func Check(paths ...string) []Problem {
	var probs []Problem
	walkPatterns(paths, func(PatternInfo) {}, func(p Problem) { probs = append(probs, p) })
	return probs
}

// List returns the patterns of the embedded files and the given ones, in
// load order (language, file, line). Lines with problems, and files whose
// language cannot be told, are left out (Check reports them).
func List(paths ...string) []PatternInfo {
	var out []PatternInfo
	walkPatterns(paths, func(p PatternInfo) { out = append(out, p) }, func(Problem) {})
	return out
}

// walkPatterns reads every pattern file as the loader does, line by line,
// reporting each pattern and each problem.
func walkPatterns(paths []string, visit func(PatternInfo), report func(Problem)) {
	type src struct {
		name, data string
		user       bool
	}
	byLang := map[string][]src{}
	for _, lang := range langs {
		for _, name := range append([]string{lang + ".txt"}, patternFiles(lang)...) {
			b, err := dataFS.ReadFile("data/" + name)
			if err != nil {
				report(Problem{File: name, Msg: err.Error()})
				continue
			}
			byLang[lang] = append(byLang[lang], src{name, string(b), false})
		}
	}
	var user []userFile
	var files []string
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			report(Problem{File: p, Msg: err.Error()})
			continue
		}
		files = append(files, p)
	}
	files, _ = dyad.DataFiles(files...)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			report(Problem{File: f, Msg: err.Error()})
			continue
		}
		lang, data, line, err := fileLang(f, string(b))
		if err != nil {
			report(Problem{File: f, Line: line, Msg: trimWhere(err.Error(), f, line)})
			continue
		}
		byLang[lang] = append(byLang[lang], src{f, data, true})
		user = append(user, userFile{f, lang, data})
	}
	reported := map[string]bool{}
	rep := func(p Problem) {
		reported[fmt.Sprintf("%s:%d", p.File, p.Line)] = true
		report(p)
	}
	if tb, err := dataFS.ReadFile("data/transform.txt"); err != nil {
		rep(Problem{File: "transform.txt", Msg: err.Error()})
	} else if _, err := loadTransformFile("transform.txt", string(tb)); err != nil {
		rep(whereProblem(err.Error()))
	}
	for _, lang := range langs {
		lx := newLexicon(lang)
		if b, err := dataFS.ReadFile("data/" + lang + "_lex.txt"); err != nil {
			rep(Problem{File: lang + "_lex.txt", Msg: err.Error()})
		} else if err := lx.loadLex(lang+"_lex.txt", string(b)); err != nil {
			rep(whereProblem(err.Error()))
		}
		// "=" + pattern: file:line of its first writing; "~" + class +
		// kind and elements: file:line and code of the first writing
		seen := map[string]string{}
		for _, s := range byLang[lang] {
			class := "embedded"
			switch {
			case s.user:
				class = "user"
			case strings.Contains(s.name, "_dyad.txt"):
				class = "dyad"
			}
			checkFile(lx, s.name, s.data, class, seen, visit, rep)
		}
	}
	// whatever the line checks missed, the loader must accept the files
	if _, err := loadLexicons(user); err != nil {
		p := whereProblem(err.Error())
		if !reported[fmt.Sprintf("%s:%d", p.File, p.Line)] {
			rep(p)
		}
	}
}

// trimWhere removes a "file:line: " prefix the message repeats.
func trimWhere(msg, file string, line int) string {
	if line > 0 {
		msg = strings.TrimPrefix(msg, fmt.Sprintf("%s:%d: ", file, line))
	}
	return strings.TrimPrefix(msg, file+": ")
}

// whereProblem turns a loader error "file:line: msg" into a Problem.
func whereProblem(msg string) Problem {
	parts := strings.SplitN(msg, ": ", 2)
	if len(parts) == 2 {
		if i := strings.LastIndexByte(parts[0], ':'); i > 0 {
			var n int
			if _, err := fmt.Sscanf(parts[0][i+1:], "%d", &n); err == nil {
				return Problem{File: parts[0][:i], Line: n, Msg: parts[1]}
			}
		}
	}
	return Problem{File: "coder", Msg: msg}
}

// checkFile checks one pattern file line by line. Directives (@set,
// @group, @forms) are applied to lx as the loader does, so that later lines
// and files see them; patterns are only checked (and visited), not loaded.
// class is the file's specificity class (embedded, dyad, user): of two
// patterns of one class with the same elements, the first always wins.
func checkFile(lx *lexicon, name, data, class string, seen map[string]string, visit func(PatternInfo), report func(Problem)) {
	type pending struct {
		info    PatternInfo
		anchors []string // as written: lemmas and &GROUPs
		bad     bool
	}
	var pats []pending
	for ln, line := range dataLines(data) {
		bad := func(format string, a ...any) {
			report(Problem{File: name, Line: ln, Msg: fmt.Sprintf(format, a...)})
		}
		f := strings.Fields(line)
		if strings.HasPrefix(f[0], "@") {
			switch f[0] {
			case "@set", "@group":
				switch {
				case len(f) < 3:
					bad("%s needs a name and members", f[0])
				case !strings.HasPrefix(f[1], "&") || len(f[1]) < 2:
					bad("%s name %q must start with & (patterns refer to it as %s)", f[0], f[1], "&NAME")
				default:
					// as lexicon.loadPatterns reads it
					m := lx.sets
					if f[0] == "@group" {
						m = lx.groups
					}
					for _, w := range f[2:] {
						m[f[1]] = append(m[f[1]], text.Fold(w))
					}
				}
			case "@forms":
				if len(f) < 3 {
					bad("@forms needs a lemma and forms")
				} else {
					lx.addExplicitForms(f[1], f[2:])
				}
			default:
				bad("unknown directive %s (pattern files take @set, @group, @forms; user files also @lang)", f[0])
			}
			continue
		}
		if len(f) < 3 {
			bad("want CODE V|N ELEMENTS, got %q", line)
			continue
		}
		pd := pending{info: PatternInfo{Lang: lx.lang, File: name, Line: ln, Code: f[0], Kind: f[1], Text: line}}
		fail := func(format string, a ...any) {
			bad(format, a...)
			pd.bad = true
		}
		code := strings.TrimSuffix(f[0], "<>")
		code = strings.TrimSuffix(code, "~")
		rev := "" // "043:042": the reverse event's code (README, pattern format)
		if i := strings.IndexByte(code, ':'); i > 0 && code != "---" {
			code, rev = code[:i], code[i+1:]
		}
		switch {
		case code == "---":
		case !allDigits(code) || len(code) < 3 || len(code) > 4:
			fail("bad CAMEO code %q (3 or 4 digits, optionally followed by ~ or <>, or ---)", f[0])
		case !cameo.Known(code):
			fail("unknown CAMEO code %s (not in the CAMEO 1.1b3 codebook)", code)
		case rev != "" && (!allDigits(rev) || len(rev) < 3 || len(rev) > 4 || !cameo.Known(rev)):
			fail("bad reverse CAMEO code %q (CODE:REV, both in the CAMEO 1.1b3 codebook)", f[0])
		}
		if f[1] != "V" && f[1] != "N" {
			fail("kind must be V or N, not %q", f[1])
		}
		nAnchor, nSrc := 0, 0
		key := []string{f[0], f[1]}
		for _, tok := range f[2:] {
			if strings.HasPrefix(tok, "*") {
				nAnchor++
				a := tok[1:]
				if nAnchor > 1 {
					continue
				}
				if msg := checkAlts(a); msg != "" {
					fail("anchor %q: %s", tok, msg)
					continue
				}
				for _, m := range strings.Split(a, "|") {
					pd.anchors = append(pd.anchors, m)
				}
				key = append(key, "*"+text.Fold(a))
				continue
			}
			if msg := checkElem(lx, tok); msg != "" {
				fail("element %q: %s", tok, msg)
				continue
			}
			if base, _, _ := splitRefused(tok); strings.HasSuffix(strings.TrimRight(base, "?!"), "$") {
				nSrc++
			}
			key = append(key, text.Fold(tok))
		}
		switch {
		case nAnchor == 0:
			fail("no *anchor")
		case nAnchor > 1:
			fail("%d anchors: a pattern has exactly one *anchor", nAnchor)
		}
		if nSrc > 1 {
			fail("%d source slots: a pattern has at most one", nSrc)
		}
		if !pd.bad {
			for _, w := range phraseWarnings(lx, f[2:]) {
				report(Problem{File: name, Line: ln, Msg: w, Warning: true})
			}
		}
		if !pd.bad {
			k := "=" + strings.Join(key, " ")
			ks := "~" + class + " " + strings.Join(key[1:], " ")
			here := fmt.Sprintf("%s:%d", name, ln)
			if first, ok := seen[k]; ok {
				bad("duplicate of %s (the same pattern written twice)", first)
			} else if first, ok := seen[ks]; ok {
				i := strings.IndexByte(first, ' ')
				bad("same elements as %s (code %s), which always wins: this line is never used", first[:i], first[i+1:])
			} else {
				seen[k] = here
				seen[ks] = here + " " + f[0]
			}
		}
		pats = append(pats, pd)
	}
	// anchor groups may be declared anywhere in the file (the loader
	// resolves them at its end)
	for _, pd := range pats {
		var lemmas []string
		for _, m := range pd.anchors {
			if strings.HasPrefix(m, "&") {
				g, ok := lx.groups[m]
				if !ok {
					report(Problem{File: name, Line: pd.info.Line, Msg: fmt.Sprintf("unknown group %s (declare it with @group %s lemma ...)", m, m)})
					pd.bad = true
					continue
				}
				lemmas = append(lemmas, g...)
				continue
			}
			lemmas = append(lemmas, text.Fold(m))
		}
		if pd.bad {
			continue
		}
		for i, l := range lemmas {
			lemmas[i] = strings.ReplaceAll(l, "_", " ")
		}
		pd.info.Anchors = lemmas
		visit(pd.info)
	}
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// special characters that may not appear inside a word of a pattern
const specials = "*$+=!?~<>^"

// checkAlts checks the syntax of "a|b|&SET" alternatives.
func checkAlts(s string) string {
	if s == "" {
		return "empty"
	}
	for _, w := range strings.Split(s, "|") {
		switch {
		case w == "":
			return "empty alternative (\"||\" or a \"|\" at an end)"
		case w == "&":
			return "\"&\" without a name"
		case strings.ContainsAny(w, specials):
			return fmt.Sprintf("%q has a special character (one of %s) inside", w, specials)
		case strings.Contains(w, "&") && !strings.HasPrefix(w, "&"):
			return fmt.Sprintf("%q: & only starts a set or group name", w)
		}
	}
	return ""
}

// checkElem checks one element that is not the anchor (format in README.md).
func checkElem(lx *lexicon, tok string) string {
	// "..." before a slot is accepted and changes nothing: a slot already
	// looks up to 12 tokens away
	t, refused, accepted := splitRefused(tok)
	if refused != nil || accepted != nil {
		return checkRefused(lx, t, append(refused, accepted...))
	}
	t = strings.TrimPrefix(t, "...")
	if strings.HasSuffix(t, ">") {
		// "en> *visite" (lexicon.parseElem): a plain word before the anchor
		t = strings.TrimSuffix(t, ">")
		if strings.ContainsAny(t, "$+=!?") {
			return "\">\" (right before the next element) only applies to a word before the anchor"
		}
	}
	required := strings.HasSuffix(t, "!")
	t = strings.TrimSuffix(t, "!")
	t = strings.TrimSuffix(t, "?")
	if t == "" {
		return "empty"
	}
	switch last := t[len(t)-1]; last {
	case '$', '+', '=':
		if required && (last != '+' || len(t) > 1) {
			return "\"!\" only applies to the direct target slot (+!)"
		}
		prep := t[:len(t)-1]
		if prep == "" {
			if last == '=' {
				return "a both-sides slot needs its preposition (entre=, between=)"
			}
			return ""
		}
		if msg := checkAlts(prep); msg != "" {
			return msg
		}
		for _, p := range strings.Split(prep, "|") {
			if strings.HasPrefix(p, "&") {
				return "a slot takes prepositions, not a set"
			}
			if !lx.preps[text.Fold(p)] {
				return fmt.Sprintf("%q is not a preposition of %s_lex.txt (@prep families: %s): a slot opens only after a preposition, so %q never matches", p, lx.lang, strings.Join(lx.prepFams, " "), p)
			}
		}
		return ""
	}
	if required {
		return "\"!\" only applies to the direct target slot (+!)"
	}
	if msg := checkAlts(t); msg != "" {
		return msg
	}
	for _, w := range strings.Split(t, "|") {
		if strings.HasPrefix(w, "&") {
			if _, ok := lx.sets[w]; ok {
				continue
			}
			if _, ok := lx.groups[w]; !ok {
				return fmt.Sprintf("unknown set %s (declare it with @set %s word ... before this line)", w, w)
			}
		}
	}
	return ""
}

// phraseWarnings looks for a pattern line written as if "|" separated
// phrases, when it separates single words: "placer + en garde a vue|detention"
// reads "en garde à vue" or "en garde à détention", never "en détention".
// Every element of a pattern is one word; a phrase alternative is written
// as one line per phrase. The signs, each checked on the elements as
// written (tokens after CODE KIND), are:
//
//   - a word both in a "|" alternative and in another required element of
//     the line ("mediation|mission de mediation");
//   - a reflexive pronoun (the refl list of LANG_lex.txt) right before
//     alternatives of several words ("a se rendre|venir": "se" binds the
//     first verb only);
//   - alternatives mixing plural and singular nouns right before one
//     required word ("armes|aide militaire", "embargo|boycott|represailles
//     economiques"): in a true cross product the words agree;
//   - a run of two required words and a preposition or article right
//     before alternatives ("en garde a vue|detention").
//
// Prepositions, articles and reflexive pronouns never count as the
// repeated or the following word. Measured on the embedded files before
// the fixes of 2026-11-26: 8 warnings, all real (see check_phrase_test.go).
func phraseWarnings(lx *lexicon, toks []string) []string {
	type el struct {
		alts           []string // folded words; nil for slots and anchors
		req, far, set  bool
		anchor, single bool
	}
	var es []el
	for _, tok := range toks {
		e := el{}
		t, _, _ := splitRefused(tok)
		if strings.HasPrefix(t, "*") {
			e.anchor = true
			t = t[1:]
		}
		if strings.HasPrefix(t, "...") {
			e.far = true
			t = t[3:]
		}
		opt := strings.HasSuffix(strings.TrimSuffix(t, "!"), "?")
		t = strings.TrimRight(t, "?!")
		if t == "" || strings.ContainsAny(t[len(t)-1:], "$+=") {
			es = append(es, e) // a slot
			continue
		}
		for _, w := range strings.Split(t, "|") {
			if strings.HasPrefix(w, "&") {
				e.set = true
			}
			e.alts = append(e.alts, text.Fold(w))
		}
		e.req = !opt && !e.anchor && !e.set
		e.single = e.req && len(e.alts) == 1
		es = append(es, e)
	}
	function := func(w string) bool {
		return lx.preps[w] || lx.in("det", w) || lx.in("refl", w)
	}
	has := func(list []string, w string) bool {
		for _, x := range list {
			if x == w {
				return true
			}
		}
		return false
	}
	// plural-looking: ends in s or x and its singular is not written too
	plural := func(w string, alts []string) bool {
		return (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x")) && !has(alts, w[:len(w)-1])
	}
	stem := func(w string) string {
		for _, suf := range []string{"es", "s", "x", "e"} {
			if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
				return w[:len(w)-len(suf)]
			}
		}
		return w
	}
	// group: required alternatives of at least two different words (not
	// just "force|forces")
	group := func(e el) bool {
		if !e.req || len(e.alts) < 2 {
			return false
		}
		for _, a := range e.alts[1:] {
			if stem(a) != stem(e.alts[0]) {
				return true
			}
		}
		return false
	}
	content := func(e el) bool { return e.single && !function(e.alts[0]) }
	var out []string
	seen := map[string]int{}
	for i, e := range es {
		if !e.req {
			continue
		}
		for _, a := range e.alts {
			if function(a) {
				continue
			}
			if j, ok := seen[a]; ok && j != i && (len(e.alts) > 1 || len(es[j].alts) > 1) {
				out = append(out, fmt.Sprintf("%q is written twice, once among alternatives: \"|\" separates single words, not phrases (one line per phrase)", a))
			} else if !ok {
				seen[a] = i
			}
		}
	}
	for i := 0; i+1 < len(es); i++ {
		a, b := es[i], es[i+1]
		if a.single && lx.in("refl", a.alts[0]) && group(b) {
			out = append(out, fmt.Sprintf("%q before %s: the reflexive pronoun is required before every alternative (\"|\" separates single words; one line per verb)", a.alts[0], strings.Join(b.alts, "|")))
		}
		if group(a) && !a.far && content(b) && !b.far {
			var pl, sg bool
			for _, w := range a.alts {
				switch {
				case plural(w, a.alts):
					pl = true
				case !has(a.alts, w+"s") && !has(a.alts, w+"x"):
					sg = true
				}
			}
			if pl && sg {
				out = append(out, fmt.Sprintf("%s %s: singular and plural alternatives before one required word; if %q belongs to one alternative only, write one line per phrase (\"|\" separates single words)", strings.Join(a.alts, "|"), b.alts[0], b.alts[0]))
			}
		}
		if i > 0 && es[i-1].single && content(a) && b.single && function(b.alts[0]) && i+2 < len(es) && group(es[i+2]) {
			out = append(out, fmt.Sprintf("%s %s %s before %s: a phrase before alternatives requires the whole phrase before each alternative (\"|\" separates single words; one line per phrase)", es[i-1].alts[0], a.alts[0], b.alts[0], strings.Join(es[i+2].alts, "|")))
		}
	}
	return out
}

// sectorslot: a slot may refuse actors of some sectors, or take only
// actors of some. "a+~MED" is a target after "à" whose actor has no MED
// part in its code ("a déclaré à l'AFP que" is no statement to a state);
// each "~SECTOR" after the slot (after its "!" or "?") refuses one sector:
// "a+~MED~LAB", "+!~MED". "a+^GOV^MIL" takes only an actor whose code has
// one of the sectors after "^" ("a assuré au chancelier allemand que", not
// "a déclaré à Kiev que"). An actor refused fails the slot as an empty one
// would (an optional slot leaves the event without that side).

// sectorCodes are the role codes of the CAMEO 1.1b3 actor codebook (the
// sector parts of actor codes after the country) a slot may name.
var sectorCodes = map[string]bool{
	"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "PTY": true,
	"OPP": true, "REB": true, "INS": true, "SEP": true, "SPY": true, "UAF": true,
	"CVL": true, "MED": true, "EDU": true, "BUS": true, "LAB": true, "AGR": true,
	"ELI": true, "REF": true, "MOD": true, "RAD": true, "CRM": true, "HLH": true,
	"ENV": true, "HRI": true, "DEV": true, "REL": true, "CHR": true, "MUS": true,
	"JEW": true, "BUD": true, "HIN": true, "NGO": true, "IGO": true, "NGM": true,
	"MNC": true, "IMG": true,
}

// splitRefused splits a pattern element into the element, the sectors its
// slot refuses and the sectors it takes ("a+~MED~LAB": "a+", MED LAB;
// "a+^GOV": "a+", nil, GOV).
func splitRefused(tok string) (string, []string, []string) {
	i := strings.IndexAny(tok, "~^")
	if i < 0 {
		return tok, nil, nil
	}
	var ref, acc []string
	rest := tok[i:]
	for rest != "" {
		mark := rest[0]
		j := strings.IndexAny(rest[1:], "~^")
		var c string
		if j < 0 {
			c, rest = rest[1:], ""
		} else {
			c, rest = rest[1:j+1], rest[j+1:]
		}
		if mark == '~' {
			ref = append(ref, c)
		} else {
			acc = append(acc, c)
		}
	}
	if ref == nil && acc == nil {
		ref = []string{""}
	}
	return tok[:i], ref, acc
}

// sectorErr is the loader's check of an element's sector constraints
// (the element without them, the sectors refused and taken).
func sectorErr(t string, refused, accepted []string) error {
	if refused == nil && accepted == nil {
		return nil
	}
	b := strings.TrimRight(t, "?!")
	if b == "" || !strings.ContainsAny(b[len(b)-1:], "$+=") {
		return fmt.Errorf("%q: a sector constraint only follows a slot", t)
	}
	for _, r := range append(append([]string(nil), refused...), accepted...) {
		if !sectorCodes[r] {
			return fmt.Errorf("unknown sector %q", r)
		}
	}
	return nil
}

// checkRefused checks an element with sector constraints.
func checkRefused(lx *lexicon, t string, sectors []string) string {
	b := strings.TrimRight(t, "?!")
	if b == "" || !strings.ContainsAny(b[len(b)-1:], "$+=") {
		return "\"~SECTOR\" and \"^SECTOR\" only follow a slot (a+~MED, +!~MED, a+^GOV)"
	}
	for _, r := range sectors {
		if !sectorCodes[r] {
			names := make([]string, 0, len(sectorCodes))
			for k := range sectorCodes {
				names = append(names, k)
			}
			sort.Strings(names)
			return fmt.Sprintf("unknown sector %q after \"~\" or \"^\" (CAMEO role codes: %s)", r, strings.Join(names, " "))
		}
	}
	return checkElem(lx, t)
}

// refusedSector returns why a slot refuses an actor's code: a sector of
// e.refuse it has, or, when e.accept is set, none of its sectors; "" if
// the slot takes it.
func refusedSector(e elem, code string) string {
	for _, r := range e.refuse {
		if hasRole(code, r) {
			return "refuses sector " + r
		}
	}
	if len(e.accept) == 0 {
		return ""
	}
	for _, r := range e.accept {
		if hasRole(code, r) {
			return ""
		}
	}
	return "takes only " + strings.Join(e.accept, " ")
}
