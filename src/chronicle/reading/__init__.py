"""Reading: files, folders and strings in, Articles out. No spaCy model is loaded here."""

from chronicle.reading.article import Article
from chronicle.reading.metadata import Metadata
from chronicle.reading.sources import article_from_text, read_paths

__all__ = ["Article", "Metadata", "article_from_text", "read_paths"]
