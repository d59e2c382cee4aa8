# shellcheck shell=bash
# Shared by scripts/test, scripts/demo, scripts/run and scripts/setup: prepares the build environment and runs
# commands in it. On Debian 13+/Ubuntu 25.04+ that is the host itself (packages installed with apt); on older
# hosts it is a cached Debian 13 root entered with bubblewrap, the repo bound at /src and ../shared at /shared.
# MAILLANE_NATIVE=1 skips all set-up and uses the host's own Qt 6.7+ and KF6 (other distributions).
set -euo pipefail

ML_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ML_SUITE=trixie
ML_PACKAGES=(
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libkf6syntaxhighlighting-dev zlib1g-dev cmake ninja-build g++ fonts-noto-cjk xauth xvfb
    desktop-file-utils appstream
)
ML_CACHE=${MAILLANE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/maillane}
ML_ROOT=$ML_CACHE/$ML_SUITE-root
# The stamp changes whenever the package list changes, so a stale root is rebuilt instead of reused.
ML_STAMP=$(printf '%s\n' "$ML_SUITE" "${ML_PACKAGES[@]}" | sha256sum | cut -c1-16)

ml_log() { printf 'maillane: %s\n' "$*" >&2; }
ml_die() { ml_log "$*"; exit 1; }

# True when the host itself has Qt 6.8-era packages (Debian 13+, Ubuntu 25.04+) and needs no build root.
# (Ubuntu 24.04 ships Qt 6.4 and no KF6, so it gets the build root like Debian 12.)
ml_host_is_native() {
    [ -n "${MAILLANE_NATIVE:-}" ] && return 0
    [ -r /etc/os-release ] || return 1
    local id version
    id=$(. /etc/os-release && echo "${ID:-}")
    version=$(. /etc/os-release && echo "${VERSION_ID:-0}")
    case "$id" in
        debian) [ "${version%%.*}" -ge 13 ] 2>/dev/null ;;
        ubuntu) [ "${version%%.*}" -ge 25 ] 2>/dev/null ;;
        *) return 1 ;;
    esac
}

ml_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        ml_die "root is needed to run: $* (run as root or install sudo)"; fi
}

ml_missing_packages() {
    local p missing=()
    for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p"); done
    echo "${missing[@]:-}"
}

