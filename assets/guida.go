package assets

import "embed"

// Guide is the short guide of Aiuto › Guida: guida.md and the pictures of
// the window it shows (made by scripts/screenshots.sh).
//
//go:embed guida/guida.md guida/*.png
var Guide embed.FS
