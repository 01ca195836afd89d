"""Reading one field of a seizure from a sentence: date, place, route, cover cargo, concealment."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from kordon.domain.countries_data import COUNTRY_NAMES
from kordon.osint.areas import find_area
from kordon.osint.gazetteer import (
    COUNTRY_ALIASES,
    DEMONYMS,
    NAME_WORD,
    PLACES,
    Place,
    find_places,
)
from kordon.osint.lexicon import CONCEALMENT_NOUNS, EVERYDAY, GOODS, LOADS, find_substances

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s*{_YEAR})?", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s*{_YEAR})?", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
]
# "the committee reported on January 7", "(Xinhua)": when the news was told, not the seizure.
_REPORTING = re.compile(r"(?:reported|said|announced|stated|added|told|published)\s+(?:on\s+)?$")
_DATELINE = re.compile(
    r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\((?:Xinhua|Reuters|AFP|APP|PTI|IANS|ANI|AP)\b[^()]*\)"
)
_WIRE = re.compile(r"\((?:[^()]*\b(?:Xinhua|Reuters|AFP|APP|PTI|IANS|ANI|AP)\b[^()]*)\)")


def find_date(sentence: str, published: date | None, *, paragraph_start: bool) -> str | None:
    """The calendar date a sentence gives ("YYYY-MM-DD" or "YYYY-MM"), or None."""
    text = _DATELINE.sub(" ", sentence)
    text = _WIRE.sub(" ", text)
    if paragraph_start:
        # A dateline ("21st April 2024 – (Hong Kong) ...") dates the story, not the seizure.
        text = re.sub(r"^[^–—]{0,30}?\d{4}\s*[–—-]\s*", " ", text)
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if _REPORTING.search(text[max(0, m.start() - 30) : m.start()].lower()):
                continue
            if re.match(r"\s*\((?:Xinhua|Reuters|AFP)", text[m.end() :]):
                continue
            month_raw = m.group("month").lower()
            month = int(month_raw) if month_raw.isdigit() else MONTHS[month_raw]
            day = int(m.group("day")) if "day" in m.groupdict() and m.group("day") else None
            year_raw = m.group("year")
            if day is None:
                # A month alone is a calendar date only with its year ("In August 2017").
                return f"{int(year_raw):04d}-{month:02d}" if year_raw else None
            year = int(year_raw) if year_raw else _year_before(published, month, day)
            if year is None:
                continue
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                continue
    return None


def _year_before(published: date | None, month: int, day: int) -> int | None:
    """The year of a day and month written without one: the latest not after publication."""
    if published is None:
        return None
    try:
        candidate = date(published.year, month, day)
    except ValueError:
        return None
    return published.year if candidate <= published else published.year - 1


_PLACE_HEADS = (
    r"International Airport|international airport|Airport|airport|Port of Entry|"
    r"International Bridge|Bridge|railway border customs post|border customs post|"
    r"railway customs post|customs checkpoint|customs post|"
    r"customs border|border checkpoint|checkpoint|Checkpoint|border crossing|crossing|"
    r"Crossing|border post|railway station|state border|cargo facility|Cargo Facility|"
    r"Islamic Port|Container Examination Facility|Facility|Port|port|Quay|Docks|docks|district"
)
# A word of a place's name is read as far as one of an agency's (gazetteer.NAME_WORD).
_PLACE = re.compile(
    rf"\b((?:[A-Z0-9][\w&'’.-]{{0,{NAME_WORD}}}\s+){{1,5}}(?:{_PLACE_HEADS}))\b"
    r"|\b(Port of [A-Z]\w+(?:\s[A-Z]\w+)?)"
    r"|\b(Port [A-Z]\w+)|\b(port of [A-Z]\w+(?:\s[A-Z]\w+)?)"
)
# 'customs post "Tisa"', '"Ayritom" Border Check Point', 'the “Goytepe” border detachment':
# a post named in quotes, before or after the word for it.
_POST_WORDS = (
    r"(?:railway\s+|border\s+|customs\s+)?(?:customs\s+post|check\s*point|checkpoint|"
    r"crossing\s+point|border\s+detachment|border\s+outpost|outpost|post)"
)
_QUOTED_POST = re.compile(
    rf"\b({_POST_WORDS}\s+[\"“«][A-Z][^\"”»]{{1,30}}[\"”»])"
    rf"|([\"“«][A-Z][^\"”»]{{1,30}}[\"”»]\s+{_POST_WORDS})",
    re.IGNORECASE,
)
_PLACE_NOISE = re.compile(r"^(?:The|the|At|at|In|in|A|On|Upon|During|Officers|Customs)\s+")


def strip_place_noise(place: str) -> str:
    """A place without the article or preposition before it: "At the Veterans Bridge"."""
    while _PLACE_NOISE.match(place):
        place = _PLACE_NOISE.sub("", place, count=1)
    return place.strip()


def find_place(sentence: str) -> str | None:
    """A checkpoint, port, airport or town a sentence names as where something happened."""
    quoted = _QUOTED_POST.search(sentence)
    if quoted is not None:
        return next(g for g in quoted.groups() if g)
    text = re.sub(r"[\"“”]", "", sentence)
    for m in _PLACE.finditer(text):
        place = next(g for g in m.groups() if g)
        while _PLACE_NOISE.match(place):
            place = _PLACE_NOISE.sub("", place, count=1)
        if " " in place.strip():
            return place.strip()
    village = _VILLAGE.search(text) or _NEAR_POST.search(text) or _SHORE.search(text)
    village = village or _TOWN_OF_REGION.search(text)
    if village is not None:
        return village.group(1)  # "near Jalilabad region's Sarkhanli village"
    area = find_area(text)
    if area is not None and not _town_beside(text, area):
        return area
    for m in _AT_PLACE.finditer(text):
        words = m.group(1).split()
        for cut in range(len(words), 0, -1):
            head = " ".join(words[:cut])
            if head in PLACES and len(head) > 2:
                return head
    for m in _SEIZED_IN.finditer(text):
        name = m.group(1)
        if not find_places(name) and name.split()[0] not in _NOT_PLACES:
            return name  # "seized 3.4 tonnes of cannabis resin in Guadarranque"
    return area  # the town beside it named no known place


def _town_beside(text: str, area: str) -> bool:
    """ "at a farm in Ikenne, Ogun State", "in Zaria on the Kaduna-Zaria highway": a town the
    sentence names outside its region or road is the nearer place."""
    start = text.find(area)
    end = start + len(area)
    return any(
        (m.start(1) < start or m.start(1) >= end) and m.group(1).split()[0] not in _NOT_TOWNS
        for m in _AT_PLACE.finditer(text)
    )


# "in January", "on Monday": capitalised words after "in" or "at" that name no town.
_NOT_TOWNS = frozenset([*calendar.month_name[1:], *calendar.day_name, "The", "A", "An"])


# "Jalilabad region's Sarkhanli village", "Fuzuli's Yaglivand village": a village named with the
# district it lies in, as reports of Azerbaijan's border services write them in English.
# A capitalised word of a name, read as far as one of an agency's: "Q-Q-Q-..." may start a name at
# each capital, and a word read to its run's end from each one would cost the run's square.
_NAME = rf"[A-Z][\w-]{{1,{NAME_WORD}}}"
_VILLAGE = re.compile(
    rf"\b((?:{_NAME}(?:\s+(?:region|district|District|Region))?['’]s\s+)?"
    rf"(?:{_NAME}\s+){{1,2}}(?:village|settlement))\b"
)
# "border outpost near Buyuk Bahmanli, Fuzuli District": a post named by the place it is near.
_NEAR_POST = re.compile(
    r"\b((?:border\s+)?(?:outpost|post|checkpoint)\s+near\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2}"
    r"(?:,\s+[A-Z][\w-]+\s+(?:District|Region|district|region))?)"
)
# "on the bank of the Araz River": a stretch of a river, a sea or a lake.
_SHORE = re.compile(
    r"\b(on the (?:bank|banks|shore|coast) of the (?:[A-Z][\w-]+\s+){1,2}(?:River|river|Sea|Lake))"
)
# "Almalyk city of Tashkent region": a town named with its region.
_TOWN_OF_REGION = re.compile(
    rf"\b({_NAME}\s+(?:city|town|village)\s+of\s+{_NAME}\s+(?:region|Region|province))"
)
_SEIZED_IN = re.compile(
    r"\b(?:seized|found|intercepted|discovered|detained|confiscated)\b(?:[^.;]|\.\d){0,80}?"
    r"\b(?:in|at)\s+"
    r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
)
_NOT_PLACES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Customs",
        "Police",
        "The",
        "A",
        "An",
    ]
)


_AT_PLACE = re.compile(r"\b(?:at|in|near)\s+(?:nearby\s+)?([A-Z][\w-]+(?:\s[A-Z][\w-]+){0,2})")


@dataclass(slots=True)
class Route:
    """Countries a sentence gives for where goods came from, passed through and went to."""

    origin: str | None = None
    transit: list[str] = field(default_factory=list)
    destinations: list[str] = field(default_factory=list)


_FILLER = {
    "the", "territory", "of", "neighboring", "neighbouring", "neighbour", "neighbor", "islamic",
    "republic", "federation", "nearby", "and", ",", "there", "state", "city", "port",
    "autonomous", "exclave", "'s", "’s", "via", "then",
}  # fmt: skip
# "Agents from the San Diego Sector", "a U.S. citizen from Eagle Pass, Texas", "a news release
# from U.S. Customs": where officers, a person or a report came from, not the goods.
_NOT_ORIGIN_FROM = {
    "agents", "agent", "officers", "officer", "officials", "official", "inspectors",
    "specialists", "personnel", "troopers", "investigators", "detectives", "experts", "staff",
    "colleagues", "counterparts", "representatives", "team", "teams", "units", "release",
    "statement", "intelligence", "citizen", "citizens", "resident", "residents", "national",
    "nationals", "native", "natives", "plates",
}  # fmt: skip
# "one" and "another" stand for what the clause before them counts: people ("four people (two
# Brazilian citizens, one from Ecuador ...)") come from a place, goods ("two containers, one from
# Ecuador and another from Panama") have their origin there.
_ONE_OF = {"one", "another"}
_PEOPLE = re.compile(
    r"\b(?:people|persons|citizens|nationals|men|women|suspects|passengers|travell?ers|"
    r"couriers|crew|members|individuals|residents|foreigners)\b",
    re.IGNORECASE,
)
# How far back the clause that counts them may name the people.
_PEOPLE_REACH = 80
_NOT_DESTINATION_TO = {"belonging", "belongs", "next", "close", "due", "according", "similar",
                       "equivalent", "compared", "up", "prior", "addition", "linked"}  # fmt: skip


def _role(left: str) -> str | None:
    """The route role a place takes from the words just before it ("from", "via", "to")."""
    raw = re.findall(r"[\w'’]+|,", left)
    words = [w.lower() for w in raw]
    skipped = 0
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        prev = words[i - 1] if i > 0 else ""
        if raw[i][:1].isupper() and i + 1 < len(words) and words[i + 1] == ",":
            continue  # a town the gazetteer does not know, then its country: "Kiev, Ukraine"
        if word in ("from", "ex"):
            if word == "from" and prev in _ONE_OF:
                return None if _PEOPLE.search(left[-_PEOPLE_REACH:]) else "origin"
            return None if word == "from" and prev in _NOT_ORIGIN_FROM else "origin"
        if word in ("via", "through", "transiting", "transit"):
            return "transit"
        if word in ("into", "enter", "entering", "entered"):
            return None if prev in ("back", "fled", "escaped", "returned") else "destination"
        if word in ("in", "from") and prev in ("originated", "originating", "loaded", "produced"):
            return "origin"
        if word == "to":
            return None if prev in _NOT_DESTINATION_TO else "destination"
        if word == "for" and prev in ("bound", "destined", "heading", "intended", "headed"):
            return "destination"
        if word in ("in", "to") and prev == "destined":
            return "destination"
        if word == "in" and prev in ("arrived", "arriving", "arrives", "landed"):
            return "destination"
        if word in _FILLER or word == "__place__":
            continue
        skipped += 1
        if skipped > 0:
            return None
    return None


def _resolved_places(sentence: str) -> list[Place]:
    """Places in a sentence, a city written with its country ("Astara, Iran") taking that
    country's code."""
    places = find_places(sentence)
    resolved = []
    for n, p in enumerate(places):
        nxt = places[n + 1] if n + 1 < len(places) else None
        if (
            nxt is not None and p.kind == "place" and nxt.kind == "country"
            and re.fullmatch(r",\s*", sentence[p.end : nxt.start])
        ):  # fmt: skip
            p = Place(nxt.code, p.start, p.end, p.text, p.kind)
        resolved.append(p)
    return resolved


