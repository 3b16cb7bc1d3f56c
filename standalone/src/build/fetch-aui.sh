#!/usr/bin/env bash
# Fetches AUI (the Atlassian User Interface library, npm package @atlassian/aui) and the jQuery it needs (its peer
# dependency, which Confluence provides to every page) for the standalone host's Confluence look:
# usage fetch-aui.sh AUI_VERSION TARGET_DIR JQUERY_VERSION -> TARGET_DIR/AUI_VERSION/{aui-prototyping.css,...,jquery.min.js}.
# Uses the ordinary npm client and its cache, so a second build does not download again. Never fails the
# build: without npm (or offline) the host serves a plain stylesheet and prints a warning instead.
set -uo pipefail
version="$1"
target="$2/$version"
jquery="${3:-3.7.1}"

if [ -f "$target/aui-prototyping.css" ] && [ -f "$target/jquery.min.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "[WARNING] npm not found: the standalone host will use a plain stylesheet instead of AUI $version" >&2
  exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if ! (cd "$work" && npm pack "@atlassian/aui@$version" "jquery@$jquery" --silent --prefer-offline >/dev/null 2>"$work/npm.log"); then
  echo "[WARNING] npm pack @atlassian/aui@$version jquery@$jquery failed ($(tail -n 1 "$work/npm.log")): the standalone host will use a plain stylesheet" >&2
  exit 0
fi
mkdir -p "$work/aui" "$work/jquery" "$target"
tar -xzf "$work"/atlassian-aui-"$version".tgz -C "$work/aui"
tar -xzf "$work"/jquery-"$jquery".tgz -C "$work/jquery"
# dist/aui holds the prototyping bundle (CSS + JS) and the fonts and images it refers to; it expects a global jQuery.
cp -R "$work/aui/package/dist/aui/." "$target/"
cp "$work/jquery/package/dist/jquery.min.js" "$target/jquery.min.js"
find "$target" -name '*.map' -delete
echo "AUI $version and jQuery $jquery unpacked into $target"
