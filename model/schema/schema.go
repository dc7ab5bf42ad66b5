// Package schema reads the versions of a store's schema from the
// embedded files migrations/NNNN_name.sql, numbered 1, 2, 3… without
// gaps. Each store applies them its own way, each in one transaction with
// the record of its version.
package schema

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// Step is one version of the schema.
type Step struct {
	Version int
	Name    string // the file's name, "0003_ciclo.sql"
	SQL     string
}

// MustLoad reads the steps in fsys's folder migrations; a numbering with
// gaps or a file it cannot read is a mistake of the program: it panics.
func MustLoad(fsys fs.FS) []Step {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	sort.Strings(names)
	var out []Step
	for i, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v != i+1 {
			panic(fmt.Sprintf("migrazione %q: numerazione non valida", base))
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			panic(err)
		}
		out = append(out, Step{Version: v, Name: base, SQL: string(b)})
	}
	return out
}
