package session

import "testing"

func TestClamp(t *testing.T) {
	for _, c := range []struct{ sel, n, want int }{{5, 3, 2}, {-1, 3, 0}, {1, 3, 1}, {0, 0, -1}, {-1, 0, -1}} {
		if got := Clamp(c.sel, c.n); got != c.want {
			t.Errorf("Clamp(%d, %d) = %d, want %d", c.sel, c.n, got, c.want)
		}
	}
}
