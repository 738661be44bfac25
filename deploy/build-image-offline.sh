#!/usr/bin/env bash
# Builds the Dockerfile where no container engine runs and no base image can be pulled (these
# development machines): Debian's buildah, and a local stand-in for node:20-bookworm-slim
# assembled with Debian's debootstrap plus this machine's Node 20 (/usr/bin/node and its npm).
# Needs root, `apt-get install -y buildah debootstrap`, and the Debian and npm registries.
#
#   deploy/build-image-offline.sh            # builds localhost/factus-api:<package.json version>
#
# Where Docker or Podman can pull images, use `docker build` instead (README, Docker).
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION="$(node -p 'require("./package.json").version')"
WORK="${WORK_DIR:-/tmp/factus-image-build}"
ROOTFS="$WORK/rootfs"
BASE="docker.io/library/node:20-bookworm-slim"
BUILDAH=(buildah --storage-driver vfs)

if ! "${BUILDAH[@]}" inspect --type image "$BASE" > /dev/null 2>&1; then
  echo "== a local $BASE: Debian bookworm (debootstrap, minbase) + Node $(node --version)"
  if [ ! -x "$ROOTFS/usr/bin/apt-get" ]; then
    rm -rf "$ROOTFS" && mkdir -p "$ROOTFS"
    debootstrap --variant=minbase --include=ca-certificates bookworm "$ROOTFS" http://deb.debian.org/debian > "$WORK.debootstrap.log"
  fi
  # This machine's trust store, so that npm inside the build trusts what the host trusts (an
  # egress proxy's CA, say). The real node image has Debian's; a registry reached directly needs
  # nothing more.
  cp /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/ca-certificates.crt"
  install -m 0755 "$(command -v node)" "$ROOTFS/usr/local/bin/node"
  mkdir -p "$ROOTFS/usr/local/lib/node_modules"
  cp -a "$(dirname "$(readlink -f "$(command -v npm)")")/.." "$ROOTFS/usr/local/lib/node_modules/npm"
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$ROOTFS/usr/local/bin/npm"
  # The official image's unprivileged user: node, uid and gid 1000.
  echo 'node:x:1000:' >> "$ROOTFS/etc/group"
  echo 'node:x:1000:1000::/home/node:/bin/bash' >> "$ROOTFS/etc/passwd"
  mkdir -p "$ROOTFS/home/node" && chown 1000:1000 "$ROOTFS/home/node"
  rm -rf "$ROOTFS/var/cache/apt/archives/"*.deb "$ROOTFS/var/lib/apt/lists/"*
  ctr="$("${BUILDAH[@]}" from scratch)"
  "${BUILDAH[@]}" copy "$ctr" "$ROOTFS" / > /dev/null
  "${BUILDAH[@]}" config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --env NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt --cmd node "$ctr"
  "${BUILDAH[@]}" commit --rm "$ctr" "$BASE" > /dev/null
fi

echo "== buildah bud: the Dockerfile as it stands"
"${BUILDAH[@]}" bud --isolation chroot --pull-never --layers=false -t "localhost/factus-api:$VERSION" .
"${BUILDAH[@]}" images --format '{{.Name}}:{{.Tag}} {{.Size}}' "localhost/factus-api:$VERSION"
