# shellcheck shell=bash
# Shared by the scripts: prepares the build environment and runs commands in it. On Debian 13+/Ubuntu 25.04+ that
# is the host itself (packages installed with apt); on older hosts it is a cached Debian 13 root entered with
# bubblewrap. Inside the root every path means what it means outside: the repository, ../shared, the home folder,
# /tmp, /media, /mnt and /srv are at their real paths (read-write), /var/log read-only, and the environment
# (language, display, XDG folders, session bus) passes through. MAILLANE_NATIVE=1 skips all set-up and uses the
# host's own Qt 6.7+ and KF6 (other distributions).
set -euo pipefail

ML_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ML_SUITE=trixie
ML_PACKAGES=(
    qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libkf6syntaxhighlighting-dev zlib1g-dev cmake ninja-build g++ ccache fonts-noto-cjk xauth xvfb
    desktop-file-utils appstream locales-all
)
# The build root may be shared between users (MAILLANE_CACHE=/var/cache/maillane, made once by one of them);
# the compiler cache and the logs are each user's own.
ML_CACHE=${MAILLANE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/maillane}
ML_OWN_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/maillane
ML_ROOT=$ML_CACHE/$ML_SUITE-root
ML_LOGS=$ML_OWN_CACHE/logs
# The stamp changes whenever the package list changes, so a stale root is rebuilt instead of reused.
ML_STAMP=$(printf '%s\n' "$ML_SUITE" "${ML_PACKAGES[@]}" | sha256sum | cut -c1-16)

ml_log() { printf 'maillane: %s\n' "$*" >&2; }
ml_die() { ml_log "$*"; exit 1; }

# ml_quietly LOG CMD...: runs CMD with its output in LOG; on failure shows the end of LOG and where it is.
ml_quietly() {
    local log=$1 status=0
    shift
    mkdir -p "$(dirname "$log")"
    "$@" >"$log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        tail -n 25 "$log" >&2
        ml_log "failed (exit $status); the whole log is $log"
    fi
    return "$status"
}

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

ml_root_is_current() { [ -f "$ML_ROOT/.maillane-stamp" ] && [ "$(cat "$ML_ROOT/.maillane-stamp")" = "$ML_STAMP" ]; }

# Why a user without root cannot make the root here, and what to do instead (empty when nothing stands in the way).
ml_userns_problem() {
    command -v mmdebstrap >/dev/null && command -v newuidmap >/dev/null ||
        { echo "mmdebstrap and uidmap are not installed (sudo apt install mmdebstrap uidmap)"; return; }
    grep -q "^$(id -un):" /etc/subuid 2>/dev/null ||
        { echo "$(id -un) has no subordinate user IDs in /etc/subuid (an administrator gives some with usermod --add-subuids and --add-subgids)"; return; }
    unshare --map-auto --map-root-user true 2>/dev/null ||
        echo "this kernel does not let $(id -un) create user namespaces"
}

# Makes the Debian 13 root with mmdebstrap: as root directly; as any other user inside a user namespace
# (--mode=unshare), unpacked as that user so that the root is the user's own and extra packages can be added later.
ml_setup_root() {
    ml_root_is_current && return 0
    mkdir -p "$ML_CACHE" 2>/dev/null && [ -w "$ML_CACHE" ] ||
        ml_die "the build root $ML_ROOT is missing or out of date and $ML_CACHE is not yours to write:
ask whoever made it to run this script once more, or set MAILLANE_CACHE to a folder of your own."
    local log=$ML_LOGS/build-root.log
    if [ "$(id -u)" -eq 0 ]; then
        local tools
        tools=$(ml_missing_packages mmdebstrap bubblewrap)
        if [ -n "$tools" ]; then
            ml_log "installing host tools: $tools"
            ml_quietly "$ML_LOGS/host-tools.log" sh -c "apt-get update -qq &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $tools" || exit 1
        fi
    else
        command -v bwrap >/dev/null || ml_die "bubblewrap is not installed: sudo apt install bubblewrap"
        local problem
        problem=$(ml_userns_problem)
        [ -z "$problem" ] || ml_die "cannot create the Debian 13 build root without root: $problem.
Or let root make one to share, once: sudo MAILLANE_CACHE=/var/cache/maillane $ML_REPO/scripts/run true
and then use it: export MAILLANE_CACHE=/var/cache/maillane (e.g. in ~/.profile)"
    fi
    ml_log "creating the Debian 13 build root in $ML_ROOT (about 4 minutes, once; log: $log)"
    rm -rf "$ML_ROOT.new"
    mkdir -p "$ML_ROOT.new"
    local include
    include=$(IFS=,; echo "${ML_PACKAGES[*]}")
    if [ "$(id -u)" -eq 0 ]; then
        ml_quietly "$log" mmdebstrap --mode=root --variant=apt --include="$include" "$ML_SUITE" "$ML_ROOT.new" ||
            ml_die "creating the build root failed"
    else
        # Device nodes cannot be made without root; bubblewrap provides /dev anyway.
        ml_quietly "$log" sh -c 'mmdebstrap --mode=unshare --variant=apt --include="$1" --format=tar "$2" - |
            tar -x -C "$3" --exclude="./dev/*"' sh "$include" "$ML_SUITE" "$ML_ROOT.new" ||
            ml_die "creating the build root failed"
    fi
    cp /etc/resolv.conf "$ML_ROOT.new/etc/resolv.conf" 2>/dev/null || true
    echo "$ML_STAMP" >"$ML_ROOT.new/.maillane-stamp"
    rm -rf "$ML_ROOT"
    mv "$ML_ROOT.new" "$ML_ROOT"
}

