"""Running Python's cyclic garbage collector less often while a bulk of work is done.

An import or a batch lodgement allocates hundreds of thousands of short-lived objects and
keeps almost none, yet each of them counts towards the collector's thresholds: at the
default first threshold (700) a batch of 500 lodgements runs over a thousand collections,
and every tenth of those walks the older objects too. The collector is still run, only
after 20,000 allocations rather than 700; reference counting frees nearly everything
anyway.

A server process keeps one raised threshold for its whole life instead (`serving_collections`):
raised and restored around each batch, the threshold would fall back to 700 with the batch's
answer still alive, and every batch would end in a collection over its own answer's objects.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# The first generation's threshold while bulk work runs.
RARE = 20_000
# The first generation's threshold in a server process. A batch of 500 lodgements keeps some
# 20,000 objects alive while it is lodged and answered, two batches at once in a worker twice
# that; every collection made while they live walks them all and frees none. Above that, a
# collection is set off by what outlives the requests (the name caches filling) rather than by
# each batch: in 20 batches, 2 collections instead of 22. The cyclic garbage this lets wait for
# a collection is at most 100,000 objects, a few megabytes.
SERVING = 100_000

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


@contextmanager
def serving_collections() -> Iterator[None]:
    """Raise the collector's first threshold to `SERVING` for a server process's life, from
    its start to its end, whatever the requests do in between (`rare_collections` blocks
    inside it change nothing)."""
    saved = gc.get_threshold()
    gc.set_threshold(max(saved[0], SERVING), *saved[1:])
    try:
        yield
    finally:
        gc.set_threshold(*saved)
