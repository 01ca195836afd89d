"""One clock, which a test can set: naive UTC whatever the zone it is set in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from kordon.domain import clock
from kordon.domain.clock import FixedClock

NOON_IN_BAKU = datetime(2026, 3, 2, 12, 0, tzinfo=timezone(timedelta(hours=4)))


def test_a_fixed_clock_stands_still_in_utc_until_moved() -> None:
    fixed = FixedClock(NOON_IN_BAKU)
    with clock.use(fixed):
        assert clock.now() == datetime(2026, 3, 2, 8, 0)
        fixed.advance(timedelta(hours=17))
        assert clock.today().isoformat() == "2026-03-03"
    # Outside the block the system clock is back: naive UTC, close to the real time.
    real = datetime.now(UTC).replace(tzinfo=None)
    assert clock.now().tzinfo is None
    assert abs(clock.now() - real) < timedelta(seconds=5)
