#!/usr/bin/env bash
# Installs Arize Phoenix (a test tool, not a project dependency) into a git-ignored virtualenv: tmp/phoenix-venv.
# Used by `pnpm e2e:phoenix` (tests/phoenix/run.ts). PHOENIX_VERSION pins the release (default below).
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV=tmp/phoenix-venv
VERSION="${PHOENIX_VERSION:-20.26.1}"
if [[ -x "$VENV/bin/phoenix" ]] && "$VENV/bin/pip" show arize-phoenix 2>/dev/null | grep -qx "Version: $VERSION"; then
  echo "phoenix $VERSION already in $VENV"
  exit 0
fi
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check "arize-phoenix==$VERSION"
echo "phoenix $VERSION installed in $VENV"
