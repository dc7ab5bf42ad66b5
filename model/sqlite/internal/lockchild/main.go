// Command lockchild holds a plan file open, as a second copy of the
// program would, for the lock test of package sqlite. It opens the plan,
// prints "pronto", then for each line on its standard input: "ente NAME"
// saves NAME as the comune's name and prints "salvato"; end of input
// closes the plan and exits. The test may also kill it.
package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "uso: lockchild FILE")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(path string) error {
	s, err := sqlite.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	fmt.Println("pronto")
	in := bufio.NewScanner(os.Stdin)
	for in.Scan() {
		name, ok := strings.CutPrefix(in.Text(), "ente ")
		if !ok {
			continue
		}
		err := s.Write(context.Background(), func(w model.Writer) error { return w.SaveEnte(model.Ente{Nome: name}) })
		if err != nil {
			return err
		}
		fmt.Println("salvato")
	}
	return in.Err()
}