# ml_bwrap_admin ROOT CMD...: runs CMD as root of ROOT, to install packages (nothing of the host is visible). A root
# that a user made without root is entered in a user namespace where that user is root.
ml_bwrap_admin() {
    local root=$1
    shift
    local args=(--bind "$root" / --dev /dev --proc /proc --tmpfs /tmp --setenv HOME /root --setenv LANG C.UTF-8
        --setenv PATH /usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin --chdir /)
    [ "$(id -u)" -eq 0 ] || args=(--unshare-user --uid 0 --gid 0 "${args[@]}")
    bwrap "${args[@]}" "$@"
}

# ml_bwrap DIR CMD...: runs CMD in the build root from DIR, with the host's folders at their real paths (see top).
# The root's system folders are laid on an empty in-memory /, so that a host folder can be mounted at any path
# without a mount point in the root (which may not be the user's to change).
ml_bwrap() {
    local dir=$1
    shift
    local args=(--tmpfs / --dev /dev --proc /proc --bind /tmp /tmp
        --setenv PATH /usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin --unsetenv LD_LIBRARY_PATH --unsetenv LD_PRELOAD
        --unsetenv QT_PLUGIN_PATH)
    local entry
    for entry in usr etc var opt bin sbin lib lib32 lib64 libx32; do
        if [ -L "$ML_ROOT/$entry" ]; then
            args+=(--symlink "$(readlink "$ML_ROOT/$entry")" "/$entry")
        elif [ -d "$ML_ROOT/$entry" ]; then
            args+=(--bind "$ML_ROOT/$entry" "/$entry")
        fi
    done
    local place
    for place in "$HOME" /media /mnt /srv "${XDG_RUNTIME_DIR:-}"; do
        [ -n "$place" ] && [ "$place" != / ] && [ -d "$place" ] && args+=(--bind "$place" "$place")
    done
    [ -d /var/log ] && args+=(--ro-bind /var/log /var/log)
    args+=(--bind "$ML_REPO" "$ML_REPO")
    [ -d "$ML_REPO/../shared" ] && args+=(--ro-bind "$(cd "$ML_REPO/../shared" && pwd)" "$(cd "$ML_REPO/../shared" && pwd)")
    # The folder the user works in, wherever it is (bound last, so it stays writable if it is under /var/log).
    [ "$PWD" != / ] && args+=(--bind "$PWD" "$PWD")
    [ -n "${LANG:-}" ] || args+=(--setenv LANG C.UTF-8)
    # Extra binds that a caller needs.
    [ -n "${ML_EXTRA_BWRAP+x}" ] && args+=("${ML_EXTRA_BWRAP[@]}")
    bwrap "${args[@]}" --chdir "$dir" "$@"
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

# ml_install_extra PACKAGE...: installs packages that only some scripts need (the benchmark's peers, clang for the
# fuzzers) into the build environment, without changing the cached root's package list.
ml_install_extra() {
    local missing
    if ml_host_is_native; then
        missing=$(ml_missing_packages "$@")
        [ -z "$missing" ] && return 0
        ml_as_root apt-get update -qq
        # shellcheck disable=SC2086
        ml_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
    else
        missing=$(ml_bwrap_admin "$ML_ROOT" sh -c 'for p in "$@"; do dpkg-query -W -f="\${Status}" "$p" 2>/dev/null |
            grep -q "install ok installed" || printf "%s " "$p"; done' sh "$@")
        [ -z "$missing" ] && return 0
        [ -w "$ML_ROOT/var/lib/dpkg" ] || ml_die "$missing must be installed into the build root $ML_ROOT, which is not
yours to change: ask whoever made it to run this script once, or set MAILLANE_CACHE to a folder of your own."
        ml_log "installing into the build root: $missing"
        ml_quietly "$ML_LOGS/packages.log" ml_bwrap_admin "$ML_ROOT" env DEBIAN_FRONTEND=noninteractive sh -c \
            "apt-get -o APT::Sandbox::User=root update -qq && apt-get -o APT::Sandbox::User=root install -y -qq --no-install-recommends $missing && apt-get clean" ||
            ml_die "installing $missing failed"
    fi
}

# ml_run CMD...: runs CMD from the repo root inside the build environment.
ml_run() {
    if ml_host_is_native; then (cd "$ML_REPO" && "$@"); else ml_bwrap "$ML_REPO" "$@"; fi
}

# ml_run_here CMD...: runs CMD from the caller's own folder inside the build environment, so that relative paths
# mean what the user meant.
ml_run_here() {
    if ml_host_is_native; then "$@"; else ml_bwrap "$PWD" "$@"; fi
}

# ml_build_steps DIR TARGET...: how many commands TARGET (all when none) takes from scratch. (A dry run cannot tell
# what is left: Qt's code generators decide that while the build runs.)
ml_build_steps() {
    local dir=$1
    shift
    ml_run ninja -C "$dir" -t commands "$@" 2>/dev/null | wc -l
}

# ml_build [DIR [CMAKE_ARGS...]]: configures and builds into DIR (default build/; Ninja, RelWithDebInfo unless
# MAILLANE_BUILD_TYPE or CMAKE_ARGS say otherwise) the targets in ML_TARGETS (default: all). One line per phase;
# the compiler's output goes to DIR/build.log. Compilations are cached by ccache in this user's cache, so a fresh
# clone rebuilds only what changed (the sloppiness lets it cache files built with precompiled headers). With MAILLANE_NATIVE ccache is used if the user has it, never installed.
ml_build() {
    local dir=${1:-build}
    shift || true
    local launcher=ccache
    ml_run sh -c 'command -v ccache' >/dev/null || launcher=
    mkdir -p "$ML_OWN_CACHE/ccache" "$ML_REPO/$dir"
    # A build folder configured at the old fixed path (/src) is configured again at the real one.
    if [ -f "$ML_REPO/$dir/CMakeCache.txt" ] &&
        ! grep -qx "CMAKE_HOME_DIRECTORY:INTERNAL=$ML_REPO" "$ML_REPO/$dir/CMakeCache.txt"; then
        rm -rf "$ML_REPO/$dir/CMakeCache.txt" "$ML_REPO/$dir/CMakeFiles"
    fi
    local log=$ML_REPO/$dir/build.log
    # -g1 (line tables and functions, no variables): backtraces stay readable and a cold build takes a fifth less
    # time than with -g; configure with -DCMAKE_BUILD_TYPE=Debug to step through variables. CI turns warnings into
    # errors (MAILLANE_WERROR=ON; the folder keeps the choice, so later builds there do not start again).
    ml_quietly "$ML_REPO/$dir/configure.log" ml_run cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="${MAILLANE_BUILD_TYPE:-RelWithDebInfo}" \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher" \
        ${MAILLANE_WERROR:+"-DMAILLANE_WERROR=$MAILLANE_WERROR"} "$@" || ml_die "configuring $dir failed"
    local steps start
    steps=$(ml_build_steps "$dir" ${ML_TARGETS[@]+"${ML_TARGETS[@]}"})
    start=$SECONDS
    if [ "$steps" -gt 0 ]; then
        # About 2 s of one core a step when nothing is cached (a 2-core machine builds everything in about 7 min).
        ml_log "building ${ML_TARGETS[*]:-everything} in $dir: up to $steps steps, about $(( (steps * 2 / $(nproc) + 59) / 60 )) min from scratch (less when built before or cached; log: $log)"
    fi
    ml_quietly "$log" ml_run env CCACHE_DIR="$ML_OWN_CACHE/ccache" CCACHE_BASEDIR="$ML_REPO" CCACHE_NOHASHDIR=1 \
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime CCACHE_MAXSIZE=5G cmake --build "$dir" ${ML_TARGETS[@]+--target "${ML_TARGETS[@]}"} || ml_die "building failed"
    [ "$steps" -gt 0 ] && ml_log "built in $((SECONDS - start)) s"
    return 0
}
