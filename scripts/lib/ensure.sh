# shellcheck shell=bash
# Shared helpers for scripts/test and scripts/run: make sure system packages exist.
# Source this file; it defines functions only and changes no shell options.
#
# Checks (overridable only to simulate a missing prerequisite when testing these scripts):
#   LOKET_CHECK_INITDB_GLOB  default /usr/lib/postgresql/*/bin/initdb   -> package postgresql
#   LOKET_CHECK_CHROMIUM     default /usr/bin/chromium                  -> package chromium
#   LOKET_CHECK_NPM          default npm (a command name or path)       -> packages nodejs npm

_LOKET_APT_UPDATED=0

loket_log() { printf '==> %s\n' "$*"; }
loket_warn() { printf 'WARNING: %s\n' "$*" >&2; }

# Newest initdb matching the glob, or nothing.
loket_find_initdb() {
    local glob="${LOKET_CHECK_INITDB_GLOB:-/usr/lib/postgresql/*/bin/initdb}" f found=()
    for f in $glob; do
        [[ -x "$f" ]] && found+=("$f")
    done
    ((${#found[@]})) || return 1
    printf '%s\n' "${found[@]}" | sort -V | tail -n 1
}

loket_have_postgresql() { loket_find_initdb >/dev/null; }
loket_have_chromium() { [[ -x "${LOKET_CHECK_CHROMIUM:-/usr/bin/chromium}" ]]; }
loket_have_npm() { command -v "${LOKET_CHECK_NPM:-npm}" >/dev/null 2>&1; }

# Run a command as root: directly when root, via sudo when available; fail otherwise.
loket_as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 127
    fi
}

# loket_apt_install PKG... : apt-get install the given packages (apt-get update at most once).
# Returns 3 without trying when not root and sudo is missing.
loket_apt_install() {
    (($#)) || return 0
    if [[ "$(id -u)" -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            loket_log "Not root: installing $* with sudo"
        else
            loket_warn "missing packages: $*. Not root and no sudo: install them yourself (apt-get install $*)."
            return 3
        fi
    fi
    if [[ "$_LOKET_APT_UPDATED" -eq 0 ]]; then
        loket_log "apt-get update"
        loket_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || return 1
        _LOKET_APT_UPDATED=1
    fi
    loket_log "apt-get install $*"
    loket_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}

# loket_ensure WHAT... where WHAT is any of: postgresql chromium npm.
# Installs only what is missing, with a single apt-get update for all of it.
# Returns 0 when all is present or installed, 3 when not root and no sudo, else apt-get's failure.
loket_ensure() {
    local what missing=()
    for what in "$@"; do
        case "$what" in
            postgresql) loket_have_postgresql || missing+=(postgresql) ;;
            chromium) loket_have_chromium || missing+=(chromium) ;;
            npm) loket_have_npm || missing+=(nodejs npm) ;;
            *) loket_warn "loket_ensure: unknown prerequisite '$what'"; return 2 ;;
        esac
    done
    if ((${#missing[@]} == 0)); then
        loket_log "Prerequisites present: $*"
        return 0
    fi
    loket_log "Missing prerequisites, installing: ${missing[*]}"
    loket_apt_install "${missing[@]}"
}
