#!/usr/bin/env bash
# Installs the independent validators the tests run against Trapline's exports, into a virtual environment at
# .venv-validators (ignored by git): frictionless, which checks a Camtrap DP package against the official table
# schemas (types, patterns, enumerations, primary and foreign keys) and jsonschema, which checks datapackage.json
# against the official profile. Idempotent: a second run only checks the pinned versions.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${TRAPLINE_VALIDATORS_VENV:-.venv-validators}"
PINS=(frictionless==5.18.1 jsonschema==4.23.0)

if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" - "${PINS[@]}" <<'PY'
import sys
from importlib.metadata import version, PackageNotFoundError
try:
    sys.exit(0 if all(version(p.split("==")[0]) == p.split("==")[1] for p in sys.argv[1:]) else 1)
except PackageNotFoundError:
    sys.exit(1)
PY
then
  echo "install-validators: ${PINS[*]} are installed in $VENV."
  exit 0
fi

if ! /usr/bin/python3 -c 'import venv, ensurepip' 2>/dev/null; then
  echo "install-validators: Debian's python3-venv is missing; run scripts/install-deps.sh as root first." >&2
  exit 1
fi
/usr/bin/python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "${PINS[@]}"
echo "install-validators: installed ${PINS[*]} in $VENV."
