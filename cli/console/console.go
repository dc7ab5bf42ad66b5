// Package console runs the command line of the window program from a
// console. A Windows program is either a console program or a window
// (GUI) program: the one executable that holds both the window and the
// command line is a window program, which a console does not wait for
// and whose output it does not show. piano.exe, a console program this
// small (no cgo, no Fyne), starts it with Marker and the arguments, hands
// it the console's standard input, output and error, waits, and exits
// with its status.
package console

import (
	"errors"
	"fmt"
	"io"
	"os/exec"
)

// Marker, first among the window program's arguments, says the rest are
// the command line's, even none ("piano.exe" alone shows its help) or
// "-h" (the command line's help, not the window's options).
const Marker = "--riga-di-comando"

// Launch runs program with Marker and args, with the given standard input,
// output and error (given the process's own *os.File, the child writes
// straight to the console or file, nothing copied in between), and
// returns its exit status; 1, with the reason on stderr, when it could not
// be started.
func Launch(program string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := exec.Command(program, append([]string{Marker}, args...)...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, stdout, stderr
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		return exit.ExitCode()
	}
	fmt.Fprintf(stderr, "piano: impossibile avviare %s: %v\n", program, err)
	return 1
}
