#!/bin/sh
# Add Casebook to your applications menu (this user only; no root needed).
#
#   ./install-desktop.sh            install from this folder
#   ./install-desktop.sh --remove   take it out of the menu again
#
# The application stays in this folder: move the folder first if you want it elsewhere,
# then run this script from its new place.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=org.casebook.Casebook
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin

if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml" \
        "$data/icons/hicolor/scalable/apps/$app_id.svg"
  for size in 48 128 256; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"; done
  [ -L "$bin/casebook" ] && rm -f "$bin/casebook"
  echo "Casebook removed from the menu. Your vault is untouched."
  exit 0
fi

mkdir -p "$bin" "$data/applications" "$data/metainfo"
ln -sf "$here/casebook" "$bin/casebook"
(cd "$here/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$data/$(dirname "$icon")"
  cp "$here/share/$icon" "$data/$icon"
done
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
# The menu entry runs the executable in this folder by its full path.
sed "s|^Exec=casebook |Exec=\"$here/casebook\" |" \
  "$here/share/applications/$app_id.desktop" > "$data/applications/$app_id.desktop"
echo "Casebook added to the menu; 'casebook' runs it from a terminal ($bin)."
