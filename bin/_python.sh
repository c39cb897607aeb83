# Shared by bin/demo and bin/test: find Python 3.11+ and make the project's virtualenv.
find_python() {
  for candidate in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  echo "Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)." >&2
  return 1
}

make_venv() {
  local requirements=$1
  if [ ! -x .venv/bin/python ]; then
    "$(find_python)" -m venv .venv
  fi
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r "$requirements"
}

# The test oracle pabutools, without the proprietary solver it declares (requirements-oracle.txt).
install_oracle() {
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -r requirements-oracle.txt
  if .venv/bin/python -m pip show --quiet gurobipy >/dev/null 2>&1; then
    .venv/bin/python -m pip uninstall --quiet --yes gurobipy  # left by an older install
  fi
}
