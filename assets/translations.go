package assets

import "embed"

// Translations holds the Italian strings of the window, one file per part
// of the program (base.it.json for the frame and Fyne's own dialogs).
//
//go:embed translation/*.json
var Translations embed.FS
