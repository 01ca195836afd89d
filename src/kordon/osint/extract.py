"""From a report's text to seizure records: quantities and goods found, grouped into events."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from kordon.osint import fields
from kordon.osint.gazetteer import find_agencies, find_places
from kordon.osint.lexicon import (
    AGGREGATE,
    BACKGROUND,
    BACKGROUND_LEAD,
    GOODS,
    NOT_SEIZURE,
    SEIZURE_ACTIONS,
    UNSPECIFIED,
    Mention,
    find_conveyance,
    find_substances,
)
from kordon.osint.quantities import Dimension, Qualifier, Quantity, find_quantities
from kordon.osint.records import SeizureRecord
from kordon.osint.report import Report, Sentence, parse_report, split_sentences

_DOSES = frozenset({"pills", "tablets", "capsules", "ampoules", "vials"})
# Beyond this many figures in one report, looking for totals among subsets costs too much.
MAX_SUBSET_FIGURES = 12
_TOTAL_WORDS = re.compile(r"\b(?:in total|in all|altogether|a total of|combined|overall)\b", re.I)


@dataclass(slots=True)
class Finding:
    """One substance mentioned with or without a quantity, in one sentence."""

    substance: str
    sentence: Sentence
    context: str
    kg: Quantity | None = None
    count: Quantity | None = None
    litres: Quantity | None = None
    position: int = 0

    @property
    def main(self) -> Quantity | None:
        """The figure that identifies this finding: weight, else count, else volume."""
        return self.kg or self.count or self.litres


@dataclass(slots=True)
class Event:
    """One seizure of one substance, assembled from the findings that describe it."""

    findings: list[Finding]
    sentences: set[int] = field(default_factory=set)

    @property
    def first(self) -> Finding:
        """The finding whose figure the record keeps."""
        return self.findings[0]


def _is_aggregate(sentence: Sentence) -> bool:
    text = sentence.text
    return bool(AGGREGATE.search(text) or NOT_SEIZURE.search(text)) or "%" in text


def _is_background(sentence: Sentence, report: Report) -> bool:
    if BACKGROUND.search(sentence.text) is None:
        return False
    years = [int(y) for y in re.findall(r"\bin ((?:19|20)\d\d)\b", sentence.text)]
    marker = BACKGROUND.search(sentence.text)
    only_year = marker is not None and re.fullmatch(r"in \d{4}", marker.group().lower())
    recent = report.published and all(y >= report.published.year for y in years)
    return not (only_year and recent)


def _generic_is_definite(body: str, mention: Mention) -> bool:
    before = body[max(0, mention.start - 25) : mention.start].lower()
    return bool(re.search(r"\b(?:the|these|this|those|said)\s+(?:[\w-]+\s+){0,2}$", before))


def _sole_drug(mentions: list[Mention]) -> str | None:
    """The one specific drug a report names, if it names exactly one."""
    drugs = {m.canonical for m in mentions if m.canonical not in (UNSPECIFIED, *GOODS)}
    return drugs.pop() if len(drugs) == 1 else None


def _dominant_drug(mentions: list[Mention]) -> str:
    """The specific drug a report names most often: what bare "pills" are."""
    counts = Counter(m.canonical for m in mentions if m.canonical not in (UNSPECIFIED, *GOODS))
    return counts.most_common(1)[0][0] if counts else UNSPECIFIED


def _resolve_generic(body: str, mention: Mention, mentions: list[Mention]) -> str:
    """A generic "the drugs" stands for the last drug named before it; "11 kg of drugs" does not."""
    after = body[mention.end : mention.end + 70]
    clause = re.split(r"[;.]|\band\b \d", after)[0]
    for m in mentions:
        near = m.start >= mention.end and m.start - mention.end <= len(clause)
        if near and m.canonical not in (UNSPECIFIED, *GOODS):
            return m.canonical  # "of drugs (hashish resin)", "substance with odor of heroin"
    if _generic_is_definite(body, mention):
        earlier = [m for m in mentions if m.end <= mention.start and m.canonical != UNSPECIFIED]
        drugs = [m for m in earlier if m.canonical not in GOODS]
        if drugs:
            return drugs[-1].canonical
    return UNSPECIFIED


_WEIGHING = re.compile(
    r"[\s,]*(?:pills|tablets)?\s*(?:,?\s*which\s+)?(?:weighing|weighed|with a (?:total |gross )?"
    r"weight of|totall?ing|amounting to|of|containing|weighing a total of|weighed a total of)?"
    r"\s*(?:about|around|approximately|some|nearly|almost|over|more than)?\s*"
)


def _bind(body: str, q: Quantity, sent: Sentence, mentions: list[Mention]) -> Mention | None:
    """The substance a quantity measures, or None when it measures something else."""
    inside = [m for m in mentions if sent.start <= m.start and m.end <= sent.end]
    if q.dimension is Dimension.COUNT:
        if q.count_unit == "cigarettes":
            return Mention("cigarettes", q.start, q.end, q.text)
        within = [m for m in inside if q.start <= m.start and m.end <= q.end]
        if within:
            return within[0]
    right = body[q.end : sent.end]
    of = re.match(r"\s+of\s+((?:[\w'’-]+\s+){0,4})", right)
    if of is not None:
        for m in inside:
            if m.start >= q.end and m.start <= q.end + of.end() + 1:
                return m
        if q.dimension is not Dimension.COUNT:
            return None  # "19,230 kilograms of black sponge stone": the cover load's weight
    before = [m for m in inside if m.end <= q.start and q.start - m.end <= 45]
    if before and _WEIGHING.fullmatch(body[before[-1].end : q.start]):
        return before[-1]
    if inside:
        return min(inside, key=lambda m: abs(m.start - q.start))
    return None


def _attach_weight(findings: list[Finding], q: Quantity, body: str) -> bool:
    """Attach a weight to the count just before it: "300,000 pills weighing 71 pounds"."""
    if not findings or findings[-1].count is None or findings[-1].kg is not None:
        return False
    prev = findings[-1].count
    gap = body[prev.end : q.start]
    if len(gap) > 60 or not re.search(r"weigh|equivalent|weight", gap) or find_substances(gap):
        return False
    findings[-1].kg = q
    return True


def _findings(report: Report, sentences: list[Sentence]) -> list[Finding]:
    body = report.body
    aggregate = [s for s in sentences if _is_aggregate(s)]
    mentions = [
        m for m in find_substances(body)
        if not any(s.start <= m.start < s.end for s in aggregate)
    ]  # fmt: skip
    quantities = find_quantities(body)
    primary_mentions = [
        m for m in mentions
        if not any(s.start <= m.start < s.end and _is_background(s, report) for s in sentences)
    ]  # fmt: skip
    sole = _sole_drug(primary_mentions)
    found: list[Finding] = []
    used: set[int] = set()
    for sent in sentences:
        if _is_aggregate(sent):
            continue
        context = "background" if _is_background(sent, report) else "primary"
        here: list[Finding] = []
        for q in (q for q in quantities if sent.start <= q.start < sent.end):
            if q.dimension is Dimension.MASS and _attach_weight(here, q, body):
                continue
            mention = _bind(body, q, sent, mentions)
            if mention is None and q.dimension is Dimension.COUNT and q.count_unit in _DOSES:
                mention = Mention(_dominant_drug(mentions), q.start, q.end, q.text)
            if mention is None:
                continue
            used.add(mention.start)
            substance = mention.canonical
            if substance == UNSPECIFIED:
                substance = _resolve_generic(body, mention, mentions)
            if substance == UNSPECIFIED and context == "primary" and sole:
                substance = sole
            finding = Finding(substance, sent, context, position=q.start)
            if q.dimension is Dimension.MASS:
                finding.kg = q
            elif q.dimension is Dimension.COUNT:
                finding.count = q
            else:
                finding.litres = q
            here.append(finding)
        found.extend(here)
        lead = BACKGROUND_LEAD.search(sent.text) is not None
        if SEIZURE_ACTIONS.search(sent.text) and (context == "primary" or lead):
            for m in mentions:
                if sent.start <= m.start < sent.end and m.start not in used:
                    substance = m.canonical
                    if substance == UNSPECIFIED:
                        substance = _resolve_generic(body, m, mentions)
                    found.append(Finding(substance, sent, context, position=m.start))
    return found


def _compatible_substances(a: str, b: str) -> bool:
    if a == b:
        return True
    pair = {a, b}
    return UNSPECIFIED in pair and not pair & GOODS


def _close(a: Quantity, b: Quantity) -> bool:
    slack = max(a.tolerance, b.tolerance)
    if a.qualifier is not Qualifier.EXACT or b.qualifier is not Qualifier.EXACT:
        slack = max(slack, 0.02 * max(a.value, b.value))
    else:
        # Two plain figures: "16 pounds" rounds 16.04, but 40,000 sticks are not 38,400.
        slack = min(slack, 0.02 * max(a.value, b.value))
    return abs(a.value - b.value) <= slack + 1e-9


def _same_figure(a: Finding, b: Finding) -> bool:
    """Two findings that state one seizure's figure, perhaps rounded ("nearly 26" and 25.92)."""
    if a.context != b.context or not _compatible_substances(a.substance, b.substance):
        return False
    for qa, qb in ((a.kg, b.kg), (a.count, b.count), (a.litres, b.litres)):
        if qa is not None and qb is not None:
            return _close(qa, qb)
    if (a.litres is not None and b.kg is not None) or (a.kg is not None and b.litres is not None):
        # A liquid reported by weight in a headline and by volume in the text.
        volume, weight = (a.litres or b.litres), (a.kg or b.kg)
        assert volume is not None and weight is not None
        return abs(volume.value - weight.value) <= 0.25 * max(volume.value, weight.value)
    return False


