# A private S3-compatible object store for tests and scripts/cluster: Ceph's RADOS Gateway
# (radosgw, Debian's ceph 16.2) over a one-node Ceph cluster: one monitor and one OSD that keeps
# its objects in memory (memstore), as Ceph's own vstart.sh runs it for developers. No manager
# daemon (rgw needs none) and no cephx inside the cluster (its daemons only talk over loopback);
# the S3 side checks AWS Signature V4 for real, which is why this store and not a mock.
# Sourced, not run (after lib.sh, or alone: it sources lib.sh then).
#
#   s3store_start DIR PORT   starts the store with its state under DIR (created; a tmp dir is
#                            best), S3 on 127.0.0.1:PORT (or S3STORE_LISTEN_ADDRESS:PORT,
#                            e.g. a veth address that network namespaces reach; the monitor
#                            and the OSD stay on 127.0.0.1); exports S3STORE_ENDPOINT,
#                            S3STORE_REGION, S3STORE_BUCKET (created, empty),
#                            S3STORE_CREDENTIALS_FILE (AWS shared-credentials format, profile
#                            [default]) and prints them as NAME=value lines.
#   s3store_stop DIR         stops the daemons started under DIR (the files stay, for their logs).

S3STORE_PACKAGES="radosgw ceph-mon ceph-osd ceph-common"

