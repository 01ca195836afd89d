"""Which language a report is in, and a clear refusal of one the reader does not read."""

import pytest

from kordon.osint import extract_text
from kordon.osint.language import UnsupportedLanguage, detect_languages

RUSSIAN = (
    "На таможенном посту «Астара» у водителя грузовика обнаружили 30 килограммов марихуаны, "
    "спрятанной в ящиках с салатом."
)
AZERBAIJANI = (
    "“Astara” gömrük postunda yük avtomobilindən 30 kiloqram marixuana aşkar edilib, "
    "narkotik kahı yükünün altında gizlədilib."
)
ENGLISH = "Customs officers at Astara found 30 kilograms of marijuana under a load of lettuce."
TURKISH = (
    "Kapıkule Gümrük Kapısı'nda arama yapılan TIR'da 100 paket içerisinde 133 kilogram esrar "
    "ele geçirildi ve soruşturma sürdürülüyor."
)


def test_each_supported_language_is_detected() -> None:
    assert detect_languages(RUSSIAN).main == "ru"
    assert detect_languages(AZERBAIJANI).main == "az"
    assert detect_languages(ENGLISH).main == "en"


def test_a_mixed_report_is_read_in_each_of_its_languages() -> None:
    mixed = f"{AZERBAIJANI}\n{AZERBAIJANI}\n{RUSSIAN}"
    languages = detect_languages(mixed)
    assert languages.main == "az" and set(languages.all) == {"az", "ru"}


def test_an_unsupported_language_is_refused_by_name() -> None:
    with pytest.raises(UnsupportedLanguage, match="Turkish"):
        extract_text(TURKISH)


def test_a_text_without_prose_is_taken_as_english() -> None:
    assert detect_languages("12 345 678").main == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Sərnişinin çantasından 3 tapança aşkar edilib.",
        "Sərhədçilər Biləsuvar rayonunda 7 kiloqram anaşa yaxalayıblar.",
    ],
)
def test_a_short_azerbaijani_report_the_detector_takes_for_turkish_is_azerbaijani(
    text: str,
) -> None:
    assert detect_languages(text).main == "az"
    assert extract_text(text)


def test_turkish_without_the_azerbaijani_schwa_is_still_refused() -> None:
    short = "Yolcunun çantasından 3 tabanca ele geçirildi."
    with pytest.raises(UnsupportedLanguage, match="Turkish"):
        detect_languages(short)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Short lines the detector alone takes for Macedonian, French or Turkish.
        ("Пограничники нашли 12 кг гашиша.", "ru"),
        ("Таможенники изъяли у курьера 9 кг кокаина.", "ru"),
        ("Heroin seized at the port.", "en"),
        ("Cocaine in banana boxes at Le Havre port.", "en"),
    ],
)
def test_a_short_russian_or_english_report_is_read_by_its_letters_and_words(
    text: str, language: str
) -> None:
    assert detect_languages(text).main == language


@pytest.mark.parametrize(
    "text",
    [
        "Прикордонники знайшли 12 кг гашишу.",  # Ukrainian
        "Митниця вилучила 5 кг героїну.",  # Ukrainian
        "Митниците конфискуваха 5 кг хероин.",  # Bulgarian
        "Царината заплени 5 кг хероин.",  # Macedonian
        "Gümrük 5 kg eroin ele geçirdi.",  # Turkish
        "Bojxona xodimlari 5 kg geroin topdi.",  # Uzbek
        "La douane a saisi 5 kg de cocaïne.",  # French
    ],
)
def test_a_short_report_in_another_language_is_still_refused(text: str) -> None:
    with pytest.raises(UnsupportedLanguage):
        detect_languages(text)
