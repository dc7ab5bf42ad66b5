package workbook

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pianoperformance/model"
	"pianoperformance/model/sqlite"
)

var ctx = context.Background()

// pianoSuDisco creates the plan file in a temporary folder.
func pianoSuDisco(t testing.TB, p *model.Plan) (path string, id string) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "piano.db")
	st, err := sqlite.Create(path, p)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if id, err = IdentitaDi(ctx, st); err != nil {
		t.Fatal(err)
	}
	return path, id
}

func carica(t testing.TB, path string) *model.Plan {
	t.Helper()
	st, err := sqlite.OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p, err := st.Load(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var preparata = time.Date(2024, 6, 25, 9, 0, 0, 0, time.UTC)

// prepara writes the workbooks of a checkpoint into dir and returns their
// paths by Area name.
func prepara(t testing.TB, p *model.Plan, id string, verifica int64, dir string) map[string]string {
	t.Helper()
	ss, err := Prepara(p, Opzioni{Piano: id, Verifica: verifica, Preparata: preparata})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, s := range ss {
		path := filepath.Join(dir, s.Nome)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Scrivi(f); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		out[s.Area] = path
	}
	return out
}

func leggiFile(t testing.TB, paths ...string) []File {
	t.Helper()
	var out []File
	for _, p := range paths {
		f, err := ApriFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, f)
	}
	return out
}

// salva applies a preview to the plan file as the command line does.
func salva(t testing.TB, path string, a *Anteprima, scelte Scelte) {
	t.Helper()
	st, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	m, ev := a.Lotto(scelte, time.Date(2024, 7, 10, 10, 0, 0, 0, time.UTC))
	if m == nil {
		t.Fatal("lotto rifiutato")
	}
	if err := st.Write(ctx, func(w model.Writer) error { return Registra(w, m, ev) }); err != nil {
		t.Fatal(err)
	}
}
