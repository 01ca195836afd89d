"""A rounded figure told first and the exact one told later: one find, read at the exact one.

"More than one million cigarettes" in the lead and "a total of 1,050,000 cigarettes" below,
"более 1 млн сигарет" and "1 050 000 штук", "2 tondan çox" and "2 140 kiloqram": the exact
figure is the find, and the rounded one only tells it roughly. It tells it only when the exact
figure lies in the range the rounded one states: at or above an "over" figure and below the
next unit of its last digit ("over 2 tonnes" for 2,000 to 3,000 kg, "more than one million"
for up to two million); at or under an "under" figure and above the unit below it. An exact
600,000 below "more than one million" is another find.
"""

from __future__ import annotations

from kordon.osint.quantities import FoundQuantity, Qualifier

_BOUNDS = frozenset({Qualifier.MORE_THAN, Qualifier.LESS_THAN})


def bounded_pair(a: FoundQuantity, b: FoundQuantity) -> bool:
    """Whether of two figures one is an "over" or "under" bound and the other exact."""
    return (a.qualifier in _BOUNDS and b.qualifier is Qualifier.EXACT) or (
        b.qualifier in _BOUNDS and a.qualifier is Qualifier.EXACT
    )


def within_bound(bound: FoundQuantity, exact: float) -> bool:
    """Whether an exact figure lies in the range an "over" or "under" figure states: on its
    side of it, and within one unit of its last written digit (twice its tolerance)."""
    reach = 2 * bound.tolerance
    if bound.qualifier is Qualifier.MORE_THAN:
        return bound.value <= exact < bound.value + reach
    if bound.qualifier is Qualifier.LESS_THAN:
        return bound.value - reach < exact <= bound.value
    return False


def tells_roughly(loose: FoundQuantity, exact: FoundQuantity) -> bool:
    """Whether a loose figure ("more than one million", "about 2 tonnes") tells an exact one of
    the same measure roughly: an "over" or "under" one bounds it, any other rounds to it."""
    if loose.qualifier is Qualifier.EXACT or exact.qualifier is not Qualifier.EXACT:
        return False
    if loose.unit is not exact.unit:
        return False
    if loose.qualifier in _BOUNDS:
        return within_bound(loose, exact.value)
    return abs(exact.value - loose.value) <= loose.tolerance
