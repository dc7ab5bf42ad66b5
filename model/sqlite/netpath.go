package sqlite

import "strings"

// isUNCPath reports whether path names a network share directly:
// \\server\share\… or //server/share/… (but not the \\?\ and \\.\ device
// prefixes, which Windows uses for long local paths).
func isUNCPath(path string) bool {
	p := strings.ReplaceAll(path, `\`, "/")
	if !strings.HasPrefix(p, "//") {
		return false
	}
	rest := p[2:]
	if strings.HasPrefix(rest, "?/UNC/") {
		return true // \\?\UNC\server\share is a long-form UNC path
	}
	if strings.HasPrefix(rest, "?/") || strings.HasPrefix(rest, "./") {
		return false
	}
	server, _, _ := strings.Cut(rest, "/")
	return server != ""
}

// onNetwork reports whether the file lives on another machine, where
// SQLite's WAL mode must not be used (its shared memory needs one host).
func onNetwork(path string) bool {
	return testHooks.network || isUNCPath(path) || isRemoteDrive(path)
}
