"""Event confidence: the probability that an event is right (type, actor and recipient).

A logistic model over what the coder knew (data/events/confidence.json, fitted on the
hand-coded dev reports by tools/calibrate_confidence.py, which prints its reliability table).
Without the file a hand-set prior is used.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from pathlib import Path

FEATURES = ["has_actor", "has_recipient", "both_sides", "has_mode", "framed", "retyped",
            "aux", "violent", "verbal", "has_count"]
VERBAL_TYPES = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "CONSULT"}


def feature_vector(event: dict) -> list[float]:
    """Features of a coded event, from its record fields plus two coder flags."""
    has_actor = bool(event.get("actor"))
    has_recipient = bool(event.get("recipient"))
    return [float(has_actor), float(has_recipient), float(has_actor and has_recipient),
            float(bool(event.get("mode"))), float(bool(event.get("framed"))),
            float(bool(event.get("retyped"))), float(event.get("aux") is not None),
            float(event.get("type") == "ASSAULT"), float(event.get("type") in VERBAL_TYPES),
            float(any(event.get(k) is not None for k in ("dead", "injured", "arrested")))]


def confidence_path() -> Path:
    return Path(str(resources.files("chronicle") / "data" / "events" / "confidence.json"))


@lru_cache(maxsize=1)
def load_weights() -> tuple[float, ...] | None:
    path = confidence_path()
    if not path.exists():
        return None
    return tuple(json.loads(path.read_text(encoding="utf-8"))["weights"])


def score(event: dict) -> float:
    weights = load_weights()
    vector = feature_vector(event)
    if weights is None:  # hand-set prior: a full dyad is likelier right than a lone trigger
        return round(0.2 + 0.3 * vector[0] + 0.3 * vector[1], 2)
    z = weights[0] + sum(w * v for w, v in zip(weights[1:], vector, strict=True))
    return round(1 / (1 + math.exp(-z)), 3)