def _drop_totals(findings: list[Finding]) -> list[Finding]:
    """Drop figures that add up other figures of the report; keep the parts."""
    figures = [f for f in findings if f.main is not None]
    if len(figures) > MAX_SUBSET_FIGURES + 1:
        return findings
    drop: set[int] = set()
    for total in figures:
        tq = total.main
        assert tq is not None
        others = [
            f for f in figures
            if f is not total and f.context == total.context and f.main is not None
            and f.main.dimension is tq.dimension and id(f) not in drop
        ]  # fmt: skip
        for size in range(2, len(others) + 1):
            hit = None
            for parts in itertools.combinations(others, size):
                values = [p.main.value for p in parts if p.main is not None]
                tolerance = tq.tolerance + sum(p.main.tolerance for p in parts if p.main)
                if tq.qualifier is not Qualifier.EXACT:
                    tolerance = max(tolerance, 0.02 * tq.value)
                if abs(sum(values) - tq.value) <= tolerance + 1e-9:
                    hit = parts
                    break
            if hit is None:
                continue
            first_part = min(p.position for p in hit)
            loose = tq.qualifier is not Qualifier.EXACT
            if not (
                loose or total.position < first_part or _TOTAL_WORDS.search(total.sentence.text)
            ):
                continue
            one_event = all(
                p.sentence.paragraph == total.sentence.paragraph and p.substance == total.substance
                for p in hit
            ) and total.position > max(p.position for p in hit)
            if one_event:
                drop.update(id(p) for p in hit)  # "In all, 20.7 pounds": parts of one find
            else:
                drop.add(id(total))
            break
    return [f for f in findings if id(f) not in drop]


