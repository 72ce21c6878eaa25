"""Reports: process the articles, execute every numbered notebook with papermill, render each to a
self-contained HTML page with nbconvert, and write an index. This is what ``make report`` runs.

Notebooks run with the project's folder fixed by :mod:`helpers.paths`, so papermill (which runs in the
caller's folder) and JupyterLab (the notebook's folder) see the same files. Rendered pages hide code,
are sanitised (article text can carry HTML) and embed their charts as images.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from . import paths
from .pipeline import process_path

# Reruns must give the same pages: no progress-bar rates, no GUI backend, stable hashing.
# (No MPLBACKEND here: the kernel must keep its inline backend or charts never reach the page.)
REPORT_ENV = {"TQDM_DISABLE": "1", "PYTHONHASHSEED": "0"}
TEMPLATE_DIR = Path(__file__).parent / "templates"


def notebooks(folder: Path | None = None) -> list[Path]:
    """The numbered notebooks (``NN_name.ipynb``) in reading order."""
    folder = folder or paths.notebooks_dir()
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def execute_notebook(src: Path, dest: Path, parameters: dict) -> None:
    """Run ``src`` top to bottom in a fresh kernel with ``parameters``; save the executed copy to ``dest``."""
    import papermill

    dest.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(
        str(src), str(dest), parameters=parameters, cwd=str(src.parent), kernel_name="python3",
        progress_bar=False, log_output=False, report_mode=True,
    )


def render_html(executed: Path, dest: Path) -> Path:
    """Render an executed notebook to HTML: no code, sanitised outputs, images embedded."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    exporter = HTMLExporter(extra_template_basedirs=[str(TEMPLATE_DIR)], template_name="report",
                            exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, embed_images=True, sanitize_html=True)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": _title(nb, executed)}})
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(body, encoding="utf-8")
    return dest


def _title(nb, path: Path) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def write_index(pages: list[Path], out: Path) -> Path:
    """An ``index.html`` linking every rendered report."""
    items = "\n".join(
        f'<li><a href="html/{html.escape(p.name)}">{html.escape(p.stem.replace("_", " "))}</a></li>'
        for p in pages
    )
    index = out / "index.html"
    index.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>News quotation reports</title></head>"
        f"<body><h1>News quotation reports</h1><ul>\n{items}\n</ul></body></html>\n",
        encoding="utf-8",
    )
    return index


def build_reports(
    input_dir: Path | None = None,
    processed: Path | None = None,
    out: Path | None = None,
    published: str | None = None,
    notebook_dir: Path | None = None,
) -> Path:
    """Process ``input_dir`` into ``processed``, run every notebook, write HTML to ``out``; return the index."""
    input_dir = Path(input_dir or paths.raw_dir()).resolve()
    processed = Path(processed or paths.processed_dir()).resolve()
    out = Path(out or paths.reports_dir()).resolve()
    summary = process_path(input_dir, processed)
    print(summary.line(), file=sys.stderr)
    os.environ.update(REPORT_ENV)
    params = {"input_dir": str(input_dir), "processed_dir": str(processed), "published": published}
    pages = []
    for nb_path in notebooks(notebook_dir):
        print(f"running {nb_path.name}", file=sys.stderr)
        executed = out / "executed" / nb_path.name
        execute_notebook(nb_path, executed, params)
        pages.append(render_html(executed, out / "html" / f"{nb_path.stem}.html"))
    return write_index(pages, out)
