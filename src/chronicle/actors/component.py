"""The `chronicle_actors` spaCy component: who is who in a document.

Writes `doc._.actors` (id -> ActorInfo) and `doc._.actor_mentions` (ActorMention list, in text
order). Steps, each a module of its own: dictionary names (names.py) -> national nominals
(nominals.py) -> unknown people and organisations with context (resolve.py, context.py) ->
appositives -> pronouns and definite descriptions (coref.py).
"""


from spacy.language import Language
from spacy.tokens import Doc

from chronicle.actors.bodies import place_bodies
from chronicle.actors.camps import backed_groups, proxy_groups, stance_groups
from chronicle.actors.coref import resolve_anaphora
from chronicle.actors.descriptions import description_mentions, named_later
from chronicle.actors.forces import unmarked_forces
from chronicle.actors.lexicon import ActorLexicon, load_lexicon
from chronicle.actors.model import ActorMention, ActorTable
from chronicle.actors.names import NameMatcher
from chronicle.actors.resolve import mentions_from_entities, mentions_from_names
from chronicle.actors.speakers import first_person_mentions

for _name, _default in (("actors", None), ("actor_mentions", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class ActorResolver:
    def __init__(self, nlp: Language, name: str, lexicon: ActorLexicon) -> None:
        self.name = name
        self.lexicon = lexicon
        self.matcher = NameMatcher(nlp, lexicon)

    def __call__(self, doc: Doc) -> Doc:
        table = ActorTable(self.lexicon)
        hits = self.matcher(doc)
        mentions = mentions_from_names(doc, hits, table, self.lexicon)
        mentions += mentions_from_entities(doc, mentions, table, self.lexicon, hits)
        mentions += backed_groups(doc, mentions, table, self.lexicon)
        mentions += stance_groups(doc, hits, mentions, table, self.lexicon)
        mentions += proxy_groups(doc, hits, mentions, table, self.lexicon)
        mentions += description_mentions(doc, mentions, table, self.lexicon)
        renamed = named_later(doc, mentions, table)
        for mention in mentions:
            mention.actor_id = renamed.get(mention.actor_id, mention.actor_id)
        place_bodies(doc, mentions, table, self.lexicon)
        mentions += resolve_anaphora(doc, mentions, table, self.lexicon)
        mentions += unmarked_forces(doc, mentions, table, self.lexicon)
        mentions += first_person_mentions(doc, mentions, table, self.lexicon)
        mentions.sort(key=lambda m: (m.start, m.end))
        used = {m.actor_id for m in mentions}
        doc._.actors = {k: v for k, v in table.actors.items() if k in used}
        doc._.actor_mentions = mentions
        return doc


@Language.factory(
    "chronicle_actors",
    default_config={"extra_files": []},
    requires=["token.dep", "token.tag", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc._.actors", "doc._.actor_mentions"],
)
def make_actor_resolver(nlp: Language, name: str, extra_files: list[str]) -> ActorResolver:
    return ActorResolver(nlp, name, load_lexicon(extra_files))


__all__ = ["ActorMention", "ActorResolver", "make_actor_resolver"]
