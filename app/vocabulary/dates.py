"""Dates as people read them, in Dutch and English: the one place month names are kept (the
report, the placemat, the Word report and the interface use these)."""

from __future__ import annotations

from datetime import date

MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
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
    ),
}
SHORT_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def _lang(lang: str) -> str:
    return "en" if lang == "en" else "nl"


def long_date(d: date | None, lang: str = "nl") -> str:
    """ "14 maart 2019" / "14 March 2019"; "–" for no date."""
    if d is None:
        return "–"
    return f"{d.day} {MONTHS[_lang(lang)][d.month - 1]} {d.year}"


def short_date(d: date, lang: str = "nl") -> str:
    """ "1 jun 2026": for narrow table columns."""
    return f"{d.day} {SHORT_MONTHS[_lang(lang)][d.month - 1]} {d.year}"
