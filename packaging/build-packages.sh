#!/usr/bin/env bash
# Builds DriveDeck's Debian package and tarball, then checks the package with lintian:
#   packaging/build-packages.sh
# writes build-pkg/drivedeck_<version>_<arch>.deb and build-pkg/drivedeck-<version>-linux-<cpu>.tar.gz
# (set DRIVEDECK_PACKAGE_BUILD_DIR to build elsewhere, DRIVEDECK_JOBS for fewer compile jobs).
# Needs the quick start's build packages, dpkg-dev and lintian: `packaging/quickstart.sh package`
# installs them and runs this. Fails when lintian finds an error; warnings are printed.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${DRIVEDECK_PACKAGE_BUILD_DIR:-$source_dir/build-pkg}
jobs=${DRIVEDECK_JOBS:-$(nproc)}

for tool in cmake ninja dpkg-buildflags dpkg-shlibdeps lintian; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is missing: run packaging/quickstart.sh package, which installs what is needed." >&2
        exit 1
    fi
done

# Debian's compiler and linker flags with every hardening feature (lintian checks for them);
# paths in the debug information relative to the source (dpkg-buildflags maps the current folder).
cd "$source_dir"
eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)"
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=$source_dir CCACHE_NOHASHDIR=true
fi
cmake -S "$source_dir" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release -DDRIVEDECK_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr \
    "-DCMAKE_CXX_FLAGS=$CPPFLAGS $CXXFLAGS" "-DCMAKE_EXE_LINKER_FLAGS=$LDFLAGS" \
    "-DCMAKE_MODULE_LINKER_FLAGS=$LDFLAGS" "${launcher[@]}"
cmake --build "$build_dir" --parallel "$jobs"

cd "$build_dir"
rm -f drivedeck_*.deb drivedeck-*.tar.gz
cpack -G "DEB;TGZ"
deb=$(ls drivedeck_*.deb)

echo
echo "== $deb"
dpkg-deb --field "$deb"
echo
echo "== lintian $deb"
# Exit status 1 on an error (E:); warnings (W:) and notes are printed, not fatal.
lintian --tag-display-limit 0 --display-info --pedantic "$deb"
echo
echo "Built $build_dir/$deb and $build_dir/$(ls drivedeck-*.tar.gz)"
echo "Install it with: sudo apt install $build_dir/$deb"
