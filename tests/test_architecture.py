"""Every arrow points one way (docs/architecture.md).

- The import-linter contracts in ``pyproject.toml`` hold: the layers, ``pb`` without Django,
  ``portal`` without the apps above it; and they fail on a wrong import.
- No import circle of more than two modules anywhere in the project, function-local imports
  and ``__init__`` re-exports counted; a circle of two says why in a comment on its import.
"""

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
PACKAGES = CONFIG["root_packages"]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint_imports(cwd):
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo"], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_the_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 kept, 0 broken" in result.stdout


def test_every_app_is_in_a_contract():
    """A new top-level app must be placed in the layers, or the contracts would not see it."""
    layered = {name.strip() for layer in CONFIG["contracts"][0]["layers"] for name in layer.split("|")}
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")} | {"pb", "portal"}
    assert apps <= set(PACKAGES) and set(PACKAGES) == layered


@pytest.fixture
def project_copy(tmp_path):
    """The project's packages and configuration, copied, to break on purpose."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package,
                        ignore=shutil.ignore_patterns("__pycache__", "locale", "static", "templates", "migrations"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


@pytest.mark.parametrize("module, line, broken", [
    ("ideas/wrong_arrow.py", "from consultations.models import ConsultationPage\n",
     "ideas is not allowed to import consultations"),
    ("ideas/wrong_arrow.py", "def later():\n    from ballots.models import Ballot\n",  # function-local
     "ideas is not allowed to import ballots"),
    ("portal/tenancy/wrong_arrow.py", "from planning.models import Referral\n",
     "portal is the foundation"),
    ("pb/wrong_arrow.py", "import django\n", "pb is a pure Python library"),
])
def test_a_wrong_import_breaks_a_contract(project_copy, module, line, broken):
    assert lint_imports(project_copy).returncode == 0  # the copy holds, as the project does
    (project_copy / module).write_text(line, encoding="utf-8")
    result = lint_imports(project_copy)
    assert result.returncode == 1
    assert broken in " ".join(result.stdout.split())


def _circles(graph):
    """The strongly connected components of the import graph (Tarjan), largest first."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = iter(range(10**9))
    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))

    def visit(module):
        index[module] = low[module] = next(counter)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return sorted(found, key=len, reverse=True)


def _source_line(module, line_number):
    path = ROOT.joinpath(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    return path.read_text(encoding="utf-8").splitlines()[line_number - 1]


def test_no_import_circle_of_more_than_two_modules():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    circles = _circles(graph)
    assert all(len(circle) == 2 for circle in circles), "\n".join(" → ".join(c) for c in circles if len(c) > 2)
    for a, b in circles:
        imports = (graph.get_import_details(importer=a, imported=b)
                   + graph.get_import_details(importer=b, imported=a))
        assert any("#" in _source_line(i["importer"], i["line_number"]) for i in imports), (
            f"{a} and {b} import each other: say why on one of the imports, in a comment")


def test_the_circle_check_sees_function_local_imports():
    graph = grimp.build_graph("ballots", cache_dir=None)
    assert any(d["line_number"] > 1 for d in graph.get_import_details(importer="ballots.results",
                                                                       imported="ballots.tasks"))
    assert ["ballots.results", "ballots.tasks"] in _circles(graph)
