"""An index that keeps screening fast on a large watchlist.

Blocking: every entry name is posted under the skeleton of each of its parts and under each
pair of them. A screened name looks up the pairs of its own parts (and their one-edit
neighbours, for typos), so a common surname alone never pulls in thousands of candidates;
only the few names found are scored in full.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from itertools import combinations

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from kordon.domain.watchlist import WatchlistEntry, WatchlistHit, WatchlistKind
from kordon.risk.screening.acronyms import acronym_keys, heads_keys
from kordon.risk.screening.features import Comparison
from kordon.risk.screening.names import ParsedName, heads, initials, own_acronym
from kordon.risk.screening.plates import confusable_key, normalise_plate
from kordon.risk.screening.readings import capped, compared, readings
from kordon.risk.screening.scorer import (
    DEFAULT_THRESHOLD,
    comparison,
    explain_features,
    score,
    weights,
)
from kordon.risk.screening.text import PartRole, Token, latin_key, skeleton

# Candidates read from the blocking keys per screened name, at most.
MAX_CANDIDATES = 64
# Of those, scored in full per lookup phase, after a cheap whole-name comparison.
MAX_SCORED = 16
# A single part's postings are read only when it is this rare (or the name has one part).
SINGLE_MAX_POSTINGS = 400
MAX_NEIGHBOURS = 6
# Hits below this score are not reported at all: it sits above the cap for a person whose
# surname alone agrees, so a common surname never lists its namesakes.
REPORT_MIN = 0.65
_SOLO = 1 << 62
_ACRONYM = 1 << 61


def _joined_skeleton(parsed: ParsedName) -> str:
    """The skeleton of a name's identifying parts written as one word."""
    return skeleton(latin_key("".join(t.key for t in _NameIndex.content(parsed))))


def _acronym_letters(parsed: ParsedName) -> list[str]:
    """The letters a name is found under as an acronym: its own when it is one, a company's
    printed in brackets (PEDCO), or what its initials spell; the same for lists and queries."""
    own = parsed.acronym or (
        own_acronym(parsed.text) if parsed.kind == WatchlistKind.COMPANY else ""
    )
    return acronym_keys(own, initials(parsed.text, parsed.kind))


def _heads_spelt(query: ParsedName) -> tuple[str, ...]:
    """The acronyms of word heads a screened company name spells (`acronyms.spelt_by_heads`),
    to find it listed under one (PASCO for PASARGAD STEEL COMPLEX). Worked out for queries
    only: the list stays as large as it was."""
    if query.kind != WatchlistKind.COMPANY or query.acronym or own_acronym(query.text):
        return ()
    return heads_keys(heads(query.text, query.kind))


def _acronym_key(letters: str) -> int:
    """The posting key of an acronym's letters: a checksum, so no string is kept per acronym.

    Two acronyms that share a checksum only bring each other's names to be scored.
    """
    return _ACRONYM | zlib.crc32(letters.encode())


def _deletions(skel: str) -> set[str]:
    """The skeleton with each one of its characters left out."""
    return {skel[:i] + skel[i + 1 :] for i in range(len(skel))}


