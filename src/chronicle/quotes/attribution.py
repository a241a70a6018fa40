"""Who said what: attributions read off the parse and the quotation marks.

- A cue verb (cue_verbs.tsv) outside quotation marks with something said: a clausal
  complement ("said that ...", "vowed to keep up strikes"), a quotation hung on it ("“...,”
  he said"), a quoted object ("cited “consideration for the government”"), or the clause it
  interrupts ("The attack, officials said, was ...").
- Its source is its subject (sources.py); a cue with no subject of its own ("Kaabi dismissed
  US threats, stressing that “...”") takes the subject of the verb it hangs on.
- "According to X, ...": X is the source, the clause the content.
- A quotation no cue claims is the words of the speaker a nearby cue without content names
  ("“...” He added.") or, when it goes on from the quotation before, of that one's speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from chronicle.quotes.lexicon import cue_verbs
from chronicle.quotes.marks import Quoted
from chronicle.quotes.model import Attribution
from chronicle.quotes.sources import SUBJECT_DEPS, noun_span, source_of, speaker_of

CONTENT_DEPS = ("ccomp", "xcomp", "parataxis")
TOPIC_PREPS = ("about", "for", "against", "on", "of")  # what is said about, called for
CHANNELS = frozenset({"television", "tv", "radio", "phone", "telephone", "behalf", "condition",
                      "camera", "record", "air", "twitter", "x", "facebook", "video", "hour",
                      "minute", "day", "week", "time"})
OBJECT_KINDS = ("speech", "stance")  # cues whose object may be what is said or stood on
# objects of speech verbs that are people, not something said ("dismissed the army chief")
PEOPLE_NOUNS = frozenset({"chief", "commander", "minister", "official", "officer", "general",
                          "head", "director", "ambassador", "envoy", "leader", "spokesman",
                          "aide", "adviser", "advisor", "staff", "soldier", "troop", "member"})
# cues that dispute what they report: the speaker does not assert it
DOUBTING = frozenset({"deny", "dispute", "question", "doubt", "reject", "dismiss", "refute",
                      "wonder", "challenge"})
# speech verbs whose object is the one spoken to ("told reporters", "urged Iraq")
ADDRESSING = frozenset({"tell", "ask", "inform", "notify", "urge", "warn", "assure",
                        "reassure", "advise", "call", "remind", "thank", "answer", "question"})
EDGE_PUNCT = set(",;:—–-()")


def find_attributions(doc: Doc, pieces: list[Quoted], owner: dict[int, str],
                      cues: dict[str, str], nouns: frozenset[str] = frozenset()
                      ) -> list[Attribution]:
    quotes = quote_token_spans(doc, pieces)
    quoted = {i for start, end, _ in quotes for i in range(start, end)}
    found: list[Attribution] = []
    waiting: list[tuple[Token, tuple[int, int] | None]] = []  # cues with nothing said yet
    for token in doc:
        if token.i in quoted or token.pos_ not in ("VERB", "AUX") or \
                token.lemma_.lower() not in cues:
            continue
        if token.tag_ == "VBN" and token.dep_ == "advcl" and \
                not any(c.dep_ in SUBJECT_DEPS for c in token.children):
            continue  # "Asked about the talks, he said ...": the reporter asked
        content = content_of(token, quotes, quoted, cues[token.lemma_.lower()])
        if content is not None and cues[token.lemma_.lower()] == "quote" and \
                not any(i in quoted for i in range(*content)):
            content = None  # "continued to fight" is no speech; "“...,” he continued" is
        source = source_of(token)
        if content is None:
            waiting.append((token, source))
            continue
        made = attribution(doc, token, (token.i, cue_end(token)), source, content, quotes, owner)
        made.asserts = cues[token.lemma_.lower()] in ("speech", "finding", "quote") and (
            made.kind != "indirect" or any(c.dep_ in CONTENT_DEPS and not infinitive(c)
                                           for c in token.children)
            or token.dep_ == "parataxis") and token.lemma_.lower() not in DOUBTING and \
            not any(c.dep_ == "neg" for c in token.children) and \
            not any(t.dep_ == "mark" and t.lower_ in ("whether", "if")
                    for t in doc[content[0]:min(content[1], content[0] + 2)])
        found.append(made)
    found += noun_cues(doc, quotes, quoted, owner, nouns)
    found += according_to(doc, quotes, quoted, owner)
    found += speaker_labels(doc, quotes, found, owner)
    found += unclaimed_quotes(doc, quotes, found, waiting, owner)
    return sorted(found, key=lambda a: a.content)


def infinitive(clause: Token) -> bool:
    """"vowed to respond to the strikes": a commitment, not a claim about the world (what it
    mentions is told by whoever tells of the vow)."""
    return clause.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in clause.children)


def quote_token_spans(doc: Doc, pieces: list[Quoted]) -> list[tuple[int, int, bool]]:
    spans = []
    for piece in pieces:
        span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if span is not None and len(span):
            spans.append((span.start, span.end, piece.continues))
    return spans


def content_of(cue: Token, quotes: list[tuple[int, int, bool]], quoted: set[int],
               kind: str) -> tuple[int, int] | None:
    for child in cue.children:
        if child.dep_ in CONTENT_DEPS and (child.dep_ != "xcomp" or kind != "belief"):
            return extended(trimmed(child.doc, edges(child)), quotes)
        if child.dep_ == "dobj" and quoted_object(child, quoted):
            return extended(trimmed(child.doc, edges(child)), quotes)  # "cited “...”"
    if kind in OBJECT_KINDS and cue.lemma_.lower() not in ADDRESSING and \
            not any(c.dep_ == "neg" for c in cue.children):
        # "denounced the strikes", "dismissed US threats": what a stand is taken on; a speech
        # verb's object only when it is something said ("announced a ceasefire offer", not
        # "dismissed the army chief")
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ != "PRON" and (kind == "stance" or not (
                obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or
                obj.lemma_.lower() in PEOPLE_NOUNS)):
            return extended(trimmed(cue.doc, edges(obj)), quotes)
    for prep in (c for c in cue.children if c.dep_ == "prep"):
        # "said in a statement that ...", "told supporters in a video that ...": the parser
        # hangs the clause on the noun
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            clause = that_clause(noun)
            if clause is not None:
                return extended(trimmed(cue.doc, edges(clause)), quotes)
    if kind in OBJECT_KINDS and not any(c.dep_ == "neg" for c in cue.children):
        # "called for a ceasefire", "talked about the economy", "spoke against the plan"
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS):
            topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if topic is not None and topic.pos_ != "PRON" and \
                    topic.ent_type_ not in ("DATE", "TIME", "CARDINAL") and \
                    topic.lemma_.lower() not in CHANNELS:  # not "spoke on Monday", "on TV"
                return extended(trimmed(cue.doc, edges(topic)), quotes)
    if cue.dep_ == "parataxis" and cue.head.i != cue.i:
        # "The attack, officials said, was ...", "“...,” he said": what the cue interrupts
        clause = cue.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head  # hung on the subject: the clause is its verb's
        start, end = edges(clause)
        own_start, own_end = edges(cue)
        if start < own_start and own_end < trimmed_end(cue.doc, end):
            # "The strike, officials said, was carried out by a drone": the words on both
            # sides are what was said (one span over the interruption)
            return extended(trimmed(cue.doc, (start, end)), quotes)
        if own_start > start:
            return extended(trimmed(cue.doc, (start, own_start)), quotes)
        return extended(trimmed(cue.doc, (own_end, end)), quotes)
    return None


def after_dateline(doc: Doc, start: int, end: int) -> int:
    """The first token after "PLACE[, Country] (AGENCY) —" opening a span, else `start`."""
    for token in doc[start:min(end, start + 12)]:
        if token.text in ("—", "–", "--", "-") and token.i > start and \
                doc[token.i - 1].text == ")":
            before = [t for t in doc[start:token.i] if t.is_alpha]
            if before and before[0].is_upper and all(t.is_title or t.is_upper for t in before):
                return token.i + 1
            return start
    return start


def trimmed_end(doc: Doc, end: int) -> int:
    """The end of a span without its closing punctuation."""
    while end > 0 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def that_clause(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and
                 any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def quoted_object(obj: Token, quoted: set[int]) -> bool:
    """An object that is a quotation ("cited “consideration for the government”"), not one
    that merely runs into a quotation further on."""
    start, end = edges(obj)
    first = next((i for i in range(max(0, start - 1), end) if i in quoted), None)
    return first is not None and first <= start + 1


def edges(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def trimmed(doc: Doc, span: tuple[int, int]) -> tuple[int, int] | None:
    """Without commas, dashes and spaces at the edges (quotation marks stay), and without a
    wire dateline ("KYIV, Ukraine (AP) —")."""
    start, end = span
    start = after_dateline(doc, start, end)
    while start < end and (doc[start].text in EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in EDGE_PUNCT or doc[end - 1].is_space or
                           (doc[end - 1].text == "." and end - 1 > start)):
        end -= 1  # a clause's full stop is the sentence's, not the content's
    return (start, end) if end > start else None


def extended(span: tuple[int, int] | None, quotes: list[tuple[int, int, bool]]
             ) -> tuple[int, int] | None:
    """A quotation the content runs into is taken whole, with the paragraphs it goes on in."""
    if span is None:
        return None
    start, end = span
    for k, (q_start, q_end, continues) in enumerate(quotes):
        if q_start < end and start < q_end:
            start, end = min(start, q_start), max(end, q_end)
            for _, n_end, goes_on in quotes[k + 1:]:
                if not goes_on:
                    break
                end = max(end, n_end)
            back = k
            while continues and back > 0:  # the paragraphs it went on from
                back -= 1
                start = min(start, quotes[back][0])
                continues = quotes[back][2]
    return start, end


def cue_end(cue: Token) -> int:
    """The cue verb with a particle right after it ("pointed out")."""
    end = cue.i + 1
    for child in cue.rights:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return end


def attribution(doc: Doc, cue: Token | None, cue_span: tuple[int, int] | None,
                source: tuple[int, int] | None, content: tuple[int, int],
                quotes: list[tuple[int, int, bool]], owner: dict[int, str]) -> Attribution:
    kind = kind_of(content, quotes, doc)
    if kind == "direct" and cue is not None and is_fragment(doc, content):
        kind = "mixed"  # "cited “consideration for the government”": words, not a statement
    return Attribution(content=content, cue=cue_span, source=source,
                       speaker=speaker_of(doc, source, owner), kind=kind)


def is_fragment(doc: Doc, content: tuple[int, int]) -> bool:
    """Quoted words without a verb of their own: a phrase taken into the outlet's sentence."""
    return not any(t.pos_ in ("VERB", "AUX") for t in doc[content[0]:content[1]])


