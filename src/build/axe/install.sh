#!/usr/bin/env bash
# Installs the pinned axe-core (package.json beside this script) from the npm registry into
# target/axe on first use and prints the path of axe.min.js, which the Chromium journeys inject
# into each page they check (src/test/java/org/imagoclinic/e2e/Accessibility.java).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tools="$root/target/axe"
script="$tools/node_modules/axe-core/axe.min.js"
if [ ! -f "$script" ] || ! cmp -s "$here/package-lock.json" "$tools/package-lock.json"; then
    node_home="$(bash "$root/src/build/install-node.sh")"
    export PATH="$node_home/bin:$PATH"
    mkdir -p "$tools"
    cp "$here/package.json" "$here/package-lock.json" "$tools/"
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1)
fi
echo "$script"
