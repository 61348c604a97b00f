#!/usr/bin/env bash
# Builds the C core and runs the three pairs with other distributions'
# compilers and cmake: in a throwaway chroot of each Debian suite, made with
# debootstrap from Debian's packages, with this machine's Rust toolchain and
# cargo cache mounted in (read-only) and this checkout built in place.
# Needs root (chroot, mount) and the Debian mirror.
#
#   scripts/toolchains.sh [SUITE...]     default: unstable trixie
#
# For each suite it checks that `make deps`' packages resolve, says which gcc
# and cmake it used and how long the build took; in the suites named in
# TOOLCHAINS_DEBUG (default: unstable) it builds the core a second time as
# cmake's Debug (assertions on: where new compilers find missing includes);
# in the suites named in TOOLCHAINS_CLANG (default: trixie) it builds the
# core once more with the suite's clang.
# Chroots go under TOOLCHAINS_DIR (default /var/tmp/grpc-stream-toolchains)
# and are removed at the end, whatever happened.
set -euo pipefail

suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(unstable trixie)
root_dir=${TOOLCHAINS_DIR:-/var/tmp/grpc-stream-toolchains}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
src=$(cd "$(dirname "$0")/.." && pwd)
rustup_home=${RUSTUP_HOME:-$HOME/.rustup}
cargo_home=${CARGO_HOME:-$HOME/.cargo}
packages=gcc,g++,make,cmake,pkg-config,libssl-dev,protobuf-compiler,perl,ca-certificates,procps
toolchain=$(rustup show active-toolchain | awk '{print $1}')
[ -x "$rustup_home/toolchains/$toolchain/bin/cargo" ] \
  || { echo "toolchains: no toolchain $toolchain under $rustup_home" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || { echo "toolchains: needs root (debootstrap, chroot, mount)" >&2; exit 1; }
command -v debootstrap >/dev/null || {
  echo "toolchains: installing debootstrap"
  apt-get update >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap >/dev/null
}

mounted=()
unmount_all() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
  mounted=()
}
# remove DIR, never through a mount still in it (this checkout and the cargo
# cache are mounted in each chroot).
remove() {
  if grep -q " $1/" /proc/mounts; then
    echo "toolchains: $1 still has mounts; not removed" >&2
    return 1
  fi
  rm -rf "$1"
}
cleanup() {
  unmount_all
  remove "$root_dir"
}
trap cleanup EXIT

# bind FROM TO [ro]: FROM mounted at TO inside a chroot.
bind() {
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounted+=("$2")
  if [ "${3:-}" = ro ]; then mount -o remount,bind,ro "$2"; fi
}

summary=()
for suite in "${suites[@]}"; do
  chroot_dir=$root_dir/$suite
  echo "== $suite: debootstrap"
  mkdir -p "$chroot_dir"
  debootstrap --variant=minbase --include=$packages "$suite" "$chroot_dir" "$mirror" \
    >"$root_dir/$suite-debootstrap.log" 2>&1 \
    || { tail -20 "$root_dir/$suite-debootstrap.log" >&2; exit 1; }
  bind /proc "$chroot_dir/proc"
  bind /dev "$chroot_dir/dev"
  bind "$rustup_home" "$chroot_dir/opt/rustup" ro
  # Read-write: cargo locks its cache even offline.
  bind "$cargo_home" "$chroot_dir/opt/cargo"
  bind "$src" "$chroot_dir/src"
  # `make deps` must keep working there: every package it names resolves.
  cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
  # (A mirror snapshot older than its Release file's Valid-Until still says
  # which packages exist.)
  chroot "$chroot_dir" apt-get -o Acquire::Check-Valid-Until=false update >/dev/null
  # shellcheck disable=SC2046 # one word per package
  chroot "$chroot_dir" apt-get install --simulate $(make -s -C "$src" apt-packages) >/dev/null \
    || { echo "toolchains: $suite: make deps' packages do not all resolve" >&2; exit 1; }
  gcc_version=$(chroot "$chroot_dir" gcc -dumpfullversion)
  cmake_version=$(chroot "$chroot_dir" cmake --version | head -1 | awk '{print $3}')
  echo "== $suite: gcc $gcc_version, cmake $cmake_version"
  # In the chroot: this machine's toolchain called directly (no rustup), the
  # crates from the mounted cache (--offline), the build in a target
  # directory of the chroot's own.
  in_chroot() {
    chroot "$chroot_dir" env -i HOME=/root PATH="/opt/rustup/toolchains/$toolchain/bin:/usr/bin:/bin" \
      CARGO_HOME=/opt/cargo CARGO_TARGET_DIR=/root/target "$@"
  }
  started=$SECONDS
  in_chroot sh -c 'cd /src && cargo build --offline --locked --examples' \
    >"$root_dir/$suite-build.log" 2>&1 \
    || { tail -40 "$root_dir/$suite-build.log" >&2; echo "toolchains: $suite: build failed" >&2; exit 1; }
  build_time=$((SECONDS - started))
  echo "== $suite: cargo build --examples in ${build_time} s"
  for pair in "server_stream_server server_stream_client" "client_stream_server client_stream_client" \
    "all_stream_server all_stream_client"; do
    in_chroot sh -c "cd /src && scripts/run-pair.sh /root/target/debug/examples $pair" \
      || { echo "toolchains: $suite: the pair $pair failed" >&2; exit 1; }
  done
  debug_note="not built"
  if [[ " ${TOOLCHAINS_DEBUG-unstable} " == *" $suite "* ]]; then
    started=$SECONDS
    in_chroot sh -c 'cd /src && GRPCIO_SYS_CMAKE_BUILD_TYPE=Debug CARGO_TARGET_DIR=/root/target-debug cargo build --offline --locked -p grpcio-sys' \
      >"$root_dir/$suite-debug.log" 2>&1 \
      || { tail -40 "$root_dir/$suite-debug.log" >&2; echo "toolchains: $suite: the Debug core failed" >&2; exit 1; }
    debug_note="built in $((SECONDS - started)) s"
  fi
  clang_note=""
  if [[ " ${TOOLCHAINS_CLANG-trixie} " == *" $suite "* ]]; then
    chroot "$chroot_dir" env DEBIAN_FRONTEND=noninteractive apt-get install -y clang \
      >"$root_dir/$suite-clang-install.log" 2>&1 \
      || { tail -20 "$root_dir/$suite-clang-install.log" >&2; exit 1; }
    clang_version=$(chroot "$chroot_dir" clang -dumpversion)
    echo "== $suite: the core with clang $clang_version"
    started=$SECONDS
    in_chroot sh -c 'cd /src && CC=clang CXX=clang++ CARGO_TARGET_DIR=/root/target-clang cargo build --offline --locked -p grpcio-sys' \
      >"$root_dir/$suite-clang.log" 2>&1 \
      || { tail -40 "$root_dir/$suite-clang.log" >&2; echo "toolchains: $suite: the core failed with clang" >&2; exit 1; }
    clang_note="; core with clang $clang_version built in $((SECONDS - started)) s"
  fi
  summary+=("$suite: gcc $gcc_version, cmake $cmake_version: built in ${build_time} s, three pairs ran; Debug core $debug_note$clang_note")
  unmount_all
  remove "$chroot_dir"
done
echo "== toolchains"
printf '%s\n' "${summary[@]}"
