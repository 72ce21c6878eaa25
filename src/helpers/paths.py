"""Where the project's folders are, found from the package's location, never from the working directory.

Papermill runs a notebook in the caller's folder, nbconvert and JupyterLab in the notebook's; deriving paths
from here makes every runner agree. Set ``HELPERS_PROJECT_ROOT`` to use another project folder.
"""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    """The project folder: ``$HELPERS_PROJECT_ROOT`` if set, else the checkout this package lives in."""
    env = os.environ.get("HELPERS_PROJECT_ROOT")
    if env:
        return Path(env).expanduser().resolve()
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").exists() and (parent / "notebooks").is_dir():
            return parent
    return Path.cwd()


def raw_dir() -> Path:
    """``data/raw``: the articles, read-only."""
    return project_root() / "data" / "raw"


def processed_dir() -> Path:
    """``data/processed``: the Parquet tables written by ``python -m helpers process``."""
    return project_root() / "data" / "processed"


def reports_dir() -> Path:
    """``reports``: rendered HTML reports and executed notebooks."""
    return project_root() / "reports"


def notebooks_dir() -> Path:
    """``notebooks``: the numbered source notebooks."""
    return project_root() / "notebooks"
