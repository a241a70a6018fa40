"""Read PolNeAR attributions: who (source) said (cue) what (content), from brat files.

A PolNeAR split folder holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (brat standoff:
T lines are spans, E lines tie a Source, a Cue and a Content into one attribution). The .ann
files are read, not attributions.train_dev.jsonl, so the held-out test folder loads the same way.

- Offsets index the .txt decoded from UTF-8 bytes with no newline translation, as brat counts.
- A role keeps its segments as brat lists them; scorers take their covering span.
- An E line's second content piece (`Content2`, 67 in train+dev) is left out: the jsonl leaves
  it out too, and its covering span with the first would swallow the source and cue between.
- An E line with no role at all (35 in train+dev) is no attribution; Discard/Discuss spans and
  annotator notes are ignored.
- An article annotated by several people (the agreement articles) is loaded once, from the
  alphabetically first annotator's file, the one the jsonl keeps; the others are counted.
- direct: the jsonl's flag when it lies beside the split folder, else "the content starts with
  a quotation mark" (" “ ‘ '). That rule reproduces every flag in the jsonl; "starts or ends"
  would not (it disagrees on 209 of 2,192 dev attributions), since PolNeAR calls a paraphrase
  ending in a partial quote (the US as the "Great Satan.") indirect.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from chronicle.errors import Errors

Span = tuple[int, int]
BRAT_ROLES = {"Source": "source", "Cue": "cue", "Content": "content"}
TRIGGERS = {"Attribution", "Attribution-no-source"}  # the E line's own label, a copy of the cue
OPENING_QUOTES = "\"“‘'"
ANN_NAME = re.compile(r"(.+)_([0-9a-f]{4})")  # NAME_ANNOTATOR, the annotator a hex id
ID_LINE = re.compile(r"[TEARMN#]\d*\t")
JSONL_NAME = "attributions.train_dev.jsonl"


@dataclass(frozen=True, slots=True)
class Attribution:
    """Gold or predicted: each role's [start, end) segments, () when the role is absent."""

    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()
    content: tuple[Span, ...] = ()
    direct: bool = False
    label: str = ""  # the brat E id, or the index of the predicted quote

    def span(self, role: str) -> Span | None:
        segments: tuple[Span, ...] = getattr(self, role)
        return (min(s for s, _ in segments), max(e for _, e in segments)) if segments else None


@dataclass(slots=True)
class PolnearDoc:
    name: str  # the .txt stem: the Article id
    annotator: str | None
    text: str
    attributions: list[Attribution]


class GoldDocs(list[PolnearDoc]):
    """The documents that loaded, (file, reason) for those that did not, and the extra
    annotators' files left out."""

    def __init__(self) -> None:
        super().__init__()
        self.rejected: list[tuple[str, str]] = []
        self.duplicates = 0