def _events(findings: list[Finding]) -> list[Event]:
    """Group findings into one event per seizure and substance."""
    events: list[Event] = []
    for f in (f for f in findings if f.main is not None):
        for event in events:
            if any(_same_figure(f, g) for g in event.findings):
                event.findings.append(f)
                break
        else:
            events.append(Event([f]))
    for f in (f for f in findings if f.main is None):
        related = [
            e for e in events
            if e.first.context == f.context
            and _compatible_substances(e.first.substance, f.substance)
            and (f.context == "primary" or e.first.sentence.index == f.sentence.index)
        ]  # fmt: skip
        if related:
            for e in related:
                if any(g.sentence.index == f.sentence.index for g in e.findings):
                    e.findings.append(f)
            continue
        if f.context == "primary" and f.substance == UNSPECIFIED and events:
            continue
        events.append(Event([f]))
    for event in events:
        event.findings.sort(key=_precision_rank)
        liquid = [g for g in event.findings if g.litres is not None]
        if liquid:
            # A liquid given by weight in a headline and by volume in the text: keep the volume.
            event.findings.remove(liquid[0])
            event.findings.insert(0, liquid[0])
            liquid[0].kg = None
        first = event.first
        for other in event.findings[1:]:
            # "6m pills" in the headline, "6 million pills, around 1,000kg" in the text.
            if first.litres is None:
                first.kg = first.kg or other.kg
            first.count = first.count or other.count
        event.sentences = {g.sentence.index for g in event.findings}
        specific = [g.substance for g in event.findings if g.substance != UNSPECIFIED]
        if specific:
            event.first.substance = specific[0]
    return sorted(events, key=lambda e: min(g.position for g in e.findings))


