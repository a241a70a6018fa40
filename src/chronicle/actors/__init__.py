"""Actors: resolve mentions (names, metonyms, descriptors, nominals, pronouns) to actors."""

from chronicle.actors.lexicon import ActorLexicon, load_lexicon

__all__ = ["ActorLexicon", "load_lexicon"]
