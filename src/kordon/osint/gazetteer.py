"""Countries, demonyms, cities, ports and agencies, each mapped to an ISO 3166-1 alpha-2 code."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kordon.domain.countries import EXTRA_COUNTRY_NAMES
from kordon.domain.countries_data import COUNTRY_NAMES
from kordon.osint.alternation import literal_alternation
from kordon.osint.vocabulary import goods_data

# Names reports use that are not ISO's short names.
COUNTRY_ALIASES: dict[str, str] = {
    "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", "United States of America": "US",
    "America": "US", "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB",
    "Russia": "RU", "the Russian Federation": "RU", "Islamic Republic of Iran": "IR",
    "the Islamic Republic of Iran": "IR", "Republic of Latvia": "LV", "Holland": "NL",
    "the Netherlands": "NL", "Netherlands": "NL", "The Netherlands": "NL", "Turkiye": "TR",
    "Turkey": "TR",
    "Türkiye": "TR", "Viet Nam": "VN", "Columbia": "CO", "Ivory Coast": "CI",
    "Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI", "DR Congo": "CD", "DRC": "CD",
    "Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD",
    "UAE": "AE", "Emirates": "AE", "South Korea": "KR", "Korea": "KR", "North Korea": "KP",
    "Czechia": "CZ", "Czech Republic": "CZ", "Burma": "MM", "Myanmar": "MM", "Laos": "LA",
    "Syria": "SY", "Palestine": "PS", "Macao": "MO", "Macau": "MO", "Hong Kong": "HK",
    "Taiwan": "TW", "Moldova": "MD", "Kyrgyz Republic": "KG", "Kosovo": "XK",
    "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ", "Vatican": "VA", "Brunei": "BN",
    "Cape Verde": "CV", "Swaziland": "SZ", "Eswatini": "SZ", "East Timor": "TL",
    "Sint Maarten": "SX", "St Maarten": "SX", "Curacao": "CW", "Curaçao": "CW",
    "Azerbaijan Republic": "AZ",
}  # fmt: skip

DEMONYMS: dict[str, str] = {
    "American": "US", "British": "GB", "Briton": "GB", "English": "GB", "Scottish": "GB",
    "Welsh": "GB", "Irish": "IE", "French": "FR", "German": "DE", "Dutch": "NL", "Belgian": "BE",
    "Spanish": "ES", "Portuguese": "PT", "Italian": "IT", "Greek": "GR", "Polish": "PL",
    "Czech": "CZ", "Slovak": "SK", "Hungarian": "HU", "Romanian": "RO", "Bulgarian": "BG",
    "Serbian": "RS", "Croatian": "HR", "Bosnian": "BA", "Albanian": "AL", "Macedonian": "MK",
    "Montenegrin": "ME", "Slovenian": "SI", "Austrian": "AT", "Swiss": "CH", "Swedish": "SE",
    "Norwegian": "NO", "Danish": "DK", "Finnish": "FI", "Estonian": "EE", "Latvian": "LV",
    "Lithuanian": "LT", "Ukrainian": "UA", "Belarusian": "BY", "Russian": "RU",
    "Moldovan": "MD", "Georgian": "GE", "Armenian": "AM", "Azerbaijani": "AZ", "Azeri": "AZ",
    "Turkish": "TR", "Iranian": "IR", "Iraqi": "IQ", "Syrian": "SY", "Lebanese": "LB",
    "Jordanian": "JO", "Saudi": "SA", "Emirati": "AE", "Kuwaiti": "KW", "Qatari": "QA",
    "Omani": "OM", "Yemeni": "YE", "Israeli": "IL", "Palestinian": "PS", "Egyptian": "EG",
    "Libyan": "LY", "Tunisian": "TN", "Algerian": "DZ", "Moroccan": "MA", "Nigerian": "NG",
    "Ghanaian": "GH", "Kenyan": "KE", "Ugandan": "UG", "Tanzanian": "TZ", "Ethiopian": "ET",
    "Somali": "SO", "South African": "ZA", "Congolese": "CD", "Senegalese": "SN",
    "Malian": "ML", "Cameroonian": "CM", "Afghan": "AF", "Pakistani": "PK", "Indian": "IN",
    "Bangladeshi": "BD", "Sri Lankan": "LK", "Nepalese": "NP", "Chinese": "CN",
    "Japanese": "JP", "Korean": "KR", "South Korean": "KR", "Vietnamese": "VN", "Thai": "TH",
    "Malaysian": "MY", "Indonesian": "ID", "Filipino": "PH", "Philippine": "PH",
    "Singaporean": "SG", "Cambodian": "KH", "Laotian": "LA", "Burmese": "MM",
    "Australian": "AU", "New Zealander": "NZ", "Canadian": "CA", "Mexican": "MX",
    "Guatemalan": "GT", "Honduran": "HN", "Salvadoran": "SV", "Nicaraguan": "NI",
    "Costa Rican": "CR", "Panamanian": "PA", "Colombian": "CO", "Venezuelan": "VE",
    "Ecuadorian": "EC", "Peruvian": "PE", "Bolivian": "BO", "Brazilian": "BR",
    "Paraguayan": "PY", "Uruguayan": "UY", "Argentine": "AR", "Argentinian": "AR",
    "Chilean": "CL", "Jamaican": "JM", "Dominican": "DO", "Haitian": "HT", "Cuban": "CU",
    "Kazakh": "KZ", "Kazakhstani": "KZ", "Uzbek": "UZ", "Tajik": "TJ", "Kyrgyz": "KG",
    "Turkmen": "TM", "Mongolian": "MN", "Liberian": "LR", "Sierra Leonean": "SL",
    "Guinean": "GN", "Ivorian": "CI", "Beninese": "BJ", "Togolese": "TG", "Zambian": "ZM",
    "Zimbabwean": "ZW", "Mozambican": "MZ", "Angolan": "AO", "Namibian": "NA",
    "Malawian": "MW", "Rwandan": "RW", "Sudanese": "SD", "Eritrean": "ER",
}  # fmt: skip

# Cities, ports, airports and crossings a report may name without its country.
PLACES: dict[str, str] = {
    # United States (and state names, which place a dateline)
    "Texas": "US", "Arizona": "US", "California": "US", "New Mexico": "US", "Florida": "US",
    "New York": "US", "Nevada": "US", "Kentucky": "US", "Michigan": "US", "Laredo": "US",
    "Eagle Pass": "US", "Brownsville": "US", "Hidalgo": "US", "Pharr": "US", "Progreso": "US",
    "Roma": "US", "Del Rio": "US", "El Paso": "US", "Nogales": "US", "San Diego": "US",
    "Otay Mesa": "US", "San Ysidro": "US", "Calexico": "US", "Tucson": "US", "Detroit": "US",
    "Miami": "US", "Los Angeles": "US", "Long Beach": "US", "Louisville": "US",
    "Las Vegas": "US", "Chicago": "US", "Houston": "US", "Philadelphia": "US",
    # United Kingdom
    "London": "GB", "Heathrow": "GB", "Gatwick": "GB", "Stansted": "GB", "Dover": "GB",
    "Felixstowe": "GB", "Harwich": "GB", "Southampton": "GB", "Portsmouth": "GB",
    "Sheerness": "GB", "Tilbury": "GB", "London Gateway": "GB", "Hull": "GB",
    "Immingham": "GB", "Killingholme": "GB", "Holyhead": "GB", "Belfast": "GB",
    "Liverpool": "GB", "Manchester": "GB", "Birmingham": "GB", "Kent": "GB", "Essex": "GB",
    "Coquelles": "GB",
    # Europe
    "Rotterdam": "NL", "Amsterdam": "NL", "Schiphol": "NL", "Hook of Holland": "NL",
    "Antwerp": "BE", "Brussels": "BE", "Hamburg": "DE", "Bremerhaven": "DE",
    "Frankfurt": "DE", "Berlin": "DE", "Munich": "DE", "Paris": "FR", "Le Havre": "FR",
    "Marseille": "FR", "Madrid": "ES", "Algeciras": "ES", "Valencia": "ES", "Barcelona": "ES",
    "Lisbon": "PT", "Gioia Tauro": "IT", "Genoa": "IT", "Rome": "IT", "Milan": "IT",
    "Piraeus": "GR", "Athens": "GR", "Thessaloniki": "GR", "Sofia": "BG", "Vidin": "BG",
    "Kapitan Andreevo": "BG", "Bucharest": "RO", "Constanta": "RO", "Chisinau": "MD",
    "Odessa": "UA", "Kyiv": "UA", "Warsaw": "PL", "Gdansk": "PL", "Vienna": "AT",
    "Zurich": "CH", "Geneva": "CH", "Copenhagen": "DK", "Stockholm": "SE", "Oslo": "NO",
    "Helsinki": "FI", "Tallinn": "EE", "Riga": "LV", "Vilnius": "LT", "Dublin": "IE",
    "Valletta": "MT", "Malta Freeport": "MT", "Istanbul": "TR", "Mersin": "TR",
    "Ankara": "TR", "Izmir": "TR", "Kapikule": "TR", "Moscow": "RU",
    "Saint Petersburg": "RU", "Novorossiysk": "RU",
    # Caucasus and Central Asia
    "Baku": "AZ", "Astara": "AZ", "Samur": "AZ", "Shahtakhti": "AZ", "Nakhchivan": "AZ",
    "Gubadli": "AZ", "Jabrayil": "AZ", "Bilasuvar": "AZ", "Ganja": "AZ", "Sumgayit": "AZ",
    "Lankaran": "AZ", "Mingachevir": "AZ", "Khachmaz": "AZ", "Jalilabad": "AZ",
    "Masalli": "AZ", "Neftchala": "AZ", "Sabirabad": "AZ", "Yevlakh": "AZ", "Khirdalan": "AZ",
    "Zagatala": "AZ", "Balakan": "AZ", "Shamkir": "AZ", "Tovuz": "AZ", "Agstafa": "AZ",
    "Khankendi": "AZ", "Tbilisi": "GE", "Batumi": "GE",
    "Sarpi": "GE", "Yerevan": "AM", "Tashkent": "UZ", "Urgench": "UZ", "Termez": "UZ",
    "Samarkand": "UZ", "Surkhandarya": "UZ", "Almaty": "KZ", "Astana": "KZ",
    "Bishkek": "KG", "Dushanbe": "TJ", "Ashgabat": "TM", "Kabul": "AF", "Kandahar": "AF",
    # Middle East
    "Tehran": "IR", "Bandar Abbas": "IR", "Jeddah": "SA", "Jeddah Islamic Port": "SA",
    "Riyadh": "SA", "Dammam": "SA", "Al-Haditha": "SA", "Al Haditha": "SA", "Amman": "JO",
    "Aqaba": "JO", "Jaber": "JO", "Al-Karamah": "JO", "Al Omari": "JO", "Ramtha": "JO",
    "Beirut": "LB", "Damascus": "SY", "Latakia": "SY", "Baghdad": "IQ", "Basra": "IQ",
    "Dubai": "AE", "Abu Dhabi": "AE", "Jebel Ali": "AE", "Sharjah": "AE", "Doha": "QA",
    "Kuwait City": "KW", "Muscat": "OM", "Manama": "BH", "Cairo": "EG", "Port Said": "EG",
    # Asia and Oceania
    "Mumbai": "IN", "Delhi": "IN", "New Delhi": "IN", "Chennai": "IN", "Kolkata": "IN",
    "Mundra": "IN", "Nhava Sheva": "IN", "Bengaluru": "IN", "Hyderabad": "IN",
    "Karachi": "PK", "Lahore": "PK", "Colombo": "LK", "Dhaka": "BD", "Chittagong": "BD",
    "Kathmandu": "NP", "Bangkok": "TH", "Suvarnabhumi": "TH", "Chiang Rai": "TH",
    "Kuala Lumpur": "MY", "Sepang": "MY", "Port Klang": "MY", "Penang": "MY",
    "Singapore": "SG", "Jakarta": "ID", "Bali": "ID", "Manila": "PH", "Ninoy Aquino": "PH",
    "Hanoi": "VN", "Noi Bai": "VN", "Ho Chi Minh City": "VN", "Hai Phong": "VN",
    "Phnom Penh": "KH", "Yangon": "MM", "Vientiane": "LA", "Shanghai": "CN",
    "Beijing": "CN", "Guangzhou": "CN", "Shenzhen": "CN", "Kwai Chung": "HK",
    "Tokyo": "JP", "Osaka": "JP", "Seoul": "KR", "Incheon": "KR", "Busan": "KR",
    "Taipei": "TW", "Kaohsiung": "TW", "Sydney": "AU", "Melbourne": "AU",
    "Port Botany": "AU", "Brisbane": "AU", "Perth": "AU", "Adelaide": "AU",
    "Fremantle": "AU", "Auckland": "NZ",
    # Africa
    "Lagos": "NG", "Abuja": "NG", "Kano": "NG", "Apapa": "NG", "Tincan": "NG",
    "Accra": "GH", "Tema": "GH", "Mombasa": "KE", "Nairobi": "KE", "Entebbe": "UG",
    "Kampala": "UG", "Addis Ababa": "ET", "Dar es Salaam": "TZ", "Johannesburg": "ZA",
    "Durban": "ZA", "Cape Town": "ZA", "Casablanca": "MA", "Tangier": "MA",
    "Tanger Med": "MA", "Algiers": "DZ", "Tunis": "TN", "Dakar": "SN", "Abidjan": "CI",
    "Lome": "TG", "Cotonou": "BJ", "Conakry": "GN", "Bissau": "GW", "Luanda": "AO",
    "Kinshasa": "CD", "Khoms": "LY", "Benghazi": "LY", "Tripoli": "LY",
    # Americas
    "Mexico City": "MX", "Manzanillo": "MX", "Tijuana": "MX", "Matamoros": "MX",
    "Toronto": "CA", "Montreal": "CA", "Vancouver": "CA", "Brampton": "CA",
    "Bogota": "CO", "Cartagena": "CO", "Buenaventura": "CO", "Turbo": "CO",
    "Santa Marta": "CO", "Guayaquil": "EC", "Quito": "EC", "Callao": "PE", "Lima": "PE",
    "Sao Paulo": "BR", "São Paulo": "BR", "Santos": "BR", "Rio de Janeiro": "BR",
    "Buenos Aires": "AR", "Montevideo": "UY", "Asuncion": "PY", "Caracas": "VE",
    "Panama City": "PA", "Manzanillo International Terminal": "PA",
    "Montego Bay": "JM", "Santo Domingo": "DO", "Port-au-Prince": "HT",
    "Havana": "CU", "San Jose": "CR", "Puerto Limon": "CR",
    "Guatemala City": "GT", "Tegucigalpa": "HN", "San Pedro Sula": "HN",
    "San Salvador": "SV", "Managua": "NI", "Halifax": "CA", "Tsawwassen": "CA",
    "Cadiz": "ES", "Cádiz": "ES", "Huelva": "ES", "Malaga": "ES", "Ceuta": "ES",
    "Teknaf": "BD", "Cox's Bazar": "BD", "San Francisco": "US", "Seattle": "US",
    "Atlanta": "US", "Dallas": "US", "Boston": "US", "Newark": "US", "Honolulu": "US",
    "Baltimore": "US", "Savannah": "US", "Denpasar": "ID", "Santiago": "CL",
}  # fmt: skip


def _english_agencies() -> tuple[tuple[str, tuple[str, ...], str | None], ...]:
    """Agencies English reports name: canonical name, the forms reports write, and the country
    they act in (None when the agency works in many countries or its name alone does not say
    which). The names are data: "agencies_en" in osint/languages/gazetteer.json."""
    text = resources.files("kordon.osint").joinpath("languages", "gazetteer.json")
    data = json.loads(text.read_text(encoding="utf-8"))
    return tuple(
        (str(a["name"]), tuple(str(f) for f in a["forms"]), a["country"])
        for a in data["agencies_en"]
    )


AGENCIES = _english_agencies()


@cache
def _national_services() -> tuple[dict[str, str], dict[str, str]]:
    text = resources.files("kordon.osint").joinpath("languages", "gazetteer.json")
    data = json.loads(text.read_text(encoding="utf-8"))
    return data["customs_en_by_country"], data["police_en_by_country"]


# "under the Customs Act": a law, not the service.
_BARE_CUSTOMS = re.compile(r"\bcustoms\b(?! Acts?\b)", re.IGNORECASE)
_BARE_POLICE = re.compile(r"\bpolice\b", re.IGNORECASE)


def national_service(texts: list[str], country: str | None) -> str | None:
    """ "Customs seize 338 bottles", "customs officials discovered": a report that names its
    service only by a common word means the customs (or else the police) of the country the
    seizure happened in, as the reports of that country name it ("Maltese customs")."""
    if country is None:
        return None
    customs, police = _national_services()
    for words, names in ((_BARE_CUSTOMS, customs), (_BARE_POLICE, police)):
        if country in names and any(words.search(t) for t in texts):
            return names[country]
    return None


# A word of a name runs at most this many characters after its capital: a name may start after
# a hyphen or a point inside a longer word, and read to the end of the word from each one, a
# long hyphenated run ("A-A-A-...") would take time growing with its square. Sixty letters is
# past the longest one-word place names (a Welsh village's runs to 58).
NAME_WORD = 60
GENERIC_AGENCY = re.compile(
    rf"\b((?:(?:U\.S\.|[A-Z][\w'’&-]{{0,{NAME_WORD}}}) ){{0,5}}"
    r"(?:Customs(?: (?:Service|Department|Committee|"
    r"Authority|Administration|administration|Agency|Office))?|"
    r"Border (?:Guard|Service|Force|Police)|"
    r"Police|Coast Guard|Directorate|Ministry of Interior|Ministry of Internal Affairs|"
    r"Interior Ministry|interior ministry|Customs authorities|"
    r"(?:Narcotics?|Drug) (?:Control )?(?:Unit|Bureau|Division)))\b"
)


@dataclass(frozen=True, slots=True)
class Place:
    """A named country, demonym or place found in a text, with its country code."""

    code: str
    start: int
    end: int
    text: str
    kind: str  # "country", "demonym" or "place"


@cache
def _country_lookup() -> dict[str, str]:
    lookup = {name: code for code, name in COUNTRY_NAMES.items() if "," not in name}
    lookup.update({name: code for code, name in EXTRA_COUNTRY_NAMES.items() if code != "ZZ"})
    lookup.update(COUNTRY_ALIASES)
    return lookup


@cache
def _place_pattern() -> re.Pattern[str]:
    forms = list(_country_lookup()) + list(DEMONYMS) + list(PLACES)
    return re.compile(rf"(?<![\w.])(?:{literal_alternation(forms)})(?![\w])")


# A place named like goods ("Ganja", the Azerbaijani city, and ganja, the drug) is the place only
# where a cue of a place stands by it; a headline in capitals ("Police Seize Ganja In ...") or a
# sentence that starts with the word names the goods.
_PLACE_CUE_BEFORE = re.compile(r"\b(?:in|from|near|to|at|outside)\s+$", re.IGNORECASE)
_PLACE_CUE_AFTER = re.compile(
    r"^(?:'s)?\s+(?:city|town|region|district|province|rayon)\b", re.IGNORECASE
)


@cache
def _goods_words() -> frozenset[str]:
    return frozenset(form.lower() for forms in goods_data()["en"].values() for form in forms)


def named_as_place(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] names a place: always, unless it is also a word for
    goods, which names the place only after "in", "from", "near", "to" or before "city",
    "region"."""
    if text[start:end].lower() not in _goods_words():
        return True
    return bool(
        _PLACE_CUE_BEFORE.search(text, max(0, start - 12), start)
        or _PLACE_CUE_AFTER.match(text[end : end + 20])
    )


