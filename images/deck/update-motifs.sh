#!/usr/bin/env bash
# Writes the default deck's 24 motifs into this folder from Microsoft's Fluent Emoji (colour
# style, MIT licence), as packed in the npm package @iconify-json/fluent-emoji, together with the
# licence and the attribution. A maintenance script: the app and its build use the committed
# SVG files and never need npm.
#   images/deck/update-motifs.sh [VERSION]     (needs npm and node)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
version=${1:-1.2.7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@iconify-json/fluent-emoji@$version" >/dev/null && tar xzf ./*.tgz)
node "$here/write-motifs.mjs" "$work/package" "$here"
