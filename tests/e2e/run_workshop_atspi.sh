#!/usr/bin/env bash
# Runs workshop_atspi.py in a virtual display with a private D-Bus session and the AT-SPI bus.
#   run_workshop_atspi.sh DRIVEDECK_BINARY
set -euo pipefail
binary=$(realpath "$1")
unset QT_QPA_PLATFORM # a real (virtual) X display: the accessibility bridge needs xcb
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && launcher=$candidate && break
done
[ -n "$launcher" ] || { echo "at-spi-bus-launcher not found (Debian package at-spi2-core)" >&2; exit 1; }
inner=$(cat <<INNER
"$launcher" --launch-immediately &
sleep 1
/usr/bin/python3 "$here/workshop_atspi.py" "$binary" "$work"
INNER
)
exec xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- bash -c "$inner"