_GENERAL = re.compile(
    r"\b(?:often|usually|typically|generally|traditionally|route between)\b|^\W*[“\"]|said:"
)


def find_route(sentence: str) -> Route:
    """Origin, transit and destination countries named in one sentence."""
    route = Route()
    if _GENERAL.search(sentence):
        return route  # trafficking routes in general, or a quote: not this seizure's route
    for m in re.finditer(r"\b([A-Z][\w]+)-bound\b", sentence):
        code = PLACES.get(m.group(1)) or _country_code(m.group(1))
        if code:
            route.destinations.append(code)  # "a Halifax-bound container"
    places = _resolved_places(sentence)
    last_code: str | None = None
    last_end = -1
    for n, p in enumerate(places):
        if p.kind == "demonym" and not _TERRITORY_AFTER.match(sentence, p.end):
            continue
        if p.code == last_code and re.fullmatch(r"[\s,]*(?:in\s+)?", sentence[last_end : p.start]):
            last_end = p.end
            continue  # "Sao Paulo, Brazil", "Antwerp in Belgium": one place
        if _PORT_AFTER.match(sentence, p.end):
            continue  # "through Auckland International Airport": the border post, not a route
        if p.kind == "country" and _NATIONAL_AFTER.match(sentence, p.end):
            continue  # "a Myanmar national": a person's nationality
        role = _role(_left_of(sentence, places, n))
        last_code, last_end = p.code, p.end
        if role == "origin" and route.origin is None:
            route.origin = p.code
        elif role == "transit" and p.code not in route.transit:
            route.transit.append(p.code)
        elif role == "destination" and p.code not in route.destinations:
            route.destinations.append(p.code)
    smuggle = re.search(r"\bsmuggl\w*", sentence)
    if smuggle and route.origin and not route.destinations:
        # "Azerbaijan thwarted an attempt to smuggle 11.7 kg of drugs from Iran": the country
        # that stopped an attempt to bring goods from elsewhere is where they were headed.
        subjects = [p for p in places if p.kind == "country" and p.end <= smuggle.start()]
        acted = subjects and re.match(
            r"[’']?s?\s+(?:\w+\s+)?(?:has\s+|have\s+)?(?:thwarted|foiled|prevented|stopped|seized|"
            r"intercepted)\b",
            sentence[subjects[0].end :],
        )
        if acted and subjects[0].code != route.origin:
            route.destinations.append(subjects[0].code)
    return route


