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
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && launcher=$candidate && break
done
[ -n "$launcher" ] || { echo "at-spi-bus-launcher not found (Debian package at-spi2-core)" >&2; exit 1; }

# Ready means a client gets an answer, and from this server (its screen size), not another one.
answers() {
    for _ in $(seq 100); do
        [ "$(xdotool getdisplaygeometry 2>/dev/null)" = "1366 768" ] && return 0
        sleep 0.1
    done
    return 1
}

# The X server picks a free display itself and says which (-displayfd): two test runs, or a
# developer's own Xvfb, never race for one number as xvfb-run -a can. Should that display not
# answer (a server elsewhere on the same number), one on a high number of our choosing is tried.
# -noreset: by default the server resets when its last client leaves, and a client connecting
# just then is refused (the accessibility bus's helpers connect and leave while DriveDeck starts).
for display_choice in fd 147 263; do
    : >"$work/display"
    if [ "$display_choice" = fd ]; then
        Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp -noreset \
            3>"$work/display" 2>"$work/xvfb.log" &
    else
        Xvfb ":$display_choice" -screen 0 1366x768x24 -nolisten tcp -noreset \
            2>"$work/xvfb.log" &
        echo "$display_choice" >"$work/display"
    fi
    xvfb=$!
    for _ in $(seq 100); do
        [ -s "$work/display" ] && break
        sleep 0.1
    done
    export DISPLAY=:$(head -n 1 "$work/display")
    [ -s "$work/display" ] && answers && break
    echo "Xvfb on $DISPLAY does not answer:" >&2
    cat "$work/xvfb.log" >&2
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    xvfb=
done
[ -n "$xvfb" ] || exit 1

inner=$(cat <<INNER
"$launcher" --launch-immediately &
sleep 1
/usr/bin/python3 "$here/workshop_atspi.py" "$binary" "$work"
INNER
)
status=0
dbus-run-session -- bash -c "$inner" || status=$?
if [ "$status" -ne 0 ]; then
    echo "--- Xvfb on $DISPLAY said:" >&2
    cat "$work/xvfb.log" >&2
fi
exit "$status"
