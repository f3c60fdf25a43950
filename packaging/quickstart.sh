#!/usr/bin/env bash
# DriveDeck quick start on Debian 12: installs what is missing, builds, then
#   quickstart.sh run  [app arguments]  starts DriveDeck on the embedded SQLite database
#   quickstart.sh test [ctest arguments] builds with warnings as errors and runs every test
#   quickstart.sh package               builds the .deb and the tarball and runs lintian
# Works as root and as a normal user with sudo. Set DRIVEDECK_BUILD_DIR to build elsewhere.
set -euo pipefail

mode=${1:-}
[ $# -gt 0 ] && shift
source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${DRIVEDECK_BUILD_DIR:-$source_dir/build}

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-pdf-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libboost-serialization-dev libquazip1-qt6-dev libfontconfig-dev
    fonts-dejavu-core librsvg2-bin
    # what the app loads at run time: Qt's own Dutch, WebP pictures in photo decks
    qt6-translations-l10n qt6-image-formats-plugins
)
test_packages=(clang-format postgresql openssl xvfb xauth xdotool desktop-file-utils appstream qpdf poppler-utils
    python3-pyatspi at-spi2-core dbus shared-mime-info libxml2-utils libglib2.0-bin groff-base)
# packaging/build-packages.sh: dpkg-shlibdeps finds the package's dependencies; lintian checks it.
package_packages=(dpkg-dev lintian)

usage() {
    echo "usage: $0 run|test|package [arguments]" >&2
    exit 2
}

install_missing() {
    local missing=() package
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "These Debian packages are missing: ${missing[*]}" >&2
            echo "Install them as root (apt-get install ...) or install sudo, then run this again." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

configure_and_build() {
    local werror=$1
    local launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        # Paths relative to the checkout, so another clone (CI's) reuses this one's cache.
        export CCACHE_BASEDIR=$source_dir CCACHE_NOHASHDIR=true
    fi
    cmake -S "$source_dir" -B "$build_dir" -G Ninja \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDRIVEDECK_WERROR="$werror" "${launcher[@]}"
    cmake --build "$build_dir" --parallel "$(nproc)"
}

case "$mode" in
run)
    install_missing "${build_packages[@]}"
    configure_and_build OFF
    exec "$build_dir/app/drivedeck" "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build ON
    cd "$build_dir"
    exec ctest --output-on-failure --parallel "$(nproc)" "$@"
    ;;
package)
    install_missing "${build_packages[@]}" "${package_packages[@]}"
    exec "$source_dir/packaging/build-packages.sh"
    ;;
*)
    usage
    ;;
esac