def unrouted_places(sentence: str) -> list[Place]:
    """Places a sentence names outside any route phrase and not as a nationality."""
    found = []
    places = _resolved_places(sentence)
    for n, p in enumerate(places):
        if p.kind == "demonym":
            continue
        if _NATIONAL_AFTER.match(sentence, p.end):
            continue
        if _role(_left_of(sentence, places, n)) is None:
            found.append(p)
    return found


_TERRITORY_AFTER = re.compile(r"\s+(?:territory|port|ports|waters)\b")
_PORT_AFTER = re.compile(r"\s+(?:International\s+)?(?:Airport|airport|Port|port)\b")
_NATIONAL_AFTER = re.compile(r"\s+(?:national|citizen)s?\b")
# How much of the sentence before a place its route role is read from.
_ROLE_REACH = 80
_PLACE_MARK = " __place__ "


def _left_of(sentence: str, places: list[Place], n: int) -> str:
    """The last words of the sentence before place n, each place before it written as
    " __place__ ": no more than the route role is read from, for the whole sentence built
    again for each place would take time growing with the square of their number."""
    pieces: list[str] = []
    size, end = 0, places[n].start
    for i in range(n - 1, -1, -1):
        if size >= _ROLE_REACH:
            break
        q = places[i]
        pieces += [sentence[q.end : end], _PLACE_MARK]
        size += end - q.end + len(_PLACE_MARK)
        end = q.start
    else:
        pieces.append(sentence[max(0, end - _ROLE_REACH) : end])
    return "".join(reversed(pieces))[-_ROLE_REACH:]


