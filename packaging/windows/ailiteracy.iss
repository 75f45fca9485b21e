; Inno Setup script: a per-machine Windows installer for the standalone app.
;
; Build the app first (pyinstaller --noconfirm packaging\ailiteracy.spec, which
; writes dist\ailiteracy\), then compile this script with Inno Setup 6:
;   iscc /DAppVersion=0.1.0 packaging\windows\ailiteracy.iss
; The installer is written to dist\ailiteracy-<version>-setup.exe.
;
; Installing on many PCs (as administrator), see docs/admin.md:
;   ailiteracy-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /POLICY=\\server\share\policy.toml
;   /SILENT shows progress only; /MERGETASKS="desktopicon" also puts a shortcut on the
;   desktop of every user.
;   /POLICY=FILE copies FILE to C:\ProgramData\ailiteracy\policy.toml.
; Uninstall silently: "C:\Program Files\AI Literacy\unins000.exe" /VERYSILENT

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{0D8C5252-C9E4-5F04-9723-6AD55755609B}
AppName=AI Literacy
AppVersion={#AppVersion}
AppPublisher=ailiteracy
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\AI Literacy
DefaultGroupName=AI Literacy
DisableProgramGroupPage=yes
; Per machine: Program Files, a Start-menu entry for every user.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ailiteracy-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\ailiteracy.exe
UninstallDisplayName=AI Literacy
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Put a shortcut on the desktop of every user"; Flags: unchecked

[Files]
Source: "..\..\dist\ailiteracy\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The administrator's policy, when given with /POLICY=FILE.
Source: "{code:PolicyFile}"; DestDir: "{commonappdata}\ailiteracy"; DestName: "policy.toml"; \
    Flags: external ignoreversion; Check: HasPolicy

[Dirs]
; Learners must not be able to create or change the policy: only administrators
; and the system may write this folder (ProgramData lets users create files below
; it by default, so its inherited rights are replaced, in [Run] below).
Name: "{commonappdata}\ailiteracy"

[Icons]
Name: "{group}\AI Literacy"; Filename: "{app}\ailiteracy.exe"; Comment: "Learn to use AI safely and to check what AI tells you"
Name: "{commondesktop}\AI Literacy"; Filename: "{app}\ailiteracy.exe"; Tasks: desktopicon

[Registry]
; Double-clicking a teacher's assignment file opens it in the app.
Root: HKLM; Subkey: "Software\Classes\.ailiteracy-assignment"; ValueType: string; ValueData: "ailiteracy.assignment"; Flags: uninsdeletevalue
Root: HKLM; Subkey: "Software\Classes\ailiteracy.assignment"; ValueType: string; ValueData: "AI Literacy assignment"; Flags: uninsdeletekey
Root: HKLM; Subkey: "Software\Classes\ailiteracy.assignment\shell\open\command"; ValueType: string; ValueData: """{app}\ailiteracy.exe"" ""%1"""

[Run]
Filename: "{sys}\icacls.exe"; \
    Parameters: """{commonappdata}\ailiteracy"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; \
    Flags: runhidden waituntilterminated; StatusMsg: "Protecting the policy folder..."
Filename: "{app}\ailiteracy.exe"; Description: "Start AI Literacy"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing here on purpose: the policy in ProgramData and every learner's data in
; their own %APPDATA%\ailiteracy stay (docs/admin.md says how to remove them).

[Code]
function PolicyFile(Param: String): String;
begin
  Result := ExpandConstant('{param:POLICY|}');
end;

function HasPolicy(): Boolean;
begin
  Result := PolicyFile('') <> '';
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  if HasPolicy() and not FileExists(PolicyFile('')) then
  begin
    SuppressibleMsgBox('The policy file ' + PolicyFile('') + ' was not found.', mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;
