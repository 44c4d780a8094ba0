"""Run the frozen HRDesk and prove it works: ``make package-check``.

    .venv/bin/python packaging/check_bundle.py [dist/HRDesk] [--archive dist/HRDesk-…tar.gz]

Every command listed by ``hrdesk-cli --help`` is run against a throw-away data folder
(``HRDESK_DATA_DIR`` in a temporary directory): the ones with a recipe below for real (init,
demo, report --pdf/--xlsx, export, import, backup, encrypt/decrypt, screenshots…), the others
with ``--help``, which at least loads their code from the bundle.  Then:

- the desktop app is started offscreen and the time to its first window is measured (the entry
  script's ``HRDESK_STARTUP_PROBE`` hook prints the moment the first window is shown, then exits);
- portable mode: with ``portable.txt`` beside the executables, the database, settings and logs
  must land in ``<bundle>/data`` and nothing in the (temporary) home, data or config folders;
- on Linux, no bundled library may have an unresolved dependency (``ldd``);
- sizes: on disk, the archive if given, and what dominates.

Exits 1 on the first failure with the command's output; prints a summary otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import bundle_rules as rules  # noqa: E402

EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
TIMEOUT = 300


class CheckFailed(Exception):
    pass


class Runner:
    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle = bundle
        self.cli = bundle / f"{rules.CLI_NAME}{EXE_SUFFIX}"
        self.gui = bundle / f"{rules.APP_NAME}{EXE_SUFFIX}"
        self.work = work
        self.home = work / "home"
        self.data = work / "data"
        self.out = work / "out"
        for folder in (self.home, self.data, self.out):
            folder.mkdir(parents=True, exist_ok=True)
        self.results: list[tuple[str, float, str]] = []
        self.warnings: list[str] = []

    def env(self, *, portable: bool = False) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("HRDESK_", "XDG_", "PYTHON", "VIRTUAL_ENV"))}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=str(self.home), USERPROFILE=str(self.home),
                   LOCALAPPDATA=str(self.home / "AppData" / "Local"),
                   APPDATA=str(self.home / "AppData" / "Roaming"),
                   XDG_DATA_HOME=str(self.home / ".local" / "share"),
                   XDG_CONFIG_HOME=str(self.home / ".config"),
                   XDG_CACHE_HOME=str(self.home / ".cache"),
                   XDG_STATE_HOME=str(self.home / ".local" / "state"),
                   XDG_RUNTIME_DIR=str(self.work / "runtime"))
        (self.work / "runtime").mkdir(mode=0o700, exist_ok=True)
        if not portable:
            env["HRDESK_DATA_DIR"] = str(self.data)
        return env

    def run(self, label: str, args: list[str], *, exe: Path | None = None, portable: bool = False,
            extra_env: dict[str, str] | None = None, expect: int = 0,
            optional: bool = False) -> subprocess.CompletedProcess:
        """Run the frozen program.  ``optional``: a command beyond the issue's list; if it fails,
        it is run again from the source checkout, and a failure there too is reported as a bug of
        the command (a warning), not of the bundle."""
        env = self.env(portable=portable)
        env.update(extra_env or {})
        started = time.perf_counter()
        proc = subprocess.run([str(exe or self.cli), *args], env=env, cwd=self.work,
                              capture_output=True, text=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        if proc.returncode != expect and optional:
            source = subprocess.run([sys.executable, "-m", "hrdesk", *args], env=env, cwd=self.work,
                                    capture_output=True, text=True, timeout=TIMEOUT,
                                    stdin=subprocess.DEVNULL)
            if source.returncode == proc.returncode:
                why = (proc.stderr.strip().splitlines() or ["?"])[-1][:150]
                self.warnings.append(f"{label}: fails from the source checkout too ({why})")
                print(f"  !!  {label:<34} {seconds:6.2f} s  fails in source too: {why}", flush=True)
                return proc
        if proc.returncode != expect:
            raise CheckFailed(f"{label}: exit {proc.returncode} (expected {expect})\n"
                              f"$ {exe or self.cli} {' '.join(args)}\n"
                              f"--- stdout\n{proc.stdout[-4000:]}\n--- stderr\n{proc.stderr[-4000:]}")
        first = (proc.stdout.strip().splitlines() or [""])[-1][:110]
        self.results.append((label, seconds, first))
        print(f"  ok  {label:<34} {seconds:6.2f} s  {first}", flush=True)
        return proc

    def help_of(self, command: str | None = None) -> str:
        args = [command, "--help"] if command else ["--help"]
        return self.run(f"{command or 'hrdesk'} --help", args).stdout


# --------------------------------------------------------------------------- help parsing

def commands_in(help_text: str) -> list[str]:
    """Command names of the top-level help: argparse's indented COMMAND list under "positional
    arguments", plus sections such as "Desktop app commands:" (``screenshots DIR …``)."""
    names: list[str] = []
    section = None
    for line in help_text.splitlines():
        if re.match(r"^\S.*:\s*$", line):
            header = line.strip().lower()
            section = ("argparse" if header.startswith("positional arguments")
                       else "extra" if header.endswith("commands:") else None)
            continue
        pattern = r"^ {4}([a-z][a-z0-9-]*)(\s|$)" if section == "argparse" else r"^ {2}([a-z][a-z0-9-]*)(\s|$)"
        match = re.match(pattern, line) if section else None
        if match and match.group(1) not in names:
            names.append(match.group(1))
    return names


