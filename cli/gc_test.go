package cli

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// A command collects nothing before commandHeap; its first collection
// brings Go's defaults back.
func TestTuneForCommandUntilTheFirstCollection(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))

	TuneForCommand()
	if p := gcPercent(); p != -1 {
		t.Fatalf("percentuale %d, attesa -1 (nessuna raccolta prima del limite)", p)
	}
	if l := debug.SetMemoryLimit(-1); l != commandHeap {
		t.Fatalf("limite %d, atteso %d", l, commandHeap)
	}
	runtime.GC()
	deadline := time.Now().Add(30 * time.Second)
	for gcPercent() != 100 || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		if time.Now().After(deadline) {
			t.Fatal("dopo la prima raccolta i valori predefiniti non sono tornati")
		}
		runtime.GC()
		runtime.Gosched()
	}
}

// gcPercent reads GOGC's value (SetGCPercent only sets, returning the old).
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}
