"""What every notebook does first: resolve its folders, make sure the tables exist, set display style."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import paths, store
from .pipeline import process_path

TABLES = store.TABLES


def setup(
    input_dir: str | Path | None = None, processed_dir: str | Path | None = None, published: str | None = None
) -> dict[str, Path]:
    """Set the chart style and pandas display, build missing tables, and print the folders in use.

    ``None`` means the project defaults (``data/raw`` and ``data/processed``); ``published`` is the
    publication date for articles that do not state one, used when the tables are built here. Returns the
    folders.
    """
    import matplotlib.pyplot as plt

    plt.style.use("helpers.styles.report")
    pd.set_option("display.max_colwidth", 120)
    pd.set_option("display.width", 160)
    folders = {
        "input_dir": Path(input_dir) if input_dir else paths.raw_dir(),
        "processed_dir": Path(processed_dir) if processed_dir else paths.processed_dir(),
    }
    ensure_tables(folders["input_dir"], folders["processed_dir"], published)
    for name, folder in folders.items():
        print(f"{name:>14}: {folder}")
    return folders


def ensure_tables(input_dir: Path, processed_dir: Path, published: str | None = None) -> None:
    """Run ``process`` unless a finished run's tables are there, so any notebook works on a fresh clone
    (and an interrupted run is completed, not read half-done)."""
    finished = (Path(processed_dir) / store.MANIFEST).exists()
    if not finished or not all(store.table_path(processed_dir, t).exists() for t in TABLES):
        print(process_path(input_dir, processed_dir, progress=False, published=published).line())


def load_tables(processed_dir: str | Path, *names: str) -> list[pd.DataFrame]:
    """Read the named tables from ``processed_dir``, each as one DataFrame whatever its number of parts."""
    return [store.read_table(processed_dir, name) for name in names]
