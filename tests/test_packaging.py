"""Packaging (#8): the spec's rules, the version's single source, the build id, portable mode.

Fast checks only; building and running the frozen bundle is ``make package && make
package-check`` (packaging/check_bundle.py), too slow for ``make test``.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import re
import struct
import sys
import tarfile
from pathlib import Path

import pytest

import hrdesk
from hrdesk import build_info, paths

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


rules = _load("bundle_rules")
archive = _load("make_archive")
check = _load("check_bundle")


# --------------------------------------------------------------------------- version & build

def test_version_has_one_source():
    assert rules.read_version(ROOT) == hrdesk.__version__
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = { attr = "hrdesk.__version__" }' in pyproject
    assert re.search(r"^version\s*=\s*\"", pyproject, re.MULTILINE) is None
    spec = (PACKAGING / "hrdesk.spec").read_text(encoding="utf-8")
    iss = (PACKAGING / "windows" / "hrdesk.iss").read_text(encoding="utf-8")
    assert hrdesk.__version__ not in spec and "read_version" in spec
    assert hrdesk.__version__ not in iss and 'GetStringFileInfo(SourceDir + "\\" + AppExe, "ProductVersion")' in iss
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## \[{re.escape(hrdesk.__version__)}\]", changelog, re.MULTILINE)


@pytest.mark.parametrize(("text", "expected"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)),
    ("1.2.3.4.5", (1, 2, 3, 4)), ("3.1.0.dev2", (3, 1, 0, 0)), ("beta", (0, 0, 0, 0)),
])
def test_version_tuple(text, expected):
    assert rules.version_tuple(text) == expected


def test_windows_version_resource_names_version_and_build():
    text = rules.windows_version_text("1.4.2", "v1.4.2-3-gabc1234")
    captured = {}

    def record(name):
        def make(*args, **kwargs):
            captured.setdefault(name, []).append((args, kwargs))
            return (name, args, kwargs)
        return make

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    eval(compile(text, "version", "eval"), {n: record(n) for n in names})  # PyInstaller eval()s it too
    ffi = captured["FixedFileInfo"][0][1]
    assert ffi["filevers"] == ffi["prodvers"] == (1, 4, 2, 0)
    strings = {args[0]: args[1] for args, _kw in captured["StringStruct"]}
    assert strings["ProductVersion"] == "1.4.2"
    assert strings["FileVersion"] == "1.4.2 (v1.4.2-3-gabc1234)"
    assert strings["OriginalFilename"] == "HRDesk.exe"


def test_build_id_is_dev_from_source_and_read_from_a_bundle(tmp_path, monkeypatch):
    build_info.build_id.cache_clear()
    try:
        assert build_info.build_id() == "dev"
        assert build_info.version_string() == f"HRDesk {hrdesk.__version__} (build dev)"
        (tmp_path / "hrdesk").mkdir()
        rules.write_build_file(tmp_path / "hrdesk", "v0.1.0-2-g1234567")
        monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
        build_info.build_id.cache_clear()
        assert build_info.build_id() == "v0.1.0-2-g1234567"
        assert build_info.version_string() == f"HRDesk {hrdesk.__version__} (build v0.1.0-2-g1234567)"
        assert build_info.details()["build"] == "v0.1.0-2-g1234567"
    finally:
        build_info.build_id.cache_clear()


def test_build_id_override_for_ci(monkeypatch):
    monkeypatch.setenv("HRDESK_BUILD_ID", "ci-42")
    assert rules.build_id(ROOT) == "ci-42"


# --------------------------------------------------------------------------- the spec

def test_spec_is_python_and_builds_two_executables_in_one_folder():
    source = (PACKAGING / "hrdesk.spec").read_text(encoding="utf-8")
    ast.parse(source)
    assert 'collect_submodules("hrdesk"' in source
    # modules imported by name at run time, invisible to PyInstaller's analysis
    assert 'collect_submodules("qrcode")' in source
    assert 'collect_submodules("reportlab.graphics.barcode")' in source
    assert "console=False" in source and "console=True" in source
    assert source.count("EXE(") == 2 and source.count("COLLECT(") == 1 and "BUNDLE(" in source
    assert "hrdesk.ico" in source and "hrdesk.icns" in source
    assert rules.APP_NAME == "HRDesk" and rules.CLI_NAME == "hrdesk-cli"


def test_unused_qt_modules_are_excluded_and_the_app_imports_none_of_them():
    excluded = set(rules.EXCLUDED_QT_MODULES)
    for family in ("QtWebEngineCore", "QtQml", "QtQuick", "Qt3DCore", "QtMultimedia", "QtDesigner",
                   "QtPdf", "QtBluetooth"):
        assert family in excluded
    assert not excluded & set(rules.QT_MODULES_USED)
    assert "PySide6.QtWebEngineCore" in rules.excludes()
    used = set()
    for path in (ROOT / "hrdesk").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used, "the desktop app imports Qt somewhere"
    assert not used & excluded, f"hrdesk imports Qt modules the bundle leaves out: {used & excluded}"


def test_app_data_files_land_where_paths_and_alembic_look():
    datas = rules.app_datas(ROOT)
    dests = {(Path(src).name, dest) for src, dest in datas}
    assert ("sdg.json", "hrdesk/resources/data") in dests
    assert ("hrdesk.png", "hrdesk/resources/icons") in dests
    assert ("env.py", "hrdesk/storage/migrations") in dests
    assert ("script.py.mako", "hrdesk/storage/migrations") in dests
    revisions = sorted(p.name for p in (ROOT / "hrdesk/storage/migrations/versions").glob("0*.py"))
    shipped = sorted(name for name, dest in dests if dest == "hrdesk/storage/migrations/versions")
    assert revisions and set(revisions) <= set(shipped)
    if any((ROOT / "forms").glob("*.ui")):
        assert any(dest == "hrdesk/forms" for _n, dest in dests)
    assert not any("__pycache__" in src or src.endswith(".pyc") for src, _d in datas)


def test_frozen_paths_find_resources_in_the_bundle_layout(tmp_path, monkeypatch):
    """hrdesk.paths looks in sys._MEIPASS/hrdesk first: the layout app_datas() produces."""
    for _src, dest in rules.app_datas(ROOT)[:1]:
        (tmp_path / dest).mkdir(parents=True)
    (tmp_path / "hrdesk" / "forms").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    paths._find_dir.cache_clear()
    try:
        assert paths.resources_dir() == tmp_path / "hrdesk" / "resources"
        assert paths.forms_dir() == tmp_path / "hrdesk" / "forms"
    finally:
        paths._find_dir.cache_clear()


def test_runtime_module_filter():
    assert rules.runtime_module_filter("hrdesk.ui.app")
    assert rules.runtime_module_filter("hrdesk.storage.migrations")
    assert not rules.runtime_module_filter("hrdesk.storage.migrations.versions.0001_initial_schema")
    assert not rules.runtime_module_filter("hrdesk.storage.migrations.env")
    assert not rules.runtime_module_filter("hrdesk.tools.build_translations")


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
    ("libQt6Quick.so.6", False),
    ("PySide6/Qt6Pdf.dll", False),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/qmltooling/libqmldbg_server.so", False),
    ("PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so", False),
    ("libpython3.11.so.1.0", True),
    ("sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so", True),
])
def test_keep_binary(dest, kept):
    assert rules.keep_binary(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_fr.qm", True),
    ("PySide6/Qt/translations/qt_es.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtwebengine_fr.qm", False),
    ("PySide6/Qt/qml/QtQuick/Controls/qmldir", False),
    ("babel/locale-data/fr_SN.dat", True),
    ("babel/locale-data/root.dat", True),
    ("babel/locale-data/de.dat", False),
    ("babel/global.dat", True),
    ("pycountry/locales/fr/LC_MESSAGES/iso3166-1.mo", True),
    ("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo", False),
    ("pycountry/databases/iso3166-1.json", True),
    ("hrdesk/resources/locale/fr/LC_MESSAGES/hrdesk.mo", True),
    ("reportlab/fonts/Vera.ttf", True),
])
def test_keep_data(dest, kept):
    assert rules.keep_data(dest) is kept


def test_filter_toc_drops_links_to_dropped_libraries():
    toc = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
           ("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"),
           ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY"),
           ("PySide6/Qt/lib/libQt6Qml.so.6", "/x/libQt6Qml.so.6", "BINARY")]
    kept = rules.filter_toc(toc, rules.keep_binary)
    assert [e[0] for e in kept] == ["libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6"]


def test_prune_orphans_removes_only_what_dropped_plugins_needed():
    graph = {"/s/gtk3.so": ["libcairo.so.2", "libglib.so"], "/s/cairo": ["libpixman.so"],
             "/s/xcb.so": ["libglib.so"], "/s/glib": [], "/s/pixman": [], "/s/ctypes-lib": []}
    kept = [("plugins/xcb.so", "/s/xcb.so", "BINARY"), ("libcairo.so.2", "/s/cairo", "BINARY"),
            ("libglib.so", "/s/glib", "BINARY"), ("libpixman.so", "/s/pixman", "BINARY"),
            ("libctypes.so", "/s/ctypes-lib", "BINARY")]
    dropped = [("plugins/gtk3.so", "/s/gtk3.so", "BINARY")]
    left = rules.prune_orphans(kept, dropped, lambda path: graph[path])
    assert [e[0] for e in left] == ["plugins/xcb.so", "libglib.so", "libctypes.so"]


# --------------------------------------------------------------------------- portable mode

def _frozen_at(monkeypatch, tmp_path, *, portable: bool):
    """Pretend to be the frozen HRDesk in tmp/bundle, with a fresh home and no overrides."""
    bundle, home = tmp_path / "bundle", tmp_path / "home"
    bundle.mkdir()
    home.mkdir()
    (bundle / "HRDesk").write_bytes(b"")
    if portable:
        (bundle / paths.PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "HRDesk"))
    for name in ("HRDESK_DATA_DIR", "HRDESK_CONFIG_DIR"):
        monkeypatch.delenv(name, raising=False)
    for name, sub in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_CONFIG_HOME", ".config"),
                      ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state"),
                      ("LOCALAPPDATA", "AppData/Local"), ("APPDATA", "AppData/Roaming")):
        monkeypatch.setenv(name, str(home / sub) if sub else str(home))
    return bundle, home


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_portable_mode_writes_nothing_outside_the_bundle(tmp_path, monkeypatch):
    from hrdesk.services import offices
    from hrdesk.storage.database import Database

    bundle, home = _frozen_at(monkeypatch, tmp_path, portable=True)
    assert paths.is_portable()
    data = bundle / "data"
    assert paths.data_dir() == data
    assert paths.config_dir() == data / "settings"
    assert paths.default_database_path() == data / "hrdesk.sqlite"
    assert paths.backups_dir() == data / "backups"
    assert paths.logs_dir() == data / "logs"
    # the real writers: a database with its office, a settings file, a log line
    with Database.open(paths.default_database_path()) as db:
        offices.configure(db, {"code": "PT", "name": "Portable office", "kind": "country_office",
                               "country": "GIN"}, "Tester")
    (paths.config_dir() / "hrdesk-ui.ini").write_text("[window]\n", encoding="utf-8")
    (paths.logs_dir() / "hrdesk.log").write_text("started\n", encoding="utf-8")
    written = _files(bundle)
    assert "data/hrdesk.sqlite" in written and "data/settings/hrdesk-ui.ini" in written
    assert all(name == "HRDesk" or name == paths.PORTABLE_MARKER or name.startswith("data/")
               for name in written), written
    assert _files(home) == [], "portable mode touched the user's data or config folders"


def test_without_the_marker_data_goes_to_the_user_folders_not_the_bundle(tmp_path, monkeypatch):
    bundle, home = _frozen_at(monkeypatch, tmp_path, portable=False)
    assert not paths.is_portable()
    assert home in paths.data_dir().parents and home in paths.config_dir().parents
    assert not (bundle / "data").exists()


def test_not_frozen_the_marker_is_ignored(tmp_path, monkeypatch):
    _frozen_at(monkeypatch, tmp_path, portable=True)
    monkeypatch.setattr(sys, "frozen", False)
    assert not paths.is_portable()


def test_every_writer_goes_through_paths():
    """HRDesk's own folders (data, settings, logs, backups) are only ever computed by hrdesk.paths,
    so portable mode covers them.  (Documents or home as the *starting folder of a Save dialog*
    is fine: there the user chooses where a report goes.)"""
    offenders = []
    pattern = re.compile(r"platformdirs|StandardLocation\.(App\w*|\w*Config|\w*Cache|\w*Data|Runtime|"
                         r"State)Location|[\"'](APPDATA|LOCALAPPDATA|XDG_DATA_HOME|XDG_CONFIG_HOME)[\"']")
    for path in (ROOT / "hrdesk").rglob("*.py"):
        if path.name == "paths.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
            if "QSettings(" in line and "config_dir" not in line and "import" not in line:
                offenders.append(f"{path.relative_to(ROOT)}:{number}: QSettings outside config_dir")
    assert not offenders, "\n".join(offenders)


# --------------------------------------------------------------------------- archives & files

def test_archive_names():
    assert archive.archive_name("0.1.0", "linux-x86_64") == "HRDesk-0.1.0-linux-x86_64.tar.gz"
    assert archive.archive_name("0.1.0", "windows-x86_64", portable=True) == \
        "HRDesk-0.1.0-windows-x86_64-portable.zip"
    assert archive.system_tag("Windows", "AMD64") == "windows-x86_64"
    assert archive.system_tag("Darwin", "arm64") == "macos-arm64"


def test_linux_tarball_keeps_links_modes_and_adds_desktop_entry(tmp_path):
    bundle = tmp_path / "HRDesk"
    (bundle / "_internal" / "lib").mkdir(parents=True)
    (bundle / "_internal" / "lib" / "libx.so.1").write_bytes(b"\x7fELF")
    (bundle / "_internal" / "libx.so.1").symlink_to("lib/libx.so.1")
    exe = bundle / "HRDesk"
    exe.write_bytes(b"#!")
    exe.chmod(0o755)
    out = tmp_path / "x.tar.gz"
    archive.make_tar(bundle, out, archive.extra_files("linux-x86_64"), portable=True)
    with tarfile.open(out) as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert members["HRDesk/_internal/libx.so.1"].issym()
    assert members["HRDesk/HRDesk"].mode & 0o111
    for name in ("hrdesk.desktop", "hrdesk.png", "install-desktop-entry.sh", "portable.txt"):
        assert f"HRDesk/{name}" in members
    assert members["HRDesk/install-desktop-entry.sh"].mode & 0o111


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "hrdesk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "HRDesk"
    assert section["Icon"] == "hrdesk" and section["Terminal"] == "false"
    assert section["Categories"].endswith(";")


def test_inno_setup_script_installs_per_user_and_keeps_data():
    iss = (PACKAGING / "windows" / "hrdesk.iss").read_text(encoding="utf-8")
    setup = dict(re.findall(r"^(\w+)=(.*)$", iss, re.MULTILINE))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert setup["AppId"].startswith("{{")
    sections = re.findall(r"^\[(\w+)\]", iss, re.MULTILINE)
    assert "UninstallDelete" not in sections  # the uninstaller removes only what it installed
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"', iss, re.MULTILINE)
    delete = re.findall(r'^Type: \w+; Name: "([^"]+)"', iss, re.MULTILINE)
    assert delete == [r"{app}\_internal"]  # program code only, never {localappdata}\HRDesk


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_app_icons():
    icons = ROOT / "resources" / "icons"
    assert (icons / "hrdesk-app.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert _png_size(icons / "hrdesk.png") == (256, 256)
    ico = (icons / "hrdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    assert (icons / "hrdesk.icns").read_bytes()[:4] == b"icns"


# --------------------------------------------------------------------------- check script

def test_check_script_reads_the_real_command_line_help():
    from hrdesk.cli import build_parser

    parser = build_parser()
    commands = check.commands_in(parser.format_help())
    assert "init" in commands and "check" in commands
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    init_help = sub.choices["init"].format_help()
    assert check.has_option(init_help, "--office-code") and not check.has_option(init_help, "--pdf")
    if "report" in sub.choices:
        assert check.has_option(sub.choices["report"].format_help(), "--pdf")
    if "restore" in sub.choices:
        assert check.positionals(sub.choices["restore"].format_help()) == ["FILE"]


def test_check_script_finds_commands_in_extra_sections():
    help_text = ("usage: hrdesk [-h] [--version] COMMAND ...\n\npositional arguments:\n  COMMAND\n"
                 "    init           configure\n    training-report\n                   write\n\n"
                 "options:\n  -h, --help  show\n\nDesktop app commands:\n"
                 "  screenshots DIR [--db PATH] [--lang xx]\n                        save PNGs\n")
    assert check.commands_in(help_text) == ["init", "training-report", "screenshots"]
    assert check.positionals("usage: hrdesk screenshots [-h] [--db PATH] [--lang xx] DIR\n\nx") == ["DIR"]


def test_portable_mode_keeps_qt_own_settings_in_the_bundle(tmp_path, monkeypatch):
    """Qt's file dialogs remember folders in QtProject.conf: in portable mode it goes to
    data/settings (the entry script sets Qt's user-scope settings path)."""
    from PySide6.QtCore import QSettings

    entry = _load("hrdesk_entry")
    bundle, home = _frozen_at(monkeypatch, tmp_path, portable=True)
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    before = {f: Path(QSettings(f, QSettings.Scope.UserScope, "QtProject").fileName()).parent for f in formats}
    try:
        entry._keep_qt_settings_in_portable_folder()
        for fmt in formats:
            name = Path(QSettings(fmt, QSettings.Scope.UserScope, "QtProject").fileName())
            assert name.parent == bundle / "data" / "settings"
        assert entry._starts_gui([]) and entry._starts_gui(["--db", "x.sqlite"])
        assert entry._starts_gui(["screenshots", "out"]) and not entry._starts_gui(["stats"])
    finally:
        for fmt, folder in before.items():
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    assert _files(home) == []
