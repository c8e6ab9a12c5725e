"""The counted messages of the data actions and the erase dialog say "1 session", "2 sessions"
(and "1 sessie", "2 sessies"), never "session(s)"."""

from __future__ import annotations

import pytest

from app.services.privacy import ErasureCounts
from app.ui.common.i18n import install_language, reset_language
from app.ui.shell import data_actions, erase_dialog


@pytest.fixture
def language(qapp):
    yield install_language
    reset_language()


def _counts(n: int) -> ErasureCounts:
    return ErasureCounts(
        participants=n,
        actors=n,
        facilitators=n,
        owners=n,
        partners=n,
        text_mentions=n,
        backups=n,
        damaged=n,
        leftovers=n,
    )


def test_the_erase_summary_counts_in_english(language):
    language("en")
    one, two = erase_dialog._summary(_counts(1)), erase_dialog._summary(_counts(2))
    assert "(s)" not in one + two and "(ies)" not in one + two
    assert one.startswith(
        "Erased: 1 participation, 1 contact person, 1 time as facilitator, "
        "1 action owner, 1 partner entry, 1 mention in texts; 1 backup "
        "rewritten, 1 damaged copy overwritten, 1 leftover file deleted."
    )
    assert "2 contact persons" in two and "2 damaged copies overwritten" in two
    assert "2 partner entries" in two and "2 times as facilitator" in two


def test_the_erase_summary_counts_in_dutch(language):
    language("nl")
    one, two = erase_dialog._summary(_counts(1)), erase_dialog._summary(_counts(2))
    assert "(" not in one + two
    assert one.startswith("Gewist: 1 deelname, 1 contactpersoon")
    assert "2 contactpersonen" in two and "2 beschadigde kopieën overschreven" in two


def test_the_data_actions_count_in_both_languages(language):
    language("en")
    words = data_actions.DataWords()
    assert words.written(1, "x.intervisie") == "1 session written to x.intervisie."
    assert words.written(3, "x.intervisie") == "3 sessions written to x.intervisie."
    assert words.conflicts(1).startswith("1 conflict: changed here")
    assert erase_dialog.EraseWords().in_backups(2) == "also in 2 backups"
    language("nl")
    assert data_actions.DataWords().written(1, "x") == "1 sessie weggeschreven naar x."
    assert data_actions.DataWords().conflicts(2).startswith("2 conflicten:")
    assert erase_dialog.EraseWords().in_backups(1) == "ook in 1 back-up"
