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

// LearnBlock is the number of documents of a stream that are analysed
// without each other's learned roles: the roles stated in the documents of
// one block (« le secrétaire d'État américain, Marco Rubio ») are learned,
// in input order, before the first document of the next block is
// analysed. The output of a stream so depends only on its input, not on the
// number of workers or their timing. Inside one document, roles apply at
// once.
const LearnBlock = 32

// Stream analyses the documents that read emits with several workers and
// hands the results to out in input order. read is called once, with an
// emit function taking either a document or a per-input error (a nil
// document); out returning an error stops the stream. workers <= 0 means
// one per CPU. Roles learned from the documents apply from the next block
// of LearnBlock documents on.
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

	// learned counts the documents whose roles have been learned, a whole
	// block at a time and in input order; a document waits for the blocks
	// before its own.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	learned, stopped := 0, false
	waitBlock := func(seq int) bool {
		mu.Lock()
		defer mu.Unlock()
		for learned < seq/LearnBlock*LearnBlock && !stopped {
			cond.Wait()
		}
		return !stopped
	}
	halt := func() {
		stopOnce.Do(func() {
			close(stop)
			mu.Lock()
			stopped = true
			cond.Broadcast()
			mu.Unlock()
		})
	}

	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.item.Doc != nil && j.item.Err == nil && waitBlock(j.seq) {
					j.item.Analysis, j.item.Err = p.analyze(j.item.Doc, nil)
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
	var pending []*dyad.Analysis
	for j := range order {
		<-j.done
		// the block's roles are learned when its last document is out:
		// every document of the block has then been analysed
		if j.item.Err == nil && j.item.Analysis != nil {
			pending = append(pending, j.item.Analysis)
		}
		if (j.seq+1)%LearnBlock == 0 {
			for _, a := range pending {
				p.learn(a)
			}
			pending = pending[:0]
			mu.Lock()
			learned = j.seq + 1
			cond.Broadcast()
			mu.Unlock()
		}
		if outErr != nil {
			continue
		}
		if err := out(j.item); err != nil {
			outErr = err
			halt()
		}
	}
	wg.Wait()
	for _, a := range pending { // the last, partial block: for later streams
		p.learn(a)
	}
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
