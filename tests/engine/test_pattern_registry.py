"""The scanner's pattern list is assembled from module globals; a clash there is silent.

A second `X = PatternSpec(...)` in a module rebinds `X`, and the first spec drops out of the scanner
without a failing test (it happened once: five leaks came back). These checks make that loud.
"""

from __future__ import annotations

import ast
import importlib
from collections import Counter
from pathlib import Path

from phigate.engine import plan
from phigate.engine.scanner import PatternSpec

ENGINE = Path(plan.__file__).parent


def _module_bindings(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) and node.value is not None else [])
        counts.update(t.id for t in targets if isinstance(t, ast.Name))
    return counts


def test_no_engine_module_binds_a_global_twice() -> None:
    rebound = {
        f"{path.name}:{name}"
        for path in sorted(ENGINE.glob("*.py"))
        for name, n in _module_bindings(path).items() if n > 1
    }
    assert not rebound, f"module-level names bound twice (the first value is lost): {sorted(rebound)}"


def test_pattern_names_are_unique() -> None:
    names = Counter(spec.name for spec in plan.builtin_scanner().specs)
    twice = [n for n, c in names.items() if c > 1]
    assert not twice, f"a finding's detector must say which pattern fired; shared names: {twice}"


def test_every_module_level_spec_is_scanned() -> None:
    scanned = {id(spec) for spec in plan.builtin_scanner().specs}
    missing = [
        f"{path.stem}.{name} ({value.name})"
        for path in sorted(ENGINE.glob("*.py"))
        for name, value in vars(importlib.import_module(f"phigate.engine.{path.stem}")).items()
        if isinstance(value, PatternSpec) and id(value) not in scanned
    ]
    assert not missing, f"pattern specs defined but never scanned: {missing}"
