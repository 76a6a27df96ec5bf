#!/usr/bin/env bash
# Walks every endpoint of a running test app and prints one line per request: method, path, status,
# Content-Type, the two filter headers and the start of the body. A manual check, not a test: it asserts nothing.
#
#   test-apps/tour.sh http://127.0.0.1:8080
#
# It includes the injections (they change the audit table), so run it on a fresh app to compare counts.
set -u
base=${1:?usage: tour.sh BASE_URL (e.g. http://127.0.0.1:8080)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

call() { # METHOD PATH [curl options...]
  local method=$1 path=$2 status
  shift 2
  status=$(curl -s -m 5 -o "$tmp/body" -D "$tmp/headers" -w '%{http_code}' -X "$method" "$@" "$base$path")
  header() { grep -i "^$1:" "$tmp/headers" | tr -d '\r' | cut -d' ' -f2-; }
  printf '%-6s %-26s %s [%s] app-filter=%s api-filter=%s %s\n' "$method" "$path" "$status" \
    "$(header Content-Type)" "$(header X-App-Filter)" "$(header X-Api-Filter)" "$(head -c 200 "$tmp/body")"
}
json='Content-Type: application/json'

call GET /health
call GET /api/public/hello
call GET /api/public/libs
call GET /api/public/anything/else
call GET /api/admin
call GET /api/admin/users
call GET /api/orders/42
call DELETE /api/orders/42
call GET /api/items/search --get --data-urlencode 'name=apple'
call GET /api/items/search --get --data-urlencode "name=x' OR '1'='1"
call GET /api/items/search --get --data-urlencode "name=x' UNION SELECT id, secret, 0 FROM users --"
call GET /api/items/search-safe --get --data-urlencode "name=x' OR '1'='1"
call GET /api/items/by-id --get --data-urlencode 'id=2'
call GET /api/items/by-id --get --data-urlencode 'id=0 OR 1=1'
call GET /api/items/by-id --get --data-urlencode 'id=0 UNION SELECT id, secret, 0 FROM users'
call GET /api/items/by-id-safe --get --data-urlencode 'id=0 OR 1=1'
call POST /api/items/lookup -H "$json" -d '{"name":"cherry"}'
call POST /api/items/lookup -H "$json" -d "{\"name\":\"x' OR '1'='1\"}"
call POST /api/items/lookup-safe -H "$json" -d "{\"name\":\"x' OR '1'='1\"}"
call GET /api/audit/count
call POST /api/audit --data-urlencode 'note=hello'
call POST /api/audit --data-urlencode "note=x'); INSERT INTO audit(note) VALUES ('pwned"
call GET /api/audit/count
call GET /api/async
call GET /api/forward
call GET /api/include
call GET /api/error
call GET /api/throw
call GET /api/super-service
call GET /api/echo/headers
call GET /no/such/path
