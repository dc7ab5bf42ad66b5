//go:build unix

package pgtest

import (
	"fmt"
	"os"
	"os/user"
	"strconv"
	"syscall"
)

// quit asks the server for an immediate shutdown.
var quit = syscall.SIGQUIT

// owner is who makes and runs the cluster when it is not the current
// user: PostgreSQL refuses to run as root.
type owner struct{ cred *syscall.Credential }

// runAs is who makes and runs the cluster: the current user, or the
// "postgres" user when running as root, who is then given the folder.
func runAs(dir string) (owner, string, error) {
	if os.Geteuid() != 0 {
		u, err := user.Current()
		if err != nil {
			return owner{}, "", err
		}
		return owner{}, u.Username, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return owner{}, "", fmt.Errorf("l'utente di sistema «postgres» non esiste: %v", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := os.Chown(dir, uid, gid); err != nil {
		return owner{}, "", err
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return owner{}, "", err
	}
	return owner{&syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}}, "postgres", nil
}

// attr runs a program as the owner; a server is also told to stop if the
// test process dies without stopping it (Linux), in a process group of
// its own.
func (o owner) attr(server bool) *syscall.SysProcAttr {
	a := &syscall.SysProcAttr{Credential: o.cred}
	if server {
		a.Setpgid = true
		deathSignal(a)
	}
	return a
}

// chown gives a file the owner has to read.
func (o owner) chown(path string) error {
	if o.cred == nil {
		return nil
	}
	return os.Chown(path, int(o.cred.Uid), int(o.cred.Gid))
}

// alive tells whether process pid runs.
func alive(pid int) bool { return syscall.Kill(pid, 0) == nil || syscall.Kill(pid, 0) == syscall.EPERM }