# log, die and free_port come from lib.sh.
declare -F free_port >/dev/null || source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# The store's Debian packages, apart from ensure_packages: 256 MiB that only the scale-out mode
# and its tests need, so scripts/serve stays light.
ensure_s3store_packages() {
    local missing=() p
    for p in $S3STORE_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    [ "$(id -u)" -eq 0 ] || die "missing Debian packages (${missing[*]}); run as root or install them"
    log "installing Debian packages: ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# LENGTH characters drawn from ALPHABET by a cryptographic generator.
s3store_random_string() {
    python3 -c 'import secrets, sys; print("".join(secrets.choice(sys.argv[2]) for _ in range(int(sys.argv[1]))))' "$1" "$2"
}

# Waits up to SECONDS for COMMAND to succeed (polled every 0.2 s); gives up at once if the
# daemon PID has exited, or if COMMAND answers 2 (it saw a failure that no wait will mend).
s3store_wait() {
    local seconds=$1 what=$2 pid=$3 status; shift 3
    local deadline=$((SECONDS + seconds))
    while :; do
        status=0; "$@" >/dev/null 2>&1 || status=$?
        [ $status -ne 0 ] || return 0
        [ $status -ne 2 ] || { log "s3store: $what failed to start"; return 1; }
        s3store_running "$pid" || { log "s3store: $what exited during start-up"; return 1; }
        [ $SECONDS -lt $deadline ] || { log "s3store: $what not ready after ${seconds}s"; return 1; }
        sleep 0.2
    done
}

# 0 once the gateway answers at URL; 2 if its log says its HTTP frontend failed (a port taken:
# radosgw then stays up, serving nothing, until the port is free again).
s3store_gateway_ready() {
    local dir=$1 url=$2
    ! grep -q "failed initializing frontend" "$dir/log/client.rgw.log" 2>/dev/null || return 2
    curl --noproxy "*" --max-time 2 -sf -o /dev/null "$url"
}

# Starts daemon NAME of DIR in the foreground of a new session (-f: no fork, so $! is its
# pid and a failure shows at once; setsid: a Ctrl-C to the caller's terminal does not reach
# it), records its pid in DIR/run/NAME.pid and prints it.
s3store_daemon() {
    local dir=$1 name=$2 pid; shift 2
    setsid "$@" -f </dev/null >>"$dir/log/startup.log" 2>&1 &
    pid=$!
    rm -f "$dir/run/$name.pid"
    (set -C; echo "$pid" > "$dir/run/$name.pid") || return 1
    echo "$pid"
}

s3store_start() {
    local dir=$1 port=$2 mon_port fsid conf osd_uuid access_key secret_key status pid
    local address=${S3STORE_LISTEN_ADDRESS:-127.0.0.1}
    [ -n "$dir" ] && [ -n "$port" ] || die "usage: s3store_start DIR PORT"
    command -v radosgw >/dev/null || die "radosgw is not installed (ensure_s3store_packages)"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd -P)
    [ ! -e "$dir/ceph.conf" ] || die "s3store: $dir already holds a store (s3store_stop it, then use a new directory)"
    # A taken port is said before anything starts: radosgw notices it only ~10 s in, after the
    # monitor and the OSD, and its log (written asynchronously) may end before its reason.
    python3 -c 'import socket, sys; s = socket.socket(); s.bind((sys.argv[1], int(sys.argv[2])))' "$address" "$port" 2>/dev/null \
        || die "s3store: $address:$port is taken (Address already in use); choose another port"
    mkdir -p "$dir/run" "$dir/log" "$dir/mon.a" "$dir/osd.0" "$dir/rgw"
    mon_port=$(free_port)
    fsid=$(cat /proc/sys/kernel/random/uuid)
    conf=$dir/ceph.conf
    # Every path under DIR, so nothing touches /etc/ceph or /var/lib/ceph. One copy of each
    # object (one OSD), few placement groups (each costs OSD memory), no placement across hosts.
    # The monitor speaks msgr2 only, on a free port; the OSD picks free ports in 6800-7300.
    cat > "$conf" <<EOF
[global]
fsid = $fsid
mon host = v2:127.0.0.1:$mon_port
ms bind msgr1 = false
ms bind ipv6 = false
public addr = 127.0.0.1
auth cluster required = none
auth service required = none
auth client required = none
# radosgw and radosgw-admin default to an encrypted monitor session, which needs cephx.
ms mon client mode = crc
keyring = $dir/keyring
run dir = $dir/run
admin socket = $dir/run/\$name.asok
# The daemons' own pid files (radosgw writes none in the foreground); s3store writes NAME.pid.
pid file = $dir/run/\$name.ceph-pid
log file = $dir/log/\$name.log
mon cluster log file = $dir/log/cluster.log
crash dir = $dir/crash
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd pool default pg autoscale mode = off
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
mon data avail warn = 1
mon data avail crit = 0

[mon.a]
mon data = $dir/mon.a

[osd.0]
osd data = $dir/osd.0
# Objects live in the OSD's memory: nothing to format, nothing left on disk. The size is what
# the OSD reports as its capacity (it refuses writes near it), not memory reserved up front.
osd objectstore = memstore
memstore device bytes = ${S3STORE_CAPACITY_BYTES:-4294967296}

[client.rgw]
rgw frontends = beast endpoint=$address:$port
rgw data = $dir/rgw
# A deleted object's data stays in RADOS until garbage collection, two hours later by default;
# here that is memory, so collect within a minute.
rgw gc obj min wait = 30
rgw gc processor period = 30
EOF
    : > "$dir/keyring"
    # The daemons' messages before their own logs open go to startup.log.
    local startup_log=$dir/log/startup.log
    monmaptool --create --clobber --fsid "$fsid" --addv a "[v2:127.0.0.1:$mon_port]" "$dir/monmap" >>"$startup_log" 2>&1 \
        && ceph-mon -c "$conf" --mkfs -i a --monmap "$dir/monmap" >>"$startup_log" 2>&1 \
        && pid=$(s3store_daemon "$dir" mon.a ceph-mon -c "$conf" -i a) \
        && s3store_wait 30 "the monitor" "$pid" ceph -c "$conf" --connect-timeout 2 mon stat \
        || { s3store_failed "$dir"; return 1; }

    osd_uuid=$(cat /proc/sys/kernel/random/uuid)
    ceph -c "$conf" osd new "$osd_uuid" >>"$startup_log" 2>&1 \
        && ceph-osd -c "$conf" -i 0 --mkfs --osd-uuid "$osd_uuid" >>"$startup_log" 2>&1 \
        && pid=$(s3store_daemon "$dir" osd.0 ceph-osd -c "$conf" -i 0) \
        && s3store_wait 60 "the OSD" "$pid" s3store_osd_up "$conf" \
        || { s3store_failed "$dir"; return 1; }

    # radosgw creates its pools (zone, users, bucket index, data) on first start.
    pid=$(s3store_daemon "$dir" client.rgw radosgw -c "$conf" -n client.rgw) \
        && s3store_wait 90 "radosgw" "$pid" s3store_gateway_ready "$dir" "http://$address:$port/" \
        || { s3store_failed "$dir"; return 1; }

    # A user with fresh random keys (AWS's shapes: 20 upper-case letters and digits, 40 characters).
    # (Not `tr </dev/urandom | head`: tr's SIGPIPE fails the caller under `set -o pipefail`.)
    access_key=$(s3store_random_string 20 ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789)
    secret_key=$(s3store_random_string 40 ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789)
    radosgw-admin -c "$conf" user create --uid plexe --display-name "Plexe Data" \
        --access-key "$access_key" --secret-key "$secret_key" >>"$startup_log" 2>&1 \
        || { s3store_failed "$dir"; return 1; }
    (umask 077; printf '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' "$access_key" "$secret_key" > "$dir/credentials")

    export S3STORE_ENDPOINT=http://$address:$port
    export S3STORE_REGION=${S3STORE_REGION:-us-east-1}
    export S3STORE_BUCKET=${S3STORE_BUCKET:-plexe-data}
    export S3STORE_CREDENTIALS_FILE=$dir/credentials
    # The bucket, created with curl's own SigV4 signer (S3 wants the payload hash header, which
    # curl 7.88 does not add by itself: that of the empty body).
    status=$(curl --noproxy "*" --max-time 30 -sS -o "$dir/log/create-bucket.xml" -w '%{http_code}' -X PUT \
        --aws-sigv4 "aws:amz:$S3STORE_REGION:s3" --user "$access_key:$secret_key" \
        -H "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" \
        "$S3STORE_ENDPOINT/$S3STORE_BUCKET") || status=000
    if [ "$status" != 200 ]; then
        log "s3store: creating bucket $S3STORE_BUCKET answered $status: $(cat "$dir/log/create-bucket.xml" 2>/dev/null)"
        s3store_failed "$dir"; return 1
    fi
    printf 'S3STORE_ENDPOINT=%s\nS3STORE_REGION=%s\nS3STORE_BUCKET=%s\nS3STORE_CREDENTIALS_FILE=%s\n' \
        "$S3STORE_ENDPOINT" "$S3STORE_REGION" "$S3STORE_BUCKET" "$S3STORE_CREDENTIALS_FILE"
}

