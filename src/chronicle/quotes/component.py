"""The `chronicle_quotes` spaCy component: who said what, from quotation marks and cue verbs.

Runs after the actor stage (speakers are actors) and before the event stage (events told in
someone's words are asserted by them). Writes `doc._.quotes`, a list of `Attribution` in text
order.
"""

from spacy.language import Language
from spacy.tokens import Doc

from chronicle.quotes.attribution import find_attributions
from chronicle.quotes.lexicon import cue_nouns, cue_verbs
from chronicle.quotes.marks import quotation_spans

for _name in ("quotes", "source_text"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class QuoteFinder:
    def __init__(self, name: str) -> None:
        self.name = name
        self.cues = cue_verbs()
        self.nouns = cue_nouns()

    def __call__(self, doc: Doc) -> Doc:
        text = doc._.source_text if doc._.source_text is not None else doc.text
        owner: dict[int, str] = {}
        for mention in doc._.actor_mentions or []:
            for i in range(mention.start, mention.end):
                owner.setdefault(i, mention.actor_id)
        doc._.quotes = find_attributions(doc, quotation_spans(text), owner, self.cues,
                                         self.nouns)
        return doc


@Language.factory(
    "chronicle_quotes",
    requires=["doc._.actor_mentions", "token.dep"],
    assigns=["doc._.quotes"],
)
def make_quote_finder(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder(name)
