package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// usageError is a wrong command line: exit status 2 and a hint to -h.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// errHelp means the help text was printed on request.
var errHelp = errors.New("aiuto")

// flags is a command's flag set with its Italian help text.
type flags struct {
	*flag.FlagSet
	help   string
	stdout io.Writer
}

// newFlags makes a flag set whose help is the Italian text given, printed
// on stdout when asked for with -h. The flag package's own usage and error
// output, in English, is silenced: parse reports errors in Italian.
func newFlags(name, help string, stdout io.Writer) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {} // called on every parse error too, not only on -h
	return &flags{fs, strings.TrimLeft(help, "\n"), stdout}
}

// parse reads flags and positional arguments in any order ("import IN --db
// F" as well as "import --db F IN") and turns the flag package's errors
// into Italian.
func parse(fs *flags, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprint(fs.stdout, fs.help)
				return nil, errHelp
			}
			return nil, usageError{italianFlagError(err)}
		}
		if fs.NArg() == 0 {
			return pos, nil
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func italianFlagError(err error) string {
	m := err.Error()
	switch {
	case strings.HasPrefix(m, "flag provided but not defined: "):
		return "opzione sconosciuta: " + strings.TrimPrefix(m, "flag provided but not defined: ")
	case strings.HasPrefix(m, "flag needs an argument: "):
		return "l'opzione " + strings.TrimPrefix(m, "flag needs an argument: ") + " richiede un valore"
	case strings.HasPrefix(m, "invalid value "), strings.HasPrefix(m, "invalid boolean value "):
		// invalid value "x" for flag -years: parse error
		v, rest, _ := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(m, "invalid boolean value "), "invalid value "), " for flag ")
		opt, _, _ := strings.Cut(rest, ":")
		return fmt.Sprintf("valore %s non valido per l'opzione %s", v, opt)
	case strings.HasPrefix(m, "bad flag syntax: "):
		return "opzione scritta male: " + strings.TrimPrefix(m, "bad flag syntax: ")
	}
	return m
}

// parseNoArgs parses the options of a command that takes no other
// argument, and refuses one.
func parseNoArgs(fs *flags, args []string) error {
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	return noArgs(pos)
}

// noArgs refuses positional arguments a command does not take.
func noArgs(pos []string) error {
	if len(pos) > 0 {
		return usagef("argomento inatteso: %q", pos[0])
	}
	return nil
}
