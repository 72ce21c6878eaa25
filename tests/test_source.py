"""Checks on the package's source that ruff does not make."""

import ast

from conftest import ROOT


def _top_level_names(tree: ast.Module) -> list[tuple[str, int]]:
    names = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append((node.target.id, node.lineno))
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append((node.name, node.lineno))
    return names


def test_no_module_binds_a_top_level_name_twice():
    # a second binding silently replaces the first for every use in the module, earlier lines too (a set of
    # determiners named like a set of particles once dropped reports the first set had let through)
    twice = []
    for path in sorted((ROOT / "src" / "helpers").glob("*.py")):
        seen: dict[str, int] = {}
        for name, line in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))):
            if name in seen:
                twice.append(f"{path.name}: {name} (lines {seen[name]} and {line})")
            seen[name] = line
    assert twice == []