_NATIONALS = (
    r"(?:citizen|national|man|woman|men|women|driver|passenger|trafficker|courier|suspect|person|"
    r"lorry driver|truck driver|resident|crew member|sailor)s?"
)
_DETERMINER = r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)"


def find_nationalities(sentence: str) -> list[str]:
    """Nationalities of people a sentence names ("a 43-year-old male Mexican citizen")."""
    codes: list[str] = []
    demonyms = "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True))
    names = [*COUNTRY_ALIASES, *(n for n in COUNTRY_NAMES.values() if "," not in n)]
    countries = "|".join(re.escape(c) for c in sorted(names, key=len, reverse=True))
    patterns = [
        rf"\b{_DETERMINER}\s+(?:[\w-]+-year-old\s+)?(?:male\s+|female\s+)?({demonyms})\s+"
        rf"{_NATIONALS}\b",
        rf"(?<![\w-])({demonyms}|{countries})\s+(?:citizen|national)s?\b",
        rf"\b(?:citizen|national)s?\s+of\s+(?:the\s+)?({countries})\b",  # "citizens of Ukraine"
        rf"\b(?:[Aa]n?|[Tt]he)\s+({demonyms})(?=[.,;])",
        rf"\b{_DETERMINER}\s+({demonyms})s\b",
        rf"\b\d+-year-old\s+({demonyms})\b",
    ]
    for pattern in patterns:
        for m in re.finditer(pattern, sentence):
            word = m.group(1)
            code = DEMONYMS.get(word) or COUNTRY_ALIASES.get(word) or _country_code(word)
            if code and code not in codes:
                codes.append(code)
    return codes


