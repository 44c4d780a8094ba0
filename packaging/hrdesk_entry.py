"""Entry script of the frozen HRDesk (both ``HRDesk`` and ``hrdesk-cli`` run it).

Without arguments the desktop app starts; with a command, the command line runs
(``hrdesk.__main__.main``).  A windowed Windows executable has no console: ``sys.stdout`` and
``sys.stderr`` are ``None`` there, so they are pointed at the null device rather than letting
a ``print`` crash; use ``hrdesk-cli`` to see command output.

``HRDESK_STARTUP_PROBE=<file>`` (used by ``packaging/check_bundle.py`` only) makes the app write
``HRDESK_FIRST_WINDOW <unix time> <class>`` to that file (to stdout if the value is ``1``) once
its first window has been shown and the event loop has processed it, then exit: the way to time
start-up offscreen — also from the windowed Windows executable, which has no stdout.
"""

import multiprocessing
import os
import sys


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _keep_qt_settings_in_portable_folder() -> None:
    """Portable mode: Qt's own settings (the file dialog's history, QtProject.conf) go to
    data/settings beside the program, not to ~/.config.  (No effect on the Windows registry or
    macOS preferences, which Qt's native dialogs do not use for this.)"""
    from hrdesk import paths

    if not paths.is_portable():
        return
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(paths.config_dir()))


def _starts_gui(args: list[str]) -> bool:
    from hrdesk.launch import wants_gui

    return wants_gui(args) or args[:1] == ["screenshots"]


def _install_startup_probe(target: str) -> None:
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QWidget

    state = {"done": False}

    def first_window(widget) -> None:
        if state["done"] or not widget.isWindow():
            return
        state["done"] = True

        def finish() -> None:
            line = f"HRDESK_FIRST_WINDOW {time.time():.3f} {type(widget).__name__}\n"
            if target == "1":
                sys.stdout.write(line)
                sys.stdout.flush()
            else:
                with open(target, "a", encoding="utf-8") as out:
                    out.write(line)
            os._exit(0)

        QTimer.singleShot(0, finish)

    for cls, names in ((QWidget, ("show", "showMaximized", "showNormal", "showFullScreen")),
                       (QDialog, ("exec", "open"))):
        for name in names:
            def wrapper(self, *args, _original=getattr(cls, name), **kwargs):
                first_window(self)
                return _original(self, *args, **kwargs)
            setattr(cls, name, wrapper)


if __name__ == "__main__":
    multiprocessing.freeze_support()
    _ensure_streams()
    if _starts_gui(sys.argv[1:]):
        _keep_qt_settings_in_portable_folder()
    if os.environ.get("HRDESK_STARTUP_PROBE") and len(sys.argv) == 1:
        _install_startup_probe(os.environ["HRDESK_STARTUP_PROBE"])
    from hrdesk.__main__ import main

    sys.exit(main())
