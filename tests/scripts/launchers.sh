#!/usr/bin/env bash
# The first hour on an older host (issue 27): scripts/install --user's launchers run the sandboxed build on files
# outside the repository — in the home folder and in /tmp, by absolute and relative paths — and write exports
# there; scripts/run keeps the caller's folder. Installs into a temporary bin/data folder, never the user's own.
# Run by .ci/run after scripts/test (it needs build/bin/maillane and maillane-cli).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
fail() { echo "launchers: FAIL: $*" >&2; exit 1; }

scratch_home=$(mktemp -d "$HOME/.maillane-launchers.XXXXXX")
scratch_tmp=$(mktemp -d /tmp/maillane-launchers.XXXXXX)
trap 'rm -rf "$scratch_home" "$scratch_tmp"' EXIT
export XDG_BIN_HOME=$scratch_home/bin XDG_DATA_HOME=$scratch_home/share
"$repo/scripts/install" --user
cli=$XDG_BIN_HOME/maillane-cli
viewer=$XDG_BIN_HOME/maillane
[ -x "$cli" ] && [ -x "$viewer" ] || fail "no launchers in $XDG_BIN_HOME"
grep -q "^Exec=$XDG_BIN_HOME/maillane %F$" "$XDG_DATA_HOME/applications/io.github.maillane.Maillane.desktop" ||
    fail "the desktop entry does not run the launcher"

samples=$repo/resources/samples
for place in "$scratch_home" "$scratch_tmp"; do
    mkdir -p "$place/logs/relay1" "$place/out"
    cp "$samples/postfix/relay1/maillog" "$place/logs/relay1/maillog"
    cp "$samples/ironport/esa1/mail.current" "$place/logs/mail.current"

    # An absolute path, from a folder that is not the repository.
    out=$(cd / && "$cli" stats "$place/logs/relay1/maillog") || fail "stats by absolute path in $place"
    grep -q "relay1/maillog: postfix" <<<"$out" || fail "stats did not read $place/logs/relay1/maillog: $out"
    # Relative paths, from the folder the user is in, a folder included.
    out=$(cd "$place/logs" && "$cli" stats relay1/maillog mail.current) || fail "stats by relative path in $place"
    grep -q "mail.current: ironport" <<<"$out" || fail "stats did not read mail.current relative to $place/logs"
    out=$(cd "$place" && "$cli" trace --zone Asia/Tokyo 30011 logs) || fail "trace of a folder in $place"
    grep -q 30011 <<<"$out" || fail "trace found nothing in $place/logs"

    # Exports written there: absolute, relative, and through standard output.
    (cd "$place/logs" && "$cli" swimlane --zone Asia/Tokyo 30011 . --svg ../out/relative.svg --png "$place/out/absolute.png") >/dev/null ||
        fail "swimlane export in $place"
    grep -q '<svg' "$place/out/relative.svg" || fail "no SVG written to $place/out/relative.svg"
    [ "$(head -c 4 "$place/out/absolute.png" | od -An -c | tr -d ' ')" = '211PNG' ] || fail "no PNG written to $place/out/absolute.png"
    (cd "$place" && "$cli" events logs/relay1/maillog >out/events.csv) || fail "events to a file in $place"
    [ "$(wc -l <"$place/out/events.csv")" -gt 10 ] || fail "events.csv in $place is short"

    # The viewer: a screenshot of logs outside the repository, written outside it.
    (cd "$place" && QT_QPA_PLATFORM=offscreen "$viewer" --select 30011 --screenshot out/window.png logs) >/dev/null ||
        fail "the viewer's screenshot in $place"
    [ "$(stat -c %s "$place/out/window.png")" -gt 50000 ] || fail "the viewer's screenshot in $place is too small"
done

# A command named relative to the repository is found from anywhere; the caller's folder stays the current one.
out=$(cd "$scratch_tmp/logs" && "$repo/scripts/run" build/bin/maillane-cli count mail.current) || fail "scripts/run from another folder"
grep -q "mail.current" <<<"$out" || fail "scripts/run did not run in the caller's folder: $out"
[ "$(cd "$scratch_tmp" && "$repo/scripts/run" pwd)" = "$scratch_tmp" ] || fail "scripts/run changed the folder"

# The language passes through (the CLI's help speaks Japanese under LANG=ja_JP.UTF-8).
LANG=ja_JP.UTF-8 LC_ALL= LANGUAGE= "$cli" --help | grep -q 'コマンド' || fail "LANG=ja_JP.UTF-8 did not reach the CLI"

"$repo/scripts/install" --uninstall
[ ! -e "$cli" ] || fail "--uninstall left $cli"
echo "launchers: 1 passed, 0 failed"
