"""Kordon: customs risk targeting and seizure intelligence."""

__version__ = "0.1.0"
