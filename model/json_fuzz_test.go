package model

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

// FuzzUnmarshalPlan: no input makes the import panic; what it accepts is a
// valid plan that writes and reads back to itself; what it refuses gets an
// Italian message.
func FuzzUnmarshalPlan(f *testing.F) {
	good, err := MarshalPlan(jsonPlan())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte(`{"formato": "piano-performance", "versione": 1, "piano": {}}`))
	f.Add([]byte(`{"formato": "piano-performance", "versione": 1e400, "piano": null}`))
	f.Add(bytes.Replace(good, []byte(`"residenti": 5141`), []byte(`"residenti": 99999999999999999999`), 1))
	f.Add(bytes.Replace(good, []byte(`"anno": 2023`), []byte(`"anno": -1`), 1))
	f.Add([]byte(`[]`))
	f.Add([]byte("\xff\xfe{"))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := UnmarshalPlan(b)
		if err != nil {
			if msg := err.Error(); msg == "" || strings.Contains(msg, "json:") {
				t.Fatalf("messaggio non tradotto: %q", msg)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("piano accettato ma non valido: %v", err)
		}
		again, err := MarshalPlan(p)
		if err != nil {
			t.Fatalf("piano accettato ma non riscrivibile: %v", err)
		}
		back, err := UnmarshalPlan(again)
		if err != nil {
			t.Fatalf("il piano riscritto non si rilegge: %v", err)
		}
		if !reflect.DeepEqual(back, p) {
			t.Fatal("il piano riscritto e riletto non è lo stesso")
		}
	})
}
