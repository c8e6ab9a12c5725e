"""One matcher finds a person's name however it was typed, for erasing and for anonymising."""

from __future__ import annotations

import unicodedata

from app.name_matcher import FIRST, FULL, SURNAME, NameMatcher, key, replace_all


def found(name: str, text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in NameMatcher(name).find(text)]


def test_dutch_possessives_and_inflections():
    assert found("Zoë Geheimnaam", "Zoë's idee, Zoës plan, Geheimnaams voorstel, Zoe’s boek") == [
        (FIRST, "Zoë's"),
        (FIRST, "Zoës"),
        (SURNAME, "Geheimnaams"),
        (FIRST, "Zoe’s"),
    ]


def test_without_accents_decomposed_and_any_case():
    nfd = unicodedata.normalize("NFD", "ZOË GEHEIMNAAM")
    assert found("Zoë Geheimnaam", f"zoe geheimnaam en {nfd}.") == [
        (FULL, "zoe geheimnaam"),
        (FULL, nfd),
    ]
    assert found("Anna Straße", "ANNA STRASSE belt") == [(FULL, "ANNA STRASSE")]


def test_whole_words_only():
    assert found("Anna de Vries", "Annaliese en Zoëtermeer, Vriesland") == []


def test_a_surname_with_particles_and_whether_it_reads_as_a_name():
    hits = NameMatcher("Anne de Wit").find("de Wit zei: wit papier")
    assert [(m.kind, m.text, m.capitalised) for m in hits] == [
        (SURNAME, "de Wit", True),
        (SURNAME, "wit", False),
    ]


def test_replace_leaves_ordinary_words_when_asked():
    people = [(NameMatcher("Anne de Wit"), "D1"), (NameMatcher("Wit Bos"), "D2")]
    text = replace_all("Anne zei: wit papier voor Wit; Anne de Wit en Wit Bos", people)
    assert text == "D1 zei: wit papier voor D1; D1 en D2"
    assert key("  Zoë   GEHEIMNAAM ") == "zoe geheimnaam"
