#!/usr/bin/env bash
# Fetches the map's third-party assets from the npm registry (through npm, with its cache) into the build
# output: Natural Earth country outlines at 1:110m (world-atlas, ISC; the data is public domain) and the
# TopoJSON reader (topojson-client, ISC). Run by Maven in process-resources; nothing lands in the sources.
# Usage: country-shapes.sh BUILD_DIR ASSET_DIR
set -euo pipefail
build="$1"
out="$2"
if [[ -s "$out/countries-110m.json" && -s "$out/topojson-client.min.js" ]]; then
  exit 0
fi
work="$build/npm"
mkdir -p "$work" "$out"
if ! (cd "$work" && npm pack --silent --prefer-offline world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null); then
  # The map still works without outlines (it says so), so an unreachable registry does not fail the build.
  echo "warning: npm could not fetch world-atlas and topojson-client; the map has no country outlines" >&2
  exit 0
fi
tar -xzf "$work/world-atlas-2.0.2.tgz" -C "$work" package/countries-110m.json package/LICENSE
cp "$work/package/countries-110m.json" "$out/countries-110m.json"
cp "$work/package/LICENSE" "$out/world-atlas.LICENSE"
rm -rf "$work/package"
tar -xzf "$work/topojson-client-3.1.0.tgz" -C "$work" package/dist/topojson-client.min.js package/LICENSE
cp "$work/package/dist/topojson-client.min.js" "$out/topojson-client.min.js"
cp "$work/package/LICENSE" "$out/topojson-client.LICENSE"
rm -rf "$work/package"
