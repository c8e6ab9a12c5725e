"""A service's refusal has a code; the interface words it in the language on screen: every code
has its English and Dutch wording, and a refusal on a Dutch screen is Dutch (it used to be half
Dutch, half English whatever the language)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.services import vertrekpunt
from app.services.errors import ServiceError
from app.ui.common.i18n import install_language
from app.ui.common.service_words import words
from app.ui.session.controller import SessionController
from app.vocabulary.changes import Change
from app.vocabulary.refusals import CONTEXT, ENGLISH, Refusal

TS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "intervisie_nl.ts"


def _dutch() -> dict[str, str]:
    out = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        if ctx.findtext("name") != CONTEXT:
            continue
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and tr.text:
                out[msg.findtext("source")] = tr.text
    return out


def test_every_code_has_english_and_dutch_wording():
    dutch = _dutch()
    assert set(ENGLISH) == set(Refusal)
    for code in Refusal:
        assert ENGLISH[code].strip(), code
        assert dutch.get(ENGLISH[code]), f"{code}: no Dutch"
        # the same placeholders on both sides, or a parameter goes missing
        assert sorted(_fields(ENGLISH[code])) == sorted(_fields(dutch[ENGLISH[code]])), code


def _fields(text: str) -> list[str]:
    import string

    return [f for _l, f, _s, _c in string.Formatter().parse(text) if f]


@pytest.mark.parametrize(
    "lang, expected",
    [("nl", "Een observatie heeft tekst nodig."), ("en", "An observation needs text.")],
)
def test_a_refusal_is_worded_in_the_language_on_screen(
    qtbot, demo_store, demo_session_id, lang, expected
):
    install_language(lang)
    controller = SessionController(demo_store, demo_session_id)
    with qtbot.waitSignal(controller.problem, timeout=2000) as said:
        controller.write(
            vertrekpunt.add_observation,
            demo_session_id,
            "visie-regio",
            "   ",
            what=Change.OBSERVATIONS,
        )
    assert said.args == [expected]


def test_the_command_line_gets_the_english_and_the_code():
    with pytest.raises(ServiceError) as caught:
        vertrekpunt.add_observation(None, 1, "visie-regio", "  ")
    assert caught.value.code is Refusal.OBSERVATION_EMPTY
    assert str(caught.value) == "An observation needs text."
    assert words(ServiceError("no code")) == "no code"


def test_english_counts_are_proper_plurals(qapp):
    from PySide6.QtCore import QCoreApplication

    install_language("en")
    tr = QCoreApplication.translate
    assert tr("HomePage", "%1\n%n session(s)", "", 1) == "%1\n1 session"
    assert tr("HomePage", "%1\n%n session(s)", "", 2) == "%1\n2 sessions"
    carried = (
        "Carried over from the previous session, not yet confirmed: %n observation(s) (in italics)."
    )
    assert "9 observations (in italics)" in tr("CarriedNote", carried, "", 9)
    assert "(s)" not in tr("CarriedNote", carried, "", 1)
    install_language("nl")
    assert tr("HomePage", "%1\n%n session(s)", "", 2) == "%1\n2 sessies"


def test_every_plural_message_has_its_english_forms():
    """A new "%n …(s)" message needs its English forms too (scripts/i18n.py collects them)."""
    en = Path(TS).with_name("intervisie_en.ts")
    plural_nl = {
        m.findtext("source")
        for m in ET.parse(TS).getroot().iter("message")
        if m.get("numerus") == "yes"
    }
    forms = {
        m.findtext("source"): [f.text for f in m.iter("numerusform")]
        for m in ET.parse(en).getroot().iter("message")
    }
    assert plural_nl and plural_nl <= set(forms)
    for source in plural_nl:
        assert len(forms[source]) == 2 and all(forms[source]), source
        assert "(s)" not in "".join(forms[source]), source
