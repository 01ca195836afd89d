"""From a report's text to seizure records: events found, then each event's details read."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from kordon.osint import confidence, decision, field_decision, fields
from kordon.osint.apart import named_apart, weekday
from kordon.osint.caches import without_bare_arms
from kordon.osint.findings import (
    Event,
    ToldApart,
    as_antiquities,
    drop_totals,
    find_findings,
    fold_headline_restatements,
    group_events,
    is_aggregate,
    is_background,
    without_everyday_load,
    without_sums_of_finds,
)
from kordon.osint.gazetteer import find_agencies, find_places, national_service
from kordon.osint.language import detect_languages
from kordon.osint.lexicon import (
    AGGREGATE,
    count_unit_of,
    find_conveyance,
    find_substances,
    packing_before,
    reported_as,
)
from kordon.osint.multilingual import extract_multilingual
from kordon.osint.quantities import FoundQuantity, find_quantities
from kordon.osint.records import SeizureRecord
from kordon.osint.report import (
    MAX_FIGURES,
    MAX_FINDINGS,
    Report,
    ReportError,
    Sentence,
    parse_report,
    split_sentences,
    too_many_figures,
)
from kordon.osint.tallies import Told, tally_report, tally_words
from kordon.osint.vehicles import VEHICLE, vehicle_findings


def extract_text(text: str, *, decide_fields: bool = True) -> list[SeizureRecord]:
    """The seizure records of one report's text (with its optional SOURCE/DATE header); with
    decide_fields False no free field is left empty, whatever field_decision.ENABLED says.

    Raises UnsupportedLanguage (a ReportError) for a report written in a language the reader
    does not read."""
    report = parse_report(text)
    quantities = find_quantities(report.body)
    if len(quantities) > MAX_FIGURES:
        raise too_many_figures()
    language = detect_languages(report.body).main
    if language != "en":
        records = extract_multilingual(report)
    else:
        records = _extract_english(report, quantities)
    for record in records:
        record.substance = reported_as(record.substance)
        if record.substance in _VEHICLE_GOODS and record.conveyance in _ROAD:
            record.conveyance = None  # the stolen car is the goods, not what carried them
        # Goods, figure and context are read from the sentences that hold the seizure.
        for name in ("context", "substance", "quantity_kg", "quantity_count", "count_unit",
                     "quantity_litres", "quantity_qualifier"):  # fmt: skip
            if getattr(record, name) is not None:
                record.field_evidence.setdefault(name, record.evidence)
    records = without_bare_arms(records)
    if decision.ENABLED:
        records = decision.decide(records, report.body, language, decision.packaged())
    if decide_fields and field_decision.ENABLED:
        field_decision.decide(records, language, field_decision.packaged())
    confidence.apply(records, language)
    return records


# Goods brought into the country that seized them.
_INTO_COUNTRY = re.compile(r"\b(?:into|arrived in) the country\b")
# Goods that arrived from abroad: "arriving on a flight from", "imported from", "making entry".
_ARRIVED = re.compile(
    r"\b(?:arriv(?:ing|ed|al|es)|import(?:ed|s|ing|ation|ations)|inbound|entering|entered|"
    r"(?:making|made|attempted|attempting) entry|(?:coming|came|driving|flown) in|"
    r"(?:coming|came|shipped|sent|consigned|originating|originated) from)\b",
    re.IGNORECASE,
)
# Goods passing through on their way elsewhere: "en route to Europe", "in transit", "bound for".
# The country that seized them is then no destination, though they arrived there.
_ONWARD = re.compile(
    r"\b(?:in transit|transiting|trans-?shipped|en route|bound for|destined for|"
    r"head(?:ed|ing) (?:to|for)|on (?:its|their|the) way to|for onward (?:shipment|transport))\b",
    re.IGNORECASE,
)
# "heading to a residence in Mesquite, Texas", "destined for a business address": an address is
# where goods end, in the country that seized them.
_ADDRESS = re.compile(r"\b(?:address|residence|home|business|premises)\b", re.IGNORECASE)
# How far after the cue the place it leads to is named.
_ONWARD_REACH = 80

# Vehicles seized as goods, and the road conveyances that would name them again.
_VEHICLE_GOODS = frozenset({VEHICLE, "motorcycles"})
_ROAD = frozenset({"car", "vehicle", "truck", "bus"})


def _onward(window: list[Sentence], home: str | None) -> bool:
    """Whether the window says the goods were passing on to somewhere beyond the country that
    seized them: a cue of passing through not followed by an address or a place of that country."""
    for s in window:
        for m in _ONWARD.finditer(s.text):
            ahead = s.text[m.end() : m.end() + _ONWARD_REACH]
            if _ADDRESS.search(ahead) or any(p.code == home for p in find_places(ahead)):
                continue
            return True
    return False


def _extract_english(report: Report, quantities: list[FoundQuantity]) -> list[SeizureRecord]:
    """The records of a report in English."""
    sentences = split_sentences(report.body)
    # Vehicles named one by one are finds even in a report of the year's totals.
    vehicles = vehicle_findings(report, sentences)
    if not sentences or (not vehicles and _tally(sentences)):
        return []
    found = find_findings(report, sentences, quantities)
    if vehicles:
        found = [f for f in found if f.substance != VEHICLE]
    if len(found) > MAX_FINDINGS:
        raise ReportError(
            f"the text names goods {len(found)} times; one report has at most {MAX_FINDINGS}"
        )
    found = without_sums_of_finds(as_antiquities(without_everyday_load(found), report.body))
    events = group_events(drop_totals(found), _told_apart(report))
    # Each sentence's vehicles are a seizure of their own, though two name the same number.
    events += [Event([v], {v.sentence.index}) for v in vehicles]
    events = fold_headline_restatements(events, lambda s: s.paragraph == 0 or s.index <= 1)
    story = _Story(report, sentences, events)
    records: dict[int, SeizureRecord] = {}
    for e in story.primaries:
        records[id(e)] = story.record(e, None)
    countries = Counter(r.country for r in records.values() if r.country)
    # An earlier seizure a report recalls happened, unless it says otherwise, where this one did.
    home = countries.most_common(1)[0][0] if countries else None
    for e in story.events:
        if e.first.context != "primary":
            records[id(e)] = story.record(e, home)
    return _without_found_covers([records[id(e)] for e in story.events])


def _told_apart(report: Report) -> ToldApart:
    """Whether an English sentence names another place, conveyance, date or day than another."""

    def readings(s: Sentence) -> tuple[object | None, ...]:
        day = fields.find_date(s.text, report.published, paragraph_start=False)
        return (fields.find_place(s.text), find_conveyance(s.text), day, weekday(s.text))

    return lambda a, b: named_apart(zip(readings(a), readings(b), strict=True))


def _without_found_covers(records: list[SeizureRecord]) -> list[SeizureRecord]:
    """ "a shipment of perfume imported from India", "a Mitsubishi Delica which was transporting
    clothes": goods the report records as a find of their own are no other find's cover load."""
    seized = {r.substance for r in records}
    for r in records:
        named = {m.canonical for m in find_substances(r.cover_cargo or "")}
        if named & seized:
            r.cover_cargo = None
            r.field_evidence.pop("cover_cargo", None)
    return records


