#!/usr/bin/env bash
# Fetches AUI (the Atlassian User Interface library, npm package @atlassian/aui) for the standalone host's
# Confluence look: usage fetch-aui.sh VERSION TARGET_DIR -> TARGET_DIR/VERSION/{aui-prototyping.css,...}.
# Uses the ordinary npm client and its cache, so a second build does not download again. Never fails the
# build: without npm (or offline) the host serves a plain stylesheet and prints a warning instead.
set -uo pipefail
version="$1"
target="$2/$version"

if [ -f "$target/aui-prototyping.css" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "[WARNING] npm not found: the standalone host will use a plain stylesheet instead of AUI $version" >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && npm pack "@atlassian/aui@$version" --silent --prefer-offline >/dev/null 2>"$work/npm.log"); then
  echo "[WARNING] npm pack @atlassian/aui@$version failed ($(tail -n 1 "$work/npm.log")): the standalone host will use a plain stylesheet" >&2
  exit 0
fi
mkdir -p "$work/unpacked" "$target"
tar -xzf "$work"/atlassian-aui-"$version".tgz -C "$work/unpacked"
# dist/aui holds the prototyping bundle (CSS + JS with jQuery) and the fonts and images it refers to.
cp -R "$work/unpacked/package/dist/aui/." "$target/"
find "$target" -name '*.map' -delete
echo "AUI $version unpacked into $target"
