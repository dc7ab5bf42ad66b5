#!/usr/bin/env bash
# Installation smoke test of the Windows program, on Linux, under Wine:
#
#   1. builds the exes and the installer (build.sh);
#   2. makes a throw-away Wine prefix with the test-only ProcessPrng shim,
#      and a virtual screen (Xvfb);
#   3. installs silently, as a user without admin rights would;
#   4. runs the installed command line, piano.exe (the console launcher of
#      PianoPerformance.exe): its output and exit status come back;
#      then starts the installed program with -selftest: it opens its window,
#      prints the objective sheets to a PDF and says it is ready;
#   5. checks the PDF, and that the first start made no plan of the user's
#      from the example, takes a
#      screenshot (build/windows/smoke-screenshot.png), lets the program
#      quit and wants exit status 0 and its word that window and plan
#      were closed (selftest-closed);
#   6. installs again over it (an upgrade in place) and checks nothing moved;
#   7. uninstalls silently: the program folder, shortcut and registry entry
#      go, the user's data folder stays;
#   8. starts the program on a screen without OpenGL (Xvfb without GLX, as
#      a remote-desktop session without graphics acceleration): it must say
#      so in a message box (build/windows/smoke-no-opengl.png) instead of
#      vanishing.
#
# Every wait polls a condition with a time limit, and every Wine command has
# one too: a hung Windows process fails the test with the list of the
# processes still alive, never holds it up. Any failure says what went wrong
# (with the program's selftest.log when there is one) and exits non-zero.
#
# Environment (all optional):
#   SKIP_BUILD=1         reuse the installer already in build/windows
#   SMOKE_CHECK_DB=0     do not check that no %APPDATA%\PianoPerformance\piano.db was made
#   SMOKE_CHECK_PDF_TEXT=0  do not look for "Scheda obiettivo" in the PDF
#   KEEP_PREFIX=1        keep the Wine prefix (path printed) for a look after
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/build/windows"
start=$(date +%s)

say() { echo "windows/smoke [$(( $(date +%s) - start ))s]: $*" >&2; }
step_start=$start
step_name=
step() { local now; now=$(date +%s); say "-- $* (passo precedente: $(( now - step_start )) s)"; step_start=$now step_name=$*; }

