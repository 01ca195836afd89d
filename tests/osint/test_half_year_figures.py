"""Figures over half a year or a count of months ("in six months", "за полгода", "son 6
ayda") sum many seizures and are no record; a seizure told beside an earlier date that is
months ago stays a record."""

from .reading import goods_found


def test_azerbaijani_months_with_a_figure_are_a_tally() -> None:
    assert goods_found("Gömrük əməkdaşları son 6 ayda 60 ton dizel yanacağı aşkarlayıb.") == []
    assert goods_found("Gömrükçülər 9 ayda 120 kiloqram heroin aşkarlayıb.") == []


def test_russian_half_year_is_a_tally() -> None:
    text = "За полгода таможенники изъяли на границе 3 тонны контрабандного табака."
    assert goods_found(text) == []


def test_english_months_in_words_are_a_tally() -> None:
    assert goods_found("Customs officers seized 4,000 kg of cocaine in six months.") == []
    text = "In the past six months officers seized 12,000 litres of undeclared diesel."
    assert goods_found(text) == []


def test_a_seizure_beside_months_ago_is_still_a_record() -> None:
    az = "Gömrük əməkdaşları dünən 60 ton dizel yanacağı aşkarlayıb. Yanacaq 6 ay əvvəl alınıb."
    assert goods_found(az) == [("fuel", 60000.0, None, None)]
    en = "Officers seized 40 kg of cocaine on Monday; the ship left Ecuador six months earlier."
    assert goods_found(en) == [("cocaine", 40.0, None, None)]