def _tally(sentences: list[Sentence]) -> bool:
    """A nationwide or a period's report ("over the weekend ... across the country")."""
    told = []
    for s in sentences:
        goods = bool(find_substances(s.text))
        told.append(
            Told(
                s.text,
                figures=bool(find_quantities(s.text)),
                goods=goods,
                aggregate=AGGREGATE.search(s.text) is not None,
                place=goods and any(p.kind == "place" for p in find_places(s.text)),
                lead=s.index == 0,
            )
        )
    return tally_report(told, tally_words("en"))


_APART = re.compile(
    r"\W*(?:separately|elsewhere|in (?:a |another )?(?:separate|unrelated|different) "
    r"(?:case|incident|operation|seizure|raid)|"
    r"in another (?:case|incident|operation|seizure|raid))\b",
    re.IGNORECASE,
)


class _Story:
    """A report cut into sentences and events, with what every event's reading shares."""

    def __init__(self, report: Report, sentences: list[Sentence], events: list[Event]) -> None:
        self.report = report
        self.sentences = sentences
        self.events = events
        self.primaries = [e for e in events if e.first.context == "primary"]
        self.aggregate = [s for s in sentences if is_aggregate(s)]
        self.excluded = {s.index for s in self.aggregate} | {
            s.index for s in sentences if is_background(s, report)
        }
        self.excluded |= {s.index for e in events for s in self.follow_up(e)}
        self.paragraph_starts = {
            min(s.index for s in sentences if s.paragraph == p)
            for p in {s.paragraph for s in sentences}
        }
        self.agencies = find_agencies(report.body)
        self.places = Counter(p.code for p in find_places(report.body) if p.kind != "demonym")

    def follow_up(self, event: Event) -> list[Sentence]:
        """The sentence after a recalled seizure, when it adds no goods of its own ("A Syrian
        citizen was arrested")."""
        if event.first.context != "background":
            return []
        nxt = max(event.sentences) + 1
        if nxt >= len(self.sentences):
            return []
        text = self.sentences[nxt].text
        return [] if find_substances(text) or find_quantities(text) else [self.sentences[nxt]]

    def window(self, event: Event, *, inherit: bool = True) -> list[Sentence]:
        """Sentences to read an event's details from: its own, then its neighbours."""
        own = [self.sentences[i] for i in sorted(event.sentences)]
        if event.first.context == "background":
            return own
        start, end = min(event.sentences), max(event.sentences)
        others = [e for e in self.primaries if e is not event]
        lo = max((max(e.sentences) for e in others if max(e.sentences) < start), default=-1)
        hi = min(
            (min(e.sentences) for e in others if min(e.sentences) > end),
            default=len(self.sentences),
        )
        paragraphs = {s.paragraph for s in own}
        usable = [
            s for s in self.sentences[lo + 1 : hi]
            if s.index not in event.sentences and s.index not in self.excluded
        ]  # fmt: skip
        before = [s for s in reversed(usable) if s.index < start]
        last = hi == len(self.sentences)
        after = [s for s in usable if s.index > start and (last or s.paragraph in paragraphs)]
        window = own + before + after
        previous = [e for e in others if max(e.sentences) == lo]
        # "In a separate case, police in Ganja seized ...": a find told apart shares nothing of
        # the find before it, nor of a lead that told that find.
        apart = _APART.match(own[0].text) is not None
        if inherit and previous and lo == start - 1 and not before and not apart:
            # Findings listed one after another ("... and 2 kg of hashish. The remaining
            # containers held 81 kg of hash oil.") share the story told before the first.
            inherited = self.window(previous[0], inherit=False)
            window += [s for s in inherited if s not in window]
        # Lead sentences that sum up the whole report still name the place and the agency.
        lead = [
            s for s in self.sentences[:2]
            if s.index not in self.excluded
            and not (apart and any(s.index in e.sentences for e in others))
        ]  # fmt: skip
        window += [s for s in self.aggregate + lead if s not in window]
        return window

    def record(self, event: Event, home: str | None) -> SeizureRecord:
        """The record of one event, its details read from its own sentences and neighbours."""
        f = event.first
        primary = f.context == "primary"
        window = self.window(event)
        record = SeizureRecord(context=f.context, substance=f.substance)
        if f.kg is not None:
            record.quantity_kg = f.kg.value
        if f.count is not None:
            record.quantity_count = f.count.value
            record.count_unit = count_unit_of(f.count.count_unit, f.substance)
        if f.litres is not None:
            record.quantity_litres = f.litres.value
        if f.main is not None:
            record.quantity_qualifier = f.main.qualifier.value
        spans = record.field_evidence
        # "In March 2021 ... foiled two attempts": a tally's month dates the tally, not a find.
        tallies = {s.index for s in self.aggregate}
        for s in window:
            if s.index in tallies and s.index not in event.sentences:
                continue
            starts = s.index in self.paragraph_starts
            record.date = fields.find_date(s.text, self.report.published, paragraph_start=starts)
            if record.date:
                spans["date"] = s.text
                break
        record.place = _first(window, fields.find_place, spans, "place")
        if record.place and _PORT_OF_ENTRY.search(record.place):
            crossing = _named_crossing(window) or _named_crossing(self.sentences)
            record.place = crossing or record.place
        record.conveyance = _conveyance(window, self.report.body)
        record.concealment = _first(window, fields.find_concealment, spans, "concealment")
        record.cover_cargo = _first(
            window, lambda text: fields.find_cover_cargo(text, record.substance), spans,
            "cover_cargo",
        )  # fmt: skip
        _route(record, window)
        for s in window + self.follow_up(event):
            codes = fields.find_nationalities(s.text)
            if codes:
                record.offender_nationality = codes
                spans["offender_nationality"] = s.text
                break
        agencies = [a for s in window for a in find_agencies(s.text)]
        if not agencies and primary:
            agencies = self.agencies
        if agencies:
            record.reporting_agency = agencies[0].name
        record.country = self.country(record, window, primary, home)
        if record.reporting_agency is None:
            texts = [s.text for s in window] + [self.report.body]
            record.reporting_agency = national_service(texts, record.country)
        into_country = any(_INTO_COUNTRY.search(s.text) for s in window)
        # "a container arriving from Jordan", "perfume imported from India": goods that came
        # from abroad to where they were seized were bound for that country.
        arrived = (
            record.origin_country is not None
            and record.origin_country != record.country
            and any(_ARRIVED.search(s.text) for s in window)
        )
        # Passing through is told of the find in its own paragraph; a paragraph of background
        # ("a common transit route for drugs bound for Europe") tells of trade at large.
        paragraphs = {self.sentences[i].paragraph for i in event.sentences}
        onward = _onward([s for s in window if s.paragraph in paragraphs], record.country)
        if record.destination_country is None and (into_country or arrived) and not onward:
            record.destination_country = record.country
        record.evidence = " ".join(self.sentences[i].text for i in sorted(event.sentences))
        return record

    def country(
        self, record: SeizureRecord, window: list[Sentence], primary: bool, home: str | None
    ) -> str | None:
        """Where the seizure happened: its place, the sentences around it, then the report."""
        agencies = find_agencies(" ".join(s.text for s in window))
        for agency in agencies:
            if agency.country:
                return agency.country  # national agencies act in their own country
        if record.place:
            for p in find_places(record.place):
                return p.code
        for s in window:
            for p in fields.unrouted_places(s.text):
                if p.kind == "place":
                    return p.code
        if not primary:
            for agency in agencies:
                if agency.country:
                    return agency.country
            if home:
                return home
        for agency in agencies + self.agencies:
            if agency.country:
                return agency.country
        for s in window:
            for p in fields.unrouted_places(s.text):
                if p.kind == "country":
                    return p.code
        # "a Burkina Faso national who was due to catch a flight to Istanbul": countries the
        # offenders come from or the goods travel between are not where the find was made.
        away = {*record.offender_nationality, *record.transit_countries}
        away |= {c for c in (record.origin_country, record.destination_country) if c}
        ranked = [c for c, _ in self.places.most_common()]
        if ranked and ranked[0] not in away:
            return ranked[0]
        source = _source_country(self.report.source)
        if source is not None:
            return source
        here = [c for c in ranked if c not in away]
        if here or ranked:
            return (here or ranked)[0]
        return record.destination_country


