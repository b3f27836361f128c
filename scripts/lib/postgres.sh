# shellcheck shell=bash
# Throwaway PostgreSQL cluster for the tests (see shared/design/environment.md).
# Source this file; needs ensure.sh (loket_find_initdb, loket_log, loket_warn).
#
#   loket_pg_start  -> starts a cluster on a free port, sets LOKET_PG_PORT and LOKET_PG_DIR
#   loket_pg_stop   -> stops it and removes its directory (safe to call more than once)

LOKET_PG_DIR=""
LOKET_PG_PORT=""
_LOKET_PG_BIN=""
_LOKET_PG_AS=()

# A TCP port on 127.0.0.1 that nothing listens on right now.
loket_free_port() {
    local port i
    for ((i = 0; i < 200; i++)); do
        port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# Run a PostgreSQL binary as the cluster owner, from a directory that owner can read.
_loket_pg_run() {
    (cd "$LOKET_PG_DIR" && "${_LOKET_PG_AS[@]}" "$@")
}

# Returns 0 when started; 1 when PostgreSQL cannot be used here (message printed).
loket_pg_start() {
    local initdb owner attempt
    if ! initdb="$(loket_find_initdb)"; then
        loket_warn "PostgreSQL (initdb) not found: PostgreSQL tests will be skipped."
        return 1
    fi
    _LOKET_PG_BIN="$(dirname "$initdb")"
    if [[ "$(id -u)" -eq 0 ]]; then
        # initdb refuses to run as root: run the cluster as the postgres user.
        if ! id -u postgres >/dev/null 2>&1; then
            loket_warn "running as root but there is no 'postgres' user: PostgreSQL tests will be skipped."
            return 1
        fi
        owner=postgres
        _LOKET_PG_AS=(runuser -u postgres --)
    else
        owner="$(id -un)"
        _LOKET_PG_AS=()
    fi

    LOKET_PG_DIR="$(mktemp -d /tmp/loket-pg.XXXXXX)"
    chmod 700 "$LOKET_PG_DIR"
    [[ "$owner" == "$(id -un)" ]] || chown "$owner": "$LOKET_PG_DIR"

    loket_log "PostgreSQL: initdb in $LOKET_PG_DIR ($("$initdb" --version))"
    if ! _loket_pg_run "$initdb" -D "$LOKET_PG_DIR/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$LOKET_PG_DIR/initdb.log" 2>&1; then
        cat "$LOKET_PG_DIR/initdb.log" >&2
        loket_warn "PostgreSQL initdb failed."
        return 2
    fi

    for attempt in 1 2 3 4 5; do
        LOKET_PG_PORT="$(loket_free_port)" || break
        if _loket_pg_run "$_LOKET_PG_BIN/pg_ctl" -D "$LOKET_PG_DIR/data" -l "$LOKET_PG_DIR/pg.log" -w -t 60 \
            -o "-p $LOKET_PG_PORT -k $LOKET_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
            loket_log "PostgreSQL: throwaway cluster on 127.0.0.1:$LOKET_PG_PORT"
            return 0
        fi
        loket_warn "PostgreSQL did not start on port $LOKET_PG_PORT (attempt $attempt)."
    done
    tail -n 30 "$LOKET_PG_DIR/pg.log" >&2 2>/dev/null || true
    loket_warn "PostgreSQL could not be started."
    return 2
}

loket_pg_stop() {
    [[ -n "$LOKET_PG_DIR" ]] || return 0
    if [[ -f "$LOKET_PG_DIR/data/postmaster.pid" ]]; then
        _loket_pg_run "$_LOKET_PG_BIN/pg_ctl" -D "$LOKET_PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            _loket_pg_run "$_LOKET_PG_BIN/pg_ctl" -D "$LOKET_PG_DIR/data" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
            loket_warn "could not stop PostgreSQL in $LOKET_PG_DIR"
    fi
    rm -rf "$LOKET_PG_DIR"
    LOKET_PG_DIR=""
}
