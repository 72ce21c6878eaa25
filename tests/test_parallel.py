"""Partitioned, parallel, resumable processing (``process`` on Dask) and the tables it writes."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from conftest import ROOT, SAMPLE

from helpers import store
from helpers.paragraphs import find_near_duplicates
from helpers.partitions import MARKERS, fewer_collections
from helpers.pipeline import process_path
from helpers.sentiment import bootstrap_ci
from helpers.speakers import merge_speakers

TABLES = ("articles", "paragraphs", "sentences", "quotes", "timex", "speakers")


def make_corpus(folder: Path, n: int, *, files: int = 3) -> Path:
    """``n`` articles in ``files`` JSON lines files: the sample article with its paragraphs rotated, so
    articles differ, each with its own id and publication date."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    for f in range(files):
        lines = []
        for k in range(f, n, files):
            shift = k % len(paragraphs)
            text = "\n\n".join(paragraphs[shift:] + paragraphs[:shift])
            record = {"id": f"art-{k:03d}", "text": text, "published": f"2025-11-{1 + k % 28:02d}"}
            lines.append(json.dumps(record))
        (folder / f"part{f}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def tables(out: Path) -> dict[str, pd.DataFrame]:
    return {name: store.read_table(out, name) for name in TABLES}


def assert_same_tables(a: Path, b: Path) -> None:
    ta, tb = tables(a), tables(b)
    for name in TABLES:
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return make_corpus(tmp_path_factory.mktemp("corpus"), 12)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> Path:
    """The corpus processed in one partition, in this process."""
    out = tmp_path_factory.mktemp("reference")
    process_path(corpus, out, progress=False, workers=1, partition_size=1000)
    return out


@pytest.mark.filterwarnings("ignore::DeprecationWarning:dask")  # dask's own use of pandas, not ours
def test_tables_are_folders_of_parts_read_as_one_by_pandas_dask_and_duckdb(corpus, reference, tmp_path):
    import dask.dataframe as dd
    import duckdb

    summary = process_path(corpus, tmp_path, progress=False, workers=1, partition_size=5)
    assert (summary.n_articles, summary.n_partitions, summary.n_failed) == (12, 3, 0)
    parts = sorted(p.name for p in (tmp_path / "quotes.parquet").iterdir())
    assert parts == ["part-000000.parquet", "part-000001.parquet", "part-000002.parquet"]
    quotes = pd.read_parquet(tmp_path / "quotes.parquet")
    assert len(quotes) == summary.n_quotes == 12 * 24
    # parts are read in partition order, which is input order
    articles = pd.read_parquet(tmp_path / "articles.parquet")
    assert list(quotes["article_id"].unique()) == list(articles["article_id"])
    assert list(articles["article_id"][:5]) == ["art-000", "art-003", "art-006", "art-009", "art-001"]
    via_dask = dd.read_parquet(tmp_path / "quotes.parquet").compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(via_dask[quotes.columns], quotes, check_dtype=False)
    n, n_speakers = duckdb.sql(
        f"SELECT count(*), count(DISTINCT speaker) FROM '{tmp_path / 'quotes.parquet'}/*.parquet'"
    ).fetchall()[0]
    assert (n, n_speakers) == (len(quotes), quotes["speaker"].nunique())
    # the partition size changes the files, never the tables
    assert_same_tables(tmp_path, reference)


def test_offsets_point_into_the_original_text_in_every_partition(corpus, tmp_path):
    process_path(corpus, tmp_path, progress=False, workers=1, partition_size=4)
    articles = store.read_table(tmp_path, "articles").set_index("article_id")["text"]
    for name in ("quotes", "timex", "sentences"):
        for row in store.read_table(tmp_path, name).itertuples():
            assert articles[row.article_id][row.start : row.end].strip(), (name, row)
    quotes = store.read_table(tmp_path, "quotes")
    assert all(articles[q.article_id][q.start : q.end] == q.text for q in quotes.itertuples())


def test_two_local_dask_workers_give_the_same_tables(corpus, reference, tmp_path):
    seen = []
    summary = process_path(corpus, tmp_path, progress=False, workers=2, partition_size=3, log=seen.append)
    assert summary.where == "local Dask cluster, 2 worker processes"
    assert summary.n_partitions == 4
    assert_same_tables(tmp_path, reference)


def test_an_existing_dask_scheduler_is_used_by_address(corpus, reference, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster:
        summary = process_path(corpus, tmp_path, progress=False, scheduler=cluster.scheduler_address, partition_size=6)
    assert summary.where == f"Dask cluster at {cluster.scheduler_address} (1 worker)"
    assert_same_tables(tmp_path, reference)


def test_rerun_skips_finished_partitions_and_redoes_changed_ones(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 12)
    out = tmp_path / "out"
    process_path(corpus, out, progress=False, workers=1, partition_size=5)
    again = process_path(corpus, out, progress=False, workers=1, partition_size=5)
    assert (again.n_resumed, again.n_partitions, again.n_articles, again.n_quotes) == (3, 3, 12, 12 * 24)
    assert "3 of 3 partitions already done" in again.line()

    # an edited article invalidates its own partition only (the first: the first four lines of part0)
    first = corpus / "part0.jsonl"
    first.write_text(first.read_text(encoding="utf-8").replace("Erdogan", "Erdoğan", 1), encoding="utf-8")
    rerun = process_path(corpus, out, progress=False, workers=1, partition_size=5)
    assert (rerun.n_resumed, rerun.n_partitions) == (2, 3)
    fresh = tmp_path / "fresh"
    process_path(corpus, fresh, progress=False, workers=1, partition_size=5)
    assert_same_tables(out, fresh)
    assert store.read_table(out, "articles")["text"].str.contains("Erdoğan").sum() == 1

    # a smaller input leaves no parts of the larger one behind; --restart redoes everything
    smaller = make_corpus(tmp_path / "smaller", 4)
    shrunk = process_path(smaller, out, progress=False, workers=1, partition_size=5, resume=False)
    assert (shrunk.n_resumed, shrunk.n_partitions) == (0, 1)
    assert sorted(p.name for p in (out / "articles.parquet").iterdir()) == ["part-000000.parquet"]
    assert len(list((out / MARKERS).iterdir())) == 1
    assert len(store.read_table(out, "articles")) == 4


def test_a_killed_run_resumes_to_exactly_the_tables_of_an_uninterrupted_one(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 60, files=4)
    cmd = [sys.executable, "-m", "helpers", "process", str(corpus), "--no-progress", "--partition-size", "2"]

    def run(out: Path, seed: str, workers: str, **kw) -> subprocess.Popen:
        # different hash seeds: set order must not leak into the tables
        env = {**os.environ, "PYTHONHASHSEED": seed}
        args = [*cmd, "--out", str(out), "--workers", workers]
        return subprocess.Popen(args, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)

    whole = tmp_path / "whole"
    assert run(whole, "1", "1").wait(timeout=600) == 0

    out = tmp_path / "out"
    killed = run(out, "2", "2", start_new_session=True)
    deadline = time.monotonic() + 300
    while len(list((out / MARKERS).glob("*.json"))) < 6 and killed.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(killed.pid, signal.SIGKILL)  # the driver and every worker, at once, as an OOM killer does
    killed.wait(timeout=60)
    done = len(list((out / MARKERS).glob("*.json")))
    assert 6 <= done < 30, "the run was killed midway"
    assert not (out / store.MANIFEST).exists()

    resumed = run(out, "3", "1")
    stdout, stderr = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, stderr
    assert f"{done} of 30 partitions already done" in stdout.decode()
    assert "60 articles read, 0 failed" in stdout.decode()
    assert (out / store.MANIFEST).exists()
    assert_same_tables(out, whole)


def test_ctrl_c_keeps_finished_partitions_and_says_how_to_resume(corpus, tmp_path, monkeypatch):
    from helpers import partitions

    original = partitions.process_partition
    finished = []

    def interrupted(part, out, **kw):
        if len(finished) == 2:
            raise KeyboardInterrupt
        finished.append(part.index)
        return original(part, out, **kw)

    monkeypatch.setattr(partitions, "process_partition", interrupted)
    logged = []
    with pytest.raises(KeyboardInterrupt):
        process_path(corpus, tmp_path, progress=False, workers=1, partition_size=4, log=logged.append)
    assert "run the same command again to resume" in logged[-1]
    assert not (tmp_path / store.MANIFEST).exists()
    monkeypatch.setattr(partitions, "process_partition", original)
    summary = process_path(corpus, tmp_path, progress=False, workers=1, partition_size=4)
    assert (summary.n_resumed, summary.n_partitions) == (2, 3)


def test_a_bug_on_one_article_fails_that_article_not_the_run(corpus, tmp_path, monkeypatch):
    from helpers import partitions

    original = partitions.process_article

    def flaky(article, **kw):
        if article.article_id == "art-004":
            raise RuntimeError("boom")
        return original(article, **kw)

    monkeypatch.setattr(partitions, "process_article", flaky)
    logged = []
    summary = process_path(corpus, tmp_path, progress=False, workers=1, log=logged.append)
    assert (summary.n_articles, summary.n_failed) == (12, 1)
    assert summary.failures == {"internal error": 1}
    arts = store.read_table(tmp_path, "articles").set_index("article_id")
    assert arts.loc["art-004", "error"] == "internal error: RuntimeError: boom"
    assert any(m.endswith("internal error: RuntimeError: boom") for m in logged)


def test_single_file_tables_of_older_versions_are_replaced(corpus, tmp_path):
    pd.DataFrame({"x": [1]}).to_parquet(tmp_path / "quotes.parquet")
    process_path(corpus, tmp_path, progress=False, workers=1)
    assert (tmp_path / "quotes.parquet").is_dir()
    assert len(store.read_table(tmp_path, "quotes")) == 12 * 24


def test_no_input_still_writes_every_table_empty(tmp_path):
    (tmp_path / "in").mkdir()
    summary = process_path(tmp_path / "in", tmp_path / "out", progress=False, log=lambda m: None)
    assert summary.n_articles == 0
    for name in TABLES:
        assert store.read_table(tmp_path / "out", name).empty


def test_every_column_has_a_declared_type(reference):
    for name, df in tables(reference).items():
        undeclared = [c for c in df.columns if c not in store.TYPES]
        assert not undeclared, (name, undeclared)


def test_parts_with_only_empty_optional_fields_read_with_the_others(tmp_path):
    a = pd.DataFrame({"article_id": ["a"], "author": [None], "record": [None], "published": [pd.NaT]})
    b = pd.DataFrame({"article_id": ["b"], "author": ["Jo"], "record": [3], "published": [pd.Timestamp("2025-01-02")]})
    store.write_part(a, tmp_path, "articles", 0)
    store.write_part(b, tmp_path, "articles", 1)
    both = store.read_table(tmp_path, "articles")
    assert list(both["author"].fillna("-")) == ["-", "Jo"]
    assert both["record"].isna().tolist() == [True, False]


def test_near_duplicate_ties_go_to_the_earlier_paragraph_whatever_the_hash_seed():
    # paragraph 2 repeats six words of each of paragraphs 0 and 1: a tie, which set order used to break
    code = (
        "from helpers.paragraphs import find_near_duplicates as f;"
        "print(f(['alpha beta gamma delta epsilon zeta eta theta iota kappa',"
        "'lambda mu nu xi omicron pi rho sigma tau upsilon',"
        "'alpha beta gamma delta epsilon zeta lambda mu nu xi omicron pi']))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
        ).stdout.strip()
        for seed in range(6)
    }
    assert outputs == {"{2: 0}"}
    assert find_near_duplicates(["a b c d e f g h i j", "k l m n o p q r s t"]) == {}


def test_bootstrap_in_blocks_gives_the_numbers_of_one_draw():
    values = np.random.default_rng(1).normal(size=9_000)
    rng = np.random.default_rng(7)
    means = values[rng.integers(0, len(values), size=(1000, len(values)))].mean(axis=1)
    assert bootstrap_ci(values, seed=7) == (
        float(values.mean()),
        float(np.percentile(means, 2.5)),
        float(np.percentile(means, 97.5)),
    )


def test_speakers_of_a_repeated_corpus_are_the_same_speakers_with_more_quotes(reference):
    quotes = store.read_table(reference, "quotes")
    once = merge_speakers(quotes)
    thrice = merge_speakers(pd.concat([quotes] * 3, ignore_index=True))
    assert list(thrice["speaker"]) == list(once["speaker"])
    assert (thrice["n_quotes"] == 3 * once["n_quotes"]).all()
    assert (thrice["n_articles"] == once["n_articles"]).all()
    assert thrice["mean_score"].round(9).tolist() == once["mean_score"].round(9).tolist()


def test_notebooks_finish_an_interrupted_run_before_reading(corpus, tmp_path, capsys):
    from helpers.notebook import ensure_tables, load_tables

    process_path(corpus, tmp_path, progress=False, workers=1)
    (tmp_path / store.MANIFEST).unlink()  # as after a kill
    ensure_tables(corpus, tmp_path)
    assert "1 of 1 partitions already done" in capsys.readouterr().out
    ensure_tables(corpus, tmp_path)  # finished: nothing to do
    assert capsys.readouterr().out == ""
    (quotes,) = load_tables(tmp_path, "quotes")
    assert len(quotes) == 12 * 24


def test_the_collector_runs_as_before_after_a_partition():
    before = gc.get_threshold()
    with fewer_collections((12345, 6, 7)):
        assert gc.get_threshold() == (12345, 6, 7)
    assert gc.get_threshold() == before
    # (and after a failure inside)
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("stopped")
    assert gc.get_threshold() == before