def _precision_rank(f: Finding) -> tuple[float, int]:
    q = f.main
    if q is None:
        return (float("inf"), 0)
    return (q.tolerance / max(q.value, 1e-9), -f.position)


def extract_text(text: str) -> list[SeizureRecord]:
    """The seizure records of one report's text (with its optional SOURCE/DATE header)."""
    report = parse_report(text)
    sentences = split_sentences(report.body)
    if not sentences:
        return []
    findings = _drop_totals(_findings(report, sentences))
    events = _events(findings)
    records: dict[int, SeizureRecord] = {}
    for e in (e for e in events if e.first.context == "primary"):
        records[id(e)] = _record(e, events, sentences, report, None)
    countries = Counter(r.country for r in records.values() if r.country)
    # An earlier seizure a report recalls happened, unless it says otherwise, where this one did.
    home = countries.most_common(1)[0][0] if countries else None
    for e in (e for e in events if e.first.context != "primary"):
        records[id(e)] = _record(e, events, sentences, report, home)
    return [records[id(e)] for e in events]


def _window(
    event: Event, events: list[Event], sentences: list[Sentence], report: Report
) -> list[Sentence]:
    """Sentences to read an event's details from: its own, then its neighbours, nearest first."""
    own = [s for s in sentences if s.index in event.sentences]
    if event.first.context == "background":
        return own
    primaries = [e for e in events if e.first.context == "primary" and e is not event]
    lo = max(
        (max(e.sentences) for e in primaries if max(e.sentences) < min(event.sentences)), default=-1
    )
    hi = min(
        (min(e.sentences) for e in primaries if min(e.sentences) > max(event.sentences)),
        default=len(sentences),
    )
    recalled = {
        s.index for e in events if e.first.context == "background"
        for s in _follow_up(e, sentences)
    }  # fmt: skip
    usable = [
        s for s in sentences
        if lo < s.index < hi and s.index not in event.sentences and s.index not in recalled
        and not _is_aggregate(s) and not _is_background(s, report)
    ]  # fmt: skip
    start = min(event.sentences)
    paragraphs = {s.paragraph for s in own}
    before = sorted((s for s in usable if s.index < start), key=lambda s: -s.index)
    after = sorted(
        (
            s
            for s in usable
            if s.index > start and (hi == len(sentences) or s.paragraph in paragraphs)
        ),
        key=lambda s: s.index,
    )
    window = own + before + after
    previous = [e for e in primaries if max(e.sentences) == lo]
    if previous and lo == start - 1 and not before:
        # Findings listed one after another ("... and 2 kg of hashish. The remaining containers
        # held 81 kg of hash oil.") share the story told before the first of them.
        inherited = _window(previous[0], events, sentences, report)
        window += [s for s in inherited if s not in window]
    # Lead sentences that sum up the whole report still name the place and the agency.
    window += [s for s in sentences if _is_aggregate(s) and s not in window]
    return window


def _follow_up(event: Event, sentences: list[Sentence]) -> list[Sentence]:
    """The sentence after a recalled seizure, when it adds no goods of its own ("A Syrian
    citizen was arrested")."""
    if event.first.context != "background":
        return []
    after = [s for s in sentences if s.index == max(event.sentences) + 1]
    if after and not find_substances(after[0].text) and not find_quantities(after[0].text):
        return after
    return []


