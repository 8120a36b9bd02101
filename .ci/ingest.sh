#!/usr/bin/env bash
# The RTMP ingest for heihei live rooms: Debian's nginx with libnginx-mod-rtmp (and ffmpeg, which tests and benches
# publish with), configured from liberty/ingest/nginx.conf.template.
#   .ci/ingest.sh install                      installs the Debian packages if they are missing
#   .ci/ingest.sh start [callback] [rtmp] [http]  runs it (default: the server on :9080, RTMP 1935, HLS on 8088)
#   .ci/ingest.sh stop
# The publish callbacks go to <callback>/publish and <callback>/publish-done (the server's /ingest/rtmp).
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${INGEST_DIR:-/tmp/switchboard-ingest}
MODULE=/usr/lib/nginx/modules/ngx_rtmp_module.so

install() {
  if [ -x /usr/sbin/nginx ] && [ -f "$MODULE" ] && [ -x /usr/bin/ffmpeg ]; then
    return 0
  fi
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q || true
  # nginx-light: the smallest Debian nginx; the RTMP module loads into it
  $SUDO apt-get install -y -q nginx-light libnginx-mod-rtmp ffmpeg
  # the package's own nginx service is not ours: leave port 80 alone
  $SUDO systemctl disable --now nginx >/dev/null 2>&1 || $SUDO service nginx stop >/dev/null 2>&1 || true
}

start() {
  local callback=${1:-http://127.0.0.1:9080/ingest/rtmp} rtmp=${2:-1935} http=${3:-8088}
  install
  stop
  mkdir -p "$DIR/hls" "$DIR/tmp"
  sed -e "s|@DIR@|$DIR|g" -e "s|@CALLBACK@|$callback|g" -e "s|@RTMP_PORT@|$rtmp|g" -e "s|@HTTP_PORT@|$http|g" \
    liberty/ingest/nginx.conf.template > "$DIR/nginx.conf"
  /usr/sbin/nginx -p "$DIR" -c "$DIR/nginx.conf" -g "user $(id -un);" 2>"$DIR/start.log" \
    || /usr/sbin/nginx -p "$DIR" -c "$DIR/nginx.conf"
  for _ in $(seq 1 50); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$rtmp") 2>/dev/null; then
      echo "RTMP ingest on $rtmp, HLS on http://127.0.0.1:$http/hls/, callbacks to $callback"
      return 0
    fi
    sleep 0.1
  done
  echo "the ingest did not start:" >&2
  cat "$DIR/start.log" "$DIR/error.log" >&2 2>/dev/null || true
  return 1
}

stop() {
  if [ -f "$DIR/nginx.pid" ]; then
    kill "$(cat "$DIR/nginx.pid")" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$(cat "$DIR/nginx.pid" 2>/dev/null)" 2>/dev/null || break
      sleep 0.1
    done
    rm -f "$DIR/nginx.pid"
  fi
}

case "${1:-}" in
  install) install ;;
  start) shift; start "$@" ;;
  stop) stop ;;
  *) echo "usage: $0 install | start [callback] [rtmp-port] [http-port] | stop" >&2; exit 2 ;;
esac