def kind_of(content: tuple[int, int], quotes: list[tuple[int, int, bool]],
            doc: Doc | None = None) -> str:
    """Direct when every word of the content is inside quotation marks, mixed when some are."""
    start, end = content
    words = [i for i in range(start, end)  # "that “...”" is still direct speech
             if doc is None or not (doc[i].is_space or doc[i].is_punct or
                                    (i == start and doc[i].dep_ == "mark"))]
    inside = sum(1 for i in words if any(q_start <= i < q_end for q_start, q_end, _ in quotes))
    if inside and inside == len(words):
        return "direct"
    return "mixed" if inside else "indirect"


def according_to(doc: Doc, quotes: list[tuple[int, int, bool]], quoted: set[int],
                 owner: dict[int, str]) -> list[Attribution]:
    """"According to X, ...": X says the clause the phrase hangs on."""
    found = []
    for token in doc:
        if token.lower_ != "according" or token.i in quoted or token.i + 1 >= len(doc) or \
                doc[token.i + 1].lower_ != "to":
            continue
        to = doc[token.i + 1]
        pobj = next((c for c in (*to.children, *token.children) if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        phrase_start, phrase_end = edges(token)
        clause = token.head if token.head.i != token.i else token.sent.root
        start, end = edges(clause)
        if clause.i == token.i:
            continue
        content = (start, phrase_start) if phrase_start - start > end - phrase_end else \
            (phrase_end, end)
        content = extended(trimmed(doc, content), quotes)
        if content is not None:
            found.append(attribution(doc, token, (token.i, token.i + 2), noun_span(pobj),
                                     content, quotes, owner))
    return found


def noun_cues(doc: Doc, quotes: list[tuple[int, int, bool]], quoted: set[int],
              owner: dict[int, str], nouns: frozenset[str]) -> list[Attribution]:
    """"Trump's claim that there have been thousands of shootings": a cue noun with a clause
    or quotation of its own; the source is its possessor or its "of"/"by" phrase."""
    found = []
    for token in doc:
        if token.pos_ != "NOUN" or token.i in quoted or token.lemma_.lower() not in nouns:
            continue
        if token.dep_ == "pobj" and token.head.head.lemma_.lower() in cue_verbs():
            continue  # "said in a statement that ...": the verb's attribution
        clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp") and
                       any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            continue
        owner_token = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner_token is None:
            prep = next((c for c in token.children if c.dep_ == "prep" and
                         c.lower_ in ("of", "by", "from")), None)
            owner_token = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                if prep is not None else None
        source = noun_span(owner_token) if owner_token is not None else None
        content = extended(trimmed(doc, edges(clause)), quotes)
        if content is not None:
            found.append(attribution(doc, token, (token.i, token.i + 1), source, content,
                                     quotes, owner))
    return found


def speaker_labels(doc: Doc, quotes: list[tuple[int, int, bool]], found: list[Attribution],
                   owner: dict[int, str]) -> list[Attribution]:
    """"PENCE: Well, look, ..." in a transcript, "Pence: Flowers won't be at the debate" in a
    headline: a name and a colon opening a line are the source of the rest of the line."""
    made = []
    taken = [a.content for a in found]
    for first in (t for t in doc if not t.is_space and line_start(doc, t)):
        tokens = [t for t in doc[first.i:line_end(doc, first.i)] if not t.is_space]
        colon = next((k for k, t in enumerate(tokens[:6]) if t.text == ":"), None)
        if not colon or colon + 1 >= len(tokens):
            continue
        label = tokens[:colon]
        if not all(t.pos_ == "PROPN" or t.is_title or t.is_upper for t in label):
            continue
        start, end = tokens[colon + 1].i, line_end(doc, tokens[colon + 1].i)
        content = trimmed(doc, (start, end))
        if content is None or any(s < content[1] and content[0] < e for s, e in taken):
            continue
        made.append(attribution(doc, None, None, (label[0].i, label[-1].i + 1), content, quotes,
                                owner))
    return made


def line_start(doc: Doc, token: Token) -> bool:
    return token.i == 0 or (doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text) or \
        doc[token.i - 1].text in ('"', "“")


def line_end(doc: Doc, start: int) -> int:
    for token in doc[start:]:
        if token.is_space and "\n" in token.text:
            return token.i
    return len(doc)


def unclaimed_quotes(doc: Doc, quotes: list[tuple[int, int, bool]], found: list[Attribution],
                     waiting: list[tuple[Token, tuple[int, int] | None]],
                     owner: dict[int, str]) -> list[Attribution]:
    """Quotations no cue took: a cue without content in the quotation's sentence or the next
    names their speaker ("“...” He added."); a quotation going on from the last one keeps its
    speaker."""
    claimed = [a.content for a in found]
    made: list[Attribution] = []
    for start, end, continues in quotes:
        if any(s < end and start < e for s, e in claimed):
            continue
        cue = next(((c, s) for c, s in waiting if claims(doc, c, start, end, claimed)), None)
        if cue is not None:
            made.append(attribution(doc, cue[0], (cue[0].i, cue_end(cue[0])), cue[1],
                                    (start, end), quotes, owner))
            claimed.append((start, end))
            continue
        last = previous_attribution(found + made, start)
        if last is not None and (continues or nearby(doc, last, start) or
                                 paragraph_after(doc, last.content[1], start, end)):
            made.append(Attribution(content=(start, end), cue=None, source=last.source,
                                    speaker=last.speaker, kind="direct"))
            claimed.append((start, end))
    return made


def claims(doc: Doc, cue: Token, start: int, end: int, claimed: list[tuple[int, int]]) -> bool:
    """A cue without content names the speaker of a quotation in its own sentence, or of the
    one right before it when the cue leads the next sentence of the paragraph ("“...” He
    added."), unless the cue sits inside someone else's words."""
    if any(s <= cue.i < e for s, e in claimed):
        return False
    sent = doc[start].sent
    if sent.start <= cue.i < sent.end:
        return True
    following = doc[sent.end].sent if sent.end < len(doc) else None
    return following is not None and following.start <= cue.i < following.end and \
        cue.dep_ in ("ROOT", "parataxis") and end <= following.start and \
        "\n" not in doc[end:cue.i].text


def previous_attribution(found: list[Attribution], before: int) -> Attribution | None:
    earlier = [a for a in found if a.content[1] <= before and a.kind != "indirect"]
    return max(earlier, key=lambda a: a.content[1], default=None)


def paragraph_after(doc: Doc, last_end: int, start: int, end: int) -> bool:
    """A paragraph that is all quotation, right after the paragraph of the last quotation:
    wire style for the same speaker going on."""
    if last_end >= start:
        return False
    between = doc[last_end:start].text
    if between.count("\n\n") != 1 or not between.rstrip(" ").endswith("\n"):
        return False
    for token in doc[end:]:  # up to the end of the paragraph: nothing but punctuation
        if token.is_space and "\n" in token.text:
            return True
        if not (token.is_punct or token.is_space):
            return False
    return True


def nearby(doc: Doc, last: Attribution, start: int) -> bool:
    """Between the last quotation and this one nothing but punctuation and the last one's own
    source and cue, in one paragraph ("“...,” said Ryder. “...”", "“...,” he said, “and ...”")."""
    told = [r for r in (last.source, last.cue) if r is not None]
    for token in doc[last.content[1]:start]:
        if token.is_space and "\n" in token.text:
            return False
        if not (token.is_punct or token.is_space or any(a <= token.i < b for a, b in told)):
            return False
    return True
