"""Write linking-pairs.jsonl: labelled pairs of mentions, the same entity or not.

The people, companies and plates below are written by hand, each with the spellings other
records use for them (Azerbaijani Latin, English, Russian, Persian, Georgian); the pairs are
every combination the classes below describe. Run from this folder:
    python make_linking_pairs.py > linking-pairs.jsonl
"""

from __future__ import annotations

import itertools
import json
from typing import Any

# name spellings, nationality, passport
PEOPLE = [
    (("Məhəmməd Əlizadə", "Mohammad Alizadeh", "محمد علیزاده", "Мухаммад Ализаде"), "IR", "K41772093"),
    (("Reza Hosseinzadeh", "رضا حسین‌زاده", "Rza Hüseynzadə", "Реза Хоссейнзаде"), "IR", "X30518846"),
    (("Elşən Qəmbərov", "Elshan Gambarov", "Эльшан Гамбаров", "GAMBAROV, Elshan"), "AZ", "C07394521"),
    (("Behrouz Pourmand", "بهروز پورمند", "Бехруз Пурманд"), "IR", "E22906417"),
    (("Vüsal Kərimov", "Vusal Karimov", "Вюсал Керимов", "Kərimov Vüsal Arif oğlu"), "AZ", "C05518230"),
    (("Ceyhun Bağırov", "Jeyhun Bagirov", "Джейхун Багиров"), "AZ", "C03861174"),
    (("Ерлан Сейткали", "Yerlan Seitkali", "Erlan Seytkali"), "KZ", "N10447285"),
    (("Orxan Talıbov", "Orkhan Talibov", "Орхан Талыбов"), "AZ", "C06602319"),
    (("Yaghoub Faraji", "یعقوب فرجی", "Yaqub Fərəci", "Якуб Фараджи"), "IR", "A28193306"),
    (("Elçin Həsənov", "Elchin Hasanov", "Эльчин Гасанов", "ГАСАНОВ Эльчин Вагиф оглы"), "AZ", "C01928374"),
    (("Rəşad Məmmədov", "Rashad Mammadov", "Рашад Мамедов"), "AZ", "C04455667"),
    (("Giorgi Beridze", "გიორგი ბერიძე", "Георгий Беридзе"), "GE", "13AB45678"),
    (("Mehmet Yılmaz", "Mehmet Yilmaz", "Мехмет Йылмаз"), "TR", "U12345678"),
    (("Ali Rezaei", "علی رضایی", "Али Резаи"), "IR", "H55443322"),
    (("Tural Quliyev", "Tural Guliyev", "Турал Кулиев"), "AZ", "C07766554"),
    (("Hossein Karimi", "حسین کریمی", "Хоссейн Карими"), "IR", "B99887766"),
    (("Sergei Ivanov", "Сергей Иванов", "Sergey Ivanov"), "RU", "751234567"),
    (("Nurlan Abdullayev", "Нурлан Абдуллаев", "Nurlan Abdullaev"), "AZ", "C02233445"),
    (("Ramin Hüseynov", "Ramin Huseynov", "Рамин Гусейнов"), "AZ", "C08899001"),
    (("Farid Ahmadi", "فرید احمدی", "Фарид Ахмади"), "IR", "D11223344"),
]  # fmt: skip
# Another person sharing the surname (and nationality) of the person at the same position.
SAME_SURNAME = [
    "Rauf Əlizadə", "Hamid Hosseinzadeh", "Elvin Qəmbərov", "Saeed Pourmand", "Anar Kərimov",
    "Tural Bağırov", "Асхат Сейткали", "Ramil Talıbov", "Mehdi Faraji", "Rauf Həsənov",
    "Elvin Məmmədov", "Levan Beridze", "Ahmet Yılmaz", "Mohsen Rezaei", "Orxan Quliyev",
    "Ali Karimi", "Алексей Иванов", "Samir Abdullayev", "Kamran Hüseynov", "Hassan Ahmadi",
]  # fmt: skip
# tax number, spellings
COMPANIES = [
    ("14008827361", ("Araz Tabriz Dried Fruit Co.", "Araz Tabriz Dried Fruit Company", "شرکت آراز تبریز")),
    ("0541027736", ("ООО «Дагфрукт-Юг»", "Dagfrukt-Yug LLC", "Дагфрукт ООО")),
    ("180840021573", ("Kaspiy Tranzit Logistik TOO", "Kaspiy Tranzit Logistik LLP", "ТОО Каспий Транзит Логистик")),
    ("1804392217", ("Bərəkət Ərzaq MMC", "Bereket Erzaq LLC", "ООО Берекет Эрзаг")),
    ("1019600044127", ("Nistru Fruct Trade SRL", "NISTRU FRUCT TRADE S.R.L.", "Нистру Фрукт Трейд")),
    ("1306648892", ("Zirvə İnşaat Materialları MMC", "Zirve Insaat Materiallari LLC")),
    ("10861654320", ("Golestan Rasht Agro Industry Co.", "Golestan Rasht Agro Industry Company")),
    ("1506631824", ("Sahil Distribusiya MMC", "Sahil Distribution LLC", "ООО Сахиль Дистрибьюшн")),
]  # fmt: skip
# Companies that share only transport, trade or place words with the one at the same position.
GENERIC_DECOYS = [
    ("1700000001", "Tabriz Dried Fruit Trading Co."), ("0541000002", "ООО «Юг-Транс»"),
    ("1800000003", "Kaspiy Logistik TOO"), ("1804000004", "Bərəkət Trans MMC"),
    ("1019000005", "Fruct Trade Logistic SRL"), ("1306000006", "Zirvə Logistika MMC"),
    ("1086000007", "Ardabil Agro Industry Co."), ("1506000008", "Sahil Trans Logistika MMC"),
]  # fmt: skip
PLATES_SAME = [
    ("10-AB-123", "10 ab 123"), ("90-BH-265", "90BH265"), ("А123ВС 77", "A123BC77"),
    ("Е777КХ 05", "E 777 KX 05"), ("15 ع 482 - 35", "۱۵ ع ۴۸۲ - ۳۵"), ("25 ع 716 - 15", "25ع716-15"),
    ("10-RK-417", "10.RK.417"), ("М 456 ОР 199", "m456op199"), ("77-KM-538 AZ", "77KM538"),
    ("AB 1234 CD", "ab1234cd"),
]  # fmt: skip
PLATES_DIFFERENT = [
    ("90-BH-265", "90-BH-266"), ("10-RK-417", "10-RK-471"), ("А123ВС 77", "А123ВС 78"),
    ("90BH265", "90-BN-265"), ("15 ع 482 - 35", "15 ع 482 - 36"), ("10-KM-538", "10-KM-583"),
    ("Е777КХ 05", "Е777КХ 06"), ("20-CT-719", "20-CT-720"), ("35 ع 264 - 15", "35 ع 265 - 15"),
    ("AB 1234 CD", "AB 1234 CB"),
]  # fmt: skip