def _first(sentences: list[Sentence], reader: object) -> str | None:
    for s in sentences:
        value = reader(s.text)  # type: ignore[operator]
        if value:
            return str(value)
    return None


def _record(
    event: Event, events: list[Event], sentences: list[Sentence], report: Report, home: str | None
) -> SeizureRecord:
    """The record of one event, its details read from its own sentences and its neighbours."""
    f = event.first
    primary = f.context == "primary"
    window = _window(event, events, sentences, report)
    own = [s for s in sentences if s.index in event.sentences]
    record = SeizureRecord(context=f.context, substance=f.substance)
    if f.kg is not None:
        record.quantity_kg = f.kg.value
    if f.count is not None:
        record.quantity_count, record.count_unit = f.count.value, f.count.count_unit
    if f.litres is not None:
        record.quantity_litres = f.litres.value
    if f.main is not None:
        record.quantity_qualifier = f.main.qualifier.value
    first_in_paragraph = {
        min(s.index for s in sentences if s.paragraph == p)
        for p in {s.paragraph for s in sentences}
    }
    for s in window:
        record.date = fields.find_date(
            s.text, report.published, paragraph_start=s.index in first_in_paragraph
        )
        if record.date:
            break
    record.place = _first(window, fields.find_place)
    record.conveyance = _conveyance(window)
    record.concealment = _first(window, fields.find_concealment)
    record.cover_cargo = _first(window, fields.find_cover_cargo)
    _route(record, window)
    for s in window + _follow_up(event, sentences):
        codes = fields.find_nationalities(s.text)
        if codes:
            record.offender_nationality = codes
            break
    agencies = [a for s in window for a in find_agencies(s.text)]
    if not agencies and primary:
        agencies = find_agencies(report.body)
    if agencies:
        record.reporting_agency = agencies[0].name
    record.country = _country(record, window, report, primary, home)
    record.evidence = " ".join(s.text for s in own)
    return record


def _conveyance(window: list[Sentence]) -> str | None:
    """The first conveyance named, unless a later sentence says what the "vehicle" was."""
    found = None
    surroundings = " ".join(s.text for s in window)
    rail = re.search(r"\b(?:train|railway|rail)\b", surroundings, re.IGNORECASE)
    for s in window:
        named = find_conveyance(s.text, surroundings)
        if named == "car" and rail:
            named = "train"  # "one of the cars" of a freight train is a rail car
        if named and named != "vehicle":
            return named
        found = found or named
    return found


def _route(record: SeizureRecord, window: list[Sentence]) -> None:
    destinations: list[str] = []
    for s in window:
        route = fields.find_route(s.text)
        if record.origin_country is None and route.origin:
            record.origin_country = route.origin
        for code in route.transit:
            if code not in record.transit_countries:
                record.transit_countries.append(code)
        if not destinations and route.destinations:
            destinations = route.destinations
    if destinations:
        record.destination_country = destinations[-1]
        for code in destinations[:-1]:
            if code not in record.transit_countries:
                record.transit_countries.append(code)
    if record.origin_country in record.transit_countries:
        record.transit_countries.remove(record.origin_country)


def _country(
    record: SeizureRecord, window: list[Sentence], report: Report, primary: bool, home: str | None
) -> str | None:
    """Where the seizure happened: its place, then the sentences around it, then the report."""
    if record.place:
        for p in find_places(record.place):
            return p.code
    for s in window:
        for p in fields.unrouted_places(s.text):
            if p.kind == "place":
                return p.code
    agencies = find_agencies(" ".join(s.text for s in window))
    if not primary:
        for agency in agencies:
            if agency.country:
                return agency.country
        if home:
            return home
    for agency in agencies + find_agencies(report.body):
        if agency.country:
            return agency.country
    for s in window:
        for p in fields.unrouted_places(s.text):
            if p.kind == "country":
                return p.code
    counts = Counter(p.code for p in find_places(report.body) if p.kind != "demonym")
    if counts:
        return counts.most_common(1)[0][0]
    return record.destination_country
