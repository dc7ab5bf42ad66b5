// Command console is piano.exe in the Windows installation: the command
// line from a console, run by PianoPerformance.exe beside it (see package
// cli/console). Built without cgo and without Fyne, it adds about 2 MB to
// the installation instead of a second copy of the program's libraries.
package main

import (
	"os"
	"path/filepath"

	"pianoperformance/cli/console"
)

// program is the window program, in the same folder.
const program = "PianoPerformance.exe"

func main() {
	self, err := os.Executable()
	if err != nil {
		os.Stderr.WriteString("piano: " + err.Error() + "\n")
		os.Exit(1)
	}
	os.Exit(console.Launch(filepath.Join(filepath.Dir(self), program), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