def find_places(text: str) -> list[Place]:
    """Every country, demonym and known place named in text, in reading order."""
    countries, found = _country_lookup(), []
    for m in _place_pattern().finditer(text):
        word = m.group()
        if word in ("US", "America") and not _us_context(text, m.start()):
            continue
        if not named_as_place(text, m.start(), m.end()):
            continue
        if word in countries:
            found.append(Place(countries[word], m.start(), m.end(), word, "country"))
        elif word in DEMONYMS:
            found.append(Place(DEMONYMS[word], m.start(), m.end(), word, "demonym"))
        else:
            found.append(Place(PLACES[word], m.start(), m.end(), word, "place"))
    return found


def _us_context(text: str, start: int) -> bool:
    """ "US" as a country, not the pronoun in a headline written in capitals."""
    return not text[max(0, start - 5) : start].isupper()


@dataclass(frozen=True, slots=True)
class Agency:
    """An enforcement agency named in a text."""

    name: str
    country: str | None
    start: int


@cache
def _agency_pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str | None]]]:
    lookup = {form: (name, country) for name, forms, country in AGENCIES for form in forms}
    return re.compile(rf"\b(?:{literal_alternation(lookup)})\b"), lookup


_NATIONAL_FORCE = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) (customs|police|Customs|Police|border guards|"
    r"coast guard|navy|Navy|security forces)\b"
)


