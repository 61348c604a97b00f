#!/usr/bin/env bash
# The vendored crates are the crates.io releases plus the patch files beside
# them, nothing else. This script rebuilds each tree from those two inputs:
#
#   third_party/vendor.sh check    rebuild in a scratch folder, diff against
#                                  the committed trees (make vendor-check)
#   third_party/vendor.sh refresh  replace the committed trees by the rebuilt
#                                  ones (after adding or editing a patch)
#
# A release is taken from cargo's download cache, where `cargo fetch` puts it
# when it is not there yet (through cargo's own registry settings: mirrors and
# source replacement work); either way its SHA-256 must be the one below (the
# checksum crates.io published, as Cargo.lock recorded it before vendoring).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

# name version sha256
CRATES=(
  "grpcio-sys 0.13.0+1.56.2-patched b3dae9132320ae1b03ea55b5ddc88ca72a31fb85fa631a241a40157f5feffe43"
  "grpcio 0.13.0 9e398946b5721d72478eb647260a1b7c1d5f70f0de35399846c3913bd369a33e"
)

die() { echo "vendor: $*" >&2; exit 1; }

# cached NAME VERSION SHA256 DEST: copies the release's .crate from cargo's
# download cache to DEST if it is there with that checksum.
cached() {
  local name=$1 version=$2 sha=$3 dest=$4 file
  for file in "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"$name-$version.crate"; do
    if [ -f "$file" ] && echo "$sha  $file" | sha256sum --check --status; then
      cp "$file" "$dest"
      return 0
    fi
  done
  return 1
}

# fetch NAME VERSION SHA256 DEST: the release's .crate file, checksum verified;
# not yet in the cache, cargo downloads it (a throwaway package that depends
# on exactly that version).
fetch() {
  local name=$1 version=$2 sha=$3 dest=$4 package
  cached "$@" && return
  package="$(mktemp -d)"
  mkdir "$package/src"
  : >"$package/src/lib.rs"
  printf '[package]\nname = "vendor-fetch"\nversion = "0.0.0"\nedition = "2021"\n\n[workspace]\n\n[dependencies]\n%s = "=%s"\n' \
    "$name" "${version%%+*}" >"$package/Cargo.toml"
  (cd "$package" && cargo fetch --quiet) || { rm -rf "$package"; die "cargo cannot fetch $name $version"; }
  rm -rf "$package"
  cached "$@" || die "$name $version: cargo fetched no .crate with the published SHA-256"
}

# rebuild OUT: every vendored tree, unpacked and patched, under OUT/<name>.
rebuild() {
  local out=$1 line name version sha p
  for line in "${CRATES[@]}"; do
    read -r name version sha <<<"$line"
    fetch "$name" "$version" "$sha" "$out/$name.crate"
    tar -xzf "$out/$name.crate" -C "$out"
    rm "$out/$name.crate"
    mv "$out/$name-$version" "$out/$name"
    for p in "$here/patches/$name"/*.patch; do
      [ -e "$p" ] || continue
      patch -d "$out/$name" -p1 --quiet --forward --no-backup-if-mismatch <"$p" \
        || die "$(basename "$p") does not apply to $name $version"
    done
  done
}

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
rebuild "$scratch"

case "${1:-check}" in
  check)
    status=0
    for line in "${CRATES[@]}"; do
      read -r name _ <<<"$line"
      if ! diff -r --brief "$scratch/$name" "$here/$name" >"$scratch/$name.diff"; then
        echo "vendor: third_party/$name is not its release plus patches/$name/*.patch:" >&2
        sed 's/^/  /' "$scratch/$name.diff" >&2
        status=1
      fi
    done
    [ $status -eq 0 ] && echo "vendor: third_party/{grpcio-sys,grpcio} are their releases plus $(ls "$here"/patches/*/*.patch 2>/dev/null | wc -l) patches"
    exit $status
    ;;
  refresh)
    # Only the files that differ are replaced: unchanged files keep their
    # modification times, so cmake recompiles what a patch touched, not the
    # whole C core.
    for line in "${CRATES[@]}"; do
      read -r name _ <<<"$line"
      if [ ! -d "$here/$name" ]; then
        mv "$scratch/$name" "$here/$name"
        continue
      fi
      (cd "$scratch/$name" && find . -type f) | while IFS= read -r f; do
        cmp -s "$scratch/$name/$f" "$here/$name/$f" && continue
        mkdir -p "$(dirname "$here/$name/$f")"
        cp "$scratch/$name/$f" "$here/$name/$f"
        echo "vendor: updated $name/${f#./}"
      done
      (cd "$here/$name" && find . -type f) | while IFS= read -r f; do
        [ -e "$scratch/$name/$f" ] || { rm "$here/$name/$f"; echo "vendor: removed $name/${f#./}"; }
      done
    done
    ;;
  *) die "usage: vendor.sh [check|refresh]" ;;
esac