def has_option(help_text: str, option: str) -> bool:
    return re.search(rf"(^|[\s\[,]){re.escape(option)}([\s\]=,]|$)", help_text, re.MULTILINE) is not None


def positionals(help_text: str) -> list[str]:
    """Positional argument names from the usage line (upper-case words outside brackets)."""
    usage = help_text.split("\n\n", 1)[0]
    usage = re.sub(r"\[[^\[\]]*\]", " ", re.sub(r"\[[^\[\]]*\]", " ", usage))
    usage = re.sub(r"--?[\w-]+\s+[A-Z_]+", " ", usage)  # option values
    return re.findall(r"\b([A-Z][A-Z_]+)\b", usage)


# --------------------------------------------------------------------------- the scenario

def check_version(r: Runner) -> None:
    out = r.run("--version", ["--version"]).stdout.strip()
    version = rules.read_version()
    if not out.startswith(f"HRDesk {version}"):
        raise CheckFailed(f"--version printed {out!r}, expected 'HRDesk {version}…'")
    if "(build " in out and "(build dev)" in out:
        raise CheckFailed(f"--version printed {out!r}: the bundle lacks its BUILD file")


def check_file(path: Path, magic: bytes, label: str) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise CheckFailed(f"{label}: {path} was not written")
    if not path.read_bytes()[: len(magic)] == magic:
        raise CheckFailed(f"{label}: {path} does not start with {magic!r}")


def file_arg(help_text: str, path: Path) -> list[str]:
    """How a command takes the file it writes or reads: --out/--output/--xlsx/-o or a positional."""
    for option in ("--out", "--output", "--xlsx", "--file", "-o"):
        if has_option(help_text, option):
            return [option, str(path)]
    return [str(path)] if positionals(help_text) else []


