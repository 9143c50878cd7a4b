#!/usr/bin/env bash
# Two escalation-graph processes behind nginx on this machine, in the foreground:
#   deploy/serve.sh
# NGINX_PORT (8080), API_PORTS ("4001 4002") and STATE_DIR (.cache/nginx) change where things go;
# DATA_DIR and the server's other variables pass through. Installs Debian's nginx when missing.
# SIGTERM or Ctrl-C stops nginx and both servers.
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
# Stops what this script started, by pid.
stop_all() {
  if [ ${#pids[@]} -gt 0 ]; then kill "${pids[@]}" 2>/dev/null || true; fi
  wait
}
trap stop_all EXIT
trap 'exit 0' INT TERM

for port in "$API_PORT_1" "$API_PORT_2"; do
  PORT=$port HOST=127.0.0.1 node --import tsx src/main.ts &
  pids+=($!)
done
"$nginx_bin" -p "$STATE_DIR" -c "$STATE_DIR/nginx.conf" -g 'daemon off;' &
pids+=($!)
echo "serve.sh: nginx on http://127.0.0.1:$NGINX_PORT/graphql → 127.0.0.1:$API_PORT_1, 127.0.0.1:$API_PORT_2" >&2
# Whichever process ends first ends them all.
wait -n
