//go:build !unix

package pgtest

import (
	"os"
	"os/user"
	"syscall"
)

// quit stops the server (no signals to ask politely on this system).
var quit = os.Kill

type owner struct{}

func runAs(string) (owner, string, error) {
	u, err := user.Current()
	if err != nil {
		return owner{}, "", err
	}
	return owner{}, u.Username, nil
}

func (owner) attr(bool) *syscall.SysProcAttr { return nil }

func (owner) chown(string) error { return nil }

// alive is always true here: folders are never swept.
func alive(int) bool { return true }