def run_scenario(r: Runner, commands: list[str]) -> list[str]:
    done: list[str] = []
    db = r.data / "hrdesk.sqlite"

    def want(name: str) -> bool:
        return name in commands

    if want("init"):
        r.run("init", ["init", "--office-code", "GN", "--office-name", "Packaging Check Office",
                       "--country", "GIN", "--user", "Packaging check"])
        done.append("init")
        if want("rename-office"):  # the name only; the code stays GN
            r.run("rename-office", ["rename-office", "--office-name", "Packaging Check Office (renamed)"])
            done.append("rename-office")
    if want("demo"):
        r.run("demo", ["demo", "--seed", "7"] if has_option(r.help_of("demo"), "--seed") else ["demo"])
        done.append("demo")
    if want("check"):
        r.run("check", ["check"])
        done.append("check")
    if want("stats"):
        text = r.run("stats --json", ["stats", "--json"]).stdout
        figures = json.loads(text)
        if want("demo") and not figures.get("activities"):
            raise CheckFailed(f"stats after demo reports no activities: {text[:300]}")
        done.append("stats")
    if want("report"):
        help_text = r.help_of("report")
        args = ["report"]
        pdf, xlsx = r.out / "report.pdf", r.out / "report.xlsx"
        if has_option(help_text, "--from"):
            args += ["--from", "2024-01-01", "--to", "2025-12-31"]
        if has_option(help_text, "--pdf"):
            args += ["--pdf", str(pdf)]
        if has_option(help_text, "--xlsx"):
            args += ["--xlsx", str(xlsx)]
        r.run("report --pdf --xlsx", args)
        if has_option(help_text, "--pdf"):
            check_file(pdf, b"%PDF", "report --pdf")
        if has_option(help_text, "--xlsx"):
            check_file(xlsx, b"PK", "report --xlsx")
            zipfile.ZipFile(xlsx).testzip()
        if has_option(help_text, "--lang") and has_option(help_text, "--pdf"):
            fr = r.out / "report-fr.pdf"
            r.run("report --lang fr --pdf", [*args[: args.index("--pdf")], "--lang", "fr", "--pdf", str(fr)])
            check_file(fr, b"%PDF", "report --lang fr")
        done.append("report")
    exported: Path | None = None
    if want("export"):
        help_text = r.help_of("export")
        exported = r.out / "export.xlsx"
        r.run("export", ["export", *file_arg(help_text, exported)])
        if not exported.exists():  # the command may name the file itself in a folder
            found = sorted(r.out.glob("*.xlsx")) + sorted(r.work.glob("*.xlsx"))
            exported = found[-1] if found else None
        if exported is None:
            raise CheckFailed("export wrote no workbook")
        check_file(exported, b"PK", "export")
        done.append("export")
    if want("import") and exported is not None:
        help_text = r.help_of("import")
        args = ["import", str(exported)] if positionals(help_text) else ["import", *file_arg(help_text, exported)]
        r.run("import (own export)", args)
        done.append("import")
    if want("consolidate") and exported is not None:
        help_text = r.help_of("consolidate")
        args = ["consolidate", "--db", str(r.out / "regional.sqlite"), str(exported)]
        if has_option(help_text, "--office-code"):
            args[3:3] = ["--office-code", "RW", "--office-name", "Regional check", "--country", "SEN"]
        r.run("consolidate (regional db)", args, optional=True)
        done.append("consolidate")
    if want("template"):
        template = r.out / "template.xlsx"
        r.run("template --lang fr", ["template", "--out", str(template), "--lang", "fr"], optional=True)
        if template.exists():
            check_file(template, b"PK", "template")
        done.append("template")
    if want("training-report") and db.exists():
        training = _first_training(db)
        if training:
            pdf, certificates = r.out / "training.pdf", r.out / "certificates.pdf"
            args = ["training-report", training, "--pdf", str(pdf)]
            if has_option(r.help_of("training-report"), "--certificates"):
                args += ["--certificates", str(certificates)]
            proc = r.run("training-report --pdf --certificates", args, optional=True)
            done.append("training-report")
            code = _first_certificate(db) if proc.returncode == 0 else None
            if code and want("verify"):
                r.run("verify (a certificate)", ["verify", code], optional=True)
                done.append("verify")
    if want("backup"):
        help_text = r.help_of("backup")
        backup = r.out / "check-backup.sqlite"
        r.run("backup", ["backup", "--out", str(backup)] if has_option(help_text, "--out") else ["backup"])
        done.append("backup")
        if want("backups"):
            r.run("backups", ["backups"])
            done.append("backups")
        if want("restore") and backup.exists():
            r.run("restore (the backup)", ["restore", str(backup)])
            done.append("restore")
    if want("encrypt") and want("decrypt"):
        secret = {"HRDESK_PASSPHRASE": "packaging check passphrase"}
        r.run("encrypt (sqlcipher)", ["encrypt"], extra_env=secret)
        r.run("decrypt", ["decrypt"], extra_env=secret)
        done += ["encrypt", "decrypt"]
    if want("screenshots"):
        help_text = r.help_of("screenshots")
        shots = r.out / "screenshots"
        shots.mkdir(exist_ok=True)
        args = ["screenshots"]
        for option in ("--out", "--output", "--outdir", "--dir"):
            if has_option(help_text, option):
                args += [option, str(shots)]
                break
        else:
            if positionals(help_text):
                args.append(str(shots))
        r.run("screenshots", args)
        pngs = list(shots.rglob("*.png")) + list(r.work.glob("*.png"))
        if not pngs:
            raise CheckFailed("screenshots wrote no PNG file")
        done.append("screenshots")
    if db.exists() and want("copy"):
        done += check_server(r, db)
    if db.exists() and want("check"):
        r.run("check (end)", ["check"])
    for name in commands:  # everything else: its code must at least load
        if name not in done:
            r.help_of(name)
    return done


