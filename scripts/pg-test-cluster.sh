#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: initdb into a folder of the
# build, a server on a Unix socket in that folder (no TCP port), trust for local
# connections only, stopped and removed at the end of the run.
#
#   scripts/pg-test-cluster.sh start DIR   prints nothing; writes DIR/conninfo when the server is up
#   scripts/pg-test-cluster.sh stop DIR
#
# Without PostgreSQL's server programs, start writes no conninfo: the PostgreSQL
# tests then skip, unless GLEANER_REQUIRE_POSTGRES=1 (CI), where start fails.
set -euo pipefail

action="${1:-}"
dir="${2:-}"
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bindir=""
for candidate in /usr/lib/postgresql/*/bin; do
    [ -x "$candidate/initdb" ] && bindir="$candidate"
done

# initdb and the server refuse to run as root: as root, run them as the
# unprivileged "postgres" user that Debian's package creates.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
fi

case "$action" in
start)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ -z "$bindir" ]; then
        if [ "${GLEANER_REQUIRE_POSTGRES:-0}" = 1 ]; then
            echo "PostgreSQL's server programs are not installed (apt-get install postgresql)." >&2
            exit 1
        fi
        echo "PostgreSQL is not installed: the PostgreSQL tests will be skipped." >&2
        exit 0
    fi
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U gleaner_admin --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c port=5432 -c fsync=off -c max_connections=200" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "host=$dir port=5432 user=gleaner_admin dbname=postgres" >"$dir/conninfo"
    ;;
stop)
    if [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
