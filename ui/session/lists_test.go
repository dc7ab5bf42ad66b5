package session

import (
	"slices"
	"testing"
)

type rec struct {
	id, ordine int
	v          string
}

func TestPutReplacesOrInsertsInOrder(t *testing.T) {
	key := func(r rec) int { return r.id }
	cmp := func(a, b rec) int { return a.ordine - b.ordine }
	list := []rec{{1, 1, "a"}, {2, 3, "c"}}
	got := Put(list, rec{3, 2, "b"}, key, cmp)
	if !slices.Equal(got, []rec{{1, 1, "a"}, {3, 2, "b"}, {2, 3, "c"}}) {
		t.Fatalf("insert: %v", got)
	}
	got = Put(got, rec{1, 1, "A"}, key, cmp)
	if got[0].v != "A" || len(got) != 3 {
		t.Fatalf("replace: %v", got)
	}
	if list[0].v != "a" || len(list) != 2 {
		t.Fatalf("the original list changed: %v", list)
	}
	got = Drop(got, 3, key)
	if !slices.Equal(got, []rec{{1, 1, "A"}, {2, 3, "c"}}) {
		t.Fatalf("drop: %v", got)
	}
}

func TestClamp(t *testing.T) {
	for _, c := range []struct{ sel, n, want int }{{5, 3, 2}, {-1, 3, 0}, {1, 3, 1}, {0, 0, -1}, {-1, 0, -1}} {
		if got := Clamp(c.sel, c.n); got != c.want {
			t.Errorf("Clamp(%d, %d) = %d, want %d", c.sel, c.n, got, c.want)
		}
	}
}
