#!/usr/bin/env bash
# Fetches axe-core (npm package axe-core, Deque's accessibility rules engine) for the browser tests that check the
# checklist against WCAG 2.1 AA: usage fetch-axe.sh AXE_VERSION TARGET_DIR -> TARGET_DIR/AXE_VERSION/axe.min.js.
# Like fetch-aui.sh: the ordinary npm client and its cache, and never fails the build: without npm (or offline)
# it prints a warning, and the accessibility tests skip (they fail instead when CI=true).
set -uo pipefail
version="$1"
target="$2/$version"

if [ -f "$target/axe.min.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "[WARNING] npm not found: the accessibility browser tests will be skipped (axe-core $version)" >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && npm pack "axe-core@$version" --silent --prefer-offline >/dev/null 2>"$work/npm.log"); then
  echo "[WARNING] npm pack axe-core@$version failed ($(tail -n 1 "$work/npm.log")): the accessibility browser tests will be skipped" >&2
  exit 0
fi
mkdir -p "$work/axe" "$target"
tar -xzf "$work/axe-core-$version.tgz" -C "$work/axe"
cp "$work/axe/package/axe.min.js" "$work/axe/package/LICENSE" "$target/"
echo "axe-core $version unpacked into $target"
