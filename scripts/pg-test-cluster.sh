#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: initdb into a new folder
# under /tmp (which the unprivileged server user can reach, wherever the build
# is), a server on a Unix socket in that folder (no TCP port), trust for local
# connections only, stopped and removed at the end of the run.
#
#   scripts/pg-test-cluster.sh start STATE   writes STATE/conninfo once the server is up
#   scripts/pg-test-cluster.sh stop STATE
#
# Without PostgreSQL's server programs, start writes no conninfo: the PostgreSQL
# tests then skip, unless GLEANER_REQUIRE_POSTGRES=1 (CI), where start fails.
set -euo pipefail

action="${1:-}"
state="${2:-}"
[ -n "$action" ] && [ -n "$state" ] || { echo "usage: $0 start|stop STATE" >&2; exit 2; }

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

stop_cluster() {
    local dir
    dir="$(cat "$state/cluster" 2>/dev/null || true)"
    if [ -n "$dir" ] && [ -n "$bindir" ] && [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    case "$dir" in /tmp/gleaner-pg.*) rm -rf "$dir" ;; esac
    rm -rf "$state"
}

case "$action" in
start)
    stop_cluster # one a killed run left behind
    mkdir -p "$state"
    if [ -z "$bindir" ]; then
        if [ "${GLEANER_REQUIRE_POSTGRES:-0}" = 1 ]; then
            echo "PostgreSQL's server programs are not installed (apt-get install postgresql)." >&2
            exit 1
        fi
        echo "PostgreSQL is not installed: the PostgreSQL tests will be skipped." >&2
        exit 0
    fi
    dir="$(mktemp -d /tmp/gleaner-pg.XXXXXX)"
    echo "$dir" >"$state/cluster"
    [ "$(id -u)" -ne 0 ] || chown postgres "$dir"
    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U gleaner_admin --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 ||
        { cat "$state/initdb.log" >&2; exit 1; }
    # Members of the role gleaner_passwords must give a password, so that the
    # tests see libpq ask for it.
    # TCP on 127.0.0.1 takes encrypted connections only (hostssl), with a
    # certificate made for this run: the tests of sslmode use it.
    hba="$dir/data/pg_hba.conf"
    printf '%s\n' "local all +gleaner_passwords scram-sha-256" "local all all trust" \
        "hostssl all all 127.0.0.1/32 trust" >"$dir/hba.tmp"
    "${as_owner[@]}" cp "$dir/hba.tmp" "$hba"
    ssl=()
    if command -v openssl >/dev/null; then
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
            -addext "subjectAltName=DNS:localhost" -keyout "$dir/server.key" -out "$dir/server.crt" \
            >"$state/openssl.log" 2>&1 || { cat "$state/openssl.log" >&2; exit 1; }
        chmod 600 "$dir/server.key"
        [ "$(id -u)" -ne 0 ] || chown postgres "$dir/server.key" "$dir/server.crt"
        cp "$dir/server.crt" "$state/root.crt"
        ssl=(-c ssl=on -c "ssl_cert_file=$dir/server.crt" -c "ssl_key_file=$dir/server.key")
    fi
    # A free port for TCP: a few tries, since another program may take one first.
    started=0
    for _ in 1 2 3 4 5; do
        tcp=$((20000 + RANDOM % 40000))
        listen="''"
        [ ${#ssl[@]} -eq 0 ] || listen="127.0.0.1"
        if "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses=$listen -c unix_socket_directories='$dir' -c port=$tcp -c fsync=off -c max_connections=200 ${ssl[*]}" \
            start >/dev/null; then
            started=1
            break
        fi
    done
    [ "$started" = 1 ] || { cat "$dir/server.log" >&2; exit 1; }
    echo "host=$dir port=$tcp user=gleaner_admin dbname=postgres" >"$state/conninfo"
    [ ${#ssl[@]} -eq 0 ] || echo "$tcp" >"$state/ssl-port"
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: $0 start|stop STATE" >&2
    exit 2
    ;;
esac
