package sqlite

import "testing"

func TestIsUNCPath(t *testing.T) {
	for path, want := range map[string]bool{
		`\\server\share\piani\piano.db`: true,
		`//server/share/piano.db`:       true,
		`\\server`:                      true,
		`\\?\UNC\server\share\piano.db`: true,
		`\\?\C:\Users\u\piano.db`:       false, // long local path
		`\\.\C:\piano.db`:               false, // device path
		`C:\Users\u\piano.db`:           false,
		`Z:\piani\piano.db`:             false, // mapped drives: GetDriveTypeW, not the name
		`/home/u/piano.db`:              false,
		`piano.db`:                      false,
		`\\`:                            false,
	} {
		if got := isUNCPath(path); got != want {
			t.Errorf("isUNCPath(%q) = %v, atteso %v", path, got, want)
		}
	}
}
