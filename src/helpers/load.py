"""Reading articles from files and folders: plain text (with optional YAML front matter or a sidecar
``.yaml``), JSON, JSON lines, CSV and saved HTML pages.

Every file and every record comes back as an :class:`Article`, including the ones that could not be
read: those have ``status="failed"`` and an ``error`` saying why, so nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".json", ".jsonl", ".ndjson", ".csv", ".html", ".htm")
SIDECAR_SUFFIXES = (".yaml", ".yml")
METADATA_FIELDS = ("title", "outlet", "published", "url", "author")
# Field names seen in the wild, mapped to ours (first match wins).
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id", "uuid"),
    "text": ("text", "body", "content", "article", "maintext", "full_text"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "sitename", "site_name", "media", "newspaper"),
    "published": ("published", "date", "publication_date", "pubdate", "date_publish", "published_at"),
    "url": ("url", "link", "source_url"),
    "author": ("author", "authors", "byline"),
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Article:
    """One article as read, or one input that could not be read (``status="failed"``)."""

    article_id: str
    source_path: str
    text: str = ""
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    record: int | None = None
    encoding: str | None = None
    status: str = "ok"
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    def fail(self, reason: str) -> Article:
        self.status, self.error = "failed", reason
        return self


_WESTERN = {
    "cp1250",
    "cp1252",
    "latin1",
    "iso88591",
    "iso885915",
    "iso88592",
    "windows1252",
    "windows1250",
    "macroman",
    "cp850",
    "cp858",
}


class InputError(Exception):
    """The input path cannot be read at all (missing, or not a file or folder)."""


def content_id(text: str) -> str:
    """A stable id from an article's text: the first 12 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes: BOMs first, then UTF-8, then the detected encoding, then Windows-1252.

    Raises ``ValueError`` for data that is not text (binary files).
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    if b"\x00" in data[:4096]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    candidates = [best.encoding] if best is not None else []
    # Detectors cannot tell the Western code pages apart on short English text; Windows-1252 is by far
    # the likeliest there (it is what "Latin-1" files usually really are).
    if candidates and candidates[0].replace("-", "").replace("_", "").lower() in _WESTERN:
        candidates = ["cp1252"]
    for enc in [*candidates, "cp1252", "latin-1"]:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _control_share(text) > 0.05:
            raise ValueError("binary file (mostly control characters), not text")
        return text, enc
    raise ValueError("cannot decode as text")  # pragma: no cover - latin-1 decodes any bytes


def _control_share(text: str) -> float:
    sample = text[:10_000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or 0x7F <= ord(c) < 0xA0)
    return bad / len(sample)


def _pick(record: dict[str, Any], name: str) -> Any:
    lowered = {str(k).lower(): v for k, v in record.items()}
    for alias in ALIASES[name]:
        value = lowered.get(alias)
        if value is not None and not (isinstance(value, float) and value != value):  # NaN from CSV
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or None
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _from_record(
    record: dict[str, Any], path: Path, default_id: str | None, index: int | None, encoding: str | None
) -> Article:
    meta = {name: _as_text(_pick(record, name)) for name in METADATA_FIELDS}
    raw_id = _as_text(_pick(record, "id"))
    text = _pick(record, "text")
    art = Article(article_id=raw_id or default_id or "", source_path=str(path), record=index, encoding=encoding, **meta)
    if text is None:
        art.article_id = art.article_id or f"{path.stem}-{index}"
        return art.fail("no text field (expected one of: " + ", ".join(ALIASES["text"]) + ")")
    if not isinstance(text, str):
        text = str(text)
    art.text = text
    if not art.article_id:
        art.article_id = f"{path.stem}-{content_id(text)}"
    if not text.strip():
        art.fail("empty text")
    return art


