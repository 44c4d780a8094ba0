#!/bin/sh
# Add HRDesk to this user's application menu (no administrator rights needed).
# Run it from the extracted HRDesk folder:   ./install-desktop-entry.sh
# Remove it again with:                     ./install-desktop-entry.sh --remove
# Your data stays where it is (~/.local/share/HRDesk) either way.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/hrdesk.desktop" "$icons/hrdesk.png"
    echo "HRDesk removed from the application menu."
    exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/hrdesk.png" "$icons/hrdesk.png"
sed -e "s|^Exec=.*|Exec=\"$here/HRDesk\"|" -e "s|^Icon=.*|Icon=$icons/hrdesk.png|" \
    "$here/hrdesk.desktop" > "$apps/hrdesk.desktop.part"
mv "$apps/hrdesk.desktop.part" "$apps/hrdesk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "HRDesk added to the application menu ($apps/hrdesk.desktop)."
