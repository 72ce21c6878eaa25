"""environment.yml and pyproject.toml must declare the same packages with the same floors."""

import re
import tomllib

import yaml
from conftest import ROOT


def _name(spec: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.-]+)\s*(.*)$", spec)
    return m.group(1).lower().replace("_", "-"), m.group(2).replace(" ", "")


def test_environment_and_pyproject_agree():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pip_specs = dict(_name(s) for s in project["dependencies"] + project["optional-dependencies"]["dev"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda_specs = {}
    for dep in env["dependencies"]:
        items = dep["pip"] if isinstance(dep, dict) else [dep]
        for item in items:
            if item.startswith("-e") or item.split("=")[0] in ("python", "pip"):
                continue
            conda_specs.update([_name(item)])
    assert conda_specs == pip_specs


def test_core_packages_of_the_design_card_are_declared():
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {_name(d)[0] for d in deps}
    assert {"pandas", "matplotlib", "nltk", "jupyterlab", "textblob"} <= names
