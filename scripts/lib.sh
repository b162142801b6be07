# Shared shell functions for scripts/serve, scripts/stop, scripts/test and scripts/bench.
# Sourced, not run. Everything a stack writes lives under $PLEXE_HOME.

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEBIAN_PACKAGES="nginx spawn-fcgi libfcgi-dev libfcgi-bin libsqlite3-dev sqlite3 libssl-dev openssl zlib1g-dev curl wrk ca-certificates libzstd-dev libxml2-dev pkgconf"

# The toolchain lives in /opt/swift on this kind of machine; find it even when PATH does not.
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then export PATH=/opt/swift/usr/bin:$PATH; fi

log() { printf '%s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Installs the Debian packages that are missing (apt-get update once, then install).
ensure_packages() {
    local missing=()
    for p in $DEBIAN_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || die "missing Debian packages (${missing[*]}); run as root or install them"
    log "installing Debian packages: ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Builds the release binary; prints its path.
build_release() {
    (cd "$REPO_ROOT" && swift build -c release --product plexe-data >&2) || die "release build failed"
    echo "$REPO_ROOT/.build/release/plexe-data"
}

# Resolves PLEXE_HOME to an absolute path and sets the derived paths.
stack_paths() {
    export PLEXE_HOME=${PLEXE_HOME:-$REPO_ROOT/var}
    mkdir -p "$PLEXE_HOME"
    PLEXE_HOME=$(cd "$PLEXE_HOME" && pwd)
    export PLEXE_HTTPS_PORT=${PLEXE_HTTPS_PORT:-8443}
    export PLEXE_BASE_URL=${PLEXE_BASE_URL:-https://localhost:$PLEXE_HTTPS_PORT}
    RUN_DIR=$PLEXE_HOME/run
    LOG_DIR=$PLEXE_HOME/logs
    NGINX_DIR=$PLEXE_HOME/nginx
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
    [ -s "$TLS_CERT" ] && [ -s "$TLS_KEY" ] && return
    mkdir -p "$PLEXE_HOME/tls"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$TLS_KEY" -out "$TLS_CERT" -days 365 \
        -subj /CN=localhost -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" >/dev/null 2>&1 \
        || die "could not make a self-signed certificate"
    chmod 600 "$TLS_KEY"
}

render_nginx_config() {
    local user=$1 conf_dir=$NGINX_DIR/conf
    mkdir -p "$conf_dir" "$NGINX_DIR/tmp"/{body,proxy,fastcgi,uwsgi,scgi} "$PLEXE_HOME/files/.tmp" "$LOG_DIR" "$RUN_DIR"
    local user_line=""
    [ "$(id -u)" -eq 0 ] && user_line="user $user;"
    local max_json=${PLEXE_MAX_JSON_BYTES:-1048576}
    local max_file=${PLEXE_MAX_FILE_BYTES:-5368709120}
    for t in nginx.conf plexe-data.server.conf; do
        sed -e "s|@PLEXE_HOME@|$PLEXE_HOME|g" -e "s|@HTTPS_PORT@|$PLEXE_HTTPS_PORT|g" -e "s|@SOCKET@|$SOCKET|g" \
            -e "s|@TLS_CERT@|$TLS_CERT|g" -e "s|@TLS_KEY@|$TLS_KEY|g" -e "s|@NGINX_CONF_DIR@|$conf_dir|g" \
            -e "s|@MAX_JSON_BYTES@|$max_json|g" -e "s|@MAX_FILE_BYTES@|$max_file|g" -e "s|@NGINX_USER_LINE@|$user_line|g" \
            "$REPO_ROOT/nginx/$t.template" > "$conf_dir/$t"
    done
    cp "$REPO_ROOT/nginx/plexe-fastcgi.params" "$conf_dir/"
}

pid_alive() {
    local pid=$1 state
    [ -n "$pid" ] || return 1
    # One read of its status: a stopped daemon can linger as a zombie for a moment (not
    # alive), and be reaped at any moment (a `kill -0` then a second look could disagree).
    state=$(sed -n 's/^State:[[:space:]]*//p' "/proc/$pid/status" 2>/dev/null) || return 1
    [ -n "$state" ] && [[ "$state" != Z* ]]
}

# Copies the binary into PLEXE_HOME/bin, so the service user never needs to reach the
# source tree. Prints the installed path.
install_binary() {
    mkdir -p "$PLEXE_HOME/bin"
    install -m 0755 "$1" "$PLEXE_HOME/bin/plexe-data.new"
    mv -f "$PLEXE_HOME/bin/plexe-data.new" "$PLEXE_HOME/bin/plexe-data"
    echo "$PLEXE_HOME/bin/plexe-data"
}

# Starts spawn-fcgi (the responder) and nginx for this PLEXE_HOME; idempotent.
stack_start() {
    local binary user
    binary=$(install_binary "$1")
    user=$(service_user)
    ensure_certificate
    render_nginx_config "$user"
    stack_stop quiet
    mkdir -p "$PLEXE_HOME"/{files/uploads,files/exports,data,outbox}
    # The token command (run as root) and the responder (run as $user) share the catalog.
    if [ "$(id -u)" -eq 0 ] && [ "$user" != root ]; then
        chown -R "$user:$user" "$PLEXE_HOME/files" "$PLEXE_HOME/data" "$PLEXE_HOME/outbox" "$RUN_DIR"
        chown "$user:$user" "$PLEXE_HOME"
        for f in "$PLEXE_HOME"/catalog.sqlite* "$PLEXE_HOME"/secret.key; do [ -e "$f" ] && chown "$user:$user" "$f"; done
    fi
    responder_start "$binary" "$user"
    nginx -p "$NGINX_DIR" -c conf/nginx.conf -e "$LOG_DIR/nginx-error.log" || die "nginx did not start (see $LOG_DIR/nginx-error.log)"
    for _ in $(seq 1 100); do
        curl -ksf "https://127.0.0.1:$PLEXE_HTTPS_PORT/healthz" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    die "the stack did not answer /healthz on port $PLEXE_HTTPS_PORT"
}

# Starts the FastCGI responder under spawn-fcgi (in the foreground mode -n, so its stderr,
# the application log, is kept), detached from this shell.
responder_start() {
    local binary=$1 user=$2 owner_flags=()
    # spawn-fcgi refuses to switch to uid 0, so root runs without -u/-g.
    if [ "$(id -u)" -eq 0 ] && [ "$user" != root ]; then owner_flags=(-U "$user" -G "$user" -u "$user" -g "$user"); fi
    setsid nohup spawn-fcgi -n -s "$SOCKET" -M 0660 "${owner_flags[@]}" -- "$binary" serve \
        >>"$LOG_DIR/app.log" 2>&1 < /dev/null &
    echo $! > "$APP_PID_FILE"
    disown $! 2>/dev/null || true  # a crash test may kill it; the calling shell need not report that
    for _ in $(seq 1 100); do [ -S "$SOCKET" ] && break; sleep 0.05; done
    [ -S "$SOCKET" ] || { tail -20 "$LOG_DIR/app.log" >&2; die "the responder did not start"; }
}

# Stops the responder: SIGTERM (requests in flight finish), SIGKILL after 5 s.
responder_stop() {
    [ -f "$APP_PID_FILE" ] || return 0
    local pid
    pid=$(cat "$APP_PID_FILE")
    if pid_alive "$pid"; then
        # It may exit on its own meanwhile; a signal to a process already gone is no error.
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do pid_alive "$pid" || break; sleep 0.05; done
        if pid_alive "$pid"; then kill -KILL "$pid" 2>/dev/null || true; fi
    fi
    rm -f "$APP_PID_FILE"
}

# Stops what stack_start started, by pid.
stack_stop() {
    local quiet=${1:-}
    if [ -f "$NGINX_PID_FILE" ] && pid_alive "$(cat "$NGINX_PID_FILE")"; then
        nginx -p "$NGINX_DIR" -c conf/nginx.conf -e "$LOG_DIR/nginx-error.log" -s quit 2>/dev/null || kill "$(cat "$NGINX_PID_FILE")"
        for _ in $(seq 1 50); do pid_alive "$(cat "$NGINX_PID_FILE" 2>/dev/null)" || break; sleep 0.1; done
        [ -z "$quiet" ] && log "nginx stopped"
    fi
    if [ -f "$APP_PID_FILE" ] && pid_alive "$(cat "$APP_PID_FILE")"; then
        responder_stop
        [ -z "$quiet" ] && log "responder stopped"
    fi
    rm -f "$APP_PID_FILE"
}

# Runs the token command as the user that owns the catalog.
create_token() {
    local binary=$PLEXE_HOME/bin/plexe-data email=$2 user
    user=$(service_user)
    if [ "$(id -u)" -eq 0 ] && [ "$user" != root ]; then
        setpriv --reuid="$user" --regid="$user" --clear-groups env PLEXE_HOME="$PLEXE_HOME" "$binary" token create --email "$email"
    else
        "$binary" token create --email "$email"
    fi
}
