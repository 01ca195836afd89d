"""Vehicle plates for screening: the canonical form lives in the domain, which analytics shares."""

from kordon.domain.plates import confusable_key, normalise_plate

__all__ = ["confusable_key", "normalise_plate"]