def find_agencies(text: str) -> list[Agency]:
    """Agencies named in text: known ones by canonical name, others as written."""
    pattern, lookup = _agency_pattern()
    found = [Agency(*lookup[m.group()], m.start()) for m in pattern.finditer(text)]
    for m in _NATIONAL_FORCE.finditer(text):
        if m.group(1) in DEMONYMS and not any(
            a.start <= m.start() < a.start + len(a.name) for a in found
        ):
            # "Spanish customs", "Saudi security forces": the force of that country.
            found.append(Agency(m.group(0), DEMONYMS[m.group(1)], m.start()))
    known = [(a.start, a.start + len(a.name)) for a in found]
    for m in GENERIC_AGENCY.finditer(text):
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in known):
            continue
        name = re.sub(r"^(?:The|the|Officers|Employees|Staff|Agents)\s+", "", m.group(1))
        if name.split()[0] in ("Customs", "Police") and len(name.split()) == 1:
            continue  # a bare "Customs" names no agency
        found.append(Agency(name, _agency_country(name), m.start()))
    return sorted(found, key=lambda a: a.start)


def _agency_country(name: str) -> str | None:
    for place in find_places_plain(name):
        return place
    return None


def find_places_plain(text: str) -> list[str]:
    """The country codes named in text, in order."""
    return [p.code for p in find_places(text)]