def split_front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """Split a YAML front-matter block off ``text``: ``(metadata, body, warning)``."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text, None
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError as exc:
        return {}, text[m.end() :], f"front matter is not valid YAML, ignored: {str(exc).splitlines()[0]}"
    if not isinstance(meta, dict):
        return {}, text[m.end() :], "front matter is not a mapping of fields, ignored"
    return meta, text[m.end() :], None


def _sidecar(path: Path) -> tuple[dict[str, Any], str | None]:
    for suffix in SIDECAR_SUFFIXES:
        for candidate in (path.with_suffix(suffix), path.with_name(path.stem + ".meta" + suffix)):
            if candidate.is_file():
                try:
                    meta = yaml.safe_load(candidate.read_text("utf-8")) or {}
                except (yaml.YAMLError, UnicodeDecodeError) as exc:
                    return {}, f"metadata file {candidate.name} unreadable, ignored: {exc}"
                return (meta, None) if isinstance(meta, dict) else ({}, f"{candidate.name} is not a mapping")
    return {}, None


def _read_text_file(path: Path, data: bytes) -> Iterator[Article]:
    try:
        text, enc = decode_bytes(data)
    except ValueError as exc:
        yield Article(article_id=path.stem, source_path=str(path)).fail(str(exc))
        return
    meta, body, warning = split_front_matter(text)
    side, side_warning = _sidecar(path)
    merged = {**side, **meta, "text": body}
    art = _from_record(merged, path, path.stem, None, enc)
    art.warnings += [w for w in (warning, side_warning) if w]
    if enc not in ("utf-8", "utf-8-sig", "ascii"):
        art.warnings.append(f"decoded as {enc}")
    yield art


def _read_jsonl(path: Path, data: bytes) -> Iterator[Article]:
    text, enc = decode_bytes(data)
    if not text.strip():  # only separators that bytes.strip() keeps, such as \x1c
        yield Article(article_id=path.stem, source_path=str(path), encoding=enc).fail("no JSON records")
        return
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Article(article_id=f"{path.stem}-line{n}", source_path=str(path), record=n, encoding=enc).fail(
                f"line {n}: malformed JSON ({exc.msg})"
            )
            continue
        if not isinstance(obj, dict):
            yield Article(article_id=f"{path.stem}-line{n}", source_path=str(path), record=n, encoding=enc).fail(
                f"line {n}: not a JSON object"
            )
            continue
        yield _from_record(obj, path, None, n, enc)


def _read_json(path: Path, data: bytes) -> Iterator[Article]:
    text, enc = decode_bytes(data)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        if text.lstrip().startswith("{") and "\n{" in text:  # JSON lines saved as .json
            yield from _read_jsonl(path, data)
            return
        yield Article(article_id=path.stem, source_path=str(path)).fail(f"malformed JSON ({exc})")
        return
    if isinstance(obj, dict) and not any(k in obj for k in ALIASES["text"]):
        # {"articles": [...]} and similar wrappers
        lists = [v for v in obj.values() if isinstance(v, list)]
        obj = lists[0] if len(lists) == 1 else obj
    if isinstance(obj, dict):
        yield _from_record(obj, path, path.stem, None, enc)
    elif isinstance(obj, list):
        for n, item in enumerate(obj, start=1):
            if isinstance(item, dict):
                yield _from_record(item, path, None, n, enc)
            else:
                yield Article(article_id=f"{path.stem}-{n}", source_path=str(path), record=n, encoding=enc).fail(
                    f"item {n}: not a JSON object"
                )
    else:
        yield Article(article_id=path.stem, source_path=str(path)).fail("JSON holds no article objects")


def _read_csv(path: Path, data: bytes) -> Iterator[Article]:
    text, enc = decode_bytes(data)
    try:
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        yield Article(article_id=path.stem, source_path=str(path)).fail(f"malformed CSV ({exc})")
        return
    if not rows:
        yield Article(article_id=path.stem, source_path=str(path)).fail("CSV has no rows")
        return
    for n, row in enumerate(rows, start=2):  # line 1 is the header
        row = {k: v for k, v in row.items() if k is not None}
        yield _from_record(row, path, None, n, enc)


def _read_html(path: Path, data: bytes) -> Iterator[Article]:
    import trafilatura

    html, enc = decode_bytes(data)
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None:
        yield Article(article_id=path.stem, source_path=str(path), encoding=enc).fail(
            "no article text found in the HTML page"
        )
        return
    doc = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    record = {
        "text": doc.get("text") or "",
        "title": doc.get("title"),
        "author": doc.get("author"),
        "published": doc.get("date"),
        "url": doc.get("url"),
        "outlet": doc.get("sitename"),
    }
    side, _ = _sidecar(path)
    yield _from_record({**record, **side}, path, path.stem, None, enc)


_READERS = {
    ".txt": _read_text_file,
    ".text": _read_text_file,
    ".md": _read_text_file,
    ".json": _read_json,
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".csv": _read_csv,
    ".html": _read_html,
    ".htm": _read_html,
}


def list_inputs(path: str | Path) -> list[Path]:
    """The files under ``path`` that will be read, sorted, hidden files and metadata sidecars left out."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"input path does not exist: {p}")
    if p.is_file():
        return [p]
    if not p.is_dir():
        raise InputError(f"input path is neither a file nor a folder: {p}")
    files = []
    for f in sorted(p.rglob("*")):
        if not f.is_file() or any(part.startswith(".") for part in f.relative_to(p).parts):
            continue
        if f.suffix.lower() in SIDECAR_SUFFIXES and _has_article_sibling(f):
            continue
        files.append(f)
    return files


