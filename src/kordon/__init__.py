"""Kordon: customs risk targeting and seizure intelligence."""

__version__ = "0.2.0"