# Country-code domains that sites take for their letters, not for a country.
_VANITY_DOMAINS = frozenset({"co", "tv", "io", "me", "ai", "fm", "ws", "cc", "ly", "to", "eu"})


def _source_country(source: str | None) -> str | None:
    """The country of the site a report was taken from, by its country-code domain
    ("customs.gov.mt", "maltatoday.com.mt", "freepressjournal.in"): where a report that names
    no place of its own was made."""
    if not source:
        return None
    host = re.match(r"\w+://([^/:]+)", source)
    if host is None:
        return None
    tld = host[1].lower().rsplit(".", 1)[-1]
    if len(tld) != 2 or not tld.isalpha() or tld in _VANITY_DOMAINS:
        return None
    return "GB" if tld == "uk" else tld.upper()


def _first(
    sentences: list[Sentence],
    reader: Callable[[str], str | None],
    spans: dict[str, str],
    name: str,
) -> str | None:
    """The first value a reader finds, with the sentence it was read from kept as evidence."""
    for s in sentences:
        value = reader(s.text)
        if value:
            spans[name] = s.text
            return value
    return None


def _conveyance(window: list[Sentence], body: str) -> str | None:
    """The first conveyance named, unless a later sentence says what the "vehicle" was. A
    passenger is one who flew when the report names an airport anywhere ("Passenger's
    Luggage at LAX" over "at Los Angeles International Airport")."""
    found = None
    surroundings = " ".join(s.text for s in window)
    rail = re.search(r"\b(?:train|railway|rail)\b", surroundings, re.IGNORECASE)
    for s in window:
        named = find_conveyance(s.text, f"{surroundings} {body}")
        if named == "car" and rail:
            named = "train"  # "one of the cars" of a freight train is a rail car
        if named == "vessel" and _shipping_container(surroundings):
            return "sea_container"  # the goods were in a container the ship carried
        if named and named != "vehicle":
            return named
        found = found or named
    if found is None and any(_TRAVELLER.search(s.text) and _AIRPORT.search(s.text) for s in window):
        return "air_passenger"
    return found


