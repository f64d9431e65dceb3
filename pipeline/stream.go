package pipeline

import (
	"runtime"
	"sync"

	"github.com/dyadproject/dyad"
)

// Item is one input of a stream: a document and its analysis, or the error
// that the reader or the pipeline met for it.
type Item struct {
	Doc      *dyad.Document
	Analysis *dyad.Analysis
	Err      error
}

// Stream analyses the documents that read emits with several workers and
// hands the results to out in input order. read is called once, with an
// emit function taking either a document or a per-input error (a nil
// document); out returning an error stops the stream. workers <= 0 means
// one per CPU.
func (p *Pipeline) Stream(workers int, read func(emit func(*dyad.Document, error) error) error, out func(Item) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type job struct {
		seq  int
		item Item
		done chan struct{}
	}
	jobs := make(chan *job, workers*4)
	order := make(chan *job, workers*4)
	stop := make(chan struct{})
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.item.Doc != nil && j.item.Err == nil {
					j.item.Analysis, j.item.Err = p.Analyze(j.item.Doc)
				}
				close(j.done)
			}
		}()
	}

	var readErr error
	go func() {
		defer close(order)
		defer close(jobs)
		seq := 0
		readErr = read(func(d *dyad.Document, err error) error {
			j := &job{seq: seq, item: Item{Doc: d, Err: err}, done: make(chan struct{})}
			seq++
			select {
			case <-stop:
				return errStopped
			case order <- j:
			}
			select {
			case <-stop:
				close(j.done) // queued for output but never run
				return errStopped
			case jobs <- j:
			}
			return nil
		})
	}()

	var outErr error
	for j := range order {
		<-j.done
		if outErr != nil {
			continue
		}
		if err := out(j.item); err != nil {
			outErr = err
			halt()
		}
	}
	wg.Wait()
	if outErr != nil {
		return outErr
	}
	if readErr == errStopped {
		return nil
	}
	return readErr
}

type stoppedError struct{}

func (stoppedError) Error() string { return "stream stopped" }

var errStopped error = stoppedError{}
