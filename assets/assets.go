// Package assets holds the files built into the program: the icon and the
// example plan a new user opens (the 2023 plan of the Comune di Albizzate).
package assets

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"

	"pianoperformance/model"
)

//go:generate go run ../internal/genesempio

//go:embed icon.png
var IconPNG []byte

//go:embed esempio/albizzate-2023.json
var exampleJSON []byte

// ExampleJSON is the example plan as the JSON file the program exports.
// It returns a copy, so callers cannot change the embedded original.
func ExampleJSON() []byte { return append([]byte(nil), exampleJSON...) }

// ExamplePlan parses the example plan; every call returns a fresh copy.
func ExamplePlan() (*model.Plan, error) { return model.UnmarshalPlan(exampleJSON) }

//go:embed esempio/albizzate-2023.db.gz
var exampleFile []byte

// ExampleFile is the example plan as a ready-made plan file (see
// internal/genesempio), for sqlite.CreateFrom.
func ExampleFile() ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(exampleFile))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
