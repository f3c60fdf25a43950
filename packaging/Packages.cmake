# The packages CPack makes from the install rules: a Debian package and a tarball.
#   cmake -S . -B build-pkg -G Ninja -DCMAKE_BUILD_TYPE=Release -DDRIVEDECK_BUILD_TESTS=OFF \
#         -DCMAKE_INSTALL_PREFIX=/usr && cmake --build build-pkg && cd build-pkg && cpack
# packaging/build-packages.sh does that with Debian's hardening flags and runs lintian.
# Only the program and the files in this folder install anything: no test, benchmark or fuzzer
# has an install rule, and the package build leaves the tests out (DRIVEDECK_BUILD_TESTS=OFF).

set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_PACKAGE_NAME drivedeck)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "DriveDeck")
set(CPACK_PACKAGE_CONTACT "DriveDeck maintainers <maintainers@drivedeck.example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://drivedeck.example.org")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 columns: CPack indents them for the control file but does not wrap them.
set(CPACK_PACKAGE_DESCRIPTION [[
DriveDeck is a desktop application for facilitators (HR, learning and
development, internal communication, coaches) who run workshops on what drives
people. Participants pick the image cards of the 24 drives that appeal to them,
in five colour domains; DriveDeck records the picks and the stories behind
them, shows the team's colour profile on the projector, compares profiles (now
and desired, team and team, team and the brand's intended profile) and writes a
PDF report for managers.

Sessions are kept in an SQLite database on the computer or in an
organisation's PostgreSQL database. The drivedeck command imports, exports,
profiles, compares, charts and reports without a display. In Dutch and English.

DriveDeck describes what drives a group, to start a conversation; it is not a
psychological assessment.]])
set(CPACK_PACKAGE_FILE_NAME "drivedeck-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
# Debian wants stripped programs; the debug information stays in the build folder.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The libraries the program links, found by dpkg-shlibdeps (dpkg-dev): Qt's modules (the xcb
# and offscreen platforms come with libqt6gui6, the SVG image and icon plugins with
# libqt6svg6), Boost.Serialization, QuaZip.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What it loads at run time, which dpkg-shlibdeps cannot see:
#   libqt6sql6-sqlite      Qt's SQLite driver: the sessions on this computer
#   qt6-translations-l10n  Qt's own Dutch (qtbase_nl.qm: standard buttons and dialogs)
# DriveDeck's own translations, icon and report font are compiled into the program; the
# window's font comes with fontconfig (fontconfig-config depends on fonts-dejavu-core or another).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-translations-l10n")
#   libqt6sql6-psql            Qt's PostgreSQL driver: an organisation's database
#   qt6-image-formats-plugins  WebP pictures in photo decks (JPEG, PNG, BMP, GIF need nothing)
#   qt6-wayland                the Wayland platform; without it Qt runs through XWayland
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-image-formats-plugins, qt6-wayland")
#   postgresql-client  psql and pg_dump, for the organisation database's set-up and backups
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client")

include(CPack)
