#!/usr/bin/env bash
# Runs workshop_atspi.py in a virtual display of its own, with a private D-Bus session and the
# AT-SPI bus.
#   run_workshop_atspi.sh DRIVEDECK_BINARY
set -euo pipefail
binary=$(realpath "$1")
unset QT_QPA_PLATFORM # a real (virtual) X display: the accessibility bridge needs xcb
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
xvfb=
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && launcher=$candidate && break
done
[ -n "$launcher" ] || { echo "at-spi-bus-launcher not found (Debian package at-spi2-core)" >&2; exit 1; }

# The X server picks a free display itself and says which (-displayfd): two test runs, or a
# developer's own Xvfb, never race for one number as xvfb-run -a can.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
[ -s "$work/display" ] || { echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
export DISPLAY=:$(head -n 1 "$work/display")

inner=$(cat <<INNER
"$launcher" --launch-immediately &
sleep 1
/usr/bin/python3 "$here/workshop_atspi.py" "$binary" "$work"
INNER
)
dbus-run-session -- bash -c "$inner"
