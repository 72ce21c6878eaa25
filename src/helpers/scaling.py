"""``python -m helpers benchmark-scale``: how ``process`` scales with workers and corpus size, its peak
memory, and what resuming after a kill saves.

A corpus of N articles is made from a folder of articles (each repeated with distinct ids until there are
N), written as JSON lines files of 1,000 articles. Each run is a separate ``python -m helpers process``, so
the figures are what a researcher gets: start-up, reading, processing, writing and the speakers table
included. Peak memory is the largest sum of resident memory over the command and every process it starts
(Dask workers and their nannies), sampled five times a second.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .load import list_inputs, read_file

SHARD = 1_000


def build_corpus(source: str | Path, n: int, dest: str | Path) -> Path:
    """Write ``n`` articles made from the articles under ``source`` (repeated in order, ids made distinct
    with a ``~copy`` suffix) to ``dest`` as JSON lines files of 1,000 articles; reused when already built."""
    dest = Path(dest)
    stamp = {"source": str(Path(source).resolve()), "n": n}
    done = dest / ".corpus.json"  # hidden: not read as an article
    if done.exists() and json.loads(done.read_text()) == stamp:
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    articles = [a for f in list_inputs(source) for a in read_file(f) if a.status == "ok"]
    if not articles:
        raise ValueError(f"no readable articles in {source}")
    for first in range(0, n, SHARD):
        lines = []
        for k in range(first, min(n, first + SHARD)):
            art = articles[k % len(articles)]
            record = {"id": f"{art.article_id}~{k // len(articles):05d}", "text": art.text, "title": art.title}
            lines.append(json.dumps(record, ensure_ascii=False))
        (dest / f"corpus-{first // SHARD:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    done.write_text(json.dumps(stamp))
    return dest


@dataclass
class Run:
    """One timed command."""

    seconds: float
    peak_mb: float
    partitions_done: int
    killed: bool
    output: str


def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += p.memory_info().rss
    return total


def timed_process(corpus: Path, out: Path, workers: int, *, kill_at: int | None = None) -> Run:
    """Run ``process`` on ``corpus`` with ``workers``; with ``kill_at``, kill it (and its workers, at once,
    as an out-of-memory killer would) when that many partitions are finished."""
    cmd = [sys.executable, "-m", "helpers", "process", str(corpus), "--out", str(out), "--no-progress"]
    cmd += ["--workers", str(workers)]
    markers = out / "_partitions"
    with tempfile.TemporaryFile("w+") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        peak, killed = 0, False
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            if kill_at is not None and markers.is_dir() and len(list(markers.glob("part-*.json"))) >= kill_at:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                killed = True
                break
            time.sleep(0.2)
        seconds = time.perf_counter() - t0
        log.seek(0)
        output = log.read()
    if not killed and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{output[-2000:]}")
    done = len(list(markers.glob("part-*.json"))) if markers.is_dir() else 0
    return Run(seconds, peak / 2**20, done, killed, output.strip().splitlines()[-1] if output.strip() else "")


def run_scaling(
    source: str | Path,
    *,
    sizes: tuple[int, ...] = (10_000, 100_000),
    workers: tuple[int, ...] = (1, 2),
    resume_size: int | None = 10_000,
    resume_workers: int | None = None,
    work_dir: str | Path | None = None,
    print_=print,
) -> dict:
    """Print a table of articles per second and peak memory for every size and number of workers, and the
    time of a run resumed after a kill at half way, as a share of a full run; return the figures."""
    from .pipeline import PARTITION_SIZE

    tmp = Path(work_dir or tempfile.mkdtemp(prefix="helpers-scale-"))
    results: dict = {"runs": [], "resume": None}
    print_(f"{'articles':>9} {'workers':>8} {'seconds':>9} {'articles/s':>11} {'peak MB':>9} {'speed-up':>9}")
    try:
        for n in sizes:
            corpus = build_corpus(source, n, tmp / f"corpus-{n}")
            base = None
            for w in workers:
                out = tmp / f"out-{n}-{w}"
                shutil.rmtree(out, ignore_errors=True)
                run = timed_process(corpus, out, w)
                base = base or run.seconds
                row = {"articles": n, "workers": w, "seconds": run.seconds, "peak_mb": run.peak_mb}
                results["runs"].append(row)
                print_(
                    f"{n:>9,} {w:>8} {run.seconds:>9.1f} {n / run.seconds:>11.1f} {run.peak_mb:>9.0f} "
                    f"{base / run.seconds:>8.2f}x"
                )
                shutil.rmtree(out, ignore_errors=True)
        if resume_size:
            w = resume_workers or max(workers)
            corpus = build_corpus(source, resume_size, tmp / f"corpus-{resume_size}")
            n_parts = -(-resume_size // PARTITION_SIZE)
            out = tmp / "out-resume"
            shutil.rmtree(out, ignore_errors=True)
            full = timed_process(corpus, out, w)
            shutil.rmtree(out, ignore_errors=True)
            killed = timed_process(corpus, out, w, kill_at=n_parts // 2)
            resumed = timed_process(corpus, out, w)
            share = resumed.seconds / full.seconds
            results["resume"] = {
                "articles": resume_size,
                "workers": w,
                "full_seconds": full.seconds,
                "killed_after_partitions": killed.partitions_done,
                "partitions": n_parts,
                "resumed_seconds": resumed.seconds,
                "share": share,
            }
            print_(
                f"\nresume: {resume_size:,} articles, {w} workers: full run {full.seconds:.1f}s; killed (SIGKILL) "
                f"after {killed.partitions_done} of {n_parts} partitions at {killed.seconds:.1f}s; the same command "
                f"again finished in {resumed.seconds:.1f}s = {share:.0%} of a full run"
            )
            print_(f"  {resumed.output}")
    finally:
        if work_dir is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return results
