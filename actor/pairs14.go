package actor

import "github.com/dyadproject/dyad"

// possessedAgentsFr (pairs14): the French side of possessedAgents. An agent
// without country after a possessive determiner (`collective-possessive-fr`:
// « ses », « leurs ») that opens a reported clause (right after a word of
// `possessor-clause-fr`: « que », « qu' ») belongs to the last actor named
// before it: « le ministère russe de la Défense a affirmé que ses forces
// avaient abattu… » RUSMIL, as "said its forces" in English. After a verb
// (« a retiré ses troupes ») the agent is an object and is left alone, and so
// after a comma, which in French closes an incise as often as it opens a
// clause (« de mettre, au moindre délai, ses troupes en mouvement »).
func possessedAgentsFr(toks []dyad.Token, us []unit, ms []mention) {
	possessedAgentsBy(toks, us, ms, "collective-possessive-fr", "possessor-clause-fr", false)
}
