//go:build !windows

package sqlite

// isRemoteDrive: drive letters exist only on Windows. On other systems a
// network mount looks local; such users are expected to keep plans locally.
func isRemoteDrive(string) bool { return false }
