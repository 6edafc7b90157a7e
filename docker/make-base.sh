#!/usr/bin/env bash
# Makes the image's base from Debian's own mirror when no container registry can be reached:
# a minimal Debian 12 (bookworm) made with debootstrap, imported into the engine as
# localhost/dl-course-base:bookworm. Needs root, debootstrap and an apt mirror (the one apt already
# uses, or DEBIAN_MIRROR=...). The same Debian release as the pinned base in docker/Dockerfile.
#   sudo bash docker/make-base.sh [podman|docker]
set -euo pipefail
ENGINE="${1:-${ENGINE:-podman}}"
TAG="${BASE_TAG:-localhost/dl-course-base:bookworm}"
SUITE=bookworm
say() { printf '\033[1m[base]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[base] error:\033[0m %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "debootstrap needs root: run 'sudo bash docker/make-base.sh'"
command -v debootstrap >/dev/null || die "debootstrap is missing: 'apt-get install debootstrap'"
if [ -z "${DEBIAN_MIRROR:-}" ]; then
  # the mirror apt already uses (deb822 sources or the classic sources.list)
  DEBIAN_MIRROR="$(grep -hs -E '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list \
      /etc/apt/sources.list | grep -v security | head -n1 | sed -E 's/^URIs: *//; s/^deb (\[[^]]*\] )?//; s/ .*//' || true)"
fi
DEBIAN_MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
SECURITY="${DEBIAN_SECURITY:-${DEBIAN_MIRROR%/debian}/debian-security}"

work="$(mktemp -d /var/tmp/dl-course-base.XXXXXX)"
trap 'rm -rf "$work"' EXIT
say "debootstrap $SUITE (minbase) from $DEBIAN_MIRROR into $work"
debootstrap --variant=minbase "$SUITE" "$work/root" "$DEBIAN_MIRROR" >"$work/log" 2>&1 \
  || { tail -n 20 "$work/log"; die "debootstrap failed"; }
cat > "$work/root/etc/apt/sources.list" <<SOURCES
deb $DEBIAN_MIRROR $SUITE main
deb $DEBIAN_MIRROR $SUITE-updates main
deb $SECURITY $SUITE-security main
SOURCES
# what the official debian images do: no caches, no docs beyond copyright files, no man pages
rm -rf "$work/root/var/cache/apt/archives/"*.deb "$work/root/var/lib/apt/lists/"*
say "importing as $TAG"
tar -C "$work/root" --numeric-owner -c . | "$ENGINE" import --quiet \
  --change 'CMD ["bash"]' --change 'ENV LANG=C.UTF-8' - "$TAG" >/dev/null
say "done: $("$ENGINE" image inspect --format '{{.Id}}' "$TAG" | cut -c1-19)"