def read_utf8(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ValueError(Errors.E008.format(detail=f"{path.name}: {e}")) from e


def squash(text: str) -> str:
    return " ".join(text.split())


def parse_ann(ann: str, text: str) -> list[Attribution]:
    """The attributions of one brat file over `text`; ValueError with the reason if malformed."""
    spans: dict[str, tuple[Span, ...]] = {}
    stated: dict[str, str] = {}
    events: list[tuple[str, list[str]]] = []
    last_t: str | None = None
    for number, line in enumerate(ann.split("\n"), 1):
        line = line.removesuffix("\r")
        if not ID_LINE.match(line):
            # brat writes a span's text as it is, so a span across a line break goes on
            # over the following lines (3 T lines in train do)
            if last_t is not None:
                stated[last_t] += "\n" + line
            elif line.strip():
                raise ValueError(f"line {number}: not a brat annotation: {line[:40]!r}")
            continue
        fields = line.split("\t")
        last_t = None
        if line[0] == "T":
            offsets = fields[1].partition(" ")[2] if len(fields) > 2 else ""
            try:
                segments = tuple((int(s), int(e)) for s, e in
                                 (seg.split() for seg in offsets.split(";")))
            except ValueError:
                raise ValueError(f"line {number}: bad span line {line[:60]!r}") from None
            if not all(0 <= s < e <= len(text) for s, e in segments):
                raise ValueError(f"line {number}: {offsets} outside the text "
                                 f"({len(text)} characters)")
            spans[fields[0]] = segments
            stated[fields[0]] = "\t".join(fields[2:])
            last_t = fields[0]
        elif line[0] == "E":
            events.append((fields[0], fields[1].split() if len(fields) > 1 else []))
        # A, R, M, N lines and # notes carry nothing that is scored
    for tid, segments in spans.items():
        # brat joins a discontinuous span's pieces with a space; compare modulo white space
        if squash(stated[tid]) != squash(" ".join(text[s:e] for s, e in segments)):
            raise ValueError(f"{tid}: its text does not match the article at {segments[0]} "
                             "(wrong .txt file?)")
    attributions = []
    for eid, args in events:
        roles: dict[str, tuple[Span, ...]] = {}
        for arg in args:
            role, _, tid = arg.partition(":")
            if tid not in spans:
                raise ValueError(f"{eid}: refers to {tid or arg!r}, which is not a span")
            base = role.rstrip("0123456789")
            if base in TRIGGERS:
                continue
            if base not in BRAT_ROLES:
                raise ValueError(f"{eid}: unknown role {role!r}")
            if role == base and BRAT_ROLES[base] not in roles:  # Content2 etc.: see above
                roles[BRAT_ROLES[base]] = spans[tid]
        if roles:
            attributions.append(Attribution(**roles, label=eid))
    return attributions


def starts_with_quote(text: str, span: Span | None) -> bool:
    first = text[span[0]:span[1]].lstrip()[:1] if span else ""
    return bool(first) and first in OPENING_QUOTES


def load_flags(path: Path | None) -> dict[tuple, bool]:
    """The jsonl's direct flags by (article, annotator, content segments); {} without it."""
    flags: dict[tuple, bool] = {}
    if path is None or not path.is_file():
        return flags
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
            segments = tuple(tuple(s) for s in row["content"]["segments"])
            flags[row["article"], row["annotator"], segments] = bool(row["direct"])
        except (ValueError, KeyError, TypeError):
            continue  # rows without content or flag (the empty attributions): the rule decides
    return flags


def load_gold(folder: Path, jsonl: Path | None = None) -> GoldDocs:
    """Every article of a split folder in name order; bad files in `.rejected`.

    `jsonl` defaults to attributions.train_dev.jsonl beside the folder, when it is there.
    """
    folder = Path(folder)
    text_dir, ann_dir = folder / "text", folder / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{folder} has no text/ and attributions/ folders")
    flags = load_flags(jsonl or folder.parent / JSONL_NAME)
    files: dict[str, list[tuple[str, Path]]] = {p.stem: [] for p in text_dir.glob("*.txt")}
    for path in ann_dir.glob("*.ann"):
        named = ANN_NAME.fullmatch(path.stem)
        article, annotator = (named[1], named[2]) if named else (path.stem, "")
        files.setdefault(article, []).append((annotator, path))
    docs = GoldDocs()
    for article in sorted(files):
        if not files[article]:
            docs.rejected.append((f"{article}.txt", "no .ann file for this text"))
            continue
        annotator, path = min(files[article])
        docs.duplicates += len(files[article]) - 1
        try:
            text = read_utf8(text_dir / f"{article}.txt")
            found = parse_ann(read_utf8(path), text)
        except ValueError as e:
            docs.rejected.append((path.name, str(e)))
            continue
        attributions = []
        for a in found:
            flag = flags.get((article, annotator, a.content))
            # the first segment as brat lists it (once not the leftmost), as the jsonl does
            first = a.content[0] if a.content else None
            direct = starts_with_quote(text, first) if flag is None else flag
            attributions.append(Attribution(a.source, a.cue, a.content, direct, a.label))
        docs.append(PolnearDoc(article, annotator or None, text, attributions))
    return docs