def _has_article_sibling(sidecar: Path) -> bool:
    stem = sidecar.stem.removesuffix(".meta")
    return any(sidecar.with_name(stem + s).exists() for s in ARTICLE_SUFFIXES)


def read_file(path: str | Path) -> list[Article]:
    """All articles in one file; unreadable files and records come back as failed articles."""
    p = Path(path)
    reader = _READERS.get(p.suffix.lower())
    if reader is None:
        return [
            Article(article_id=p.stem, source_path=str(p)).fail(
                f"unsupported file type {p.suffix or '(none)'}; expected one of {', '.join(ARTICLE_SUFFIXES)}"
            )
        ]
    try:
        data = p.read_bytes()
    except OSError as exc:
        return [Article(article_id=p.stem, source_path=str(p)).fail(f"cannot read file: {exc.strerror}")]
    if not data.strip():
        return [Article(article_id=p.stem, source_path=str(p)).fail("empty file")]
    try:
        return list(reader(p, data))
    except ValueError as exc:  # undecodable or binary data in a structured file
        return [Article(article_id=p.stem, source_path=str(p)).fail(str(exc))]


def iter_articles(files: Iterable[str | Path]) -> Iterator[Article]:
    """Every article in ``files``, one file in memory at a time, failures included, with unique ids
    (a repeated id gets a ``~2``, ``~3`` suffix and a warning)."""
    seen: dict[str, int] = {}
    for f in files:
        for art in read_file(f):
            n = seen.get(art.article_id, 0)
            seen[art.article_id] = n + 1
            if n:
                new_id = f"{art.article_id}~{n + 1}"
                art.warnings.append(f"duplicate article_id {art.article_id!r} renamed to {new_id!r}")
                art.article_id = new_id
            yield art


def read_articles(path: str | Path) -> list[Article]:
    """Every article under ``path`` (a file or a folder), failures included, with unique ids.

    Raises :class:`InputError` when ``path`` does not exist.
    """
    return list(iter_articles(list_inputs(path)))


def estimate_articles(files: Iterable[str | Path]) -> int:
    """How many articles ``files`` hold, from a cheap look (lines of JSON lines and CSV files, one per other
    file), for a progress bar; reading them gives the exact count."""
    total = 0
    for f in files:
        suffix = Path(f).suffix.lower()
        if suffix in (".jsonl", ".ndjson", ".csv"):
            lines = 0
            with open(f, "rb") as fh:
                for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                    lines += block.count(b"\n")
            total += max(1, lines - (suffix == ".csv"))
        else:
            total += 1
    return total
