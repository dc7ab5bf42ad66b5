package session

// Clamp keeps a list's selected row valid after the list changed: the last
// row when it shrank below sel, the first when nothing was selected, -1 for
// an empty list.
func Clamp(sel, n int) int {
	if sel >= n {
		sel = n - 1
	}
	if sel < 0 && n > 0 {
		sel = 0
	}
	return sel
}
