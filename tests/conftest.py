"""Shared fixtures: the pipeline (loaded once per session) and ../shared (skip when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.eval.common import shared_dir


@pytest.fixture(scope="session")
def nlp():
    from chronicle.pipeline import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if path is None:
        pytest.skip("../shared is absent: reference data tests skipped")
    return path


@pytest.fixture(scope="session")
def seed_record(shared: Path):
    import json

    import chronicle

    meta = json.loads((shared / "seed" / "article.meta.json").read_text())
    text = (shared / "seed" / "article.txt").read_text(encoding="utf-8")
    return chronicle.extract(text, published=meta["published"], id=meta["id"])
