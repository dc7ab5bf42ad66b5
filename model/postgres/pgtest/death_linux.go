package pgtest

import "syscall"

func deathSignal(a *syscall.SysProcAttr) { a.Pdeathsig = syscall.SIGTERM }
