"""Running Python's cyclic garbage collector less often while a bulk of work is done.

An import or a batch lodgement allocates hundreds of thousands of short-lived objects and
keeps almost none, yet each of them counts towards the collector's thresholds: at the
default first threshold (700) a batch of 500 lodgements runs over a thousand collections,
and every tenth of those walks the older objects too. The collector is still run, only
after 20,000 allocations rather than 700; reference counting frees nearly everything
anyway.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The first generation's threshold while bulk work runs.
RARE = 20_000

_lock = threading.Lock()
_holders = 0
_saved: tuple[int, ...] = ()


@contextmanager
def rare_collections() -> Iterator[None]:
    """Raise the collector's first threshold for the block. Blocks may overlap in several
    threads (a server lodging two batches at once): the thresholds go back to what they
    were when the last of them ends."""
    global _holders, _saved
    with _lock:
        if _holders == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(max(_saved[0], RARE), *_saved[1:])
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                gc.set_threshold(*_saved)
