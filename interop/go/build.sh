#!/usr/bin/env bash
# Builds the six Go contract programs into interop/go/bin/ with Debian's Go
# packages, in GOPATH mode (no module proxy is reachable here):
#   golang-go, golang-google-grpc-dev, golang-goprotobuf-dev, protobuf-compiler.
# Installs the packages with apt-get when missing and run as root.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

packages=(golang-go golang-google-grpc-dev golang-goprotobuf-dev protobuf-compiler)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "build.sh: missing ${missing[*]}; run: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "build.sh: installing ${missing[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# GOPATH mode: this directory is the package tree "grpcstream".
export GO111MODULE=off GOPROXY=off GOFLAGS=
export GOPATH="$here/.gopath:/usr/share/gocode"
export GOCACHE="${GOCACHE:-$here/.gopath/cache}"
mkdir -p .gopath/src bin helloworld
ln -sfn "$here" .gopath/src/grpcstream

# The contract's proto, shared with the Rust build.
protoc -I ../../proto --go_out=plugins=grpc,paths=source_relative:helloworld ../../proto/helloworld.proto

for program in cmd/*; do
  go build -o "bin/$(basename "$program")" "grpcstream/$program"
done
echo "build.sh: built $(ls bin | tr '\n' ' ')with $(go version | cut -d' ' -f3)" >&2
