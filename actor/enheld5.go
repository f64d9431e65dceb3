package actor

import "github.com/dyadproject/dyad"

// demonymCodeAt is the code of a demonym entry at date d: its dated role
// when one covers d ("Yugoslav" 1992-2006 SCG), else its first role
// (enheld5 round, 2026-11-27).
func demonymCodeAt(e *Entry, d dyad.Date) string {
	if !d.IsZero() {
		if r, ok := e.RoleAt(d); ok {
			return r.Code
		}
	}
	return e.Roles[0].Code
}
