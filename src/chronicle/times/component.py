"""The `chronicle_times` spaCy component: TIMEX3 expressions anchored on the article's date.

Reads `doc._.published` (ISO date, may be None) and writes `doc._.times`, a list of `Timex`
in text order.
"""

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from chronicle.times.tagger import tag_times

for _name in ("times", "published", "source_text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def document_date(doc: Doc) -> date | None:
    if not doc._.published:
        return None
    try:
        return date.fromisoformat(str(doc._.published)[:10])
    except ValueError:
        return None


class TimeTagger:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.times = tag_times(doc, document_date(doc))
        return doc


@Language.factory(
    "chronicle_times",
    requires=["token.tag", "token.dep"],
    assigns=["doc._.times"],
)
def make_time_tagger(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger(name)
