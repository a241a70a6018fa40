"""All 48 real reports in ../shared come out as schema-valid records (read in place)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import chronicle
from chronicle.api import extract_many
from chronicle.reading import Metadata, article_from_text
from chronicle.record import record_json_schema

pytestmark = [pytest.mark.slow, pytest.mark.shared]


def test_dev_reports_all_schema_valid(shared: Path) -> None:
    files = sorted((shared / "data" / "articles" / "dev").glob("*.json"))
    assert len(files) >= 48
    articles = []
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        meta = Metadata(id=path.stem, published=data.get("published"), outlet=data.get("outlet"))
        articles.append(article_from_text(data["text"], meta=meta, source=str(path)))
    validator = jsonschema.Draft202012Validator(record_json_schema())
    records = list(extract_many(articles))
    assert len(records) == len(files)
    for record in records:
        data = record.to_json_dict()
        validator.validate(data)
        assert data["status"] == "ok", (data["article"]["id"], data["error"])
        for actor in data["actors"]:
            for start, end in actor["mentions"]:
                assert 0 <= start < end <= len(data["text"])


def test_dev_reports_actor_eval_runs(shared: Path) -> None:
    from chronicle.eval import actors as actors_eval

    gold_dir = actors_eval.default_gold_dir()
    if not any(gold_dir.glob("*.json")):
        pytest.skip("no actor gold files")
    scores = actors_eval.evaluate(gold_dir, shared / "data" / "articles" / "dev")
    assert scores.reports >= 10
    # a floor, not a target: catches a resolver that silently stops resolving
    assert scores.country.f1 >= 0.5, actors_eval.format_table(scores)
    assert chronicle.__version__
