#!/usr/bin/env bash
# Install (or remove) the SwyxON Desktop menu entry and icons for the current user (no root needed).
#
#   install-desktop-entry.sh [--exec PATH] [--uninstall]
#
# Writes ${XDG_DATA_HOME:-~/.local/share}/applications/swyxon-desktop.desktop and the icons into
# .../icons/hicolor/<size>x<size>/apps/ and .../icons/hicolor/scalable/apps/.
# The entry starts PATH (--exec). Without --exec: the swyxon-desktop next to this script (the script is
# copied into the PyInstaller bundle dist/swyxon-desktop/), else `swyxon-desktop` found on PATH
# (pip install), else it stops and asks for --exec.
# Works from a source checkout (resources/install-desktop-entry.sh) and from the bundle
# (dist/swyxon-desktop/install-desktop-entry.sh). Exit 0 on success, 1 on error, 2 on bad usage.
set -euo pipefail

app=swyxon-desktop
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec_path=""
uninstall=0

usage() { sed -n '2,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
die() { echo "install-desktop-entry: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --exec) [ $# -ge 2 ] || { usage >&2; exit 2; }; exec_path=$2; shift 2 ;;
    --exec=*) exec_path=${1#--exec=}; shift ;;
    --uninstall) uninstall=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install-desktop-entry: unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done

data_home=${XDG_DATA_HOME:-${HOME:?HOME is not set}/.local/share}
apps_dir="$data_home/applications"
icons_root="$data_home/icons/hicolor"
sizes="16 24 32 48 64 128 256"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps_dir" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons_root/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons_root" 2>/dev/null || true
  fi
}

if [ "$uninstall" = 1 ]; then
  rm -f "$apps_dir/$app.desktop" "$icons_root/scalable/apps/$app.svg"
  for s in $sizes; do rm -f "$icons_root/${s}x${s}/apps/$app.png"; done
  refresh_caches
  echo "removed the $app menu entry and icons from $data_home"
  exit 0
fi

# Where the shipped .desktop file and icons are: checkout (resources/), bundle (_internal/...), installed package.
res=""
for candidate in "$here" "$here/_internal/swyxon_desktop/resources" "$here/swyxon_desktop/resources"; do
  if [ -f "$candidate/$app.desktop" ] && [ -f "$candidate/icons/$app.svg" ]; then res=$candidate; break; fi
done
[ -n "$res" ] || die "cannot find $app.desktop and icons/ next to $here"

if [ -z "$exec_path" ]; then
  if [ -x "$here/$app" ] && [ -f "$here/$app" ]; then
    exec_path="$here/$app"
  elif command -v "$app" >/dev/null 2>&1; then
    exec_path=$(command -v "$app")
  else
    die "no $app executable next to this script or on PATH; pass --exec /path/to/$app"
  fi
fi
case "$exec_path" in /*) ;; *) exec_path="$(cd "$(dirname "$exec_path")" && pwd)/$(basename "$exec_path")" ;; esac
[ -x "$exec_path" ] && [ -f "$exec_path" ] || die "not an executable file: $exec_path"

# Desktop Entry Specification: an Exec argument with reserved characters is double-quoted, and inside the
# quotes " ` $ \ are escaped with a backslash (and % doubled).
quote_exec() {
  local s=$1
  case "$s" in
    *[[:space:]\"\'\\\`\$\;\&\|\<\>\~\*\?\#\(\)]*)
      s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//\`/\\\`}; s=${s//\$/\\\$}
      printf '"%s"' "${s//%/%%}" ;;
    *) printf '%s' "${s//%/%%}" ;;
  esac
}
exec_field=$(quote_exec "$exec_path")

mkdir -p "$apps_dir" "$icons_root/scalable/apps"
tmp=$(mktemp "$apps_dir/.$app.desktop.XXXXXX")
trap 'rm -f "$tmp"' EXIT
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec=%s\n' "$exec_field" ;;
    TryExec=*) printf 'TryExec=%s\n' "$exec_path" ;;
    *) printf '%s\n' "$line" ;;
  esac
done <"$res/$app.desktop" >"$tmp"
chmod 644 "$tmp"
mv -f "$tmp" "$apps_dir/$app.desktop"
trap - EXIT

install -m 644 "$res/icons/$app.svg" "$icons_root/scalable/apps/$app.svg"
for s in $sizes; do
  png="$res/icons/$app-$s.png"
  [ -f "$png" ] || die "missing icon $png"
  mkdir -p "$icons_root/${s}x${s}/apps"
  install -m 644 "$png" "$icons_root/${s}x${s}/apps/$app.png"
done
refresh_caches
echo "installed $apps_dir/$app.desktop (Exec=$exec_field) and icons under $icons_root"