def _country_code(name: str) -> str | None:
    for place in find_places(name):
        return place.code
    return None


_COVER = re.compile(
    r"\b(?:transporting|carrying|hauling|loaded with|laden with|declared as|manifested as|"
    r"manifesting|listed as|misdeclared as|labelled as|labeled as|disguised as|packed as|"
    r"should have contained|supposed to be full of|supposed to contain|concealed as|"
    # "declared to contain wooden tiles", "supposed to be packed with crates of parsley", "a
    # cover load of heating equipment": the goods the papers or the load showed in their stead.
    r"declared to contain|supposed to be (?:packed|loaded|filled) with|cover load of|"
    r"described the contents as|described as|containing|"
    r"(?:in|inside) (?:the )?(?:boxes|cartons|crates|sacks|bags) of|"
    r"(?:a |the )?(?:shipment|consignment|load|cargo) of)\s+"
    r"(?:an? |the |some )?(?:commercial |legitimate |large |huge )?"
    r"(?:shipment of |load of |consignment of |cargo of |dozens of |boxes of |pallets of )?"
    r"(?:(?:[\d,.]+ |\w+ )"
    r"(?:bags|boxes|cartons|cases|crates|pallets|pieces|sacks|drums|tons|tonnes) of )?"
    r"[\"“']?([\w ,&'’()-]{3,60}?)[\"”']?"
    r"(?=\s+(?:to|from|for|into|through|via|bound|destined|that|which|when|was|were|in|at|on|"
    r"with|by|but|stored|and was|\[)\b|[.;:]|,\s|$)",
    re.IGNORECASE,
)


def find_cover_cargo(sentence: str, substance: str | None = None) -> str | None:
    """The legitimate goods a load was declared or carried as ("raisins", "soft drinks")."""
    for m in _COVER.finditer(sentence):
        goods = m.group(1).strip(" ,")
        if not goods or goods[0].isdigit() or _CONVEYANCE_WORDS.search(goods):
            continue
        if _CONTRABAND.match(goods) or _SEIZED_ITSELF.search(goods):
            continue  # "carrying smuggled goods worth Rs8 million": the seizure, not a cover
        named = {n.canonical for n in find_substances(goods)} - EVERYDAY
        if named and (substance is None or substance in named or named - set(GOODS)):
            continue  # the seized goods themselves, or drugs: not a cover load
        if re.match(
            r"^(?:(?:a\s+)?(?:variety of|assorted|various|other)\s+)?"
            r"(?:goods|cargo|load|items|packages|bags|boxes|a|the|it|them|out)$"
            r"|^total of\b",
            goods,
            re.I,
        ):
            continue
        return goods
    return _hidden_in_load(sentence, substance)


# "cocaine hidden among bananas", "tusks hidden among timber": everyday goods the find was
# hidden in or among are the load it travelled under; other places are hiding places.
_LOAD_WORDS = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:load\s+of\s+|cargo\s+of\s+)?"
    r"(?!(?:his|her|their|its|my|your)\b)([a-z]+(?:\s+[a-z]+)?)$"
)


def _hidden_in_load(sentence: str, substance: str | None) -> str | None:
    """Everyday goods the find was hidden in or among, as the sentence names them."""
    for m in _CONCEAL_VERB.finditer(sentence):
        words = _LOAD_WORDS.match(m.group(1).strip().lower())
        if words is None:
            continue
        mentions = find_substances(words[1])
        named = {n.canonical for n in mentions}
        # "in footwear worn by the passenger": the goods word must end the phrase.
        whole = bool(mentions) and mentions[-1].end == len(words[1])
        if whole and named <= LOADS and substance not in named:
            return words[1]
    return None


