"""A week's finds given between two dates, and the sentences that carry such a tally on, are no
record; a find on one date, or a sentence that opens with "also" after a find, keeps its own."""

from kordon.osint import extract_text
from kordon.osint.tallies import tally_words


def _substances(text: str) -> list[str]:
    return [r.substance for r in extract_text(text)]


def test_a_date_range_makes_a_tally_in_each_language() -> None:
    assert tally_words("az").tallies("10-16 oktyabr tarixlərində Şuşa şəhərindən 7 tapança")
    assert tally_words("az").tallies("28 sentyabr – 4 oktyabr tarixlərində 3 avtomat tapılıb")
    assert tally_words("ru").tallies("С 3 по 9 марта пограничники изъяли 12 пистолетов")
    assert tally_words("en").tallies("From March 3 to 9 officers seized 12 pistols")
    assert tally_words("en").tallies("Between 3 and 9 March officers seized 12 pistols")


def test_one_date_is_no_tally_in_each_language() -> None:
    assert not tally_words("az").tallies("16 oktyabr tarixində Şuşa şəhərindən 7 tapança")
    assert not tally_words("ru").tallies("9 марта пограничники изъяли 12 пистолетов")
    assert not tally_words("en").tallies("On March 9 officers seized 12 pistols")


def test_azerbaijani_week_of_finds_over_many_places_is_no_record() -> None:
    text = (
        "Azad olunmuş ərazilərdə silah-sursat tapılıb\n"
        "Bildirilib ki, 10-16 oktyabr tarixlərində polis əməkdaşları tərəfindən Şuşa şəhəri "
        "ərazisindən 4 avtomat, 2 tapança və 310 ədəd patron tapılıb.\n"
        "Bundan başqa, Füzuli rayonunun Horadiz kəndi ərazisindən 1 qumbaraatan və 12 qumbara "
        "aşkar edilərək götürülüb."
    )
    assert _substances(text) == []


def test_russian_week_of_finds_carried_on_by_krome_togo_is_no_record() -> None:
    text = (
        "На освобожденных территориях найдено оружие\n"
        "С 10 по 16 октября сотрудники полиции обнаружили в Шуше 4 автомата и 2 пистолета.\n"
        "Кроме того, в селе Горадиз Физулинского района найдены 12 гранат."
    )
    assert _substances(text) == []


def test_a_find_carried_on_by_also_after_one_seizure_keeps_both_records() -> None:
    text = (
        "Customs officers detain heroin at Astara\n"
        "On 12 October customs officers at the Astara border checkpoint found 4 kg of heroin "
        "hidden in the fuel tank of a truck.\n"
        "Also, 2 kg of opium were found in the driver's cabin."
    )
    assert sorted(_substances(text)) == ["heroin", "opium"]
