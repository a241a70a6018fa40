"""The record: the one typed structure that leaves the pipeline (schema "chronicle/1").

Field names are the contract with every consumer (ledger, exports, API). Offsets are [start, end)
character offsets into `Record.text`, which is exactly the text that was analysed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "chronicle/1"

Span = tuple[int, int]
MentionForm = Literal[
    "name", "alias", "metonym", "demonym", "descriptor", "nominal", "pronoun", "definite",
    "appositive",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleInfo(_Model):
    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    language: str = "en"
    sha256: str
    source: str | None = Field(None, description="file (and line) the article was read from")


class Mention(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(description="the wording in the article, e.g. 'the occupying regime'")
    form: MentionForm


class Actor(_Model):
    id: str
    name: str
    country: str | None = Field(None, description="ISO 3166 alpha-3 or a PLOVER non-state code")
    sector: str | None = Field(None, description="PLOVER sector code")
    kind: str
    mentions: list[Span] = Field(default_factory=list)
    mention_details: list[Mention] = Field(default_factory=list)
    entry: str | None = Field(None, description="actor-dictionary id, null when inferred")
    affiliation: str | None = Field(None, description="id of the actor this one belongs to")


class Time(_Model):
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None = None


class Place(_Model):
    start: int
    end: int
    text: str
    name: str | None = Field(None, description="the gazetteer's name of the place; None when "
                             "no gazetteer place could be found for the name (no pin)")
    country: str | None = Field(None, description="ISO 3166 alpha-3; None for seas and "
                                "regions spanning states")
    lat: float | None = None
    lon: float | None = None
    precision: Literal["site", "city", "admin2", "admin1", "border", "region", "country"] | \
        None = Field(None, description="what the pin stands for: a site (base, airport, "
                     "camp), a town, a district, a province, a stretch of border, a region "
                     "or sea, or a whole country (its centroid)")
    near: bool = Field(False, description="the text puts it by the place, not in it "
                       "('near X', '10 km north of X': then the pin is moved)")
    resolved_by: str | None = Field(None, description="how the pin was found: gazetteer, "
                                    "border, dateline, container (the pin of the place that "
                                    "holds an unknown one), or none")


class EventDate(_Model):
    value: str | None = Field(None, description="TIMEX3-style calendar value: 2024-01-30, "
                              "2024-W04, 2024-01, 2020")
    time: int | None = Field(None, description="index into times: the expression that dates it")
    precision: str | None = Field(
        None, description="day, week, month, quarter, season, year, decade, century; or "
        "on_or_before / on_or_after when only the publication date bounds it")


class Event(_Model):
    id: str
    type: str
    mode: str | None = None
    aux: str | None = None
    actor: list[str] = Field(default_factory=list)
    recipient: list[str] = Field(default_factory=list)
    date: EventDate = Field(default_factory=EventDate)
    place: int | None = Field(None, description="index into places: where it happened")
    place_basis: Literal["text", "refined", "article"] | None = Field(
        None, description="text: the place is told with the event; refined: the text "
        "gives only a wide area (a country, 'northeast Jordan') that holds the article's "
        "main place, a site or town, which is the pin; article: the event is placed "
        "nowhere, so it takes the article's main place")
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None
    asserted_by: str = Field("outlet", description="actor id of who says so; 'outlet' for the "
                             "report's own voice; 'unidentified' for a source no actor stands "
                             "for ('witnesses said')")
    trigger: Span
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    actor_spans: list[Span] = Field(default_factory=list,
                                    description="the phrases the actor was read from")
    recipient_spans: list[Span] = Field(default_factory=list)
    framed: bool = Field(False, description="coded through a frame: a vow, demand, refusal...")
    retyped: bool = Field(False, description="the learned typer changed the lexicon's type")


class Quote(_Model):
    content: Span
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: Span | None = None
    kind: Literal["direct", "indirect", "mixed"]


class Record(_Model):
    schema_: Literal["chronicle/1"] = Field(SCHEMA_ID, alias="schema")
    article: ArticleInfo
    status: Literal["ok", "rejected"]
    error: str | None = None
    warnings: list[str] = Field(default_factory=list)
    text: str
    actors: list[Actor] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    main_place: int | None = Field(
        None, description="index into places: where the article mainly is: where its main "
        "event happened (its first realized event the text places, else its first placed "
        "event), else its dateline or its most named place")
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")


def record_json_schema() -> dict:
    """The published JSON Schema of a record (what `chronicle schema` prints)."""
    schema = Record.model_json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    return schema
