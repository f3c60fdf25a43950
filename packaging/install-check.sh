#!/usr/bin/env bash
# Installs the .deb into a clean Debian 12 (debootstrap, minbase) and runs it there: the
# manual acceptance check of the package's dependencies. Needs root and the network.
#   sudo packaging/install-check.sh [build-pkg/drivedeck_0.1.0_amd64.deb]
# Keeps the root for a look around when DRIVEDECK_KEEP_ROOT=1 (the path is printed); mounts
# are undone either way. With Xvfb on this computer the window also starts on X11 (xcb).
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deb=${1:-$(ls "$source_dir"/build-pkg/drivedeck_*.deb 2>/dev/null | head -1)}
if [ -z "$deb" ] || [ ! -f "$deb" ]; then
    echo "usage: $0 [drivedeck_VERSION_ARCH.deb] (build it first: packaging/build-packages.sh)" >&2
    exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "$0 needs root (debootstrap, chroot, mount): sudo $0 $*" >&2
    exit 1
fi
if ! command -v debootstrap >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap
fi

# The mirror this computer's apt uses (deb822 or one-line sources), else Debian's own.
mirror=$(grep -hoE 'https?://[^ ]*/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
    /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -1 | tr -d ' ' || true)
mirror=${mirror:-http://deb.debian.org/debian}
mirror=${mirror%/}

root=$(mktemp -d /var/tmp/drivedeck-install-check.XXXXXX)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    for mount in "$root/tmp/.X11-unix" "$root/dev/pts" "$root/dev" "$root/proc"; do
        mountpoint -q "$mount" && umount "$mount"
    done
    if [ "${DRIVEDECK_KEEP_ROOT:-0}" = 1 ]; then
        echo "The root is kept in $root"
    else
        rm -rf --one-file-system "$root"
    fi
}
trap cleanup EXIT

# Each command as it could be typed again.
step() { printf '\n$'; printf ' %q' "$@"; printf '\n'; }
in_root() { step chroot "$root" "$@"; chroot "$root" "$@"; }

step debootstrap --variant=minbase bookworm "$root" "$mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log"; exit 1; }
rm -f "$root.debootstrap.log"
echo "(a minimal Debian 12 in $(du -sh --exclude=proc "$root" | cut -f1))"
cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
cp "$source_dir/tests/fuzz/corpus/sessionfile/sample.drivedeck" "$root/tmp/"
deb_name=$(basename "$deb")

in_root apt-get update -qq
# Without the recommended packages: what Depends brings must be enough.
install=(chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends
    "/tmp/$deb_name")
step "${install[@]}"
"${install[@]}" >"$root/tmp/apt.log" 2>&1 || { tail -30 "$root/tmp/apt.log"; exit 1; }
grep -E '^(Setting up drivedeck|[0-9]+ upgraded)' "$root/tmp/apt.log"

# A fresh account: a home and a runtime folder of its own, English unless asked.
run() {
    local command=(chroot "$root" env -i HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/runtime
        PATH=/usr/bin:/bin LANG=C.UTF-8 "${run_env[@]}" drivedeck "$@")
    step "${command[@]}"
    "${command[@]}"
}
mkdir -p "$root/tmp/home"
install -d -m 0700 "$root/tmp/runtime"
run_env=()
run --version
run list
run import /tmp/sample.drivedeck
run list
run profile "Sample: Customer Service team day" --format csv | head -8
run chart "Sample: Customer Service team day" --kind domains -o /tmp/home/domains.png
run report "Sample: Customer Service team day" -o /tmp/home/report.pdf --language nl
ls -l "$root/tmp/home/domains.png" "$root/tmp/home/report.pdf"
run_env=(LANG=nl_NL.UTF-8)
run list
run_env=()
run list --no-such-option || echo "(exit code $?)"

# The window, until the sample session's card wall is painted: offscreen, then on X11.
run_env=(QT_QPA_PLATFORM=offscreen DRIVEDECK_START_PROBE=wall)
run --open "Sample: Customer Service team day"
if command -v Xvfb >/dev/null; then
    display=:$((90 + RANDOM % 100))
    Xvfb "$display" -nolisten tcp -screen 0 1280x800x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 2
    mkdir -p "$root/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
    run_env=(DISPLAY="$display" DRIVEDECK_START_PROBE=wall)
    run --open "Sample: Customer Service team day" --language nl
fi

step chroot "$root" dpkg -s drivedeck
chroot "$root" dpkg -s drivedeck | grep -E '^(Status|Version|Depends|Recommends)'
echo
echo "The package installs and runs in a clean Debian 12."
