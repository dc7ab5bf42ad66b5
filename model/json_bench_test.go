package model_test

import (
	"bytes"
	"context"
	"io"
	"testing"

	"pianoperformance/model"
	"pianoperformance/model/synth"
)

// BenchmarkReadPlan reads plan files of growing size as the import does:
// the large synthetic plan (2 MB), a plan five times larger than any real
// one could be (11 MB), and a 100 MB file, which ReadPlan refuses once it
// has read past MaxJSONBytes (or, when the file tells its size, unread). docs/affidabilita.md records the numbers.
func BenchmarkReadPlan(b *testing.B) {
	for _, size := range []struct {
		name                    string
		years, objectives, inds int
	}{
		{"grande-2MB", 10, 500, 3},
		{"enorme-11MB", 30, 2000, 5},
		{"oltre-il-limite-100MB", 30, 18000, 5},
	} {
		data, err := model.MarshalPlan(synth.Plan(size.years, size.objectives, size.inds))
		if err != nil {
			b.Fatal(err)
		}
		// A file tells its size; a stream from the file dialog may not.
		for _, kind := range []string{"file", "flusso"} {
			b.Run(size.name+"/"+kind, func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					var r io.Reader = bytes.NewReader(data)
					if kind == "flusso" {
						r = io.MultiReader(r)
					}
					_, err := model.ReadPlan(context.Background(), r)
					if len(data) <= model.MaxJSONBytes && err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