tmp=
xvfb_pid=
xvfb2_pid=
app_pid=
data_dir=
failed=
fail() {
	failed=1
	say "FALLITO: $*"
	if [ -n "$data_dir" ] && [ -s "$data_dir/selftest.log" ]; then
		say "selftest.log del programma:"
		sed 's/^/    /' "$data_dir/selftest.log" >&2
	fi
	if [ -n "$tmp" ] && [ -s "$tmp/wine.log" ]; then
		say "ultime righe dell'output di Wine:"
		tail -n 30 "$tmp/wine.log" | sed 's/^/    /' >&2
	fi
	exit 1
}
cleanup() {
	local rc=$?
	set +e
	[ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null
	if [ -n "$tmp" ] && [ -d "$tmp/prefix" ]; then
		WINEPREFIX="$tmp/prefix" wineserver -k 2>/dev/null
	fi
	for pid in $xvfb_pid $xvfb2_pid; do
		kill "$pid" 2>/dev/null
		wait "$pid" 2>/dev/null
	done
	if [ -n "$tmp" ]; then
		if [ "${KEEP_PREFIX:-}" = 1 ]; then say "prefisso Wine conservato in $tmp/prefix"; else rm -rf "$tmp"; fi
	fi
	[ $rc = 0 ] && say "RIUSCITO in $(( $(date +%s) - start )) s"
	# A command that failed where no check expected it (set -e) ends the
	# test too: say where, never end in silence.
	if [ $rc != 0 ] && [ $rc != 130 ] && [ -z "$failed" ]; then
		say "FALLITO: uscita inattesa (stato $rc) nel passo «$step_name», alla riga $err_line: $err_cmd"
	fi
	exit $rc
}
err_line= err_cmd=
trap 'err_line=$LINENO err_cmd=$BASH_COMMAND' ERR
trap cleanup EXIT
trap 'exit 130' INT TERM

# wine_limited SECONDS ARGS...: wine ARGS, stopped past SECONDS (status 124).
wine_limited() { local limit=$1; shift; timeout -k 10 "$limit" wine "$@"; }
# wine_processes [ours]: the Windows processes of this prefix still alive,
# with their age; with "ours", only those that are not Wine's own services.
wine_processes() {
	local pid age args list=
	while read -r pid age args; do
		[[ $args =~ [A-Za-z]:\\.*\.[eE][xX][eE] || $args == winedbg* ]] || continue
		tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qxF "WINEPREFIX=$WINEPREFIX" || continue
		if [ "${1:-}" = ours ] && [[ ${args,,} =~ ^c:\\windows\\system32\\(services|winedevice|plugplay|svchost|explorer|rpcss|wineboot|conhost)\.exe ]]; then
			continue
		fi
		list+=" $args ($age s);"
	done < <(ps -eo pid=,etimes=,args=)
	echo "${list:- nessuno}"
}
# check_crashes WHAT: reads the crash reports Wine's debugger wrote to
# wine.log since the last look. Each names the process it was about, marked
# "(D)": one of ours (the installer, the program, its launcher or its
# uninstaller) fails the test; any other is said, and the test goes on.
crash_seen=0
check_crashes() {
	local log="$tmp/wine.log" reports who
	reports=$(tail -n "+$((crash_seen + 1))" "$log" | tr -d '\r')
	crash_seen=$(wc -l <"$log")
	grep -q '^Unhandled exception' <<<"$reports" || return 0
	who=$(grep '(D)' <<<"$reports" | sed 's/^[0-9a-f]* (D) //' | paste -sd ',' - || true)
	case "${who,,}" in
	'' | *pianoperformance* | *piano.exe* | *disinstalla* | *au_.exe*)
		fail "$1: un programma si è interrotto per un errore (${who:-processo non indicato}): $(grep -m 1 '^Unhandled exception' <<<"$reports")" ;;
	esac
	say "$1: un programma che non è del Piano della Performance si è interrotto per un errore ($who): $(grep -m 1 '^Unhandled exception' <<<"$reports")"
}
# status_text STATUS: a status as the messages say it.
status_text() { if [ "$1" = 124 ]; then echo "nessuna risposta entro il limite"; else echo "stato $1"; fi; }
# settle WHAT: waits for Wine's processes to end, at most 120 s. If past
# that only Wine's own services are left (they quit when the last program
# does, and rarely one of them stays), they are stopped and the test goes
# on, saying so; a program of ours or the installer still alive fails it.
settle() {
	timeout 120 wineserver -w && return
	local ours all
	ours=$(wine_processes ours) all=$(wine_processes)
	[ "$ours" = " nessuno" ] || fail "$1: dopo 120 s restano aperti:$ours"
	say "$1: dopo 120 s restano solo servizi di Wine, che fermo:$all"
	wineserver -k
	timeout 30 wineserver -w || fail "$1: il server di Wine non si ferma"
}

# wait_for SECONDS WHAT COMMAND...: polls COMMAND until it succeeds.
wait_for() {
	local limit=$1 what=$2; shift 2
	local deadline=$(( $(date +%s) + limit ))
	until "$@"; do
		if [ -n "$app_pid" ] && ! kill -0 "$app_pid" 2>/dev/null; then
			local rc=0; wait "$app_pid" || rc=$?; app_pid=
			fail "il programma è terminato (stato $rc) mentre si aspettava: $what"
		fi
		[ "$(date +%s)" -lt "$deadline" ] || fail "dopo $limit s ancora niente: $what"
		sleep 0.2
	done
}