def check_server(r: Runner, db: Path) -> list[str]:
    """Headquarters on PostgreSQL with the frozen app: the office database copied to a
    throwaway cluster (tests/pgcluster.py), then stats and check on the server.  Skipped with
    a warning when PostgreSQL's server programs are not installed here."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    import pgcluster  # the tests' throwaway cluster

    cluster = pgcluster.Cluster.start()
    if cluster is None:
        r.warnings.append("PostgreSQL is not installed here: the server commands were not run")
        return []
    try:
        url = cluster.create_database("package_check")
        r.run("copy (file → PostgreSQL)", ["copy", "--from", str(db), "--to", url])
        text = r.run("stats --json (PostgreSQL)", ["stats", "--json", "--db", url]).stdout
        if not json.loads(text).get("activities"):
            raise CheckFailed(f"stats on the server copy reports no activities: {text[:300]}")
        r.run("check (PostgreSQL)", ["check", "--db", url])
    finally:
        cluster.stop()
    return ["copy"]


def _first_training(db: Path) -> str | None:
    import sqlite3

    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT uuid FROM activities WHERE kind = 'training' "
                               "AND status != 'cancelled' ORDER BY start_date LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def _first_certificate(db: Path) -> str | None:
    import sqlite3

    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT certificate_number FROM participations "
                               "WHERE certificate_number IS NOT NULL LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def first_window_seconds(r: Runner, *, portable: bool = False, runs: int = 3) -> list[float]:
    """Wall time from starting the windowed executable to its first window shown (offscreen)."""
    times = []
    for run in range(runs):
        probe = r.work / f"first-window-{'portable-' if portable else ''}{run}.txt"
        started = time.time()
        proc = r.run("desktop app: first window", [], exe=r.gui, portable=portable,
                     extra_env={"HRDESK_STARTUP_PROBE": str(probe)})
        text = probe.read_text(encoding="utf-8") if probe.exists() else ""
        match = re.search(r"HRDESK_FIRST_WINDOW ([\d.]+) (\S+)", text)
        if not match:
            raise CheckFailed(f"the desktop app showed no window:\n{proc.stdout}\n{proc.stderr}")
        times.append(float(match.group(1)) - started)
    return times


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def check_portable(r: Runner) -> str:
    """portable.txt beside the executables: everything in <bundle>/data, nothing elsewhere."""
    marker, data = r.bundle / "portable.txt", r.bundle / "data"
    if marker.exists() or data.exists():
        raise CheckFailed(f"{marker} or {data} already exists: remove them before the check")
    shutil.rmtree(r.home)
    r.home.mkdir()
    marker.write_text("HRDesk portable mode: data is kept in the data folder beside this file.\n",
                      encoding="utf-8")
    try:
        r.run("portable: init", ["init", "--office-code", "PT", "--office-name", "Portable Check",
                                 "--country", "GIN"], portable=True)
        r.run("portable: check", ["check"], portable=True)
        r.run("portable: backup", ["backup"], portable=True)
        first_window_seconds(r, portable=True, runs=1)
        if not (data / "hrdesk.sqlite").is_file():
            raise CheckFailed(f"portable mode: no database in {data}")
        leaked = [p for p in files_under(r.home) if ".cache" not in p.relative_to(r.home).parts[:1]]
        if leaked:
            raise CheckFailed("portable mode wrote outside the bundle: " + ", ".join(map(str, leaked[:10])))
        written = [str(p.relative_to(data)) for p in files_under(data)]
        return f"portable mode: {len(written)} files in <bundle>/data ({', '.join(sorted(written)[:6])}…), none in home"
    finally:
        marker.unlink(missing_ok=True)
        shutil.rmtree(data, ignore_errors=True)


# Libraries of the desktop's graphics stack: PyInstaller bundles them when the build machine has
# them, otherwise the user's system provides them (Qt falls back from Wayland to X11 if not).
SYSTEM_PROVIDED = re.compile(r"^lib(wayland-|EGL|GL|GLX|OpenGL|vulkan|drm|gbm)")


def check_libraries(bundle: Path) -> str:
    """Linux: every bundled ELF file resolves all its libraries (ldd)."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return "library check: skipped (not Linux)"
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    problems, count, system_side = [], 0, set()
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        count += 1
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        missing = [line.split()[0] for line in out.splitlines() if "not found" in line]
        system_side.update(name for name in missing if SYSTEM_PROVIDED.match(name))
        missing = sorted({name for name in missing if not SYSTEM_PROVIDED.match(name)})
        if missing:
            problems.append(f"{path.relative_to(bundle)}: {', '.join(missing)}")
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    if problems or dangling:
        raise CheckFailed("unresolved libraries:\n" + "\n".join(problems + [f"dangling link {p}" for p in dangling]))
    note = f" (left to the system: {', '.join(sorted(system_side))})" if system_side else ""
    return f"library check: {count} shared libraries, all dependencies resolved{note}"


