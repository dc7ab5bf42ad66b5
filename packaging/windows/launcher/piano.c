/*
 * piano.exe, the command line of Piano della Performance in a console.
 *
 * The installed program is one executable, PianoPerformance.exe, for the
 * window and the command line (package cli). It is a window (GUI) program:
 * a console neither waits for it nor shows what it writes. This console
 * program starts it beside itself with the marker of the command line
 * (cli.ConsoleMarker) and the arguments exactly as they were typed, hands
 * it the console's standard input, output and error, waits, and exits with
 * its status. A few kilobytes, where a copy of the program built as a
 * console program weighed 27 MB.
 */
#include <windows.h>
#include <wchar.h>

#define PROGRAM L"PianoPerformance.exe"
#define MARKER L"--riga-di-comando" /* cli.ConsoleMarker */

static void say(const wchar_t *what, DWORD err) {
	char msg[512];
	int n = WideCharToMultiByte(CP_UTF8, 0, what, -1, msg, sizeof msg - 64, NULL, NULL);
	if (n <= 0)
		msg[0] = 0;
	wsprintfA(msg + lstrlenA(msg), " (errore %lu)\r\n", err);
	DWORD written;
	WriteFile(GetStdHandle(STD_ERROR_HANDLE), msg, lstrlenA(msg), &written, NULL);
}

/* args is what follows the program's name on its command line, as typed:
 * passed on untouched, nothing is re-quoted. */
static const wchar_t *args(const wchar_t *cl) {
	if (*cl == L'"') {
		for (cl++; *cl && *cl != L'"'; cl++)
			;
		if (*cl)
			cl++;
	} else {
		while (*cl && *cl != L' ' && *cl != L'\t')
			cl++;
	}
	while (*cl == L' ' || *cl == L'\t')
		cl++;
	return cl;
}

int wmain(void) {
	static wchar_t exe[32768], cl[65536];
	DWORD n = GetModuleFileNameW(NULL, exe, 32768 - 64);
	if (n == 0 || n >= 32768 - 64) {
		say(L"piano: non trovo la cartella del programma", GetLastError());
		return 1;
	}
	wchar_t *slash = wcsrchr(exe, L'\\');
	wcscpy(slash ? slash + 1 : exe, PROGRAM);
	const wchar_t *rest = args(GetCommandLineW());
	if (wcslen(exe) + wcslen(rest) + 32 > 65536) {
		say(L"piano: riga di comando troppo lunga", 0);
		return 1;
	}
	wcscpy(cl, L"\"");
	wcscat(cl, exe);
	wcscat(cl, L"\" " MARKER L" ");
	wcscat(cl, rest);

	/* The console's handles go to the program as its standard streams.
	 * A window program started this way would otherwise get the "working
	 * in background" mouse pointer for seconds: it shows no window. */
	STARTUPINFOW si = {sizeof si};
	si.dwFlags = STARTF_USESTDHANDLES | STARTF_FORCEOFFFEEDBACK;
	si.hStdInput = GetStdHandle(STD_INPUT_HANDLE);
	si.hStdOutput = GetStdHandle(STD_OUTPUT_HANDLE);
	si.hStdError = GetStdHandle(STD_ERROR_HANDLE);
	HANDLE std[] = {si.hStdInput, si.hStdOutput, si.hStdError};
	for (int i = 0; i < 3; i++)
		if (std[i] && std[i] != INVALID_HANDLE_VALUE)
			SetHandleInformation(std[i], HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT);

	PROCESS_INFORMATION pi;
	if (!CreateProcessW(exe, cl, NULL, NULL, TRUE, 0, NULL, NULL, &si, &pi)) {
		say(L"piano: impossibile avviare " PROGRAM, GetLastError());
		return 1;
	}
	CloseHandle(pi.hThread);
	WaitForSingleObject(pi.hProcess, INFINITE);
	DWORD code = 1;
	GetExitCodeProcess(pi.hProcess, &code);
	CloseHandle(pi.hProcess);
	return (int)code;
}
