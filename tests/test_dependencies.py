"""Every package the code imports is pinned in the runtime lock file.

`make demo` installs requirements.lock only; a module that arrives through a development
dependency works in the tests and fails on a fresh machine at the first import.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "kordon"

# Imported only inside the benchmarks that compare Kordon with them (nomenklatura's matcher,
# xgboost's model), which need the development install anyway.
OPTIONAL = {"nomenklatura", "followthemoney", "xgboost"}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _locked(path: Path) -> set[str]:
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", line)
        if match:
            names.add(_canonical(match.group(1)))
    return names


def _imported_modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                tops = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                found.setdefault(top, path)
    return found


def test_every_third_party_import_is_in_the_runtime_lock() -> None:
    locked = _locked(ROOT / "requirements.lock")
    distributions = packages_distributions()
    missing = []
    for module, path in _imported_modules().items():
        if module in sys.stdlib_module_names or module in {"kordon", "__future__"}:
            continue
        if module in OPTIONAL:
            continue
        owners = {_canonical(name) for name in distributions.get(module, [])}
        assert owners, f"{module} (imported in {path.relative_to(ROOT)}) is not installed"
        if not owners & locked:
            missing.append(f"{module} ({path.relative_to(ROOT)}; from {', '.join(owners)})")
    assert not missing, "imported but not in requirements.lock: " + "; ".join(missing)
