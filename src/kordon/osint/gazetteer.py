"""Countries, demonyms, cities, ports and agencies, each mapped to an ISO 3166-1 alpha-2 code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kordon.domain.countries import EXTRA_COUNTRY_NAMES
from kordon.domain.countries_data import COUNTRY_NAMES

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
    "Gubadli": "AZ", "Jabrayil": "AZ", "Bilasuvar": "AZ", "Tbilisi": "GE", "Batumi": "GE",
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

# Agencies: canonical name, the forms reports write, and the country they act in (None when
# the agency works in many countries or its name alone does not say which).
AGENCIES: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("U.S. Customs and Border Protection",
     ("U.S. Customs and Border Protection", "US Customs and Border Protection",
      "United States Customs and Border Protection", "Customs and Border Protection", "CBP"),
     "US"),
    ("Border Patrol", ("Border Patrol", "U.S. Border Patrol"), "US"),
    ("U.S. Coast Guard", ("U.S. Coast Guard", "US Coast Guard", "Coast Guard"), "US"),
    ("Border Force", ("UK Border Force", "Border Force"), "GB"),
    ("Canada Border Services Agency", ("Canada Border Services Agency", "CBSA"), "CA"),
    ("Royal Canadian Mounted Police", ("Royal Canadian Mounted Police", "RCMP"), "CA"),
    ("New Zealand Customs Service", ("New Zealand Customs Service", "New Zealand Customs"),
     "NZ"),
    ("Guardia Civil", ("Guardia Civil", "Spanish Civil Guard", "Civil Guard"), "ES"),
    ("Guardia di Finanza", ("Guardia di Finanza",), "IT"),
    ("Border Guard Bangladesh", ("Border Guard Bangladesh", "BGB"), "BD"),
    ("Drug Enforcement Administration", ("Drug Enforcement Administration", "DEA"), "US"),
    ("Homeland Security Investigations", ("Homeland Security Investigations",), "US"),
    ("Federal Customs Service", ("Federal Customs Service",), "RU"),
    ("State Customs Service of Ukraine", ("State Customs Service of Ukraine",), "UA"),
    ("Anti-Narcotics Force", ("Anti-Narcotics Force", "ANF"), "PK"),
    ("Sri Lanka Customs", ("Sri Lanka Customs",), "LK"),
    ("Central Narcotics Bureau", ("Central Narcotics Bureau", "CNB"), "SG"),
    ("Immigration and Checkpoints Authority", ("Immigration and Checkpoints Authority", "ICA"),
     "SG"),
    ("Nigeria Customs Service", ("Nigeria Customs Service",), "NG"),
    ("South African Revenue Service", ("South African Revenue Service", "SARS"), "ZA"),
    ("Polícia Federal", ("Brazilian Federal Police", "Federal Police of Brazil"), "BR"),
    ("Dutch Customs", ("Dutch Customs", "Douane"), "NL"),
    ("Belgian Customs", ("Belgian Customs",), "BE"),
    ("National Crime Agency", ("National Crime Agency", "NCA"), None),
    ("HM Revenue and Customs", ("HM Revenue and Customs", "HMRC"), "GB"),
    ("Australian Border Force", ("Australian Border Force", "ABF"), "AU"),
    ("Australian Federal Police", ("Australian Federal Police",), "AU"),
    ("Hong Kong Customs", ("Hong Kong Customs", "HK Customs", "Customs and Excise Department"),
     "HK"),
    ("State Customs Committee", ("State Customs Committee", "SCC"), None),
    ("State Border Service", ("State Border Service",), None),
    ("Directorate of Revenue Intelligence", ("Directorate of Revenue Intelligence", "DRI"),
     "IN"),
    ("Narcotics Control Bureau", ("Narcotics Control Bureau", "NCB"), "IN"),
    ("National Drug Law Enforcement Agency", ("National Drug Law Enforcement Agency", "NDLEA"),
     "NG"),
    ("Bureau of Customs", ("Bureau of Customs", "BOC", "BoC", "Customs bureau"), "PH"),
    ("Philippine Drug Enforcement Agency", ("Philippine Drug Enforcement Agency", "PDEA"), "PH"),
    ("Zakat, Tax and Customs Authority",
     ("Zakat, Tax and Customs Authority", "ZATCA", "Saudi Customs Authority"), "SA"),
    ("Jordan Customs", ("Jordan Customs", "Jordanian Customs", "Jordanian Customs Service"),
     "JO"),
    ("Kenya Revenue Authority", ("Kenya Revenue Authority", "KRA"), "KE"),
    ("Thai Customs", ("Thai Customs", "Thai Customs Department"), "TH"),
    ("Royal Malaysian Customs Department", ("Royal Malaysian Customs Department",), "MY"),
    ("Singapore Customs", ("Singapore Customs",), "SG"),
    ("Customs Enforcement", ("General Directorate of Customs Enforcement",
                             "General Directorate of Customs Protection"), "TR"),
    ("National Customs Agency", ("National Customs Agency",), None),
    ("Border Guard Service", ("Border Guard Service",), None),
)  # fmt: skip
GENERIC_AGENCY = re.compile(
    r"\b((?:(?:U\.S\.|[A-Z][\w'’&-]*) ){0,5}(?:Customs(?: (?:Service|Department|Committee|"
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


def _alternation(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))


@cache
def _place_pattern() -> re.Pattern[str]:
    forms = list(_country_lookup()) + list(DEMONYMS) + list(PLACES)
    return re.compile(rf"(?<![\w.])(?:{_alternation(forms)})(?![\w])")


def find_places(text: str) -> list[Place]:
    """Every country, demonym and known place named in text, in reading order."""
    countries, found = _country_lookup(), []
    for m in _place_pattern().finditer(text):
        word = m.group()
        if word in ("US", "America") and not _us_context(text, m.start()):
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
    return re.compile(rf"\b(?:{_alternation(list(lookup))})\b"), lookup


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
