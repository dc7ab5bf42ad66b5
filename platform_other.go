//go:build !windows

package main

import (
	"fmt"
	"os"
)

// checkOpenGL is a no-op here: on Linux the GLFW driver reports a missing
// OpenGL on the terminal the program was started from.
func checkOpenGL() error { return nil }

// fatalMessage tells the user why the program cannot start.
func fatalMessage(msg string) { fmt.Fprintln(os.Stderr, "Piano della Performance:", msg) }
