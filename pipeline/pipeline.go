// Package pipeline wires the stages of dyad together: clean → detect
// language → sentences and tokens → times → actors → events → codebook
// → places. Each stage is a dyad.Stage from its own package; this package
// only orders them and converts the result to the `dyad code` JSON
// contract (record.go).
package pipeline

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/clean"
	"github.com/dyadproject/dyad/coder"
	"github.com/dyadproject/dyad/geo"
	"github.com/dyadproject/dyad/lang"
	"github.com/dyadproject/dyad/text"
	"github.com/dyadproject/dyad/timex"
)

// Options configure a pipeline.
type Options struct {
	// Dicts are user dictionary files added to the embedded actor data.
	Dicts []string
	// Patterns are user event pattern files (or directories of *.txt)
	// added to the embedded patterns, after those of $DYAD_PATTERN_DIR
	// (coder.Load).
	Patterns []string
	// DefaultLang is used when a document has no language and detection
	// cannot tell. Empty means "fr".
	DefaultLang string
	// NoClean skips boilerplate removal (the text is taken as is).
	NoClean bool
	// Statements keeps plain statements without a target ("X a déclaré",
	// CAMEO 010 with no one addressed). They are dropped by default: they
	// are not dyadic events, and most event data (and gold codings) leave
	// them out.
	Statements bool
	// OneSided keeps events with only one actor (a target-less demand, a
	// protest with no one named). They are dropped by default: CAMEO
	// coding (TABARI, PETRARCH, the gold codings dyad is measured on)
	// codes an event when both source and target are found.
	OneSided bool
	// Hypothetical keeps events stated as a condition or a possibility
	// ("si les talibans attaquaient Kaboul", "X pourrait sanctionner Y"),
	// with mode "hypothetical". They are dropped by default: CAMEO coding
	// codes no hypothetical event.
	Hypothetical bool
	// NoDedup keeps an event that repeats an earlier one of the document
	// (dedupStage). `dyad eval` sets it when it reads the sentence records
	// of one gold article as one document: each record's events are its
	// own, and the repeats are dropped record by record.
	NoDedup bool
}

// Pipeline runs the stages over documents. It is safe for concurrent use.
type Pipeline struct {
	opts    Options
	cleaner dyad.Cleaner
	langID  dyad.LanguageDetector
	stages  []dyad.Stage
	learner learner
}

// learner is the part of the actor knowledge base that takes roles learned
// from text.
type learner interface {
	Learn(facts []dyad.RoleFact)
}

// New builds the default pipeline with the embedded data.
func New(opts Options) (*Pipeline, error) {
	if opts.DefaultLang == "" {
		opts.DefaultLang = "fr"
	}
	p := &Pipeline{opts: opts}
	if err := p.build(); err != nil {
		return nil, err
	}
	return p, nil
}

// Stages returns the stages in the order they run.
func (p *Pipeline) Stages() []dyad.Stage { return p.stages }

// LearnRoles adds roles learned from earlier documents (kept in the store).
func (p *Pipeline) LearnRoles(facts []dyad.RoleFact) {
	if p.learner != nil && len(facts) > 0 {
		p.learner.Learn(facts)
	}
}

// Analyze runs the pipeline over one document. The document may be changed
// by the cleaning stage (text, title, date, source).
func (p *Pipeline) Analyze(doc *dyad.Document) (*dyad.Analysis, error) {
	return p.AnalyzeTrace(doc, nil)
}

// AnalyzeTrace is Analyze with an explanation callback (dyad explain).
func (p *Pipeline) AnalyzeTrace(doc *dyad.Document, trace func(stage, msg string)) (*dyad.Analysis, error) {
	a, err := p.analyze(doc, trace)
	if err == nil {
		p.learn(a)
	}
	return a, err
}

// learn hands the roles a document stated to the knowledge base.
func (p *Pipeline) learn(a *dyad.Analysis) {
	if p.learner != nil && a != nil && len(a.Learned) > 0 {
		p.learner.Learn(a.Learned)
	}
}

// analyze runs the stages without learning from the document.
func (p *Pipeline) analyze(doc *dyad.Document, trace func(stage, msg string)) (*dyad.Analysis, error) {
	if strings.TrimSpace(doc.Text) == "" {
		return nil, fmt.Errorf("%s: no text", docName(doc))
	}
	if p.cleaner != nil && !p.opts.NoClean {
		if err := p.cleaner.Clean(doc); err != nil {
			return nil, fmt.Errorf("%s: clean: %w", docName(doc), err)
		}
	}
	doc.Lang = strings.ToLower(strings.TrimSpace(doc.Lang))
	if doc.Lang == "" && p.langID != nil {
		if l, _ := p.langID.Detect(doc.Text); l != "" {
			doc.Lang = l
		}
	}
	if doc.Lang == "" {
		doc.Lang = p.opts.DefaultLang
	}
	a := &dyad.Analysis{Doc: doc, Trace: trace}
	for _, st := range p.stages {
		if err := st.Process(a); err != nil {
			return a, fmt.Errorf("%s: %s: %w", docName(doc), st.Name(), err)
		}
	}
	return a, nil
}

func docName(d *dyad.Document) string {
	if d.ID != "" {
		return d.ID
	}
	if d.Path != "" {
		return d.Path
	}
	return "document"
}

// build assembles the default stages from the packages of the repository.
func (p *Pipeline) build() error {
	p.cleaner = clean.New()
	p.langID = lang.New()
	kb, err := actor.Load(p.opts.Dicts...)
	if err != nil {
		return fmt.Errorf("actor dictionaries: %w", err)
	}
	p.learner = kb
	cd, err := coder.Load(p.opts.Patterns...)
	if err != nil {
		return fmt.Errorf("event patterns: %w", err)
	}
	cd.DropPlainStatements = !p.opts.Statements
	cd.DropOneSided = !p.opts.OneSided && !p.opts.Statements
	cd.DropHypothetical = !p.opts.Hypothetical
	p.stages = []dyad.Stage{
		text.NewStage(),
		timex.New(),
		actor.NewStage(kb),
		cd,
		cameo.NewStage(),
		geo.NewStage(geo.New()),
	}
	if !p.opts.NoDedup {
		p.stages = append(p.stages, dedupStage{})
	}
	return nil
}