@dataclass(slots=True)
class _NameIndex:
    """Blocking keys and parsed names of one kind (persons or companies)."""

    kind: WatchlistKind
    names: list[ParsedName] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)
    skel_ids: dict[str, int] = field(default_factory=dict)
    df: list[int] = field(default_factory=list)
    neighbours: dict[str, list[int]] = field(default_factory=dict)
    keys: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(0, np.int64))
    offsets: npt.NDArray[np.int64] = field(default_factory=lambda: np.zeros(1, np.int64))
    postings: npt.NDArray[np.int32] = field(default_factory=lambda: np.zeros(0, np.int32))
    entry_count: int = 0
    log_n: float = 1.0
    rarity_cache: dict[str, float] = field(default_factory=dict)

    def build(self, named: Iterable[tuple[int, str]]) -> None:
        """Parse and post every (entry number, name) pair."""
        pool: dict[Token, Token] = {}
        key_list: list[int] = []
        post_list: list[int] = []
        df: Counter[int] = Counter()
        # Rarity counts entries, not names: an entry's aliases share their parts.
        seen_owner, owner_ids = -1, set[int]()
        # A name is posted in each of its readings (`readings.readings`), as if it were two.
        for owner, parsed in (
            (owner, parsed) for owner, text in named for parsed in readings(text, self.kind)
        ):
            tokens = tuple(pool.setdefault(t, t) for t in parsed.tokens)
            parsed = replace(parsed, tokens=tokens)
            name_id = len(self.names)
            self.names.append(parsed)
            self.owners.append(owner)
            content = self.content(parsed)
            read = {self._skel_id(s) for t in content for s in t.readings()}
            # A nickname is found under the names it stands for too (`Token.posted`).
            more = {self._skel_id(s) for t in content if t.nicknamed for s in t.posted()}
            ids = sorted(read | more if more else read)
            if owner != seen_owner:
                seen_owner, owner_ids = owner, set()
            # A part's rarity counts the names it is read as, not those a nickname stands for.
            df.update(i for i in read if i not in owner_ids)
            owner_ids.update(read)
            for a in ids:
                key_list.append(a)
                post_list.append(name_id)
            for pair in _pair_keys(self._part_ids(t) for t in content):
                key_list.append(pair)
                post_list.append(name_id)
            # The name with its spaces removed: Azer Trans = Azertrans.
            key_list.append(_SOLO | self._skel_id(_joined_skeleton(parsed)))
            post_list.append(name_id)
            # A name printing its own acronym in brackets is found under it too (PEDCO).
            for key in _acronym_letters(parsed):
                key_list.append(_acronym_key(key))
                post_list.append(name_id)
        self.df = [df[i] for i in range(len(self.skel_ids))]
        for skel, sid in self.skel_ids.items():
            if len(skel) >= 3:
                for variant in _deletions(skel) | {skel}:
                    self.neighbours.setdefault(variant, []).append(sid)
        keys = np.asarray(key_list, dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        self.postings = np.asarray(post_list, dtype=np.int32)[order]
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else keys
        self.keys = keys[starts]
        self.offsets = np.r_[starts, len(keys)].astype(np.int64)
        self.entry_count = len(set(self.owners))
        self.log_n = math.log(self.entry_count + 2)

    def _part_ids(self, token: Token) -> set[int]:
        """The skeleton numbers a part is posted under: its readings, a nickname's names."""
        return {self._skel_id(s) for s in (token.posted() if token.nicknamed else token.readings())}

    def _skel_id(self, skel: str) -> int:
        """The number of a skeleton, assigned on first sight."""
        sid = self.skel_ids.get(skel)
        if sid is None:
            sid = self.skel_ids[skel] = len(self.skel_ids)
        return sid

    @staticmethod
    def content(parsed: ParsedName) -> list[Token]:
        """The parts that identify: proper name parts, not generic company words."""
        generic = parsed.generic or (False,) * len(parsed.tokens)
        found = [
            t
            for t, g in zip(parsed.tokens, generic, strict=True)
            if t.role == PartRole.NAME and not g and t.skeleton
        ]
        return found or [t for t in parsed.tokens if t.skeleton]

    def entries_with(self, skel: str) -> int:
        """How many of the list's entries carry a part of this skeleton."""
        sid = self.skel_ids.get(skel)
        return self.df[sid] if sid is not None else 0

    def rarity(self, skel: str) -> float:
        """Weight of a part by how rare its skeleton is in this list (1 = unseen)."""
        known = self.rarity_cache.get(skel)
        if known is not None:
            return known
        value = self._rarity(skel)
        if len(self.rarity_cache) < 500_000:
            self.rarity_cache[skel] = value
        return value

    def _rarity(self, skel: str) -> float:
        """Rarity worked out from the document frequency."""
        sid = self.skel_ids.get(skel)
        count = self.df[sid] if sid is not None else 0
        idf = math.log((self.entry_count + 2) / (count + 1)) / self.log_n
        return 0.35 + 0.65 * min(1.0, idf)

    def _expand(self, skel: str) -> list[int]:
        """Skeleton ids of the part itself and its one-edit neighbours in the list."""
        found: list[int] = []
        own = self.skel_ids.get(skel)
        if own is not None:
            found.append(own)
        if len(skel) >= 3:
            seen = set(found)
            # In a fixed order: the list is cut below, and a set's order of strings changes
            # with the interpreter's hash seed, so the kept neighbours would too.
            for variant in sorted(_deletions(skel) | {skel}):
                for sid in self.neighbours.get(variant, ()):
                    if sid not in seen:
                        seen.add(sid)
                        found.append(sid)
        return found[: MAX_NEIGHBOURS + 1]

    def candidates(self, query: ParsedName, fuzzy: bool) -> list[int]:
        """Name numbers worth scoring for a screened name, most promising first.

        Without `fuzzy` only the parts' own skeletons are looked up (transliterations share
        them); with it, their one-edit neighbours too (typos).
        """
        if not self.names:
            return []
        if fuzzy:
            groups = [
                list(dict.fromkeys(sid for r in t.posted() for sid in self._expand(r)))
                for t in self.content(query)
            ]
            joined = self._expand(_joined_skeleton(query))
        else:
            groups = [
                [
                    i
                    for i in dict.fromkeys(self.skel_ids.get(r) for r in t.posted())
                    if i is not None
                ]
                for t in self.content(query)
            ]
            own = self.skel_ids.get(_joined_skeleton(query))
            joined = [own] if own is not None else []
        groups = [g for g in groups if g]
        wanted: list[int] = [_SOLO | sid for sid in joined]
        wanted.extend(_acronym_key(key) for key in _acronym_letters(query))
        wanted.extend(_acronym_key(key) for key in _heads_spelt(query))
        for left, right in combinations(groups, 2):
            for a in left:
                for b in right:
                    if a != b:
                        lo, hi = (a, b) if a < b else (b, a)
                        wanted.append(((lo + 1) << 32) | hi)
        found = self._lookup(wanted)
        # A person matches only when two parts agree, and two agreeing parts share a pair
        # key: single parts are read only for companies, one-part names, or when no pair is.
        if self.kind == WatchlistKind.PERSON and len(groups) > 1 and found:
            return found
        singles: list[int] = []
        for group in groups:
            limit = SINGLE_MAX_POSTINGS if len(groups) > 1 else 10 * SINGLE_MAX_POSTINGS
            singles.extend(sid for sid in group if self.df[sid] <= limit)
        return self._lookup(wanted + singles)

    def shortlist(self, query: ParsedName, name_ids: list[int]) -> list[int]:
        """The candidates most like the query by a cheap whole-name comparison, at most a few.

        Spellings are compared part by part in any order; across an abjad, skeletons are.
        """
        if len(name_ids) <= MAX_SCORED:
            return name_ids
        abjad = any(t.abjad for t in query.tokens)
        field = "skeleton" if abjad else "key"
        wanted = " ".join(getattr(t, field) for t in query.tokens)
        choices = [" ".join(getattr(t, field) for t in self.names[i].tokens) for i in name_ids]
        best = process.extract(wanted, choices, scorer=fuzz.token_sort_ratio, limit=MAX_SCORED)
        return [name_ids[position] for _, _, position in best]

    def _lookup(self, wanted: list[int]) -> list[int]:
        """Name numbers posted under any of the keys, those under most keys first."""
        if not wanted:
            return []
        asked = np.unique(np.asarray(wanted, dtype=np.int64))
        pos = np.searchsorted(self.keys, asked)
        inside = pos < len(self.keys)
        pos, asked = pos[inside], asked[inside]
        pos = pos[self.keys[pos] == asked]
        if not len(pos):
            return []
        chunks = [self.postings[self.offsets[p] : self.offsets[p + 1]] for p in pos.tolist()]
        ids, counts = np.unique(np.concatenate(chunks), return_counts=True)
        if len(ids) > MAX_CANDIDATES:
            top = np.argpartition(-counts, MAX_CANDIDATES)[:MAX_CANDIDATES]
            ids, counts = ids[top], counts[top]
        return [int(i) for i in ids[np.argsort(-counts, kind="stable")]]


class ScreeningIndex:
    """Watchlist entries ready to screen names and plates against."""

    def __init__(self, entries: list[WatchlistEntry], threshold: float) -> None:
        """Hold the entries; use `ScreeningIndex.build` to make one."""
        self.entries = entries
        self.threshold = threshold
        self._names = {
            WatchlistKind.PERSON: _NameIndex(WatchlistKind.PERSON),
            WatchlistKind.COMPANY: _NameIndex(WatchlistKind.COMPANY),
        }
        self._by_id = {entry.id: entry for entry in self.entries}
        self._plates: dict[str, list[int]] = {}
        self._confusable: dict[str, list[int]] = {}

    @classmethod
    def build(
        cls, entries: Iterable[WatchlistEntry], threshold: float = DEFAULT_THRESHOLD
    ) -> ScreeningIndex:
        """Index every entry's names (persons, companies) or plates (vehicles)."""
        index = cls(list(entries), threshold)
        for kind, sub in index._names.items():
            sub.build(
                (n, name)
                for n, entry in enumerate(index.entries)
                if entry.kind == kind
                for name in entry.names
            )
        for n, entry in enumerate(index.entries):
            if entry.kind == WatchlistKind.VEHICLE:
                for plate in entry.names:
                    norm = normalise_plate(plate)
                    if norm:
                        index._plates.setdefault(norm, []).append(n)
                        index._confusable.setdefault(confusable_key(norm), []).append(n)
        return index

    def entry(self, entry_id: str) -> WatchlistEntry:
        """The entry with this id (KeyError when absent)."""
        return self._by_id[entry_id]

    def __len__(self) -> int:
        """Number of entries."""
        return len(self.entries)

    def screen(
        self,
        name: str,
        kind: WatchlistKind | None = None,
        country: str | None = None,
        limit: int = 10,
        leave_out: tuple[str, str] | None = None,
    ) -> list[WatchlistHit]:
        """Entries whose names match a person's or company's name (or a plate), best first.

        `leave_out` (an entry id and one of its names) screens as if that entry did not hold
        that name: how well an entry's other names find it (`kordon bench screening`).
        """
        if kind == WatchlistKind.VEHICLE:
            return self.screen_plate(name, limit=limit)
        kinds = [kind] if kind else [WatchlistKind.PERSON, WatchlistKind.COMPANY]
        best: dict[int, WatchlistHit] = {}
        if kind is None and any(ch.isdigit() for ch in normalise_plate(name)):
            # Without a kind, anything with a digit in it may be a plate too.
            plates = self.screen_plate(name, limit=limit)
            best.update((-1 - n, hit) for n, hit in enumerate(plates))
        skip_owner, skip_text = -1, ""
        if leave_out is not None:
            entry_id, skip_text = leave_out
            skip_owner = next(n for n, e in enumerate(self.entries) if e.id == entry_id)
        for each in kinds:
            sub = self._names[each]
            scored: dict[int, tuple[float, Comparison]] = {}
            # Each reading of the name (`readings.readings`) is screened; an entry keeps its best.
            # A gloss's words are met as spelt: its typos are the name's as written.
            for n, query in enumerate(readings(name, each)):
                self._search(sub, query, country, (skip_owner, skip_text), scored, typos=n == 0)
            top = sorted(scored.items(), key=lambda item: -item[1][0])[:limit]
            for owner, (value, cmp) in top:
                entry = self.entries[owner]
                # Features are worked out only for the hits reported.
                features = explain_features(cmp)
                known = best.get(owner)
                if known is None or value > known.score:
                    best[owner] = self._hit(entry, value, cmp.candidate.text, name, features)
        return sorted(best.values(), key=lambda h: (-h.score, h.entry_id))[:limit]

    def _search(
        self,
        sub: _NameIndex,
        query: ParsedName,
        country: str | None,
        skip: tuple[int, str],
        scored: dict[int, tuple[float, Comparison]],
        *,
        typos: bool = True,
    ) -> None:
        """Score one reading of a screened name against the names retrieval finds for it,
        keeping each entry's best in `scored`; `skip` is an entry number and a name of it
        left out, `typos` whether one-edit neighbours are looked up too."""
        skip_owner, skip_text = skip
        q_weights = weights(query, sub.rarity)
        seen: set[int] = set()
        for fuzzy in (False, True) if typos else (False,):
            fresh = [
                i
                for i in sub.candidates(query, fuzzy)
                if i not in seen
                and (sub.owners[i] != skip_owner or sub.names[i].text != skip_text)
                and compared(query, sub.names[i])
            ]
            seen.update(fresh)
            for name_id in sub.shortlist(query, fresh):
                owner = sub.owners[name_id]
                cmp = comparison(
                    query,
                    sub.names[name_id],
                    sub.rarity,
                    country,
                    self.entries[owner].country,
                    q_weights,
                    carriers=sub.entries_with,
                )
                value = capped(cmp, score(cmp))
                if value >= REPORT_MIN and (owner not in scored or value > scored[owner][0]):
                    scored[owner] = (value, cmp)
            # Exact skeletons found a match: typo neighbours would only add noise.
            if any(value >= self.threshold for value, _ in scored.values()):
                break

    def score_name(self, name: str, entry_name: str, kind: WatchlistKind) -> float:
        """Score one name against one name with this list's part weights (no blocking); the
        best of their readings (`readings.readings`) against each other."""
        sub = self._names[kind]
        return max(
            capped(cmp, score(cmp))
            for query in readings(name, kind)
            for entry in readings(entry_name, kind)
            if compared(query, entry)
            for cmp in [comparison(query, entry, sub.rarity, carriers=sub.entries_with)]
        )

    def screen_plate(self, plate: str, limit: int = 10) -> list[WatchlistHit]:
        """Vehicle entries whose plate is the same once written one way, best first."""
        norm = normalise_plate(plate)
        if not norm:
            return []
        hits: dict[int, WatchlistHit] = {}
        for n in self._confusable.get(confusable_key(norm), ()):
            entry = self.entries[n]
            for written in entry.names:
                other = normalise_plate(written)
                exact = other == norm
                if not exact and confusable_key(other) != confusable_key(norm):
                    continue
                # Letters and digits that look alike (O/0, I/1, B/8) score a little lower.
                value = 1.0 if exact else 0.9
                features = {"plate_exact": float(exact), "plate_lookalike": float(not exact)}
                if n not in hits or value > hits[n].score:
                    hits[n] = self._hit(entry, value, written, plate, features)
        return sorted(hits.values(), key=lambda h: (-h.score, h.entry_id))[:limit]

    def _hit(
        self,
        entry: WatchlistEntry,
        value: float,
        matched: str,
        query: str,
        features: dict[str, float],
    ) -> WatchlistHit:
        """A hit on an entry, with `match` set at this index's threshold."""
        return WatchlistHit(
            entry_id=entry.id,
            kind=entry.kind,
            score=round(value, 4),
            matched_name=matched,
            query_name=query,
            match=value >= self.threshold,
            features=features,
            action=entry.action,
        )


def _pair_keys(parts: Iterable[set[int]]) -> set[int]:
    """The pair keys of a name: one reading of a part with one of another part. A query asks
    only for pairs across its parts (`candidates`), so two readings of one part are no pair."""
    keys: set[int] = set()
    for left, right in combinations(list(parts), 2):
        for a in left:
            for b in right:
                if a != b:
                    lo, hi = (a, b) if a < b else (b, a)
                    keys.add(((lo + 1) << 32) | hi)
    return keys
