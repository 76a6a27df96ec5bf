#!/usr/bin/env bash
# Builds the agent and the Spring Boot demo service (H2 in memory, nothing to install) and starts
# the service with Palisade attached. Usage: ./demo.sh [port]   (default 8080)
set -euo pipefail
cd "$(dirname "$0")"
PORT="${1:-8080}"
OUT="$PWD/target/demo"
mkdir -p "$OUT"

echo "Building Palisade and the demo service (the first run downloads dependencies)..."
mvn -B -q -ntp -DskipTests -pl agent,test-apps/spring-boot -am package

TELEMETRY="$OUT/palisade-telemetry.jsonl"
cat <<EOT

Palisade demo: Spring Boot service on http://127.0.0.1:$PORT with the agent attached.
Agent log: this terminal (lines starting with [palisade]).  Telemetry (JSON Lines): $TELEMETRY

Try, in another terminal (the policy is examples/policy.json: deny-by-default, bearer or API key):
  curl -i http://127.0.0.1:$PORT/health                                   # public: 200
  curl -i http://127.0.0.1:$PORT/api/admin/users                          # no credential: 401
  curl -i -H 'Authorization: Bearer demo' http://127.0.0.1:$PORT/api/admin/users              # 200
  curl -i -H 'Authorization: Bearer demo' "http://127.0.0.1:$PORT/api/items/search?name=apple"   # 200
  curl -i -H 'Authorization: Bearer demo' "http://127.0.0.1:$PORT/api/items/search?name=x%27%20OR%20%271%27=%271"
                                              # SQL injection at the JDBC sink: 403, the query never runs
  grep '"security"' $TELEMETRY             # the decisions, one JSON line each
  java -jar agent/target/palisade-agent.jar report $TELEMETRY     # per-route summary (after Ctrl-C or an interval)

Stop with Ctrl-C (the agent writes its final record on shutdown).

EOT
exec java "-javaagent:$PWD/agent/target/palisade-agent.jar=policy=$PWD/examples/policy.json,telemetry=$TELEMETRY" \
  -jar test-apps/spring-boot/target/spring-boot-app.jar "$PORT"
