"""Reading every supported format, and every kind of bad input, without dropping anything silently."""

import json

import pytest
from conftest import SAMPLE

from helpers.load import InputError, decode_bytes, read_articles, split_front_matter


def test_sample_reads_with_sidecar_metadata(sample_text):
    (art,) = read_articles(SAMPLE)
    assert art.status == "ok"
    assert art.article_id == "peace-talks-shift-to-turkey"
    assert art.outlet == "Military.com"
    assert art.published is None and art.author is None
    assert art.text == sample_text  # unchanged: offsets refer to exactly this


def test_front_matter_is_metadata_and_body_is_the_rest(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("---\ntitle: A title\noutlet: The Paper\npublished: 2025-11-25\nid: x1\n---\nBody text here.\n")
    (art,) = read_articles(f)
    assert (art.article_id, art.title, art.outlet, art.published) == ("x1", "A title", "The Paper", "2025-11-25")
    assert art.text == "Body text here.\n"


def test_bad_front_matter_keeps_the_article_with_a_warning():
    meta, body, warning = split_front_matter("---\ntitle: [unclosed\n---\nBody.")
    assert meta == {} and body == "Body." and "not valid YAML" in warning


def test_jsonl_with_a_broken_line_reports_it_and_keeps_the_rest(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "First article."}),
        "{not json",
        json.dumps({"text": "Third one."}),
        json.dumps({"title": "no text"}),
    ]
    f.write_text("\n".join(lines))
    arts = read_articles(f)
    assert [a.status for a in arts] == ["ok", "failed", "ok", "failed"]
    assert arts[0].article_id == "a"
    assert "line 2: malformed JSON" in arts[1].error
    assert arts[2].article_id.startswith("batch-") and len(arts[2].article_id) == len("batch-") + 12
    assert "no text field" in arts[3].error


def test_json_list_and_csv_with_embedded_newlines(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps([{"id": "j1", "body": "One.", "headline": "H"}]))
    (tmp_path / "b.csv").write_text('id,title,text\nc1,T,"Line one.\nLine two."\nc2,T2,\n')
    arts = {a.article_id: a for a in read_articles(tmp_path)}
    assert arts["j1"].text == "One." and arts["j1"].title == "H"
    assert arts["c1"].text == "Line one.\nLine two."
    assert arts["c2"].status == "failed" and arts["c2"].error == "empty text"


def test_html_page_goes_through_the_article_extractor(tmp_path):
    body = " ".join(["The minister said the plan would work, and critics disagreed strongly."] * 6)
    page = (
        f"<html><head><title>Plan approved</title><meta name='author' content='Jane Roe'></head><body>"
        f"<nav>Home | World | Sport</nav><script>alert(1)</script><article><h1>Plan approved</h1>"
        f"<p>{body}</p><p>{body}</p></article><footer>Copyright 2025</footer></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    (art,) = read_articles(tmp_path)
    assert art.status == "ok" and "minister said" in art.text
    assert "alert(1)" not in art.text and "Home | World" not in art.text
    assert art.title == "Plan approved"


@pytest.mark.parametrize(
    "data, reason",
    [(b"", "empty file"), (b"  \n\t\n", "empty file"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary")],
)
def test_unreadable_files_fail_with_a_reason(tmp_path, data, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    (art,) = read_articles(f)
    assert art.status == "failed" and reason in art.error


@pytest.mark.parametrize(
    "data, encoding, expected",
    [
        ("Café “quoted” — ok".encode("cp1252"), "cp1252", "Café “quoted” — ok"),
        ("Der Bürgermeister sagte, daß es schön sei".encode("latin-1"), None, "Bürgermeister"),
        (b"\xef\xbb\xbfWith a BOM.", "utf-8-sig", "With a BOM."),
        ("UTF-16 text".encode("utf-16"), "utf-16", "UTF-16 text"),
    ],
)
def test_encodings(data, encoding, expected):
    text, enc = decode_bytes(data)
    assert expected in text and not text.startswith("\ufeff")
    if encoding:
        assert enc == encoding


def test_missing_path_and_empty_folder(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        read_articles(tmp_path / "nope")
    assert read_articles(tmp_path) == []


def test_unsupported_files_are_reported_and_duplicate_ids_renamed(tmp_path):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / "a.jsonl").write_text('{"id": "same", "text": "One."}\n{"id": "same", "text": "Two."}\n')
    arts = read_articles(tmp_path)
    ids = [a.article_id for a in arts]
    assert ids == ["same", "same~2", "photo"]
    assert "unsupported file type .png" in arts[2].error
    assert any("duplicate article_id" in w for w in arts[1].warnings)
