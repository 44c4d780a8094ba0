"""Pack the built bundle for distribution (run after PyInstaller; ``make package`` does both).

    .venv/bin/python packaging/make_archive.py [--dist dist] [--portable]

- Linux: ``dist/HRDesk-<version>-linux-<arch>.tar.gz`` — the ``HRDesk/`` folder plus
  ``hrdesk.desktop``, ``hrdesk.png`` and ``install-desktop-entry.sh`` (adds it to the user's
  application menu, no administrator rights).
- Windows: ``dist/HRDesk-<version>-windows-<arch>-portable.zip`` — the folder with
  ``portable.txt`` beside the executables, so the database, backups, settings and logs stay in
  ``HRDesk\\data`` (USB stick).  The installer is built by Inno Setup from
  ``packaging/windows/hrdesk.iss``.
- macOS: ``dist/HRDesk-<version>-macos-<arch>.zip`` of ``HRDesk.app``, made with ``ditto`` (keeps
  the frameworks' symbolic links and signatures).

``--portable`` adds ``portable.txt`` on Linux too.  Prints the archive's path and size.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_rules as rules  # noqa: E402

PORTABLE_TEXT = (
    "HRDesk portable mode.\n"
    "Because this file sits next to the HRDesk program, HRDesk keeps its database, backups,\n"
    "settings and logs in the 'data' folder beside it, and writes nothing to this computer.\n"
    "Delete this file to keep data in your user profile instead.\n"
)


def system_tag(system: str | None = None, machine: str | None = None) -> str:
    system = (system or platform.system()).lower()
    system = {"darwin": "macos"}.get(system, system)
    machine = (machine or platform.machine()).lower()
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


def archive_name(version: str, tag: str, *, portable: bool = False) -> str:
    suffix = "-portable" if portable else ""
    extension = ".tar.gz" if tag.startswith("linux") else ".zip"
    return f"{rules.APP_NAME}-{version}-{tag}{suffix}{extension}"


def extra_files(tag: str) -> list[tuple[Path, str]]:
    """Files added beside the executables in the archive (source, name)."""
    if tag.startswith("linux"):
        return [(HERE / "linux" / "hrdesk.desktop", "hrdesk.desktop"),
                (rules.ROOT / "resources" / "icons" / "hrdesk.png", "hrdesk.png"),
                (HERE / "linux" / "install-desktop-entry.sh", "install-desktop-entry.sh")]
    return []


def make_tar(bundle: Path, out: Path, extras: list[tuple[Path, str]], portable: bool) -> None:
    top = bundle.name
    tmp = out.with_name(out.name + ".part")
    with tarfile.open(tmp, "w:gz", compresslevel=9) as tar:
        tar.add(bundle, arcname=top)  # symlinks stay symlinks, modes are kept
        for source, name in extras:
            tar.add(source, arcname=f"{top}/{name}")
        if portable:
            _add_text(tar, f"{top}/portable.txt", PORTABLE_TEXT)
    os.replace(tmp, out)


def _add_text(tar: tarfile.TarFile, name: str, text: str) -> None:
    import io

    data = text.encode("utf-8")
    info = tarfile.TarInfo(name)
    info.size, info.mode = len(data), 0o644
    tar.addfile(info, io.BytesIO(data))


def make_zip(bundle: Path, out: Path, extras: list[tuple[Path, str]], portable: bool) -> None:
    top = bundle.name
    tmp = out.with_name(out.name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                zf.write(path, f"{top}/{path.relative_to(bundle).as_posix()}")
        for source, name in extras:
            zf.write(source, f"{top}/{name}")
        if portable:
            zf.writestr(f"{top}/portable.txt", PORTABLE_TEXT)
    os.replace(tmp, out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", default=str(rules.ROOT / "dist"))
    parser.add_argument("--portable", action="store_true", help="add portable.txt (always on Windows)")
    args = parser.parse_args(argv)
    dist = Path(args.dist).resolve()
    version, tag = rules.read_version(), system_tag()
    bundle = dist / rules.APP_NAME
    if not (bundle / "_internal").is_dir():
        print(f"make_archive: no bundle in {bundle}: run PyInstaller first", file=sys.stderr)
        return 1
    if tag.startswith("macos"):
        app = dist / f"{rules.APP_NAME}.app"
        out = dist / archive_name(version, tag)
        subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(app), str(out)], check=True)
    elif tag.startswith("windows"):
        out = dist / archive_name(version, tag, portable=True)
        make_zip(bundle, out, extra_files(tag), portable=True)
    else:
        out = dist / archive_name(version, tag, portable=args.portable)
        make_tar(bundle, out, extra_files(tag), portable=args.portable)
    digest = sha256(out)
    (dist / f"{out.name}.sha256").write_text(f"{digest}  {out.name}\n", encoding="utf-8")
    print(f"{out} {out.stat().st_size / 1e6:.1f} MB sha256 {digest}")
    return 0


def sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


if __name__ == "__main__":
    sys.exit(main())
