; HRDesk — Windows installer (Inno Setup 6.3 or later).
;
; Build on Windows, after PyInstaller has produced dist\HRDesk (see docs\release.md):
;     .venv\Scripts\pyinstaller packaging\hrdesk.spec --noconfirm --distpath dist --workpath build
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\hrdesk.iss
; which writes dist\HRDesk-<version>-windows-x64-setup.exe.
;
; - Per-user install, no administrator rights: PrivilegesRequired=lowest puts Setup in non
;   administrative install mode, where {autopf} is the user's own Programs folder
;   (%LOCALAPPDATA%\Programs\HRDesk), {autoprograms} the user's Start menu, and the uninstall
;   entry goes to HKEY_CURRENT_USER.  IT staff may still install for all users with /ALLUSERS.
; - The user's data is never touched: HRDesk keeps it in %LOCALAPPDATA%\HRDesk (platformdirs),
;   outside the install folder.  The uninstaller deletes only the files this script installed
;   (there is deliberately no [UninstallDelete] section), so a "data" folder a portable user
;   created beside the program also survives.
; - The version is read from HRDesk.exe's version resource, which the PyInstaller spec writes
;   from hrdesk.__version__ (one source of truth).  Override with ISCC /DAppVersion=x.y.z.

#define AppName "HRDesk"
#define AppExe "HRDesk.exe"
#define CliExe "hrdesk-cli.exe"
#define SourceDir AddBackslash(SourcePath) + "..\..\dist\HRDesk"
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(SourceDir + "\" + AppExe, "ProductVersion")
#endif
#if AppVersion == ""
  #error "dist\HRDesk\HRDesk.exe has no version: build it with packaging\hrdesk.spec first"
#endif
#define AppBuild GetStringFileInfo(SourceDir + "\" + AppExe, "Comments")

[Setup]
; AppId identifies HRDesk across versions (upgrades, uninstall entry): never change it.
AppId={{B3DCBE28-CF3B-47FB-A804-15734F0C838F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=HRDesk
AppComments=Offline records of human-rights activities, participants and recommendations ({#AppBuild})
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
SetupIconFile=..\..\resources\icons\hrdesk.ico
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running HRDesk (Restart Manager) before replacing its files during an upgrade.
CloseApplications=yes
RestartApplications=no
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade must not leave the previous version's modules behind: HRDesk's Python files and
; Alembic revisions are loaded from _internal, and a stale revision would break migrations.
; This is program code only — the user's data is elsewhere (and never in _internal).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#SourceDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#SourceDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