# Goods a report calls smuggled, contraband or undeclared are what was seized.
_CONTRABAND = re.compile(
    r"^(?:the\s+|some\s+)?(?:smuggled|contraband|undeclared|prohibited|illegal|illicit)\b", re.I
)
# "a dark brown substance", "un-Customs goods", "excisable goods": words for the find itself,
# told before it was named, not a load it travelled under.
_SEIZED_ITSELF = re.compile(
    r"\bsubstances?\b|\b(?:excisable|un-?customs?|uncustomed|dutiable)\s+"
    r"goods\b|^any\s+(?:things|goods)\b",
    re.IGNORECASE,
)
_CONVEYANCE_WORDS = re.compile(
    r"\b(?:truck|lorry|vehicle|trailer|container|vessel|boat|car|plates|passengers?)\b", re.I
)
_CONCEAL_VERB = re.compile(
    r"\b(?:hidden|concealed|stashed|secreted|tucked away|stuffed|soaked|packed|found|"
    r"discovered|placed|filled)\b(?:\s+\w+){0,2}?\s+"
    r"(?:in|inside|within|beneath|under|underneath|amongst|among|behind|into|on board)\s+"
    r"(.{3,90}?)(?=\s*(?:[,.;\[]|$|\bwhen\b|\bwhich\b|\bas\b|\bafter\b|\bby\b|\bat the\b|"
    r"\bwith an\b|\bwere\b|\bwas\b))",
    re.IGNORECASE,
)
_CONCEAL_NOUN = re.compile(
    r"\b(?:inside|within|in|beneath|under|underneath|behind)\s+(?:the\s+|his\s+|her\s+|their\s+|"
    r"a\s+|an\s+|its\s+|two\s+)?((?:[\w-]+\s+){0,4}(?:suitcases?|luggage|bags?|tank|compartments?|"
    r"cavity|panels?|tyres?|tires?|speakers?|machines?|frames?|logs|boxes|packets|cans|chairs|"
    r"sofa|clothing|pocket|floorboard|roof|walls?|floor|doors?|trailer|cabin|cab|wheelchair|"
    r"shoes|extinguisher|slats|drums|barrels|pallets?|reservoir|tanks))\b",
    re.IGNORECASE,
)
# "discovered a rubber boat on the bank of the Araz River containing drugs": what held them.
_CONTAINING = re.compile(
    r"\b((?:a|an|the|two|three)\s+(?:[\w-]+\s+){0,2}?(?:boat|bag|parcel|package|suitcase|box|"
    r"sack|backpack|container)s?)\b[^.;]{0,60}?\bcontaining\b",
    re.IGNORECASE,
)


# "placed under seizure", "found under investigation": idioms, not hiding places.
_NOT_A_PLACE = re.compile(
    r"(?:the\s+)?(?:seizure|arrest|investigation|coordination|direction|supervision|"
    r"surveillance|observation|scrutiny|control)\b"
    # "in just one day", "in two weeks": a stretch of time, not a hiding place
    r"|(?:just\s+|only\s+)?(?:one|a|an|two|three|\d+)\s+(?:days?|weeks?|months?|hours?)\b"
    # "on board the vessel": the vessel the goods were found on is the conveyance
    r"|(?:the\s+|a\s+)?(?:vessel|ship|boat)\s*$",
    re.IGNORECASE,
)


def find_concealment(sentence: str) -> str | None:
    """Where and how the goods were hidden, as the sentence words it."""
    for verb in _CONCEAL_VERB.finditer(sentence):
        if not _NOT_A_PLACE.match(verb.group(1)):
            return verb.group(1).strip(" ,")
    m = _CONCEAL_NOUN.search(sentence) or _CONTAINING.search(sentence)
    if m is not None:
        return m.group(1).strip(" ,")
    m = _CONCEAL_PLACE.search(sentence) or _PACKED_IN.search(sentence)
    return (m.group(1) if m.groups() else m.group()) if m is not None else None


# "two parcels", "3 parcels", "in sacks": with no hiding place named, what the goods were
# packed in to be carried across is how they were hidden.
_PACKED_IN = re.compile(
    r"\b((?:in\s+)?(?:(?:a|an|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:parcels?|sacks))\b(?!\s+of\b)",  # "12 sacks of potatoes" count goods
    re.IGNORECASE,
)


_CONCEAL_PLACE = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in CONCEALMENT_NOUNS) + r")\b", re.IGNORECASE
)
