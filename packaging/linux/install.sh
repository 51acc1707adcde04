#!/bin/sh
# Install (or remove) JourneyDesk's desktop integration for the current user: the menu entry,
# the .journey file type and its icon, so that .journey files open in JourneyDesk.
#
#   linux/install.sh                 from the application folder (dist/JourneyDesk)
#   packaging/linux/install.sh       from a checkout, after packaging/build.py or pip install
#   options: --prefix DIR (default: ${XDG_DATA_HOME:-~/.local/share}), --exec PATH, --uninstall
set -eu

APP_ID=io.journeydesk.JourneyDesk
MIME_ICON=application-x-journeydesk
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
DEFAULT_DATA=$DATA
EXEC=
UNINSTALL=no

fail() { echo "install.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || fail "--prefix needs a folder."; DATA=$2; shift 2 ;;
        --exec) [ $# -ge 2 ] || fail "--exec needs the path of the journeydesk program."; EXEC=$2; shift 2 ;;
        --uninstall) UNINSTALL=yes; shift ;;
        -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown option '$1'. Options: --prefix DIR, --exec PATH, --uninstall." ;;
    esac
done

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$DATA/applications"; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" || true; fi
}

if [ "$UNINSTALL" = yes ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml" \
          "$DATA/mime/packages/$APP_ID.xml"
    find "$DATA/icons/hicolor" \( -name "$APP_ID.*" -o -name "$MIME_ICON.*" \) -type f -delete 2>/dev/null || true
    mkdir -p "$DATA/mime/packages" "$DATA/applications"
    refresh
    echo "Removed JourneyDesk's desktop integration from $DATA."
    exit 0
fi

# The program the menu entry and double-clicked files start.
if [ -z "$EXEC" ]; then
    for candidate in "$HERE/../journeydesk" "$HERE/../../dist/JourneyDesk/journeydesk"; do
        if [ -x "$candidate" ] && [ -f "$candidate" ]; then EXEC=$candidate; break; fi
    done
fi
if [ -z "$EXEC" ]; then
    EXEC=$(command -v journeydesk || true)
fi
[ -n "$EXEC" ] || fail "no journeydesk program found. Build the application folder (python packaging/build.py), install the package (pip install .), or pass --exec PATH."
[ -x "$EXEC" ] || fail "$EXEC is not an executable program; pass --exec with the path of journeydesk."
EXEC=$(cd "$(dirname "$EXEC")" && pwd)/$(basename "$EXEC")
case $EXEC in
    *[\"\`\$\\%]*) fail "the program's path $EXEC contains one of \" \` \$ \\ %, which a menu entry cannot start; move the folder." ;;
esac

# The icon: drawn PNGs beside this script in the application folder, the SVG in a checkout.
if [ -f "$HERE/icons/journeydesk.svg" ]; then ICONS=$HERE/icons; else ICONS=$HERE/../../icons; fi
[ -f "$ICONS/journeydesk.svg" ] || fail "the icon journeydesk.svg is missing from $ICONS."

mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/mime/packages" \
         "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/scalable/mimetypes"
sed -e "s|^Exec=.*|Exec=\"$EXEC\" %f|" -e "s|^TryExec=.*|TryExec=$EXEC|" \
    "$HERE/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
cp "$HERE/$APP_ID.mime.xml" "$DATA/mime/packages/$APP_ID.xml"
cp "$ICONS/journeydesk.svg" "$DATA/icons/hicolor/scalable/apps/$APP_ID.svg"
cp "$ICONS/journeydesk.svg" "$DATA/icons/hicolor/scalable/mimetypes/$MIME_ICON.svg"
for png in "$ICONS"/journeydesk-*.png; do
    [ -f "$png" ] || continue
    size=${png##*-}; size=${size%.png}
    mkdir -p "$DATA/icons/hicolor/${size}x$size/apps" "$DATA/icons/hicolor/${size}x$size/mimetypes"
    cp "$png" "$DATA/icons/hicolor/${size}x$size/apps/$APP_ID.png"
    cp "$png" "$DATA/icons/hicolor/${size}x$size/mimetypes/$MIME_ICON.png"
done
refresh
if [ "$DATA" = "$DEFAULT_DATA" ] && command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$APP_ID.desktop" application/x-journeydesk || true
fi
echo "Installed JourneyDesk's desktop integration into $DATA (program: $EXEC)."
