package actor

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad"
)

// TestNoDeadlockWithLearn: the first title + surname look-up builds the
// surname index while other goroutines learn roles (as Pipeline.Stream
// does). It once took the KB's read lock a second time inside the stage's
// read lock and hung behind a waiting Learn.
func TestNoDeadlockWithLearn(t *testing.T) {
	kb, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	const body = "Le président Iliescu a reçu le Premier ministre. Le président Mitterand a parlé."
	stop := make(chan struct{})
	learnerDone := make(chan struct{})
	go func() {
		defer close(learnerDone)
		for {
			select {
			case <-stop:
				return
			default:
				kb.Learn([]dyad.RoleFact{{Name: "Kapembe Nsofwa", Code: "ZMBGOV"}})
			}
		}
	}()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for g := 0; g < 20; g++ {
			analyse(t, kb, "d", body, "1992-05-01")
		}
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("actor stage hung while Learn ran: lock taken twice?")
	}
	close(stop)
	<-learnerDone
}
