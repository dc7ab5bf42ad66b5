#!/usr/bin/env bash
# Cross-builds the Windows programs on Linux, into build/windows/ at the
# repository root:
#
#   PianoPerformance.exe  the program (GUI subsystem, icon, version
#                         information, manifest): the window, and the
#                         command line when given a command
#   piano.exe             the console launcher of the command line
#                         (packaging/windows/launcher, a few kilobytes of C),
#                         which runs PianoPerformance.exe beside it
#
# Name, version and build number come from FyneApp.toml. With
# Then it signs them (when configured, see sign.sh) and makes the installer
# PianoPerformance-Setup-<version>.exe with makensis.
#
# Environment (all optional):
#   PUBLISHER      the company shown in the file properties and in
#                  "App installate" (default: [Details] Publisher in
#                  FyneApp.toml, or the product name)
#   NO_INSTALLER=1 stop after the exes
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/build/windows"
obj="$out/obj"
winres_version=v0.3.3 # github.com/tc-hib/go-winres

say() { echo "windows/build: $*" >&2; }
die() { say "ERRORE: $*"; exit 1; }

# --- tools ---------------------------------------------------------------
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
need_pkg() { # need_pkg COMMAND DEBIAN-PACKAGE...
	command -v "$1" >/dev/null 2>&1 && return 0
	shift
	say "installo $*"
	if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
command -v go >/dev/null || die "manca Go"
need_pkg x86_64-w64-mingw32-gcc gcc-mingw-w64-x86-64

# --- metadata from FyneApp.toml -------------------------------------------
# Reads KEY = "value" (or a bare number) from the [Details] table.
toml_detail() {
	awk -v key="$1" '
		/^[[:space:]]*\[/ { section = $0; gsub(/[][[:space:]]/, "", section); next }
		section == "Details" {
			line = $0; sub(/^[[:space:]]+/, "", line)
			if (index(line, key) == 1) {
				rest = substr(line, length(key) + 1)
				if (rest ~ /^[[:space:]]*=/) {
					sub(/^[[:space:]]*=[[:space:]]*/, "", rest); sub(/[[:space:]]*(#.*)?$/, "", rest)
					gsub(/^"|"$/, "", rest); print rest; exit
				}
			}
		}' "$root/FyneApp.toml"
}
name=$(toml_detail Name)
version=$(toml_detail Version)
build_no=$(toml_detail Build)
app_id=$(toml_detail ID)
publisher=${PUBLISHER:-$(toml_detail Publisher)}
publisher=${publisher:-$name}
[ -n "$name" ] || die "FyneApp.toml: manca [Details] Name"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "FyneApp.toml: Version \"$version\" non è nella forma X.Y.Z"
[[ "$build_no" =~ ^[0-9]+$ ]] || build_no=0
file_version="$version.$build_no"
# One date for everything dated in the output (copyright year, file dates in
# the installer): the last commit's, or SOURCE_DATE_EPOCH, so the same
# sources make the same files.
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$root" log -1 --format=%ct 2>/dev/null || date +%s)}
year=$(date -u -d "@$epoch" +%Y)

# --- resources (.syso) -----------------------------------------------------
# go-winres turns the PNG icon, the version information and a manifest into
# a COFF object. It is a pinned Go tool fetched by `go run`, so the build
# needs nothing beyond Go and mingw. Go looks for .syso files only in the
# package's own folder (and build overlays do not reach the linker), so
# instead of writing into the source tree we hand the object to mingw's
# linker, which cgo uses anyway, with -extldflags.
rm -rf "$obj"
mkdir -p "$obj/gui" "$obj/cli"
cp "$root/assets/icon.png" "$obj/icon.png" # go-winres reads paths relative to its JSON file
json_escape() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
winres_json() { # winres_json MANIFEST-KIND DESCRIPTION ORIGINAL-FILENAME
	cat <<EOF
{
  "RT_GROUP_ICON": { "APP": { "0000": "../icon.png" } },
  "RT_MANIFEST": { "#1": { "0409": {
    "identity": { "name": "$(json_escape "$app_id")", "version": "$file_version" },
    "description": "$(json_escape "$2")",
    "minimum-os": "win7",
    "execution-level": "as invoker",
    "dpi-awareness": "$( [ "$1" = gui ] && echo per\ monitor\ v2 || echo system )",
    "long-path-aware": true,
    "use-common-controls-v6": true
  } } },
  "RT_VERSION": { "#1": { "0000": {
    "fixed": { "file_version": "$file_version", "product_version": "$file_version" },
    "info": { "0410": {
      "CompanyName": "$(json_escape "$publisher")",
      "FileDescription": "$(json_escape "$2")",
      "FileVersion": "$version",
      "InternalName": "$(json_escape "${3%.exe}")",
      "LegalCopyright": "© $year $(json_escape "$publisher")",
      "OriginalFilename": "$(json_escape "$3")",
      "ProductName": "$(json_escape "$name")",
      "ProductVersion": "$version"
    } }
  } } }
}
EOF
}
winres() { (cd "$obj" && env -u GOOS -u GOARCH -u CC -u CGO_ENABLED -u CGO_LDFLAGS go run "github.com/tc-hib/go-winres@$winres_version" "$@"); }

winres_json gui "$name" PianoPerformance.exe >"$obj/gui/winres.json"
winres make --in "$obj/gui/winres.json" --arch amd64 --out "$obj/gui/rsrc"

winres_json cli "$name - strumento da riga di comando" piano.exe >"$obj/cli/winres.json"
winres make --in "$obj/cli/winres.json" --arch amd64 --out "$obj/cli/rsrc"

# --- compile ---------------------------------------------------------------
export CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc
# mingw's stack protector lives in libssp; linking it statically keeps the
# exe free of mingw DLLs (it then imports only Windows' own).
export CGO_LDFLAGS="${CGO_LDFLAGS:--static -lssp}"
# -buildid= : the Go build ID hashes the flags, and with them the folder the
# resource object sits in; without it a clone elsewhere gives another exe.
# -s -w: no symbol table, no debug information.
ldflags="-s -w -buildid= -linkmode=external"
. "$root/scripts/tags.sh"
common=(-trimpath -buildvcs=false -tags "$TAGS")

cd "$root"
t0=$(date +%s)
say "compilo $name $version (build $build_no)"
go build "${common[@]}" -ldflags "$ldflags -H=windowsgui \"-extldflags='$obj/gui/rsrc_windows_amd64.syso'\"" -o "$out/PianoPerformance.exe" .
# No timestamp in the header, so the same sources make the same file.
say "compilo piano.exe"
"$CC" -O2 -Wall -municode -s -static -Wl,--no-insert-timestamp -o "$out/piano.exe" \
	"$here/launcher/piano.c" "$obj/cli/rsrc_windows_amd64.syso"
say "compilato in $(( $(date +%s) - t0 )) s: $(du -h "$out/PianoPerformance.exe" | cut -f1) PianoPerformance.exe, $(( $(stat -c %s "$out/piano.exe") / 1024 )) KiB piano.exe"

# --- signing (optional) ------------------------------------------------------
exes=("$out/PianoPerformance.exe" "$out/piano.exe")
"$here/sign.sh" "${exes[@]}"

# --- installer ---------------------------------------------------------------
[ "${NO_INSTALLER:-}" = 1 ] && exit 0
need_pkg makensis nsis

# The installer's icon: the same multi-size .ico go-winres made from the PNG
# for the program, taken back out of the exe (no image tool needed).
winres extract --dir "$obj/extracted" "$out/PianoPerformance.exe"
ico="$obj/extracted/APP_0000.ico"
[ -s "$ico" ] || die "icona non trovata nell'exe"

# NSIS stores each packed file's date.
touch -d "@$epoch" "${exes[@]}"

setup="$out/PianoPerformance-Setup-$version.exe"
nsis_defs=(
	"-DPRODUCT_NAME=$name"
	"-DPRODUCT_VERSION=$version"
	"-DPRODUCT_FILE_VERSION=$file_version"
	"-DPRODUCT_PUBLISHER=$publisher"
	"-DBUILD_DIR=$out"
	"-DOUT_FILE=$setup"
	"-DICON=$ico"
)
t0=$(date +%s)
makensis -V2 -INPUTCHARSET UTF8 "${nsis_defs[@]}" "$here/installer.nsi" >&2
"$here/sign.sh" "$setup"
say "installer in $(( $(date +%s) - t0 )) s: $setup ($(du -h "$setup" | cut -f1))"
