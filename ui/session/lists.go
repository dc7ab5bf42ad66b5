package session

import "slices"

// Put returns a copy of list with v in place of the element that has v's
// key, or with v added and the list sorted again by cmp. Screens use it to
// mirror in Plan a record the store has just saved; the copy keeps any
// snapshot taken for undo intact.
func Put[T any, K comparable](list []T, v T, key func(T) K, cmp func(a, b T) int) []T {
	out := slices.Clone(list)
	k := key(v)
	if i := slices.IndexFunc(out, func(x T) bool { return key(x) == k }); i >= 0 {
		out[i] = v
		return out
	}
	out = append(out, v)
	slices.SortStableFunc(out, cmp)
	return out
}

// Drop returns a copy of list without the elements whose key is k.
func Drop[T any, K comparable](list []T, k K, key func(T) K) []T {
	return slices.DeleteFunc(slices.Clone(list), func(x T) bool { return key(x) == k })
}

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
