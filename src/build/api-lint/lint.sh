#!/usr/bin/env bash
# Lints an OpenAPI description with Redocly CLI's recommended rules (redocly.yaml beside this
# script). Installs Node (src/build/install-node.sh) and the pinned CLI into target/api-lint on
# first use, from the npm registry. Prints Redocly's findings; exits non-zero on any problem.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
spec="$1"
node_home="$(bash "$root/src/build/install-node.sh")"
export PATH="$node_home/bin:$PATH"
tools="$root/target/api-lint"
if [ ! -x "$tools/node_modules/.bin/redocly" ] || ! cmp -s "$here/package-lock.json" "$tools/package-lock.json"; then
    mkdir -p "$tools"
    cp "$here/package.json" "$here/package-lock.json" "$tools/"
    (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
"$tools/node_modules/.bin/redocly" lint "$spec" --config "$here/redocly.yaml" --format=stylish --max-problems=500