# "Laredo Port of Entry", "the Texas-Mexico port": a port of entry holds several crossings, and
# a report that names the bridge or gate the find was made at names where it was.
_PORT_OF_ENTRY = re.compile(r"\b(?:Port of Entry|[Pp]ort)\b")
_CROSSING = re.compile(
    r"\b((?:[A-Z][\w&'’./-]*\s+){1,4}(?:International\s+)?(?:Bridge|Gate))\b(?!\s+[A-Z])"
)


def _named_crossing(sentences: Sequence[Sentence]) -> str | None:
    """The first bridge or gate named by its own name: "the Juarez-Lincoln Bridge", "the Morley
    Pedestrian Gate"."""
    for s in sentences:
        m = _CROSSING.search(s.text)
        if m is not None:
            return fields.strip_place_noise(m.group(1))
    return None


# "hidden in two containers ... the ship", not a "container truck" nor "plastic containers".
_CONTAINER = re.compile(r"\bcontainers?\b(?!\s+(?:trucks?|lorry|lorries))", re.IGNORECASE)


def _shipping_container(text: str) -> bool:
    """Whether the text names a container that is not the goods' packing."""
    return any(not packing_before(text, m.start()) for m in _CONTAINER.finditer(text))


# "A Spanish citizen was detained at Riga International Airport", "a man travelling through
# a U.S. airport": a traveller stopped at an airport, with no other conveyance named, flew.
_TRAVELLER = re.compile(
    r"\b(?:citizens?|nationals?|man|woman|men|women|travell?ers?|travell?ing)\b", re.IGNORECASE
)
_AIRPORT = re.compile(r"\bairports?\b", re.IGNORECASE)


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