def size_report(bundle: Path, archive: Path | None) -> list[str]:
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(p.stat().st_size for p in files)
    internal = bundle / "_internal"
    groups: dict[str, int] = {}
    for p in files:
        rel = p.relative_to(internal) if internal in p.parents else p.relative_to(bundle)
        parts = rel.parts
        key = "/".join(parts[:3]) if parts[0] == "PySide6" and len(parts) > 3 else parts[0]
        groups[key] = groups.get(key, 0) + p.stat().st_size
    lines = [f"size on disk: {total / 1e6:.1f} MB in {len(files)} files (budget 250 MB)"]
    if archive and archive.exists():
        lines.append(f"compressed: {archive.name} {archive.stat().st_size / 1e6:.1f} MB (budget 100 MB)")
    top = sorted(groups.items(), key=lambda kv: -kv[1])[:8]
    lines.append("largest: " + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in top))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", default=str(HERE.parent / "dist" / rules.APP_NAME))
    parser.add_argument("--archive", help="the .tar.gz/.zip of the bundle, for its size")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--skip-gui", action="store_true")
    args = parser.parse_args(argv)
    bundle = Path(args.bundle).resolve()
    runner_dir = Path(tempfile.mkdtemp(prefix="hrdesk-package-check-"))
    r = Runner(bundle, runner_dir)
    print(f"Checking {bundle} (work folder {runner_dir})")
    try:
        if not r.cli.exists() or not r.gui.exists():
            raise CheckFailed(f"{r.cli} or {r.gui} is missing: run 'make package' first")
        check_version(r)
        commands = commands_in(r.help_of())
        if "init" not in commands:
            raise CheckFailed(f"no 'init' among the commands {commands}")
        done = run_scenario(r, commands)
        summary = [f"commands run for real: {', '.join(['--version', *done])}",
                   f"commands checked with --help: {', '.join(c for c in commands if c not in done) or 'none'}"]
        if not args.skip_gui:
            times = first_window_seconds(r)
            summary.append("desktop app, start to first window (offscreen): "
                           f"{', '.join(f'{t:.2f}' for t in times)} s (median {statistics.median(times):.2f} s)")
            summary.append(check_portable(r))
        summary.append(check_libraries(bundle))
        summary += [f"WARNING {w}" for w in r.warnings]
        summary += size_report(bundle, Path(args.archive) if args.archive else None)
    except (CheckFailed, subprocess.TimeoutExpired) as exc:
        print(f"\nFAILED: {exc}", file=sys.stderr)
        print(f"(work folder kept: {runner_dir})", file=sys.stderr)
        return 1
    if not args.keep:
        shutil.rmtree(runner_dir, ignore_errors=True)
    print("\nPackage check passed")
    for line in summary:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