ml_setup_native() {
    local missing
    missing=$(ml_missing_packages "${ML_PACKAGES[@]}")
    [ -z "$missing" ] && return 0
    ml_log "installing on the host: $missing"
    ml_as_root apt-get update -qq
    # shellcheck disable=SC2086
    ml_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

ml_setup_root() {
    if [ -f "$ML_ROOT/.maillane-stamp" ] && [ "$(cat "$ML_ROOT/.maillane-stamp")" = "$ML_STAMP" ]; then
        return 0
    fi
    [ "$(id -u)" -eq 0 ] || ml_die "this host is older than Debian 13: creating the Debian 13 build root in $ML_ROOT
needs root (debootstrap). Run this script once as root, or build natively on Debian 13 / Ubuntu 25.04 (see README)."
    local tools
    tools=$(ml_missing_packages debootstrap bubblewrap)
    if [ -n "$tools" ]; then
        ml_log "installing host tools: $tools"
        apt-get update -qq
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tools
    fi
    ml_log "creating the Debian 13 build root in $ML_ROOT (about a minute)"
    rm -rf "$ML_ROOT.new"
    mkdir -p "$ML_CACHE"
    debootstrap --variant=minbase "$ML_SUITE" "$ML_ROOT.new" >"$ML_CACHE/debootstrap.log" 2>&1 ||
        ml_die "debootstrap failed; see $ML_CACHE/debootstrap.log"
    cp /etc/resolv.conf "$ML_ROOT.new/etc/resolv.conf" 2>/dev/null || true
    ml_log "installing packages into the build root"
    ml_bwrap "$ML_ROOT.new" / env DEBIAN_FRONTEND=noninteractive sh -c \
        "apt-get -o APT::Sandbox::User=root update -qq && apt-get -o APT::Sandbox::User=root install -y -qq --no-install-recommends ${ML_PACKAGES[*]} && apt-get clean" \
        >"$ML_CACHE/packages.log" 2>&1 || ml_die "package installation failed; see $ML_CACHE/packages.log"
    echo "$ML_STAMP" >"$ML_ROOT.new/.maillane-stamp"
    rm -rf "$ML_ROOT"
    mv "$ML_ROOT.new" "$ML_ROOT"
}

# ml_bwrap ROOT CHDIR CMD...: runs CMD in ROOT with the repo at /src and ../shared at /shared (when present).
ml_bwrap() {
    local root=$1 dir=$2
    shift 2
    local args=(--bind "$root" / --bind "$ML_REPO" /src --dev /dev --proc /proc --tmpfs /tmp
        --setenv HOME /root --setenv LANG C.UTF-8 --setenv PATH /usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin
        --chdir "$dir")
    [ -d "$ML_REPO/../shared" ] && args+=(--ro-bind "$(cd "$ML_REPO/../shared" && pwd)" /shared)
    # Display sockets etc. that a caller wants visible inside (scripts/demo with a display).
    [ -n "${ML_EXTRA_BWRAP+x}" ] && args+=("${ML_EXTRA_BWRAP[@]}")
    bwrap "${args[@]}" "$@"
}

ml_setup() {
    if [ -n "${MAILLANE_NATIVE:-}" ]; then
        return 0 # the user provides the dependencies
    elif ml_host_is_native; then
        ml_setup_native
    else
        ml_setup_root
    fi
}

# ml_install_extra PACKAGE...: installs packages that only some scripts need (the benchmark's peers) into the
# build environment, without changing the cached root's package list.
ml_install_extra() {
    local missing
    if ml_host_is_native; then
        missing=$(ml_missing_packages "$@")
        [ -z "$missing" ] && return 0
        ml_as_root apt-get update -qq
        # shellcheck disable=SC2086
        ml_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
    else
        missing=$(ml_bwrap "$ML_ROOT" / sh -c 'for p in "$@"; do dpkg-query -W -f="\${Status}" "$p" 2>/dev/null |
            grep -q "install ok installed" || printf "%s " "$p"; done' sh "$@")
        [ -z "$missing" ] && return 0
        ml_log "installing into the build root: $missing"
        ml_bwrap "$ML_ROOT" / env DEBIAN_FRONTEND=noninteractive sh -c \
            "apt-get -o APT::Sandbox::User=root update -qq && apt-get -o APT::Sandbox::User=root install -y -qq --no-install-recommends $missing && apt-get clean" \
            >>"$ML_CACHE/packages.log" 2>&1 || ml_die "installing $missing failed; see $ML_CACHE/packages.log"
    fi
}

# ml_run CMD...: runs CMD from the repo root inside the build environment.
ml_run() {
    if ml_host_is_native; then (cd "$ML_REPO" && "$@"); else ml_bwrap "$ML_ROOT" /src "$@"; fi
}

# ml_build [DIR [CMAKE_ARGS...]]: configures and builds into DIR (default build/; Ninja, RelWithDebInfo unless
# MAILLANE_BUILD_TYPE or CMAKE_ARGS say otherwise). Compilations are cached by ccache in $ML_CACHE/ccache
# (outside the repo, like the build root), so a fresh clone rebuilds only what changed. With MAILLANE_NATIVE
# ccache is used if the user has it, never installed.
ml_build() {
    local dir=${1:-build}
    shift || true
    [ -n "${MAILLANE_NATIVE:-}" ] || ml_install_extra ccache
    local launcher=ccache
    ml_run sh -c 'command -v ccache' >/dev/null || launcher=
    mkdir -p "$ML_CACHE/ccache"
    ML_EXTRA_BWRAP=(${ML_EXTRA_BWRAP[@]+"${ML_EXTRA_BWRAP[@]}"} --bind "$ML_CACHE/ccache" /ccache)
    local ccache_dir=/ccache
    ml_host_is_native && ccache_dir=$ML_CACHE/ccache
    # -g1 (line tables and functions, no variables): backtraces stay readable and a cold build takes a fifth less
    # time than with -g; configure with -DCMAKE_BUILD_TYPE=Debug to step through variables.
    ml_run cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="${MAILLANE_BUILD_TYPE:-RelWithDebInfo}" \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher" "$@" >/dev/null
    ml_run env CCACHE_DIR="$ccache_dir" CCACHE_BASEDIR=/ CCACHE_MAXSIZE=5G cmake --build "$dir"
}
