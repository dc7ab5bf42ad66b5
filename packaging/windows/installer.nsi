; Installer of Piano della Performance for Windows 10/11.
;
; Made on Linux by packaging/windows/build.sh, which passes on the command
; line: PRODUCT_NAME, PRODUCT_VERSION, PRODUCT_FILE_VERSION (X.Y.Z.B),
; PRODUCT_PUBLISHER, BUILD_DIR (the folder with the exes), OUT_FILE, ICON.
;
; Office staff rarely have admin rights: the program installs for the
; current user only, under %LOCALAPPDATA%\Programs, with its Add/Remove
; Programs entry in HKCU. The user's plans live in %APPDATA%\PianoPerformance
; and are never touched here, neither by installing nor by uninstalling.

Unicode true
Target amd64-unicode ; the default x86 stub does not run on 64-bit-only systems
ManifestDPIAware true
RequestExecutionLevel user
; The strongest compression NSIS has: LZMA over all the files as one
; stream, with a dictionary larger than the program (the default 8 MB
; would see only a part of it at a time).
SetCompressor /SOLID /FINAL lzma
SetCompressorDictSize 64

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define EXE "PianoPerformance.exe"
!define UNINSTALLER "Disinstalla.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PianoPerformance"

Name "${PRODUCT_NAME}"
OutFile "${OUT_FILE}"
; An upgrade goes where the previous version went; otherwise the per-user
; programs folder, which needs no admin rights.
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${PRODUCT_NAME} ${PRODUCT_VERSION}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!define MUI_WELCOMEPAGE_TEXT "Questa procedura installa ${PRODUCT_NAME} ${PRODUCT_VERSION} per l'utente corrente.$\r$\n$\r$\nNon servono i diritti di amministratore. Se il programma è già installato viene aggiornato: i piani salvati restano come sono.$\r$\n$\r$\nPrima di continuare chiudere ${PRODUCT_NAME}, se è aperto."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Avvia ${PRODUCT_NAME}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "${PRODUCT_NAME} verrà rimosso da questo computer.$\r$\nI piani salvati nella cartella $APPDATA\PianoPerformance NON vengono cancellati."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Italian"

VIProductVersion "${PRODUCT_FILE_VERSION}"
VIFileVersion "${PRODUCT_FILE_VERSION}"
VIAddVersionKey /LANG=${LANG_ITALIAN} "ProductName" "${PRODUCT_NAME}"
VIAddVersionKey /LANG=${LANG_ITALIAN} "ProductVersion" "${PRODUCT_VERSION}"
VIAddVersionKey /LANG=${LANG_ITALIAN} "FileVersion" "${PRODUCT_VERSION}"
VIAddVersionKey /LANG=${LANG_ITALIAN} "FileDescription" "Installazione di ${PRODUCT_NAME}"
VIAddVersionKey /LANG=${LANG_ITALIAN} "CompanyName" "${PRODUCT_PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ITALIAN} "LegalCopyright" "${PRODUCT_PUBLISHER}"

Section "!${PRODUCT_NAME}" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Overwrite in place: an upgrade keeps the folder and replaces the files.
  SetOverwrite on
  File "${BUILD_DIR}\${EXE}"
  ; The command line: a console launcher of a few kilobytes that runs
  ; ${EXE} (one copy of the program for the window and the command line).
  File "${BUILD_DIR}\piano.exe"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortCut "$SMPROGRAMS\${PRODUCT_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${PRODUCT_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${PRODUCT_VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PRODUCT_PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section /o "Collegamento sul desktop" SecDesktop
  CreateShortCut "$DESKTOP\${PRODUCT_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

; The uninstaller removes only what the installer put there: the program
; files, the shortcuts and the registry entry. Never the data folder.
Section "Uninstall"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\piano.exe"
  Delete "$INSTDIR\${UNINSTALLER}"
  ; Not /r: if someone chose a folder holding other files, those stay.
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${PRODUCT_NAME}.lnk"
  Delete "$DESKTOP\${PRODUCT_NAME}.lnk"

  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
