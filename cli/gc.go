package cli

import (
	"os"
	"runtime"
	"runtime/debug"
)

// commandHeap is the heap a command grows to before its first collection.
const commandHeap = 48 << 20

// TuneForCommand sets the garbage collector for a process that runs one
// command and exits (the programs' main functions call it; tests and the
// window do not). By default Go collects from a 4 MB heap on: printing the
// example, which allocates about 10 MB, collected two or three times, a
// sixth of the whole process. Now the first collection comes at
// commandHeap; it brings the defaults back, so a large plan is collected
// as usual rather than always at a fixed ceiling. GOGC or GOMEMLIMIT set
// in the environment win.
func TuneForCommand() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	percent := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(commandHeap)
	// Cleanups run once their object is collected: after the first cycle.
	runtime.AddCleanup(new([64]byte), func(int) {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}, 0)
}
