# A private PostgreSQL cluster for tests and scripts/cluster: Debian's PostgreSQL server
# (package postgresql, 15 on bookworm) run from its own directory by initdb + pg_ctl, apart
# from the system's clusters (no pg_ctlcluster, nothing under /etc/postgresql or /var/lib).
# Sourced, not run (after lib.sh, or alone: it sources lib.sh then).
#
#   postgres_start DIR PORT  a new cluster with its files under DIR (created; a tmp dir is best):
#                            the server listens on 127.0.0.1:PORT (or POSTGRES_LISTEN_ADDRESS:PORT,
#                            e.g. a veth address that network namespaces reach) and trusts
#                            connections only from that address (or from the addresses and CIDR
#                            ranges in POSTGRES_CLIENT_ADDRESSES, space-separated: the addresses
#                            the namespaces connect from); superuser and database are both
#                            "plexe". Exports POSTGRES_URL=postgres://plexe@HOST:PORT/plexe and
#                            prints it as a NAME=value line.
#   postgres_stop DIR        stops the server of DIR (its files stay, for the log).
#
# Started by root, the server runs as the user `postgres` (Debian's package creates it; else
# `nobody`): PostgreSQL refuses to run as root. DIR's parents must let that user pass.
# The cluster is throwaway, so it runs with fsync, synchronous_commit and full_page_writes off
# (a crash of the machine may lose or corrupt it; a crash of the server alone loses nothing
# committed): POSTGRES_DURABLE=1 keeps PostgreSQL's defaults instead.

POSTGRES_PACKAGES="postgresql libpq-dev"

# log, die and install_debian_packages come from lib.sh.
declare -F install_debian_packages >/dev/null || source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The server's Debian packages, apart from ensure_packages (which has libpq-dev, for the build):
# only the PostgreSQL catalog's tests and the scale-out mode need a server here.
ensure_postgres_packages() { install_debian_packages $POSTGRES_PACKAGES; }

# The directory of the server programs (initdb, pg_ctl, postgres): POSTGRES_BINDIR, else
# Debian's /usr/lib/postgresql/VERSION/bin, the newest version installed. Debian puts only
# wrappers (pg_wrapper) on PATH, and those want a system cluster.
postgres_bindir() {
    local dir
    if [ -n "${POSTGRES_BINDIR:-}" ]; then
        [ -x "$POSTGRES_BINDIR/initdb" ] || { log "POSTGRES_BINDIR=$POSTGRES_BINDIR has no initdb"; return 1; }
        echo "$POSTGRES_BINDIR"; return 0
    fi
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] || { log "no PostgreSQL server under /usr/lib/postgresql (ensure_postgres_packages)"; return 1; }
    echo "$dir"
}

# The user the server runs as: the caller unless root; root's choice is postgres, else nobody.
postgres_run_user() {
    if [ "$(id -u)" -ne 0 ]; then id -un; return; fi
    if id postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

# Runs COMMAND as USER (root drops to it; anyone else is that user already), in a new
# session (setsid: a Ctrl-C at the caller's terminal does not reach a server it starts).
postgres_as() {
    local user=$1; shift
    if [ "$(id -u)" -eq 0 ]; then
        setsid setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups --reset-env -- "$@"
    else
        setsid "$@"
    fi
}

postgres_start() {
    local dir=$1 port=$2 bindir user address=${POSTGRES_LISTEN_ADDRESS:-127.0.0.1} entry
    [ -n "$dir" ] && [ -n "$port" ] || die "usage: postgres_start DIR PORT"
    [[ "$port" =~ ^[0-9]{1,5}$ ]] || die "postgres_start: $port is not a port"
    bindir=$(postgres_bindir) || return 1
    user=$(postgres_run_user)
    # Searchable by the server's user (a caller's umask 027 would shut it out).
    (umask 022 && mkdir -p "$dir")
    dir=$(cd "$dir" && pwd -P)
    [ ! -e "$dir/data" ] || die "postgres: $dir already holds a cluster (postgres_stop it, then use a new directory)"
    # The data directory is the server user's, 0700 (the server insists); DIR itself must
    # let that user pass: a mktemp -d directory (0700, root's) does not.
    mkdir -p "$dir/data" "$dir/run" "$dir/log"
    if [ "$(id -u)" -eq 0 ]; then chown "$user:$(id -gn "$user")" "$dir/data" "$dir/run" "$dir/log"; fi
    chmod 0700 "$dir/data"
    postgres_as "$user" test -w "$dir/data" \
        || die "postgres: $user cannot reach $dir (make its parent directories searchable, e.g. chmod 0755)"

    postgres_as "$user" "$bindir/initdb" -D "$dir/data" -U plexe --auth=reject -E UTF8 --locale=C.UTF-8 \
        >"$dir/log/initdb.log" 2>&1 || { log "postgres: initdb failed:"; tail -5 "$dir/log/initdb.log" >&2; return 1; }

    # Trust (no password) for exactly the listening address, or the addresses named, and the
    # private socket directory (only the server's user can open it); everything else is refused.
    {
        echo "local all all trust"
        for entry in ${POSTGRES_CLIENT_ADDRESSES:-$address}; do
            [[ "$entry" =~ ^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$ ]] || die "POSTGRES_CLIENT_ADDRESSES: $entry is not an address or CIDR range"
            [[ "$entry" == */* ]] || { [[ "$entry" == *:* ]] && entry=$entry/128 || entry=$entry/32; }
            echo "host all all $entry trust"
        done
    } > "$dir/data/pg_hba.conf"
    {
        echo "listen_addresses = '$address'"
        echo "port = $port"
        echo "unix_socket_directories = '$dir/run'"
        echo "unix_socket_permissions = 0700"
        echo "max_connections = ${POSTGRES_MAX_CONNECTIONS:-200}"
        echo "shared_buffers = 64MB"
        if [ "${POSTGRES_DURABLE:-0}" != 1 ]; then
            echo "fsync = off"
            echo "synchronous_commit = off"
            echo "full_page_writes = off"
        fi
    } >> "$dir/data/postgresql.conf"

    # -w: returns once it accepts connections (or failed).
    postgres_as "$user" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/log/postgresql.log" -w -t 60 -s start </dev/null \
        || { log "postgres: the server did not start:"; tail -10 "$dir/log/postgresql.log" >&2; return 1; }
    echo "$bindir" > "$dir/bindir"
    "$bindir/createdb" -h "$address" -p "$port" -U plexe plexe \
        || { log "postgres: could not create the database"; postgres_stop "$dir"; return 1; }

    local host=$address
    [[ "$host" == *:* ]] && host="[$host]"
    export POSTGRES_URL="postgres://plexe@$host:$port/plexe"
    printf 'POSTGRES_URL=%s\n' "$POSTGRES_URL"
}

postgres_stop() {
    local dir=$1 bindir user
    [ -n "$dir" ] || die "usage: postgres_stop DIR"
    [ -f "$dir/data/postmaster.pid" ] || return 0
    bindir=$(cat "$dir/bindir" 2>/dev/null) || bindir=$(postgres_bindir) || return 1
    user=$(stat -c %U "$dir/data")
    # fast: ends the sessions of responders still connected instead of waiting for them.
    postgres_as "$user" "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 -s stop </dev/null \
        || log "postgres: pg_ctl stop failed for $dir (see $dir/log/postgresql.log)"
    return 0
}
