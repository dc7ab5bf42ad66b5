package main

import (
	_ "embed"
	"regexp"
)

// FyneApp.toml is the one place the version is written: the Windows build
// reads it for the exe's version info, the window shows it in Informazioni.
//
//go:embed FyneApp.toml
var fyneApp string

var versionRE = regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]+)"`)

func version() string {
	if m := versionRE.FindStringSubmatch(fyneApp); m != nil {
		return m[1]
	}
	return "sviluppo"
}
