#!/usr/bin/env bash
# Container healthcheck for the ClaimWatch services: GET /health/ready on the port given as the only argument,
# healthy only on HTTP 200. Plain bash over /dev/tcp, so the image needs neither curl nor wget.
set -euo pipefail
port="${1:?usage: healthcheck.sh PORT}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
read -r -t 4 _ status _ <&3
[[ "${status}" == "200" ]]