def person(name: str, country: str, passport: str | None = None) -> dict[str, Any]:
    """A person mention."""
    ids = {"passport": passport} if passport else {}
    return {"kind": "person", "name": name, "country": country, "identifiers": ids}


def company(name: str, tax_id: str | None = None) -> dict[str, Any]:
    """A company mention."""
    return {"kind": "company", "name": name, "country": None,
            "identifiers": {"tax_id": tax_id} if tax_id else {}}  # fmt: skip


def vehicle(plate: str) -> dict[str, Any]:
    """A plate mention."""
    return {"kind": "vehicle", "name": plate, "country": None, "identifiers": {}}


def pairs() -> list[dict[str, Any]]:
    """Every labelled pair."""
    out: list[dict[str, Any]] = []

    def add(kind: str, a: dict[str, Any], b: dict[str, Any], same: bool) -> None:
        out.append({"class": kind, "same": same, "a": a, "b": b})

    for n, (names, country, passport) in enumerate(PEOPLE):
        for a, b in itertools.combinations(names, 2):
            # Across scripts with the passport on one side only: the name must carry the link.
            add("person_name_across_scripts", person(a, country, passport), person(b, country), True)
        for a, b in zip(names, names[1:] + names[:1], strict=True):
            add("person_same_passport", person(a, country, passport), person(b, country, passport), True)
        other = f"{passport[:-3]}{(int(passport[-3:]) + 137) % 1000:03d}"
        add("person_passport_conflict", person(names[0], country, passport),
            person(names[1], country, other), False)
        add("person_passport_conflict", person(names[0], country, passport),
            person(names[0], country, other), False)
        decoy = SAME_SURNAME[n]
        add("person_shared_surname", person(names[0], country, passport), person(decoy, country), False)
        add("person_shared_surname", person(names[1], country), person(decoy, country), False)
        nxt = PEOPLE[(n + 1) % len(PEOPLE)]
        add("person_different", person(names[-1], country), person(nxt[0][-1], nxt[1]), False)
    for n, (tax_id, names) in enumerate(COMPANIES):
        for a, b in itertools.combinations(names, 2):
            add("company_name_across_forms", company(a, tax_id), company(b), True)
        add("company_same_tax_number", company(names[0], tax_id), company(names[-1], tax_id), True)
        add("company_tax_number_conflict", company(names[0], tax_id),
            company(names[0], tax_id[:-2] + "99"), False)
        decoy_tax, decoy = GENERIC_DECOYS[n]
        add("company_generic_words", company(names[0], tax_id), company(decoy), False)
        add("company_generic_words", company(names[1]), company(decoy, decoy_tax), False)
    for a, b in PLATES_SAME:
        add("plate_lookalike", vehicle(a), vehicle(b), True)
    for a, b in PLATES_DIFFERENT:
        add("plate_near_miss", vehicle(a), vehicle(b), False)
    return out


if __name__ == "__main__":
    for pair in pairs():
        print(json.dumps(pair, ensure_ascii=False))
