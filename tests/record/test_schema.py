"""The record contract: field names, JSON Schema validity, rejected records."""

from __future__ import annotations

import json

import jsonschema
import pytest

import chronicle
from chronicle.record import record_json_schema

pytestmark = pytest.mark.slow

CONTRACT_TOP = {"schema", "article", "status", "error", "text", "actors", "times", "places",
                "events", "quotes"}


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(record_json_schema())


def test_record_fields_and_schema(validator) -> None:
    record = chronicle.extract("Washington accused Tehran of arming the Houthis on Monday.",
                               published="2024-01-15", outlet="Test Wire", id="t1")
    data = record.to_json_dict()
    assert CONTRACT_TOP <= set(data)
    assert data["schema"] == "chronicle/1" and data["status"] == "ok"
    assert set(data["article"]) >= {"id", "title", "outlet", "url", "published", "language",
                                    "sha256"}
    validator.validate(json.loads(json.dumps(data)))
    assert {a["country"] for a in data["actors"]} >= {"USA", "IRN", "YEM"}


def test_record_rejected_is_schema_valid(validator) -> None:
    record = chronicle.extract("   ")
    data = record.to_json_dict()
    assert data["status"] == "rejected" and data["error"].startswith("E001")
    validator.validate(data)


def test_record_bad_published_is_dropped_with_warning() -> None:
    record = chronicle.extract("Kyiv said Russian drones struck Odesa.", published="soon")
    assert record.article.published is None
    assert any(w.startswith("W004") for w in record.warnings)
