//go:build unix && !linux

package pgtest

import "syscall"

func deathSignal(*syscall.SysProcAttr) {}
