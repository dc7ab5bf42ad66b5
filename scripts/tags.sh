# The Go build tags of every build of the program: the Makefile, the
# scripts and the Windows build read them from here, so the program that is
# tested, measured and shipped is one program.
#
# migrated_fynedo: the UI code calls fyne.Do itself (Fyne's threading model).
# no_emoji: Fyne's colour emoji font (4.2 MB, 3.4 MB of the installer) is
# left out. Fyne resolves any glyph its own fonts lack through the system's
# fonts, which it indexes at the first text drawn whether or not emoji are
# bundled, so an emoji in a plan is still drawn, in the system's emoji font.
TAGS=migrated_fynedo,no_emoji
