//go:build windows

package sqlite

import (
	"path/filepath"

	"golang.org/x/sys/windows"
)

// isRemoteDrive reports whether path is on a mapped network drive (Z:\…).
func isRemoteDrive(path string) bool {
	vol := filepath.VolumeName(path)
	if len(vol) != 2 || vol[1] != ':' {
		return false
	}
	root, err := windows.UTF16PtrFromString(vol + `\`)
	if err != nil {
		return false
	}
	return windows.GetDriveType(root) == windows.DRIVE_REMOTE
}
