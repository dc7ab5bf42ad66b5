/*
 * TEST ONLY, NEVER SHIPPED. A stand-in for Windows' bcryptprimitives.dll,
 * for the Wine prefix of the installation smoke test.
 *
 * Every Go (>= 1.22) Windows program gets its random numbers from
 * bcryptprimitives.dll!ProcessPrng, which every Windows 10/11 has. Debian
 * 12's Wine 8 lacks that DLL, so under it Go programs stop at once with
 * "bcryptprimitives.dll not found". This DLL exports ProcessPrng and fills
 * the buffer from RtlGenRandom (advapi32!SystemFunction036), which Wine has.
 * smoke.sh builds it with mingw and copies it into the throw-away prefix's
 * system32; installer.nsi never packages it.
 */
#include <windows.h>

typedef BOOLEAN(WINAPI *rtl_gen_random_fn)(PVOID, ULONG);

static rtl_gen_random_fn rtl_gen_random(void)
{
	static rtl_gen_random_fn fn;
	if (!fn) {
		HMODULE advapi = LoadLibraryW(L"advapi32.dll");
		if (advapi)
			fn = (rtl_gen_random_fn)(void *)GetProcAddress(advapi, "SystemFunction036");
	}
	return fn;
}

/* BOOL ProcessPrng(PBYTE pbData, SIZE_T cbData): always TRUE on Windows. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	rtl_gen_random_fn gen = rtl_gen_random();
	if (!gen)
		return FALSE;
	while (size > 0) {
		ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
		if (!gen(data, chunk))
			return FALSE;
		data += chunk;
		size -= chunk;
	}
	return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE inst, DWORD reason, LPVOID reserved)
{
	(void)inst; (void)reason; (void)reserved;
	return TRUE;
}
