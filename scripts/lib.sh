# Shared shell functions for scripts/serve, scripts/stop, scripts/test and scripts/bench.
# Sourced, not run. Everything a stack writes lives under $PLEXE_HOME.

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# systemd: systemd-socket-activate and systemd-analyze (the units' checks); prometheus: promtool;
# logrotate and lintian: the operations tests and packaging/build-deb; chromium and its driver:
# the console's browser tests; libpq-dev: the PostgreSQL catalog (the server itself: scripts/postgres.sh).
DEBIAN_PACKAGES="systemd prometheus logrotate lintian nginx spawn-fcgi libfcgi-dev libfcgi-bin libsqlite3-dev sqlite3 libssl-dev openssl zlib1g-dev libcurl4-openssl-dev libpq-dev curl wrk ca-certificates libzstd-dev libxml2-dev pkgconf wordnet-base chromium chromium-driver"

# The toolchain lives in /opt/swift on this kind of machine; find it even when PATH does not.
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then export PATH=/opt/swift/usr/bin:$PATH; fi

log() { printf '%s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# A TCP port on 127.0.0.1 that is free now (the kernel picks it). Another process may take it
# before the caller binds it; the callers that start daemons check, and say so.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Installs the Debian packages that are missing (apt-get update once, then install).
ensure_packages() { install_debian_packages $DEBIAN_PACKAGES; }

# Installs those of the Debian packages PACKAGE... that are missing.
install_debian_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || die "missing Debian packages (${missing[*]}); run as root or install them"
    log "installing Debian packages: ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The version stamped into a build: `git describe` when the tree has tags, else
# 0.1.0+g<commit>, with .dirty for uncommitted changes ("0.1.0" when not in git).
plexe_version() {
    local described
    if described=$(git -C "$REPO_ROOT" describe --tags --dirty=.dirty 2>/dev/null); then echo "${described#v}"; return; fi
    described=$(git -C "$REPO_ROOT" describe --always --dirty=.dirty 2>/dev/null) || { echo 0.1.0; return; }
    echo "0.1.0+g$described"
}

# Writes the version into Sources/CBuildInfo/build_version.h (not in git) when it changed,
# so that only that C file compiles again (a -D flag would rebuild every module).
stamp_version() {
    local header=$REPO_ROOT/Sources/CBuildInfo/build_version.h line
    line="#define PLEXE_BUILD_VERSION \"$(plexe_version)\""
    [ -f "$header" ] && [ "$(cat "$header")" = "$line" ] && return 0
    printf '%s\n' "$line" > "$header"
    # The build notices a header that appeared only through the file that includes it.
    touch "$REPO_ROOT/Sources/CBuildInfo/build_info.c"
}

# Builds the release binary; prints its path. Further arguments go to swift build.
build_release() {
    stamp_version
    (cd "$REPO_ROOT" && swift build -c release --product plexe-data "$@" >&2) || die "release build failed"
    echo "$REPO_ROOT/.build/release/plexe-data"
}

# Resolves PLEXE_HOME to an absolute path (without symbolic links: root changes its owner)
# and sets the derived paths. Files the scripts and nginx create are not world-readable.
stack_paths() {
    umask 027
    export PLEXE_HOME=${PLEXE_HOME:-$REPO_ROOT/var}
    mkdir -p "$PLEXE_HOME"
    PLEXE_HOME=$(cd "$PLEXE_HOME" && pwd -P)
    export PLEXE_HTTPS_PORT=${PLEXE_HTTPS_PORT:-8443}
    export PLEXE_BASE_URL=${PLEXE_BASE_URL:-https://localhost:$PLEXE_HTTPS_PORT}
    RUN_DIR=$PLEXE_HOME/run
    LOG_DIR=$PLEXE_HOME/logs
    NGINX_DIR=$PLEXE_HOME/nginx
    STATE_DIR=$PLEXE_HOME/state
    SOCKET=$RUN_DIR/app.sock
    APP_PID_FILE=$RUN_DIR/app.pid
    NGINX_PID_FILE=$RUN_DIR/nginx.pid
}

# The user nginx workers and the responder run as. Started by root: www-data, unless it
# cannot reach PLEXE_HOME (a home under /root, say), in which case root itself.
service_user() {
    if [ "$(id -u)" -ne 0 ]; then id -un; return; fi
    if id www-data >/dev/null 2>&1 && setpriv --reuid=www-data --regid=www-data --clear-groups test -x "$(dirname "$PLEXE_HOME")" 2>/dev/null; then
        echo www-data
    else
        echo root
    fi
}

# A self-signed certificate, unless PLEXE_TLS_CERT and PLEXE_TLS_KEY name an operator's own.
ensure_certificate() {
    if [ -n "${PLEXE_TLS_CERT:-}" ] && [ -n "${PLEXE_TLS_KEY:-}" ]; then
        TLS_CERT=$PLEXE_TLS_CERT; TLS_KEY=$PLEXE_TLS_KEY; return
    fi
    TLS_CERT=$PLEXE_HOME/tls/cert.pem; TLS_KEY=$PLEXE_HOME/tls/key.pem
    root_directory tls 0700 "$(id -gn)"
    [ -s "$TLS_CERT" ] && [ -s "$TLS_KEY" ] && return
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$TLS_KEY" -out "$TLS_CERT" -days 365 \
        -subj /CN=localhost -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" >/dev/null 2>&1 \
        || die "could not make a self-signed certificate"
    chmod 600 "$TLS_KEY"
}

# A positive whole number from the environment variable NAME, or DEFAULT.
positive_setting() {
    local name=$1 default=$2 value
    value=${!name:-$default}
    [[ "$value" =~ ^[1-9][0-9]{0,8}$ ]] || die "$name=$value is not a positive whole number"
    echo "$value"
}

# Copies template SRC to DEST with the @NAME@ placeholders filled from the variables of the
# same role (set by render_nginx_config, or by packaging/build-deb for the .deb's paths).
render_template() {
    sed -e "s|@PLEXE_HOME@|$PLEXE_HOME|g" -e "s|@HTTPS_PORT@|${PLEXE_HTTPS_PORT:-}|g" -e "s|@SOCKET@|$SOCKET|g" \
        -e "s|@TLS_CERT@|${TLS_CERT:-}|g" -e "s|@TLS_KEY@|${TLS_KEY:-}|g" -e "s|@NGINX_CONF_DIR@|${NGINX_CONF_DIR:-}|g" \
        -e "s|@MAX_JSON_BYTES@|$MAX_JSON_BYTES|g" -e "s|@MAX_FILE_BYTES@|$MAX_FILE_BYTES|g" -e "s|@NGINX_USER_LINE@|${NGINX_USER_LINE:-}|g" \
        -e "s|@CONNECTIONS_PER_CLIENT@|$CONNECTIONS_PER_CLIENT|g" -e "s|@REQUESTS_PER_SECOND@|$REQUESTS_PER_SECOND|g" -e "s|@REQUEST_BURST@|$REQUEST_BURST|g" \
        -e "s|@FASTCGI_PARAMS@|$FASTCGI_PARAMS|g" -e "s|@UPLOAD_TEMP@|$UPLOAD_TEMP|g" -e "s|@METRICS_ALLOW@|$METRICS_ALLOW|g" \
        -e "s|@CORS_MAP@|${CORS_MAP:-}|g" -e "s|@CONSOLE_ROOT@|${CONSOLE_ROOT:-$PLEXE_HOME/console}|g" -e "s|@CONSOLE_CONNECT_SRC@|${CONSOLE_CONNECT_SRC:-"'self'"}|g" -e "s|@UPSTREAM_SERVERS@|${UPSTREAM_SERVERS:-server unix:$SOCKET;}|g" "$1" > "$2"
}

# The nginx limits (README, "Security") and body limits from the environment, as the
# variables render_template reads.
nginx_settings() {
    MAX_JSON_BYTES=${PLEXE_MAX_JSON_BYTES:-1048576}
    MAX_FILE_BYTES=${PLEXE_MAX_FILE_BYTES:-5368709120}
    CONNECTIONS_PER_CLIENT=$(positive_setting PLEXE_NGINX_CONNECTIONS_PER_CLIENT 256) || exit 1
    REQUESTS_PER_SECOND=$(positive_setting PLEXE_NGINX_REQUESTS_PER_SECOND 1000) || exit 1
    REQUEST_BURST=$(positive_setting PLEXE_NGINX_REQUEST_BURST 2000) || exit 1
    # The console's pages may connect to their own origin and, with PLEXE_STORE=s3, to the
    # store, where a browser sends the presigned PUTs of its uploads.
    CONSOLE_CONNECT_SRC="'self'"
    if [ "${PLEXE_STORE:-local}" = s3 ]; then
        [[ "${PLEXE_S3_ENDPOINT:-}" =~ ^(https?://[^/[:space:]\"\'|]+) ]] || die "PLEXE_S3_ENDPOINT=${PLEXE_S3_ENDPOINT:-}: use http(s)://HOST[:PORT]"
        CONSOLE_CONNECT_SRC+=" ${BASH_REMATCH[1]}"
    fi
}

# `allow ADDRESS;` lines for /metrics from PLEXE_METRICS_ALLOW (addresses or CIDR ranges,
# separated by spaces or commas); loopback is always allowed.
metrics_allow_lines() {
    local entry list=${PLEXE_METRICS_ALLOW:-}
    for entry in ${list//,/ }; do
        [[ "$entry" =~ ^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$ ]] || die "PLEXE_METRICS_ALLOW: $entry is not an address or CIDR range"
        echo "allow $entry;"
    done
}

# Writes nginx.conf, plexe-data.server.conf (the standalone server {}), plexe-data.http.conf
# (its http {} part) and plexe-data.conf (the snippet of location blocks an existing
# server {} includes) from their templates.
render_nginx_config() {
    local user=$1 conf_dir=$NGINX_DIR/conf
    mkdir -p "$conf_dir" "$NGINX_DIR/tmp"/{body,upload,proxy,fastcgi,uwsgi,scgi}
    NGINX_USER_LINE=""
    [ "$(id -u)" -eq 0 ] && NGINX_USER_LINE="user $user;"
    nginx_settings
    NGINX_CONF_DIR=$conf_dir FASTCGI_PARAMS=$conf_dir/plexe-fastcgi.params UPLOAD_TEMP=$PLEXE_HOME/nginx/tmp/upload
    METRICS_ALLOW=$conf_dir/plexe-data-metrics-allow.conf
    metrics_allow_lines > "$METRICS_ALLOW"
    CORS_MAP=$conf_dir/plexe-cors.conf
    render_cors_map > "$CORS_MAP" || exit 1
    render_template "$REPO_ROOT/nginx/nginx.conf.template" "$conf_dir/nginx.conf"
    render_template "$REPO_ROOT/nginx/plexe-data.server.conf.template" "$conf_dir/plexe-data.server.conf"
    render_template "$REPO_ROOT/nginx/plexe-data.http.conf.template" "$conf_dir/plexe-data.http.conf"
    render_template "$REPO_ROOT/nginx/snippets/plexe-data.conf.template" "$conf_dir/plexe-data.conf"
    cp "$REPO_ROOT/nginx/plexe-fastcgi.params" "$conf_dir/"
}

# The map from a request's Origin to the Access-Control-Allow-Origin nginx's own answers
# carry: the origins of PLEXE_CORS_ORIGINS (comma-separated, as the app reads them), `*`
# for any, empty otherwise. Origins are checked here too, as they become nginx syntax.
render_cors_map() {
    local origin default='""' entries="" origins=()
    IFS=, read -ra origins <<< "${PLEXE_CORS_ORIGINS:-}"
    for origin in "${origins[@]}"; do
        origin=${origin//[[:space:]]/}
        [ -n "$origin" ] || continue
        if [ "$origin" = "*" ]; then
            default='"*"'
        elif [[ "$origin" =~ ^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$ ]]; then
            entries+="    \"$origin\" \$http_origin;"$'\n'
        else
            die "PLEXE_CORS_ORIGINS: $origin is not an origin such as https://app.example.com"
        fi
    done
    printf 'map $http_origin $plexe_cors_origin {\n    default %s;\n%s}\n' "$default" "$entries"
}

pid_alive() {
    local pid=$1 state
    [ -n "$pid" ] || return 1
    # One read of its status: a stopped daemon can linger as a zombie for a moment (not
    # alive), and be reaped at any moment (a `kill -0` then a second look could disagree).
    state=$(sed -n 's/^State:[[:space:]]*//p' "/proc/$pid/status" 2>/dev/null) || return 1
    [ -n "$state" ] && [[ "$state" != Z* ]]
}

# The pid in PID_FILE if that process is alive and runs the program EXPECTED; otherwise
# nothing, status 1, and the stale pid file is removed. A pid file may outlive its process
# and its number be reused by any other, and root must not signal whatever that is.
checked_pid() {
    local pid_file=$1 expected pid="" exe
    expected=$(readlink -f "$2")
    [ -e "$pid_file" ] || [ -L "$pid_file" ] || return 1
    # Only a plain file is read (a pid file left in an old, service-owned run/ could be a
    # link or a FIFO); a bounded read of digits, whatever it holds.
    if [ -f "$pid_file" ] && [ ! -L "$pid_file" ]; then
        pid=$(timeout 2 head -c 32 "$pid_file" 2>/dev/null | tr -dc 0-9)
    fi
    if pid_alive "$pid"; then
        exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || exe=""
        # " (deleted)": the program was replaced on disk since it started (a new build).
        if [ -n "$exe" ] && { [ "$exe" = "$expected" ] || [ "$exe" = "$expected (deleted)" ]; }; then echo "$pid"; return 0; fi
        log "warning: $pid_file names process $pid (${exe:-unknown program}), not $expected; not signalling it"
    fi
    rm -f "$pid_file"
    return 1
}

# Writes PID to PID_FILE, creating it afresh (never writing through a link left in its place).
write_pid_file() {
    rm -f "$1"
    (set -C; printf '%s\n' "$2" > "$1") || die "could not write $1"
}

nginx_binary() { command -v nginx || echo /usr/sbin/nginx; }

# The ownership of PLEXE_HOME (README, "Security"). Started by root with a service user, the
# home and everything root writes or runs there (bin, run, logs, nginx, tls) belong to root,
# in directories the service user cannot rename or replace; the service user owns files/,
# data/, outbox/ and state/ (catalog and signing secret), 0700, and nothing else. The home
# is root:SERVICE_GROUP 0750, so the nginx workers and the responder pass through it and no
# one else does. Started by anyone else (or with root as the service user), everything is
# the caller's and the home is 0700.
secure_layout() {
    local user=$1 group
    group=$(id -gn "$user")
    if [ "$(id -u)" -eq 0 ] && [ "$user" != root ]; then
        chown -h "root:$group" "$PLEXE_HOME"
        chmod 0750 "$PLEXE_HOME"
    else
        chmod 0700 "$PLEXE_HOME"
    fi
    root_directory bin 0750 "$group"
    root_directory run 0750 "$group" ephemeral
    root_directory logs 0750 "$(id -gn)"
    root_directory nginx 0750 "$group"
    root_directory nginx/conf 0750 "$(id -gn)"
    root_directory nginx/tmp 0750 "$group" ephemeral
    local f
    for f in "$LOG_DIR"/*.log; do [ -f "$f" ] && [ ! -L "$f" ] && chmod 0640 "$f"; done
    # Only the top level: below it the service user could swap a directory for a link
    # between two of root's steps. The responder makes files/uploads and files/exports.
    for f in files data outbox state cache; do service_directory "$f" "$user" "$group"; done
    move_state_from_old_layout "$user" "$group"
}

# PLEXE_HOME/REL as a real directory of the caller's (root's, when root), with MODE and
# GROUP, holding no symbolic links. Anything else found there (left by the service user when
# it owned the home) is never entered: an EPHEMERAL directory (pid files, socket, nginx temp
# files) is removed, another is moved aside with a warning.
root_directory() {
    local dir=$PLEXE_HOME/$1 mode=$2 group=$3 ephemeral=${4:-}
    if [ -L "$dir" ] || { [ -e "$dir" ] && { [ ! -d "$dir" ] || [ "$(stat -c %u "$dir")" != "$(id -u)" ]; }; }; then
        if [ -n "$ephemeral" ] || [ -L "$dir" ]; then
            rm -rf "$dir"
        else
            local aside
            aside="$dir.untrusted.$(date +%Y%m%d%H%M%S)"
            mv -T "$dir" "$aside"
            log "warning: $dir was not $(id -un)'s; moved it to $aside (not read or used)"
        fi
    fi
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown -h "root:$group" "$dir"
    chmod "$mode" "$dir"
    find "$dir" -mindepth 1 -maxdepth 1 -type l -delete
}

# PLEXE_HOME/REL as a directory of the service USER, 0700. Root only creates it or, when
# it belonged to someone else (a stack that ran as root before), hands it over without
# following links (chown -h).
service_directory() {
    local dir=$PLEXE_HOME/$1 user=$2 group=$3
    [ -L "$dir" ] && rm -f "$dir"
    if [ -e "$dir" ] && [ ! -d "$dir" ]; then die "$dir is not a directory"; fi
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ] && [ "$(stat -c %U "$dir")" != "$user" ]; then chown -hR "$user:$group" "$dir"; fi
    chmod 0700 "$dir"
}

# Before state/, the catalog and the signing secret lived in PLEXE_HOME itself: moved (a
# rename moves a link as a link) and handed to the service user. Run with the stack stopped.
move_state_from_old_layout() {
    local user=$1 group=$2 name
    local -a names=()
    if [ -e "$PLEXE_HOME/catalog.sqlite" ] || [ -L "$PLEXE_HOME/catalog.sqlite" ]; then
        if [ -e "$STATE_DIR/catalog.sqlite" ]; then
            log "warning: $PLEXE_HOME/catalog.sqlite is left where it is: $STATE_DIR/catalog.sqlite is the catalog in use"
        else
            names+=(catalog.sqlite catalog.sqlite-wal catalog.sqlite-shm)
        fi
    fi
    if [ -e "$PLEXE_HOME/secret.key" ] || [ -L "$PLEXE_HOME/secret.key" ]; then
        if [ -e "$STATE_DIR/secret.key" ]; then
            log "warning: $PLEXE_HOME/secret.key is left where it is: $STATE_DIR/secret.key is the key in use"
        else
            names+=(secret.key)
        fi
    fi
    for name in "${names[@]}"; do
        [ -e "$PLEXE_HOME/$name" ] || [ -L "$PLEXE_HOME/$name" ] || continue
        mv -T "$PLEXE_HOME/$name" "$STATE_DIR/$name"
        [ "$(id -u)" -eq 0 ] && chown -h "$user:$group" "$STATE_DIR/$name"
        log "moved $name into $STATE_DIR"
    done
}

# Copies the binary into PLEXE_HOME/bin (root's when root runs this), so the service user
# never needs to reach the source tree and cannot change what runs. Prints the installed path.
install_binary() {
    install -m 0755 "$1" "$PLEXE_HOME/bin/plexe-data.new"
    mv -f "$PLEXE_HOME/bin/plexe-data.new" "$PLEXE_HOME/bin/plexe-data"
    echo "$PLEXE_HOME/bin/plexe-data"
}

# Copies the web console (web/: static HTML, CSS and JavaScript modules) into
# PLEXE_HOME/console, which nginx serves at /console/. Like the binary, it is root's when root
# runs this, readable by the service group (the nginx workers) and writable by no one else,
# so the service user can neither reach the source tree nor change what browsers load.
install_console() {
    local group=$1 dir=$PLEXE_HOME/console
    root_directory console 0750 "$group"
    find "$dir" -mindepth 1 -delete
    cp -R "$REPO_ROOT/web/." "$dir/"
    if [ "$(id -u)" -eq 0 ]; then chown -R "root:$group" "$dir"; fi
    find "$dir" -type d -exec chmod 0750 {} +
    find "$dir" -type f -exec chmod 0640 {} +
}

# Starts spawn-fcgi (the responder) and nginx for this PLEXE_HOME; idempotent.
stack_start() {
    local binary user
    user=$(service_user)
    stack_stop quiet
    secure_layout "$user"
    binary=$(install_binary "$1")
    install_console "$(id -gn "$user")"
    ensure_certificate
    render_nginx_config "$user"
    responder_start "$binary" "$user"
    nginx_start
}

# Starts nginx with the rendered configuration and waits until /healthz answers through it
# (from a responder: the one of stack_start, or a node of scripts/cluster).
nginx_start() {
    nginx -p "$NGINX_DIR" -c conf/nginx.conf -e "$LOG_DIR/nginx-error.log" || die "nginx did not start (see $LOG_DIR/nginx-error.log)"
    for _ in $(seq 1 100); do
        curl -ksf "https://127.0.0.1:$PLEXE_HTTPS_PORT/healthz" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    die "the stack did not answer /healthz on port $PLEXE_HTTPS_PORT"
}

# Starts the FastCGI responder, detached from this shell, its stderr (the application log)
# appended to logs/app.log. PLEXE_LAUNCHER picks what opens the socket and hands it over:
#   spawn-fcgi       (default) spawn-fcgi -n: the socket as fd 0, then drops to the service user;
#   socket-activate  systemd-socket-activate: the socket as LISTEN_FDS (fd 3), as the
#                    plexe-data.socket unit does, run as the service user through setpriv.
# Both exec the responder in the same process, so the pid file names it either way.
# PLEXE_FASTCGI_ADDRESS=HOST:PORT makes it a TCP listener instead of the Unix socket (a node
# behind a front nginx on another machine, README "Several machines"); RESPONDER_NETNS (set
# by scripts/cluster) starts it inside that network namespace (`ip netns exec` execs too).
responder_start() {
    local binary=$1 user=$2 launcher=${PLEXE_LAUNCHER:-spawn-fcgi} command=() address=${PLEXE_FASTCGI_ADDRESS:-}
    local host="" port=""
    if [ -n "$address" ]; then
        # An IPv4 address or a host name (spawn-fcgi's -a takes no IPv6 in brackets).
        [[ "$address" =~ ^([A-Za-z0-9.-]+):([0-9]{1,5})$ ]] && [ "${BASH_REMATCH[2]}" -ge 1 ] && [ "${BASH_REMATCH[2]}" -le 65535 ] \
            || die "PLEXE_FASTCGI_ADDRESS=$address: use HOST:PORT, e.g. 10.0.0.5:9000"
        host=${BASH_REMATCH[1]} port=${BASH_REMATCH[2]}
    fi
    case "$launcher" in
        spawn-fcgi)
            local owner_flags=() listen_flags=(-s "$SOCKET" -M 0660)
            # spawn-fcgi refuses to switch to uid 0, so root runs without -u/-g.
            if [ "$(id -u)" -eq 0 ] && [ "$user" != root ]; then owner_flags=(-u "$user" -g "$user"); fi
            if [ -n "$address" ]; then
                listen_flags=(-a "$host" -p "$port")
            elif [ ${#owner_flags[@]} -gt 0 ]; then
                owner_flags+=(-U "$user" -G "$user")
            fi
            command=(spawn-fcgi -n "${listen_flags[@]}" "${owner_flags[@]}" -- "$binary" serve) ;;
        socket-activate)
            # It binds in run/ (root's) and execs setpriv, which drops to the service user and
            # execs the responder: one process throughout, so LISTEN_PID stays right. The
            # socket is handed to the service user below, as spawn-fcgi's -U/-G/-M do. A
            # socket left by an earlier run is removed first.
            rm -f "$SOCKET"
            # It hands the program only the variables named with -E (as a unit's Environment=).
            local name
            command=(systemd-socket-activate -l "${address:-$SOCKET}")
            for name in $(compgen -e); do
                case "$name" in PLEXE_*|FCGI_WEB_SERVER_ADDRS|PATH|LANG|LC_*|TZ|HOME) command+=(-E "$name") ;; esac
            done
            command+=(--)
            if [ "$(id -u)" -eq 0 ] && [ "$user" != root ]; then command+=(setpriv --reuid="$user" --regid="$user" --clear-groups); fi
            command+=("$binary" serve) ;;
        *) die "PLEXE_LAUNCHER=$launcher: use spawn-fcgi or socket-activate" ;;
    esac
    [ -n "${RESPONDER_NETNS:-}" ] && command=(ip netns exec "$RESPONDER_NETNS" "${command[@]}")
    setsid nohup "${command[@]}" >>"$LOG_DIR/app.log" 2>&1 < /dev/null &
    local pid=$! expected
    disown "$pid" 2>/dev/null || true  # a crash test may kill it; the calling shell need not report that
    write_pid_file "$APP_PID_FILE" "$pid"
    # The launcher opens the socket, then execs the responder in the same process: ready
    # once both happened (stopping checks that the pid runs this binary). A TCP listener
    # (maybe in another namespace) is bound before the exec, so the exec alone says ready.
    expected=$(readlink -f "$binary")
    for _ in $(seq 1 100); do
        { [ -n "$address" ] || [ -S "$SOCKET" ]; } && [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$expected" ] && break
        sleep 0.05
    done
    if [ -n "$address" ]; then
        [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" = "$expected" ] || { tail -20 "$LOG_DIR/app.log" >&2; die "the responder did not start on $address ($launcher)"; }
        return 0
    fi
    [ -S "$SOCKET" ] || { tail -20 "$LOG_DIR/app.log" >&2; die "the responder did not start ($launcher)"; }
    if [ "$launcher" = socket-activate ]; then
        [ "$(id -u)" -eq 0 ] && chown -h "$user:$user" "$SOCKET"
        chmod 0660 "$SOCKET"
    fi
}

# The responder's pid, if the pid file names a running responder of this stack.
responder_pid() { checked_pid "$APP_PID_FILE" "$PLEXE_HOME/bin/plexe-data"; }

# Stops the responder: SIGTERM (requests in flight finish), SIGKILL after 5 s.
responder_stop() {
    local pid
    if pid=$(responder_pid); then
        # It may exit on its own meanwhile; a signal to a process already gone is no error.
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do pid_alive "$pid" || break; sleep 0.05; done
        if pid_alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
    fi
    rm -f "$APP_PID_FILE"
}

# Stops what stack_start started, by pid, each checked to be the program it should be.
stack_stop() {
    local quiet=${1:-} pid
    if pid=$(checked_pid "$NGINX_PID_FILE" "$(nginx_binary)"); then
        # What `nginx -s quit` does, to the pid checked above: a graceful stop.
        kill -QUIT "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do pid_alive "$pid" || break; sleep 0.1; done
        [ -z "$quiet" ] && log "nginx stopped"
    fi
    if responder_pid >/dev/null; then
        responder_stop
        [ -z "$quiet" ] && log "responder stopped"
    fi
    rm -f "$APP_PID_FILE"
}

# Runs `plexe-data ARGS...` (token, backup, restore) as the user that owns the catalog.
service_command() {
    local binary=$PLEXE_HOME/bin/plexe-data user
    user=$(service_user)
    if [ "$(id -u)" -eq 0 ] && [ "$user" != root ]; then
        setpriv --reuid="$user" --regid="$user" --clear-groups env PLEXE_HOME="$PLEXE_HOME" "$binary" "$@"
    else
        "$binary" "$@"
    fi
}

# Runs `plexe-data token ARGS...` as the user that owns the catalog.
token_command() { service_command token "$@"; }

# Prints a new token for EMAIL; further arguments go to `token create` (--expires-in 30d).
create_token() {
    local email=$1
    shift
    token_command create --email "$email" "$@"
}
