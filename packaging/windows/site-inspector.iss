; Inno Setup 6 script for 工地欠薪监察 (Site Inspector) on Windows.
; Build the bundle first (packaging/README.md, "Windows"), then from the project root:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\site-inspector.iss
; Output: dist\site-inspector-<version>-setup.exe
;
; Per-user install without administrator rights (PrivilegesRequired=lowest): the program
; goes to %LOCALAPPDATA%\Programs\SiteInspector, a Start-menu entry to the user's menu.
; User data is in %LOCALAPPDATA%\site-inspector (database, blobs, keys, backups), a
; different folder that this script never names: an upgrade (same AppId) replaces the
; program only — the program itself migrates the database, after a backup, when it
; next opens it — and the uninstaller removes {app} only, leaving the data.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (pyproject.toml's [project] version)
#endif

[Setup]
; Never change AppId: it is how an upgrade finds the installed copy.
AppId={{6E0B7F2A-3C55-4B8E-9D41-5A1C2F7E9B30}
AppName=工地欠薪监察
AppVerName=工地欠薪监察 {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Site Inspector
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\SiteInspector
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\icons\app.ico
UninstallDisplayIcon={app}\inspector-desk.exe
UninstallDisplayName=工地欠薪监察 {#AppVersion}
OutputDir=..\..\dist
OutputBaseFilename=site-inspector-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
CloseApplications=yes
WizardStyle=modern

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chs"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
; The whole onedir bundle; files of an older version that this one no longer has are
; removed first, so an upgrade never runs with a stale library beside the new ones.
Source: "..\..\dist\inspector-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\工地欠薪监察"; Filename: "{app}\inspector-desk.exe"; WorkingDir: "{app}"

[Run]
Filename: "{app}\inspector-desk.exe"; Description: "{cm:LaunchProgram,工地欠薪监察}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entries: the uninstaller removes what [Files] installed, and the
; user's data folder is not among them.
