"""Partitioned Parquet tables: each table is a folder of parts (``quotes.parquet/part-000000.parquet``),
written one partition at a time and read as one table by pandas, Dask and DuckDB::

    pd.read_parquet("data/processed/quotes.parquet")
    dask.dataframe.read_parquet("data/processed/quotes.parquet")
    duckdb.sql("SELECT * FROM 'data/processed/quotes.parquet/*.parquet'")

Every part of a table has the same Arrow schema (declared in :data:`TYPES`), so a partition whose optional
fields happen to be all empty still reads together with the others. Parts are written atomically; files
whose names start with ``.`` or ``_`` (temporary files, run bookkeeping) are ignored by all three readers.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

# The tables ``process`` writes, in the order it writes them.
TABLES = ("articles", "paragraphs", "sentences", "quotes", "timex", "speakers")
MANIFEST = "_manifest.json"

_STR, _INT, _FLOAT, _BOOL = pa.string(), pa.int64(), pa.float64(), pa.bool_()
_TIME = pa.timestamp("us")
# Arrow type of every column, by name (a name means the same thing in every table).
TYPES: dict[str, pa.DataType] = {
    **dict.fromkeys(
        "article_id title outlet published_raw url author source_path encoding language status error warning text "
        "clean_text kind quote_id speaker speaker_mention speaker_type cue label timex_id type value granularity "
        "mod relative anchored tense".split(),
        _STR,
    ),
    **dict.fromkeys(
        "record n_chars n_paragraphs n_sentences n_words n_headings n_boilerplate n_duplicate_paragraphs n_quotes "
        "paragraph sentence start end duplicate_of speaker_start speaker_end content_start content_end n_articles "
        "n_direct n_partial n_indirect".split(),
        _INT,
    ),
    **dict.fromkeys(
        "polarity subjectivity vader news_positive news_negative score offset_days mean_score ci_low ci_high "
        "share_positive share_negative".split(),
        _FLOAT,
    ),
    **dict.fromkeys("is_heading is_duplicate is_boilerplate continues_previous too_few".split(), _BOOL),
    **dict.fromkeys("published date_start date_end".split(), _TIME),
    "duplicate_paragraphs": pa.list_(_INT),
    "quote_ids": pa.list_(_STR),
    "aliases": pa.list_(_STR),
}


def table_path(out: str | Path, name: str) -> Path:
    """The folder of table ``name`` under ``out`` (``out/quotes.parquet``)."""
    return Path(out) / f"{name}.parquet"


def part_path(out: str | Path, name: str, index: int) -> Path:
    """The file of partition ``index`` of table ``name``."""
    return table_path(out, name) / f"part-{index:06d}.parquet"


def arrow_table(df: pd.DataFrame) -> pa.Table:
    """``df`` as an Arrow table with the declared type of every known column (others inferred, empty
    ones as strings), so that every part of a table has the same schema."""
    fields = []
    for col in df.columns:
        typ = TYPES.get(col)
        if typ is None:
            typ = pa.Array.from_pandas(df[col]).type
            typ = _STR if pa.types.is_null(typ) else typ
        fields.append(pa.field(col, typ))
    return pa.Table.from_pandas(df, schema=pa.schema(fields), preserve_index=False)


def _atomic(path: Path, write) -> None:
    """Call ``write(tmp)`` and move the result to ``path``: a half-written file never replaces a good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_part(df: pd.DataFrame, out: str | Path, name: str, index: int) -> Path:
    """Write ``df`` as partition ``index`` of table ``name``, atomically."""
    path = part_path(out, name, index)
    table = arrow_table(df)
    _atomic(path, lambda tmp: pq.write_table(table, tmp))
    return path


def write_json(obj: dict, path: Path) -> None:
    """Write ``obj`` as JSON, atomically."""
    _atomic(path, lambda tmp: Path(tmp).write_text(json.dumps(obj, indent=1, sort_keys=True), encoding="utf-8"))


def read_json(path: Path) -> dict | None:
    """The JSON object in ``path``, or ``None`` when it is missing or unreadable (a killed write)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def parts(out: str | Path, name: str) -> list[Path]:
    """The part files of table ``name``, in partition order."""
    folder = table_path(out, name)
    return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []


def read_table(out: str | Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Table ``name`` under ``out`` as one DataFrame (parts in partition order, that is input order)."""
    return pd.read_parquet(table_path(out, name), columns=columns)


def prepare_out(out: str | Path) -> None:
    """Make ``out`` ready for partitioned tables: single-file tables written by older versions are removed
    (they would shadow the folders), as is the manifest of the previous run until this one completes."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name in TABLES:
        path = table_path(out, name)
        if path.is_file():
            path.unlink()
    (out / MANIFEST).unlink(missing_ok=True)


def remove_parts_from(out: str | Path, name: str, first: int) -> int:
    """Delete the parts of table ``name`` numbered ``first`` or higher (left by a run over a larger input);
    returns how many were removed."""
    removed = 0
    for path in parts(out, name):
        if int(path.stem.removeprefix("part-")) >= first:
            path.unlink()
            removed += 1
    return removed


def replace_table(df: pd.DataFrame, out: str | Path, name: str) -> None:
    """Make ``df`` the whole of table ``name`` (one part), for corpus-level tables such as ``speakers``."""
    write_part(df, out, name, 0)
    remove_parts_from(out, name, 1)
