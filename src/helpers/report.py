"""Reports: process the articles, execute every numbered notebook with papermill, render each to a
self-contained HTML page with nbconvert, and write an index. This is what ``make report`` runs.

Notebooks run with the project's folder fixed by :mod:`helpers.paths`, so papermill (which runs in the
caller's folder) and JupyterLab (the notebook's folder) see the same files. Rendered pages hide code,
are sanitised (article text can carry HTML) and embed their charts as images.
"""

from __future__ import annotations

import html
import os
import re
import sys
import tempfile
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
    from traitlets.config import Config

    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="helpers-kernel-") as sockets:
        # The kernel talks over local sockets in a folder of its own, removed afterwards: over TCP it warns
        # on every run that the channel is unencrypted, and IPC sockets left to their default land in the
        # notebooks' folder. (Windows has no IPC transport: TCP there.)
        ipc = {"transport": "ipc", "ip": os.path.join(sockets, "kernel")} if os.name != "nt" else {}
        papermill.execute_notebook(
            str(src),
            str(dest),
            parameters=parameters,
            cwd=str(src.parent),
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            report_mode=True,
            config=Config({"KernelManager": ipc}),
            kernel_manager_class=_quiet_kernel_manager(),
        )


def _quiet_kernel_manager() -> type:
    """jupyter-client's kernel manager, without the interrupt it sends before every shutdown: the notebook has
    run to its end by then, and the idle kernel now and then logs that interrupt as "ERROR | KeyboardInterrupt
    caught in kernel", which reads like a failure. The shutdown request, then SIGTERM and SIGKILL if the
    kernel does not exit, are unchanged."""
    from jupyter_client.manager import AsyncKernelManager

    class QuietShutdownKernelManager(AsyncKernelManager):
        async def _async_interrupt_kernel(self) -> None:
            if not self.shutting_down:
                await super()._async_interrupt_kernel()

    return QuietShutdownKernelManager


SAFE_TAGS = frozenset(
    [
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "caption",
        "code",
        "col",
        "colgroup",
        "dd",
        "del",
        "div",
        "dl",
        "dt",
        "em",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "ins",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    ]
)
SAFE_ATTRIBUTES = {"*": ["class", "title", "colspan", "rowspan"], "a": ["href", "title"]}
_STYLE_BLOCK = re.compile(r"<style\b.*?</style\s*>", re.DOTALL | re.IGNORECASE)
_SCRIPT_MIME = ("application/javascript", "text/javascript", "application/vnd.jupyter.widget-view+json")


def sanitize_html(fragment: str) -> str:
    """Make an HTML output safe to publish: tables and text stay, scripts, handlers and frames go.

    Article text reaches outputs; anything that could run in a reader's browser (``<script>``,
    ``onerror=``, ``javascript:`` links, iframes) is removed or escaped by bleach with an allow-list.
    """
    import bleach

    # pandas' scoped <style> is layout only; dropping the block keeps its CSS from showing as text.
    return bleach.clean(
        _STYLE_BLOCK.sub("", fragment),
        tags=SAFE_TAGS,
        attributes=SAFE_ATTRIBUTES,
        protocols=["http", "https", "mailto"],
        strip=True,
        strip_comments=True,
    )


def sanitize_outputs(nb) -> None:
    """Sanitise every code-cell HTML output of ``nb`` in place and drop script outputs.

    nbconvert's own ``sanitize_html`` escapes headings and tables too, which makes reports unreadable;
    markdown cells are ours (no article text), so only outputs are cleaned here.
    """
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            data = output.get("data")
            if not data:
                continue
            for mime in _SCRIPT_MIME:
                data.pop(mime, None)
            for mime in ("text/html", "text/markdown", "image/svg+xml"):
                if mime in data:
                    if mime == "image/svg+xml":  # SVG can carry scripts; the PNG beside it is enough
                        data.pop(mime)
                        continue
                    html_text = data[mime] if isinstance(data[mime], str) else "".join(data[mime])
                    data[mime] = sanitize_html(html_text)


def render_html(executed: Path, dest: Path) -> Path:
    """Render an executed notebook to HTML: no code, sanitised outputs, images embedded."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(executed, as_version=4)
    sanitize_outputs(nb)
    exporter = HTMLExporter(
        extra_template_basedirs=[str(TEMPLATE_DIR)],
        template_name="report",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
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
        f'<li><a href="html/{html.escape(p.name)}">{html.escape(p.stem.replace("_", " "))}</a></li>' for p in pages
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
    summary = process_path(input_dir, processed, published=published)
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
