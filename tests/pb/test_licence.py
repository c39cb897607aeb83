"""pabutools is GPL-3.0 and declares a proprietary solver: only tests/ and bench/ may use it, and
the solver is never installed."""

import importlib.util
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ORACLE_ONLY = ("pabutools", "gurobipy", "preflibtools", "pulp", "gmpy2")
IMPORT = re.compile(rf"^\s*(?:import|from)\s+({'|'.join(ORACLE_ONLY)})\b", re.MULTILINE)
OUTSIDE_PROJECT = {"tests", "bench", ".venv", "venv", "node_modules", "staticfiles", "media", ".git"}


def project_sources():
    for folder, subfolders, files in os.walk(ROOT):
        if Path(folder) == ROOT:
            subfolders[:] = [d for d in subfolders if d not in OUTSIDE_PROJECT]
        subfolders[:] = [d for d in subfolders if not d.startswith(".")]
        for name in files:
            if name.endswith(".py"):
                yield Path(folder) / name


def test_the_project_never_imports_pabutools():
    sources = list(project_sources())
    assert any(p.match("pb/equal_shares.py") for p in sources)
    offenders = [str(p.relative_to(ROOT)) for p in sources if IMPORT.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def test_pabutools_is_not_a_runtime_dependency():
    runtime = (ROOT / "requirements.txt").read_text(encoding="utf-8").lower()
    for name in ORACLE_ONLY:
        assert not re.search(rf"^{name}\b", runtime, re.MULTILINE), name
    oracle = (ROOT / "requirements-oracle.txt").read_text(encoding="utf-8")
    assert re.search(r"^pabutools==1\.2\.3$", oracle, re.MULTILINE)


def test_the_proprietary_solver_is_neither_listed_nor_installed():
    """pabutools declares gurobipy; it is installed without it (bin/_python.sh, --no-deps)."""
    for name in ("requirements.txt", "requirements-dev.txt", "requirements-oracle.txt"):
        text = (ROOT / name).read_text(encoding="utf-8")
        assert not re.search(r"^gurobipy\b", text, re.MULTILINE | re.IGNORECASE), name
    assert importlib.util.find_spec("gurobipy") is None
    assert importlib.util.find_spec("pabutools") is not None


def test_the_scan_would_catch_an_import(tmp_path):
    assert IMPORT.search("from pabutools.rules import method_of_equal_shares\n")
    assert IMPORT.search("    import pabutools\n")
    assert not IMPORT.search("# pabutools is only an oracle\n")
