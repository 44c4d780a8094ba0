"""Entry point: ``hrdesk`` with no arguments starts the desktop app, otherwise the CLI.

This is the one module outside ``hrdesk/ui`` allowed to reach the GUI, and it only does so
lazily, so that the command line never loads Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from hrdesk import cli

    if cli.wants_gui(args):
        from hrdesk.ui.app import run_app  # the only GUI import outside hrdesk.ui

        return run_app(cli.gui_options(args))
    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
