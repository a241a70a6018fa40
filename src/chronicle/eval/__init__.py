"""Evaluation: one module per stage, each with load_gold() and score()."""
