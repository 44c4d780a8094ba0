"""What goes into the frozen HRDesk bundle, as plain functions the spec calls and the tests check.

``packaging/hrdesk.spec`` imports this module (it has no PyInstaller import at module level), so
the rules — which Qt modules are left out, which data files go where, which locales are kept,
the version and build id, the Windows version resource — can be unit-tested without building.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "HRDesk"            # windowed executable, .app, install folder
CLI_NAME = "hrdesk-cli"        # console executable in the same folder (Windows has no console otherwise)
BUNDLE_ID = "org.hrdesk.HRDesk"
LANGUAGES = ("en", "fr", "es")  # interface and report languages (hrdesk.i18n.LANGUAGES)

# Qt modules HRDesk may use.  Everything in EXCLUDED_QT_MODULES is never bundled; a test checks
# that hrdesk/ui imports none of them.
QT_MODULES_USED = (
    "QtCore", "QtGui", "QtWidgets", "QtSvg", "QtSvgWidgets", "QtPrintSupport", "QtCharts",
    "QtUiTools", "QtOpenGL", "QtOpenGLWidgets", "QtConcurrent", "QtNetwork", "QtXml", "QtDBus",
)
EXCLUDED_QT_MODULES = (
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel", "QtWebSockets",
    "QtWebView", "QtHttpServer", "QtNetworkAuth",
    "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtLabsStyleKit", "QtCanvasPainter",
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech",
    "QtDesigner", "QtHelp", "QtPdf", "QtPdfWidgets",
    "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort",
    "QtSerialBus", "QtRemoteObjects", "QtScxml", "QtStateMachine",
    "QtDataVisualization", "QtGraphs", "QtGraphsWidgets", "QtAxContainer", "QtTest", "QtSql",
)
# Python packages that are installed in the development venv but never needed at run time.
EXCLUDED_PACKAGES = (
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "IPython", "matplotlib",
    "pytest", "_pytest", "pytestqt", "hypothesis", "ruff", "importlinter", "grimp",
    "pygments",  # only Mako's optional syntax highlighting of template errors (3 MB, 340 files)
    "pandas", "numpy",  # the benchmarks' baselines (`bench` extra); openpyxl only uses numpy if present
)

# Shared-library name fragments of the excluded Qt modules (libQt6WebEngineCore.so.6,
# Qt6Quick.dll, QtQml.framework…): a Qt plugin can pull them in even when Python never imports
# the module, so they are filtered out of the binaries, with the plugins that need them.
_EXCLUDED_QT_LIBS = re.compile(
    r"Qt6?(WebEngine|WebChannel|WebSockets|WebView|HttpServer|NetworkAuth|Qml|Quick|LabsStyleKit|"
    r"CanvasPainter|3D|Multimedia|SpatialAudio|TextToSpeech|Designer|Help|Pdf|Bluetooth|Nfc|"
    r"Positioning|Location|Sensors|SerialPort|SerialBus|RemoteObjects|Scxml|StateMachine|"
    r"DataVisualization|Graphs|VirtualKeyboard|ShaderTools|Test|Sql|WaylandCompositor|EglFS)",
    re.IGNORECASE,
)
_EXCLUDED_PLUGIN_DIRS = {
    "assetimporters", "canbus", "designer", "geometryloaders", "geoservices", "multimedia",
    "position", "qmltooling", "renderers", "renderplugins", "sceneparsers", "scxmldatamodel",
    "sensors", "sqldrivers", "texttospeech", "webview", "wayland-graphics-integration-server",
    "qmllint", "qmlls",
    # eglfs input/devices (kiosk platforms), network status and TLS backends (HRDesk works offline)
    "egldeviceintegrations", "generic", "networkinformation", "tls",
}
# Platform plugins for kiosks and embedded boards; the desktop needs xcb/wayland (Linux),
# windows, cocoa, plus offscreen/minimal for headless checks.
_EXCLUDED_PLATFORMS = re.compile(r"q(eglfs|linuxfb|vnc|vkkhrdisplay|minimalegl)\b", re.IGNORECASE)
# The GTK3 theme would drag GTK's own stack (cairo, pango, gdk-pixbuf…) into the bundle and clash
# with the system's copy; the XDG desktop portal theme serves GNOME and KDE desktops.
_EXCLUDED_PLUGIN_FILES = re.compile(r"(qtvirtualkeyboard|qpdf|qgtk3)", re.IGNORECASE)

_IGNORED_PARTS = {"__pycache__", ".DS_Store", ".gitkeep"}


# --------------------------------------------------------------------------- version & build

def read_version(root: Path = ROOT) -> str:
    """``hrdesk.__version__``, read from the source without importing the package."""
    text = (root / "hrdesk" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise ValueError("hrdesk/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows and macOS: ``0.1.0`` → (0, 1, 0, 0); ``1.2rc1`` → (1, 2, 0, 0)."""
    match = re.match(r"^(\d+(?:\.\d+)*)", version)
    numbers = [int(n) for n in match.group(1).split(".")][:4] if match else []
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def build_id(root: Path = ROOT) -> str:
    """``HRDESK_BUILD_ID`` if set (CI), else ``git describe --tags --always --dirty``, else ``unknown``."""
    override = os.environ.get("HRDESK_BUILD_ID", "").strip()
    if override:
        return override
    try:
        result = subprocess.run(["git", "describe", "--tags", "--always", "--dirty"], cwd=root,
                                capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return result.stdout.strip() or "unknown"


def write_build_file(workdir: Path, build: str) -> Path:
    """The ``BUILD`` file that ``hrdesk.build_info`` reads inside the bundle."""
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "BUILD"
    path.write_text(build + "\n", encoding="utf-8")
    return path


def windows_version_text(version: str, build: str) -> str:
    """A Windows version resource in PyInstaller's text form (``VSVersionInfo(...)``)."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "HRDesk",
        "FileDescription": "HRDesk — human-rights activity records",
        "FileVersion": f"{version} ({build})",
        "InternalName": APP_NAME,
        "LegalCopyright": "MIT License",
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
        "Comments": f"build {build}",
    }
    string_structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (
        "# Generated by packaging/bundle_rules.py from hrdesk.__version__ — do not edit.\n"
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0,\n"
        "                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([\n"
        "      StringTable('040904B0', [\n"
        f"{string_structs}\n"
        "      ])\n"
        "    ]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])])\n"
        "  ]\n"
        ")\n"
    )


def write_windows_version_file(workdir: Path, version: str, build: str) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "hrdesk_version_info.txt"
    path.write_text(windows_version_text(version, build), encoding="utf-8")
    return path


# --------------------------------------------------------------------------- data files

def _files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not (_IGNORED_PARTS & set(path.parts)) and not path.name.endswith(
                (".pyc", ".part", "~")):
            yield path


def tree(source: Path, dest: str) -> list[tuple[str, str]]:
    """(file, destination folder) pairs copying ``source`` to ``dest`` inside the bundle."""
    pairs = []
    for path in _files(source):
        rel = path.relative_to(source).parent
        pairs.append((str(path), str(PurePosixPath(dest) / PurePosixPath(*rel.parts)) if rel.parts else dest))
    return pairs


def app_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """HRDesk's own data files: where ``hrdesk.paths`` and Alembic look for them when frozen.

    - ``resources/`` → ``hrdesk/resources`` and ``forms/`` → ``hrdesk/forms``
      (``paths._candidate_roots`` tries ``sys._MEIPASS/hrdesk`` first);
    - the Alembic environment and revisions as *source files* in ``hrdesk/storage/migrations``
      (``storage.database.MIGRATIONS_DIR`` is beside ``database.py``; Alembic reads them from disk).
    """
    datas = tree(root / "resources", "hrdesk/resources")
    if (root / "forms").is_dir():
        datas += tree(root / "forms", "hrdesk/forms")
    migrations = root / "hrdesk" / "storage" / "migrations"
    datas += [(src, dst) for src, dst in tree(migrations, "hrdesk/storage/migrations")
              if src.endswith((".py", ".mako"))]
    return datas


def runtime_module_filter(name: str) -> bool:
    """Which ``hrdesk`` submodules go into the archive: all but the Alembic scripts (loaded from
    disk) and developer tools."""
    return not (name.startswith("hrdesk.storage.migrations.") or name.startswith("hrdesk.tools."))


# --------------------------------------------------------------------------- filters

def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def keep_binary(dest: str) -> bool:
    """False for Qt libraries and plugins of excluded modules (dest is the path in the bundle)."""
    path = _norm(dest)
    name = path.rsplit("/", 1)[-1]
    parts = path.split("/")
    if "plugins" in parts:
        i = parts.index("plugins")
        plugin_dir = parts[i + 1] if i + 1 < len(parts) else ""
        if plugin_dir in _EXCLUDED_PLUGIN_DIRS:
            return False
        if plugin_dir == "platforms" and _EXCLUDED_PLATFORMS.search(name):
            return False
        if _EXCLUDED_PLUGIN_FILES.search(name):
            return False
    # Python extension modules of excluded Qt modules (PySide6/QtQml.abi3.so, QtQml.pyd)
    module = name.split(".")[0]
    if "PySide6" in parts and module in EXCLUDED_QT_MODULES:
        return False
    return not ((name.lower().startswith(("libqt6", "qt6")) or ".framework" in path)
                and _EXCLUDED_QT_LIBS.search(name if ".framework" not in path else path))


def keep_data(dest: str, languages: Iterable[str] = LANGUAGES) -> bool:
    """False for QML, unused Qt translations and locale data of languages HRDesk does not offer."""
    path = _norm(dest)
    parts = path.split("/")
    langs = tuple(languages)
    if "PySide6" in parts and ("qml" in parts or "metatypes" in parts or "typesystems" in parts
                               or "glue" in parts or "include" in parts):
        return False
    name = parts[-1]
    if "PySide6" in parts and "translations" in parts and name.endswith(".qm"):
        match = re.match(r"^(qt|qtbase)_([a-z]{2})(_[A-Za-z]+)?\.qm$", name)
        return bool(match and match.group(2) in langs)
    if parts[0] == "babel" and "locale-data" in parts and name.endswith(".dat"):
        stem = name[:-4]
        return stem == "root" or stem.split("_")[0] in langs
    if parts[0] == "pycountry" and "locales" in parts:
        i = parts.index("locales")
        return i + 1 < len(parts) and parts[i + 1].split("_")[0] in langs
    return True


def filter_toc(entries: Iterable[tuple], keep) -> list[tuple]:
    """Entries of a PyInstaller TOC (dest, src, typecode) that ``keep(dest)`` accepts.

    A ``SYMLINK`` entry (src is the link target, relative to the link's folder) is kept only if
    its target is kept too, so no dangling link is left in the bundle.
    """
    kept = []
    for entry in entries:
        dest, src, typecode = entry[0], entry[1], entry[2]
        if not keep(dest):
            continue
        if typecode == "SYMLINK":
            target = str(PurePosixPath(_norm(dest)).parent / _norm(src))
            if not keep(target):
                continue
        kept.append(entry)
    return kept



def excludes() -> list[str]:
    """Modules PyInstaller must not follow: unused Qt modules and developer tools.
    (Pillow stays: reportlab 5 imports it unconditionally in ``reportlab.lib.utils``.)"""
    return [f"PySide6.{m}" for m in EXCLUDED_QT_MODULES] + list(EXCLUDED_PACKAGES)

def prune_orphans(kept: list[tuple], dropped: list[tuple], imports_of) -> list[tuple]:
    """Remove the libraries that only the dropped plugins needed (GTK's stack for the GTK theme…).

    ``imports_of(path)`` lists the library names a binary links to (PyInstaller's
    ``bindepend.get_imports``).  A library goes only if a dropped binary reaches it and no kept
    binary does, so libraries loaded at run time with ``ctypes``/``dlopen`` are never touched.
    """
    by_name: dict[str, tuple] = {}
    for entry in kept:
        by_name.setdefault(PurePosixPath(_norm(entry[0])).name, entry)

    def closure(roots: Iterable[tuple]) -> set[str]:
        seen: set[str] = set()
        stack = [e for e in roots if e[2] != "SYMLINK"]
        while stack:
            entry = stack.pop()
            for name in imports_of(entry[1]):
                target = by_name.get(PurePosixPath(name.replace("\\", "/")).name)
                if target is None or target[0] in seen:
                    continue
                seen.add(target[0])
                if target[2] != "SYMLINK":
                    stack.append(target)
        return seen

    candidates = closure(dropped)
    still_needed = closure(e for e in kept if e[0] not in candidates)
    orphans = candidates - still_needed
    return [e for e in kept if e[0] not in orphans]