# --- tools ---------------------------------------------------------------------
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
{ command -v wine >/dev/null && [ -x /usr/lib/wine/wine64 ]; } || missing+=(
	# wine64 alone runs 64-bit programs; the X11 driver loads these
	# libraries at run time (they are only recommended by libwine), and
	# opengl32 needs Mesa's GLX for Fyne's window.
	wine wine64 libgl1 libgl1-mesa-dri libxrender1 libxrandr2 libxi6 libxcursor1
	libxinerama1 libxcomposite1 libxfixes3 libxxf86vm1 fonts-wine)
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v import >/dev/null || missing+=(imagemagick)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v x86_64-w64-mingw32-gcc >/dev/null || missing+=(gcc-mingw-w64-x86-64)
command -v makensis >/dev/null || missing+=(nsis)
if [ ${#missing[@]} -gt 0 ]; then
	say "installo ${missing[*]}"
	as_root apt-get update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- 1. build -------------------------------------------------------------------
version=$(awk -F'"' '/^[[:space:]]*Version[[:space:]]*=/ { print $2; exit }' "$root/FyneApp.toml")
setup="$out/PianoPerformance-Setup-$version.exe"
if [ "${SKIP_BUILD:-}" = 1 ]; then
	step "1. uso l'installer già fatto"
else
	step "1. compilo programma e installer"
	"$here/build.sh"
fi
[ -s "$setup" ] || fail "manca $setup"
say "installer: ${setup##*/}, $(( $(stat -c %s "$setup") / 1024 )) KiB"

# --- 2. Wine prefix and screen --------------------------------------------------------
step "2. prefisso Wine e schermo virtuale"
tmp=$(mktemp -d -t piano-smoke.XXXXXX)
# No Mono, no Gecko; and no winemenubuilder, which would turn the installer's
# shortcut into a menu entry in this machine's own desktop (under ~/.local),
# pointing at a prefix about to be deleted, from a background process
# wineserver -w would wait on.
export WINEPREFIX="$tmp/prefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
# start_xvfb VAR-FOR-PID [XVFB-OPTION...]: a virtual screen on a display
# Xvfb picks itself among the free ones (-displayfd); sets $display.
xvfb_n=0
start_xvfb() {
	local var=$1; shift
	xvfb_n=$((xvfb_n + 1))
	local log="$tmp/xvfb$xvfb_n.log" fdfile="$tmp/xvfb$xvfb_n.display"
	: >"$fdfile"
	Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset "$@" 3>"$fdfile" >"$log" 2>&1 &
	printf -v "$var" %s $!
	local pid=$!
	xvfb_up() {
		kill -0 "$pid" 2>/dev/null || fail "Xvfb non è partito: $(cat "$log")"
		grep -q '^[0-9]' "$fdfile"
	}
	wait_for 20 "uno schermo virtuale (Xvfb)" xvfb_up
	display=$(head -n 1 "$fdfile")
}
start_xvfb xvfb_pid
export DISPLAY=":$display"

rc=0; timeout -k 10 300 wineboot -i >>"$tmp/wine.log" 2>&1 || rc=$?
[ $rc = 0 ] || fail "wineboot non ha creato il prefisso: $(status_text $rc)"
settle "creazione del prefisso"
sys32="$WINEPREFIX/drive_c/windows/system32"
[ -d "$sys32" ] || fail "prefisso Wine senza system32"
# The test-only stand-in for bcryptprimitives.dll (see shim/): never packaged.
if [ ! -e "$sys32/bcryptprimitives.dll" ]; then
	x86_64-w64-mingw32-gcc -O2 -Wall -shared -s -o "$tmp/bcryptprimitives.dll" "$here/shim/bcryptprimitives.c" ||
		fail "compilazione dello shim ProcessPrng"
	cp "$tmp/bcryptprimitives.dll" "$sys32/"
fi
# A Windows process that crashes starts Wine's debugger, which by default
# shows a dialog and waits for a click that never comes on this screen:
# once the reinstall step hung on it. Without the dialog the debugger
# writes its report to wine.log and lets the process end; check_crashes
# reads it.
rc=0; wine_limited 60 reg add 'HKCU\Software\Wine\WineDbg' /v ShowCrashDialog /t REG_DWORD /d 0 /f >>"$tmp/wine.log" 2>&1 || rc=$?
[ $rc = 0 ] || fail "il debugger di Wine senza finestra di dialogo: $(status_text $rc)"

# Wine's idea of the user's folders, as Windows programs see them.
# Each says nothing when Wine could not answer; the callers check.
win_var() { { wine_limited 60 cmd /c echo "%$1%" 2>>"$tmp/wine.log" || true; } | tr -d '\r'; }
unix_path() {
	local p
	p=$({ timeout -k 10 60 winepath -u "$1" 2>>"$tmp/wine.log" || true; } | tr -d '\r')
	[ -z "$p" ] || realpath -m "$p"
}
appdata=$(unix_path "$(win_var APPDATA)")
localappdata=$(unix_path "$(win_var LOCALAPPDATA)")
[ -d "$appdata" ] && [ -n "$localappdata" ] || fail "cartelle dell'utente di Wine non trovate (APPDATA=$appdata)"
data_dir="$appdata/PianoPerformance"
install_dir="$localappdata/Programs/Piano della Performance"
exe="$install_dir/PianoPerformance.exe"
uninstaller="$install_dir/Disinstalla.exe"
shortcut="$appdata/Microsoft/Windows/Start Menu/Programs/Piano della Performance.lnk"
uninst_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\PianoPerformance'
say "dati: ${data_dir#"$WINEPREFIX/"}; programma: ${install_dir#"$WINEPREFIX/"}"

reg_value() { { wine_limited 60 reg query "$uninst_key" /v "$1" 2>>"$tmp/wine.log" || true; } | tr -d '\r' | awk -v v="$1" '$1 == v { $1 = ""; $2 = ""; sub(/^ +/, ""); print }'; }

# --- 3. install -----------------------------------------------------------------------
step "3. installazione silenziosa"
rc=0; wine_limited 180 "$setup" /S >>"$tmp/wine.log" 2>&1 || rc=$?
[ $rc = 0 ] || fail "l'installer: $(status_text $rc); processi di Wine:$(wine_processes)"
wait_for 180 "il programma installato in ${install_dir#"$WINEPREFIX/"}" test -s "$exe"
wait_for 60 "il disinstallatore" test -s "$uninstaller"
[ -e "$shortcut" ] || fail "manca il collegamento nel menu Start"
[ ! -e "$install_dir/bcryptprimitives.dll" ] || fail "lo shim di prova è finito nell'installazione"
got=$(reg_value DisplayVersion)
[ "$got" = "$version" ] || fail "App installate: DisplayVersion \"$got\", atteso \"$version\""
for v in DisplayName Publisher DisplayIcon UninstallString QuietUninstallString InstallLocation EstimatedSize NoModify NoRepair; do
	[ -n "$(reg_value "$v")" ] || fail "App installate: manca $v"
done
check_crashes "l'installazione"
say "installato; App installate: $(reg_value DisplayName) $got, $(( $(reg_value EstimatedSize) )) KiB"

# --- 4. command line, then self-test ----------------------------------------------------
step "4. riga di comando (piano.exe)"
cli_exe="$install_dir/piano.exe"
[ -s "$cli_exe" ] || fail "manca piano.exe"
rc=0
wine_limited 60 "$cli_exe" version >"$tmp/cli.out" 2>"$tmp/cli.err" || rc=$?
[ $rc = 0 ] && grep -q "versione $version" "$tmp/cli.out" ||
	fail "piano.exe version: $(status_text $rc), output «$(tr -d '\r' <"$tmp/cli.out")» «$(tr -d '\r' <"$tmp/cli.err" | tail -n 3)»"
rc=0
wine_limited 60 "$cli_exe" check --example >"$tmp/cli.out" 2>>"$tmp/wine.log" || rc=$?
[ $rc = 0 ] && grep -q "Controllo di coerenza" "$tmp/cli.out" || fail "piano.exe check --example: $(status_text $rc)"
rc=0
wine_limited 60 "$cli_exe" stampa >"$tmp/cli.out" 2>"$tmp/cli.err" || rc=$?
[ $rc = 2 ] && grep -q "sconosciuto" "$tmp/cli.err" || fail "piano.exe con un comando sbagliato: $(status_text $rc), atteso lo stato 2"
say "piano.exe: versione, controllo dell'esempio e comando sbagliato, ciascuno con il suo output e stato d'uscita"

step "4. avvio con -selftest"
rm -f "$data_dir/selftest-ready" "$data_dir/selftest-done" "$data_dir/selftest-closed"
wine "$exe" -selftest >>"$tmp/wine.log" 2>&1 &
app_pid=$!
wait_for 120 "la finestra e il PDF delle schede (selftest-ready)" test -e "$data_dir/selftest-ready"
say "il programma dice: $(cat "$data_dir/selftest-ready")"

# --- 5. checks, screenshot, quit -------------------------------------------------------------
step "5. controlli e fotografia dello schermo"
pdf="$data_dir/selftest-schede.pdf"
[ -s "$pdf" ] || fail "manca il PDF delle schede"
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "selftest-schede.pdf non è un PDF"
if [ "${SMOKE_CHECK_PDF_TEXT:-1}" = 1 ]; then
	text=$(pdftotext "$pdf" -) || fail "pdftotext non legge il PDF"
	sheets=$(grep -c "Scheda obiettivo" <<<"$text" || true)
	[ "$sheets" -gt 0 ] || fail "nel PDF non c'è \"Scheda obiettivo\""
	say "PDF: $(( $(stat -c %s "$pdf") / 1024 )) KiB, $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }') pagine, $sheets × \"Scheda obiettivo\""
fi
if [ "${SMOKE_CHECK_DB:-1}" = 1 ]; then
	# The first start prints from a copy of the example and never makes it
	# the user's plan: no plan file appears in the data folder.
	[ ! -e "$data_dir/piano.db" ] || fail "il primo avvio ha fatto dell'esempio il piano dell'utente (piano.db)"
	say "nessun piano creato nella cartella dei dati"
fi
import -display "$DISPLAY" -window root "$out/smoke-screenshot.png" || fail "fotografia dello schermo"
say "schermo: ${out#"$root/"}/smoke-screenshot.png"
: >"$data_dir/selftest-done"
app_gone() { ! kill -0 "$app_pid" 2>/dev/null; }
pid=$app_pid; app_pid= # from here on its exit is what we wait for
deadline=$(( $(date +%s) + 60 ))
until ! kill -0 "$pid" 2>/dev/null; do
	[ "$(date +%s)" -lt "$deadline" ] || { app_pid=$pid; fail "il programma non è uscito entro 60 s da selftest-done"; }
	sleep 0.2
done
rc=0; wait "$pid" || rc=$?
closed="$data_dir/selftest-closed"
# Wine's server kills (SIGKILL, status 137) a process whose Unix side is
# still there half a second after its last Windows thread ended
# (process_sigkill in Wine's server/process.c). Rarely, on the first start
# in a new prefix, Wine's own teardown takes that long (once in 18 first
# starts here, never in 134 later ones): the program had closed its window
# and plan and said so in selftest-closed, its last act.
if [ $rc = 137 ] && [ -s "$closed" ]; then
	say "Wine ha chiuso il processo dopo la fine del programma (stato 137); il programma: $(cat "$closed")"
else
	[ $rc = 0 ] || fail "il programma è uscito con stato $rc"
	[ -s "$closed" ] || fail "il programma è uscito senza chiudere finestra e piano (manca selftest-closed)"
	say "il programma è uscito con stato 0: $(cat "$closed")"
fi
[ ! -e "$data_dir/selftest.log" ] || fail "il programma ha scritto selftest.log"
check_crashes "l'avvio del programma"

# --- 6. upgrade in place ------------------------------------------------------------------------
step "6. reinstallazione sopra la precedente"
pdf_sum=$(md5sum <"$pdf")
rc=0; wine_limited 180 "$setup" /S >>"$tmp/wine.log" 2>&1 || rc=$?
[ $rc = 0 ] || fail "la reinstallazione: $(status_text $rc); processi di Wine:$(wine_processes)"
settle "la reinstallazione"
check_crashes "la reinstallazione"
[ -s "$exe" ] || fail "dopo la reinstallazione manca il programma"
[ "$(unix_path "$(reg_value InstallLocation)")" = "$install_dir" ] || fail "la reinstallazione ha cambiato cartella"
[ "$(md5sum <"$pdf")" = "$pdf_sum" ] || fail "la reinstallazione ha toccato la cartella dei dati"

# --- 7. uninstall -------------------------------------------------------------------------------
step "7. disinstallazione silenziosa"
# NSIS uninstallers copy themselves to a temporary folder and return at once:
# wait for the files to go (on a loaded machine, over a minute once: Wine
# starts its services again first).
rc=0; wine_limited 120 "$uninstaller" /S >>"$tmp/wine.log" 2>&1 || rc=$?
[ $rc = 0 ] || fail "il disinstallatore: $(status_text $rc); processi di Wine:$(wine_processes)"
wait_for 180 "la cartella del programma rimossa" test ! -e "$install_dir"
settle "la disinstallazione"
check_crashes "la disinstallazione"
[ ! -e "$shortcut" ] || fail "il collegamento nel menu Start è rimasto"
if wine_limited 60 reg query "$uninst_key" >/dev/null 2>&1; then fail "la voce in App installate è rimasta"; fi
[ -d "$data_dir" ] || fail "la disinstallazione ha cancellato la cartella dei dati"
[ "$(md5sum <"$pdf")" = "$pdf_sum" ] || fail "la disinstallazione ha toccato i dati"
say "programma rimosso, dati conservati"

# --- 8. no OpenGL ----------------------------------------------------------------------------------
step "8. avvio su uno schermo senza OpenGL"
start_xvfb xvfb2_pid -extension GLX
export DISPLAY=":$display"
wine "$out/PianoPerformance.exe" >"$tmp/nogl.log" 2>&1 &
app_pid=$!
# fatalMessage writes the text to stderr too, just before the message box.
said_no_opengl() { grep -q "OpenGL 2.1" "$tmp/nogl.log"; }
wait_for 120 "il messaggio «Questo computer non mette a disposizione OpenGL 2.1»" said_no_opengl
# The message box has no console event to wait for: wait until its window
# is mapped, i.e. the screen is no longer all black.
screen_shows_something() {
	import -display "$DISPLAY" -window root "$out/smoke-no-opengl.png" 2>/dev/null &&
		[ "$(convert "$out/smoke-no-opengl.png" -format '%[fx:maxima.r+maxima.g+maxima.b]' info: 2>/dev/null)" != 0 ]
}
wait_for 60 "la finestra del messaggio sullo schermo" screen_shows_something
say "messaggio: $(grep -o 'Dettaglio tecnico: .*' "$tmp/nogl.log" | head -n 1)"
say "schermo: ${out#"$root/"}/smoke-no-opengl.png"
kill "$app_pid" 2>/dev/null; app_pid=
step "fine"
