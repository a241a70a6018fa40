"""The quote stage: attributions (source, cue, content) and the speakers behind them."""

from chronicle.quotes.model import Attribution

__all__ = ["Attribution"]
