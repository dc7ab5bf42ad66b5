package report

import (
	"strings"
	"sync"
	"unicode/utf8"

	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/text/unicode/norm"
)

// printable maps text to what the embedded font can draw. fpdf panics on
// runes above U+FFFF and prints nothing (or garbage) for runes the font
// lacks, so every string on its way to fpdf passes here (see pdfw). The
// plan's data is never changed; only what reaches the page is:
//   - text is composed (NFC), so "e" + U+0300 prints as "è";
//   - invisible format characters (zero-width joiners, variation selectors,
//     direction marks, soft hyphens) are dropped;
//   - line and paragraph separators become new lines;
//   - a character the font lacks prints as its compatibility form when the
//     font has that ("𝐀" → "A", "ﬁ" → "fi"), as a readable stand-in for
//     common emoji and symbols ("✅" → "√", "📊" → "[grafico]"), otherwise
//     as a visible "□", so nothing typed disappears from paper.
func printable(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < ' ' && c != '\n' && c != '\t' || c == 0x7f {
			return mapRunes(s)
		}
	}
	return s // plain ASCII: the common case, no allocation
}

// placeholder stands for a character the font cannot draw.
const placeholder = "□"

func mapRunes(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, placeholder)
	}
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				continue
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == 0x2028 || r == 0x2029 || r == 0x85:
			b.WriteByte('\n')
		case invisible(r):
		case r < ' ' || r >= 0x7f && r < 0xa0:
			b.WriteString(placeholder) // a control character: show that something is there
		case hasGlyph(r):
			b.WriteRune(r)
		case isRegional(r):
			b.WriteRune('A' + r - 0x1F1E6) // flags: 🇮🇹 → "IT"
		default:
			b.WriteString(standIn(r))
			// An emoji sequence (👩‍💻, 👍🏽) prints as one stand-in.
			for i+2 < len(rs) && rs[i+1] == 0x200D && !hasGlyph(rs[i+2]) {
				i += 2
			}
		}
	}
	return b.String()
}

// invisible are the characters that only steer how others are shown.
func invisible(r rune) bool {
	switch {
	case r == 0xAD, r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F,
		r == 0xFEFF, r >= 0xFE00 && r <= 0xFE0F, r == 0x20E3, r >= 0x1F3FB && r <= 0x1F3FF,
		r >= 0xE0000 && r <= 0xE007F, r >= 0xE0100 && r <= 0xE01EF:
		return true
	}
	return false
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// standIns are readable replacements for the emoji and symbols people paste
// into plans from e-mails and slides.
var standIns = map[rune]string{}

func init() {
	for chars, s := range map[string]string{
		"✅☑✔✓🗸":  "√",
		"❌❎✖✗✘":  "×",
		"★⭐☆🌟✨":  "*",
		"⚠":      "(!)",
		"❗❕‼":    "!",
		"❓❔":     "?",
		"➡⇒⇨👉▶⏩": "→",
		"⬅⇐👈◀":   "←",
		"⬆👆":     "↑",
		"⬇👇":     "↓",
		"📊📈📉":    "[grafico]",
		"📅📆🗓":    "[data]",
		"⏰⌛⏳⏱":   "[tempo]",
		"📌📍🔴🟢🟡🟠🔵⚫⚪🔹🔸🔘": "●",
		"📎🖇":       "[allegato]",
		"📄📃📝📋🗒📑":   "[documento]",
		"📁📂🗂":      "[cartella]",
		"📧✉📩📨💌":    "[e-mail]",
		"☎📞📱":      "[telefono]",
		"💡":        "[idea]",
		"💶💰💵💸":     "[€]",
		"👍":        "[ok]",
		"👎":        "[no]",
		"😀😃😄😁🙂😊☺😍": ":-)",
		"😉":        ";-)",
		"🙁☹😞😢😟":    ":-(",
	} {
		for _, r := range chars {
			standIns[r] = s
		}
	}
}

func standIn(r rune) string {
	if s, ok := standIns[r]; ok {
		return s
	}
	if k := norm.NFKC.String(string(r)); k != string(r) && k != "" {
		ok := true
		for _, c := range k {
			ok = ok && hasGlyph(c)
		}
		if ok {
			return k
		}
	}
	return placeholder
}

// The runes Liberation Sans draws, as a bit set over the BMP filled 64
// runes at a time when first asked: Italian text touches a handful of
// blocks, and asking the font about all 65,536 runes took most of a
// millisecond of every printout.
var glyphs struct {
	sync.Mutex
	font  *sfnt.Font
	buf   sfnt.Buffer
	known [0x10000 / 64]bool
	bits  [0x10000 / 64]uint64
}

// hasGlyph reports whether the embedded font draws r. The four styles of
// Liberation Sans cover the same characters, so the regular one answers.
func hasGlyph(r rune) bool {
	if r < 0x7f {
		return r >= ' '
	}
	if r > 0xFFFF {
		return false
	}
	b := r / 64
	glyphs.Lock()
	defer glyphs.Unlock()
	if !glyphs.known[b] {
		glyphs.known[b] = true
		if glyphs.font == nil {
			f, err := sfnt.Parse(liberationsansregular.TTF)
			if err != nil {
				return false // the embedded font is fixed: cannot happen
			}
			glyphs.font = f
		}
		for c := b * 64; c < (b+1)*64; c++ {
			if g, err := glyphs.font.GlyphIndex(&glyphs.buf, c); err == nil && g != 0 {
				glyphs.bits[b] |= 1 << (c % 64)
			}
		}
	}
	return glyphs.bits[b]&(1<<(r%64)) != 0
}
