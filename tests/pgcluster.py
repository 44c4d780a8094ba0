"""A throwaway PostgreSQL cluster for the tests and benchmarks: ``initdb`` into a temporary
folder, started on a Unix socket only (no TCP port), run as an unprivileged user when this
process is root (CI runs as root, and PostgreSQL refuses to run as root), stopped at the end.

    cluster = Cluster.start()          # None when PostgreSQL's server programs are not installed
    url = cluster.create_database("t1") # postgresql+psycopg://hrdesk@/t1?host=/tmp/...
    cluster.stop()

Debian's ``postgresql`` package puts the programs in /usr/lib/postgresql/<version>/bin.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "hrdesk"


def server_bin_dir() -> Path | None:
    """The folder of ``initdb``/``pg_ctl`` (the newest version installed), or None."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                        if Path(p).parent.name.isdigit() else 0)
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and (Path(found).parent / "initdb").exists() else None


def _runner() -> tuple[list[str], int | None, int | None]:
    """The command prefix that runs a program as an unprivileged user when we are root."""
    if os.geteuid() != 0:
        return [], None, None
    user = pwd.getpwnam("nobody")
    return ["setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups",
            "--reset-env"], user.pw_uid, user.pw_gid


@dataclass
class Cluster:
    root: Path
    bin_dir: Path
    socket_dir: Path

    @classmethod
    def start(cls) -> Cluster | None:
        bin_dir = server_bin_dir()
        if bin_dir is None:
            return None
        prefix, uid, gid = _runner()
        root = Path(tempfile.mkdtemp(prefix="hrdesk-pg-"))
        os.chmod(root, 0o755)
        data, sock = root / "data", root / "run"
        sock.mkdir()
        if uid is not None:
            os.chown(root, uid, gid)
            os.chown(sock, uid, gid)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"}
        subprocess.run([*prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
                        "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                       check=True, capture_output=True, env=env, cwd=root)
        options = (f"-k {sock} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=60 -c shared_buffers=64MB")
        subprocess.run([*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                        str(root / "server.log"), "-w", "-t", "60", "start"],
                       check=True, capture_output=True, env=env, cwd=root)
        return cls(root, bin_dir, sock)

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        out = subprocess.run([str(self.bin_dir / "psql"), "-h", str(self.socket_dir), "-U", SUPERUSER, "-d",
                              database, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql],
                             check=True, capture_output=True, text=True)
        return out.stdout

    def create_database(self, name: str, template: str | None = None) -> str:
        self.psql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def drop_database(self, name: str) -> None:
        self.psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        prefix, _uid, _gid = _runner()
        subprocess.run([*prefix, str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate",
                        "-w", "stop"], capture_output=True, cwd=self.root)
        shutil.rmtree(self.root, ignore_errors=True)