# Read whole, then matched: `ceph | grep -q` could fail under pipefail when grep stops early.
s3store_osd_up() {
    local dump
    dump=$(ceph -c "$1" --connect-timeout 2 osd dump 2>/dev/null) || return 1
    grep -q '^osd.0 up' <<<"$dump"
}

# After a failed start: shows where it stopped, and stops what did start.
s3store_failed() {
    local dir=$1 f
    for f in "$dir"/log/*.log; do
        [ -s "$f" ] || continue
        log "== last lines of $f"; tail -5 "$f" >&2
    done
    s3store_stop "$dir"
}

# The pid of DIR's daemon NAME (client.rgw, osd.0, mon.a) if it is alive and runs PROGRAM: a
# pid file can outlive its process, and its number be reused by anything else.
s3store_pid() {
    local dir=$1 name=$2 program=$3 pid exe
    pid=$(tr -dc 0-9 2>/dev/null <"$dir/run/$name.pid") || return 1
    [ -n "$pid" ] || return 1
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null) || return 1
    [ "$exe" = "$(readlink -f "$(command -v "$program")")" ] || return 1
    s3store_running "$pid" || return 1
    echo "$pid"
}

s3store_running() { grep -q "^State:[[:space:]]*[^Z]" "/proc/$1/status" 2>/dev/null; }

s3store_stop() {
    local dir=$1
    [ -n "$dir" ] || die "usage: s3store_stop DIR"
    # One at a time, the gateway first: each waits on the next one down as it stops (the OSD
    # asks the monitor to mark it down), so stopping them together takes longer, not less.
    s3store_terminate "$dir" client.rgw:radosgw
    s3store_terminate "$dir" osd.0:ceph-osd
    s3store_terminate "$dir" mon.a:ceph-mon
    return 0
}

# Sends SIGTERM to each NAME:PROGRAM daemon of DIR, waits for all, and SIGKILLs any left after 10 s.
s3store_terminate() {
    local dir=$1 entry pid pids=() deadline=$((SECONDS + 10))
    shift
    for entry in "$@"; do
        pid=$(s3store_pid "$dir" "${entry%%:*}" "${entry#*:}") || continue
        kill "$pid" 2>/dev/null && pids+=("$pid")
    done
    for pid in "${pids[@]}"; do
        while s3store_running "$pid"; do
            if [ $SECONDS -ge $deadline ]; then kill -KILL "$pid" 2>/dev/null; break; fi
            sleep 0.1
        done
    done
}
