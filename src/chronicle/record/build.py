"""doc_to_record: the only place a Doc becomes a Record."""

from __future__ import annotations

from spacy.tokens import Doc

from chronicle.reading.article import Article
from chronicle.record.events import char_span, events_of, quotes_of, times_of
from chronicle.record.places import main_event_place_index, places_of
from chronicle.record.schema import Actor, ArticleInfo, Mention, Record


def article_info(article: Article) -> ArticleInfo:
    return ArticleInfo(
        id=article.id, title=article.title, outlet=article.outlet, url=article.url,
        published=article.published, language=article.language, sha256=article.sha256,
        source=article.source,
    )


def rejected_record(article: Article) -> Record:
    return Record(article=article_info(article), status="rejected", error=article.error,
                  warnings=list(article.warnings), text=article.text)


def doc_to_record(article: Article, doc: Doc | None) -> Record:
    if doc is None or not article.ok:
        return rejected_record(article)
    record = Record(
        article=article_info(article), status="ok", warnings=list(article.warnings),
        text=doc.text, actors=actors_of(doc), times=times_of(doc), places=places_of(doc),
        main_place=doc._.main_place, events=events_of(doc), quotes=quotes_of(doc),
    )
    # Where the article mainly is: where its main event happened, when it has one.
    record.main_place = main_event_place_index(record)
    return record


def actors_of(doc: Doc) -> list[Actor]:
    infos = doc._.actors or {}
    by_actor: dict[str, list[Mention]] = {actor_id: [] for actor_id in infos}
    for m in doc._.actor_mentions or []:
        start, end = char_span(doc, m.start, m.end)
        by_actor[m.actor_id].append(
            Mention(start=start, end=end, text=doc.text[start:end], form=m.form))
    actors = []
    for actor_id, mentions in by_actor.items():
        info = infos[actor_id]
        mentions.sort(key=lambda x: (x.start, x.end))
        actors.append(Actor(
            id=info.id, name=info.name, country=info.country, sector=info.sector,
            kind=info.kind, mentions=[(x.start, x.end) for x in mentions],
            mention_details=mentions, entry=info.entry, affiliation=info.affiliation,
        ))
    actors.sort(key=lambda a: a.mentions[0] if a.mentions else (0, 0))
    return actors
