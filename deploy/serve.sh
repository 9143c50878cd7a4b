#!/usr/bin/env bash
# Two escalation-graph processes behind nginx on this machine, in the foreground:
#   deploy/serve.sh
# NGINX_PORT (8080), API_PORTS ("4001 4002") and STATE_DIR (.cache/nginx) change where things go;
# DATA_DIR and the server's other variables pass through. Installs Debian's nginx when missing.
# A replica that exits (crashed, killed, or shut down) is restarted after a second while the other
# keeps serving; nginx retries the other replica meanwhile. SIGTERM or Ctrl-C stops nginx and
# both replicas.
set -euo pipefail
cd "$(dirname "$0")/.."

NGINX_PORT=${NGINX_PORT:-8080}
read -r API_PORT_1 API_PORT_2 <<<"${API_PORTS:-4001 4002}"
STATE_DIR=${STATE_DIR:-$PWD/.cache/nginx}

nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$nginx_bin" ]; then
  echo "serve.sh: installing Debian's nginx" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y nginx >/dev/null || { apt-get update >/dev/null && apt-get install -y nginx >/dev/null; }
  nginx_bin=/usr/sbin/nginx
fi

mkdir -p "$STATE_DIR/cache" "$STATE_DIR/temp"
sed -e "s|\${NGINX_PORT}|$NGINX_PORT|g" -e "s|\${API_PORT_1}|$API_PORT_1|g" \
  -e "s|\${API_PORT_2}|$API_PORT_2|g" -e "s|\${STATE_DIR}|$STATE_DIR|g" \
  deploy/nginx.conf >"$STATE_DIR/nginx.conf"

pids=()
stopping=0
# Stops what this script started, by pid, and waits for it.
stop_all() {
  stopping=1
  if [ ${#pids[@]} -gt 0 ]; then kill "${pids[@]}" 2>/dev/null || true; fi
  wait
}
trap stop_all EXIT
trap 'exit 0' INT TERM

# Runs one replica on port $1 for as long as this script runs, restarting it whenever it exits.
# Each replica's metrics go to the port after nginx's plus its index, on loopback.
replica() {
  local port=$1 metrics_port=$2 child=
  trap '[ -n "$child" ] && kill "$child" 2>/dev/null; wait; exit 0' TERM
  while true; do
    PORT=$port HOST=127.0.0.1 METRICS_PORT=$metrics_port node --import tsx src/main.ts &
    child=$!
    wait "$child" || true
    echo "serve.sh: the replica on port $port exited; restarting it" >&2
    sleep 1
  done
}

index=1
for port in "$API_PORT_1" "$API_PORT_2"; do
  replica "$port" $((NGINX_PORT + index)) &
  pids+=($!)
  index=$((index + 1))
done
"$nginx_bin" -p "$STATE_DIR" -c "$STATE_DIR/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
pids+=($nginx_pid)
echo "serve.sh: nginx on http://127.0.0.1:$NGINX_PORT/graphql → 127.0.0.1:$API_PORT_1, 127.0.0.1:$API_PORT_2" >&2
# Only nginx ending ends everything: the replicas restart on their own.
wait "$nginx_pid"
