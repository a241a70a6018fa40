"""Readers: every input becomes an Article, rejected with a coded reason when it is bad."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle.errors import InputError
from chronicle.reading import Metadata, read_paths
from chronicle.reading.checks import check_text, decode_bytes, non_english_reason

ENGLISH = ("The army said on Tuesday that its troops had withdrawn from the town after two "
           "days of fighting with the rebels, who claimed they had taken control of it.")


def read_one(path: Path, **meta) -> list:
    return list(read_paths([path], defaults=Metadata(**meta)))


def test_reading_text_with_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps(
        {"id": "x1", "published": "2024-02-02", "outlet": "Wire", "title": "T"}))
    [article] = read_one(tmp_path / "a.txt")
    assert article.ok and article.id == "x1" and article.published == "2024-02-02"
    assert article.outlet == "Wire" and article.text == ENGLISH


def test_reading_cli_metadata_overrides_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2024-02-02"}))
    [article] = read_one(tmp_path / "a.txt", published="2023-01-01")
    assert article.published == "2023-01-01"


@pytest.mark.parametrize("content, code", [
    (b"", "E001"),
    (b"   \n\t  ", "E001"),
    (b"%PDF-1.7\x00\x01\x02 binary", "E002"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "E002"),
    ("Le gouvernement a annoncé mardi que les troupes se sont retirées de la ville après "
     "deux jours de combats avec les rebelles qui ont pris le contrôle".encode(), "E004"),
    ("قالت الحكومة العراقية يوم الثلاثاء إن القوات الأمريكية يجب أن تغادر البلاد فورا "
     "وبدون أي تأخير".encode(), "E004"),
])
def test_reading_bad_text_is_rejected_with_code(tmp_path: Path, content: bytes, code: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [article] = read_one(path)
    assert not article.ok
    assert article.error.startswith(code)


def test_reading_non_utf8_is_decoded_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(ENGLISH.encode() + " Caf\xe9 owners fled.".encode("latin-1"))
    [article] = read_one(path)
    assert article.ok
    assert "\ufffd" in article.text
    assert any(w.startswith("W001") for w in article.warnings)


def test_reading_oversize_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH * 10, encoding="utf-8")
    [article] = list(read_paths([path], max_chars=100))
    assert article.error.startswith("E003")


def test_reading_jsonl_bad_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "good", "text": ENGLISH, "published": "2024-01-30"}),
        "{not json",
        json.dumps({"id": "notext", "title": "no body"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "baddate", "text": ENGLISH, "published": "yesterday"}),
        json.dumps({"id": "html", "html": f"<html><body><article><p>{ENGLISH}</p><p>{ENGLISH}"
                    "</p></article></body></html>"}),
    ]), encoding="utf-8")
    articles = read_one(path)
    assert [a.id for a in articles][:1] == ["good"]
    assert len(articles) == 6
    codes = [a.error.split()[0] if a.error else "ok" for a in articles]
    assert codes == ["ok", "E006", "E007", "E006", "ok", "ok"]
    assert articles[4].published is None and articles[4].warnings


def test_reading_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Troops withdraw</title>"
        '<meta property="article:published_time" content="2024-02-02T10:00:00Z"></head>'
        f"<body><nav>Home | World</nav><article><h1>Troops withdraw</h1><p>{ENGLISH}</p>"
        f"<p>{ENGLISH}</p></article></body></html>", encoding="utf-8")
    [article] = read_one(path)
    assert article.ok, article.error
    assert "withdrawn from the town" in article.text
    assert article.published == "2024-02-02"


def test_reading_html_without_article_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><div></div></body></html>", encoding="utf-8")
    [article] = read_one(path)
    assert article.error.startswith("E005")


def test_reading_folder_accounts_for_every_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_bytes(b"\x00\x00\x00")
    articles = read_one(tmp_path)
    assert len(articles) == 3
    assert [a.ok for a in articles] == [True, False, False]
    assert articles[1].error.startswith("E009")


def test_reading_missing_file_is_rejected(tmp_path: Path) -> None:
    [article] = read_one(tmp_path / "nope.txt")
    assert article.error.startswith("E008")


def test_reading_short_text_is_not_judged_for_language() -> None:
    assert non_english_reason("Gaza ceasefire talks resume") is None


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_reading_any_bytes_decode_or_raise_input_error(data: bytes) -> None:
    warnings: list[str] = []
    try:
        text = decode_bytes(data, warnings)
        check_text(text)
    except InputError as e:
        assert e.message[:1] == "E"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_reading_any_text_line_in_jsonl_is_accounted_for(tmp_path_factory, line: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "x.jsonl"
    path.write_text(line.replace("\n", " ") + "\n" + json.dumps({"text": ENGLISH}),
                    encoding="utf-8", errors="surrogatepass")
    articles = read_one(path)
    assert articles and all(a.ok or a.error for a in articles)
    assert articles[-1].ok


def test_reading_name_heavy_english_passes_and_spanish_does_not() -> None:
    assert non_english_reason("Ukrainian Foreign Minister Dmytro Kuleba and Polish Defence "
                              "Minister Mariusz Blaszczak attend a NATO meeting in Brussels.") \
        is None
    assert non_english_reason("El gobierno anunció el martes que las tropas se retiraron de la "
                              "ciudad después de dos días de combates con los rebeldes")
