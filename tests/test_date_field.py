"""The ways a facilitator types a date, and month steps that land on a real day."""

from datetime import date

import pytest

from app.ui.widgets.date_field import add_months, parse_date

TODAY = date(2026, 3, 14)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", None),
        ("   ", None),
        ("14-3-2026", date(2026, 3, 14)),
        ("14/03/2026", date(2026, 3, 14)),
        ("14.3.26", date(2026, 3, 14)),
        ("2026-03-14", date(2026, 3, 14)),
        ("14032026", date(2026, 3, 14)),
        ("1-9", date(2026, 9, 1)),
        (" 1 - 9 - 2027 ", date(2027, 9, 1)),
        ("15032027", date(2027, 3, 15)),
        ("150327", date(2027, 3, 15)),
        ("15-03-27", date(2027, 3, 15)),
        ("1-3-2027", date(2027, 3, 1)),
        ("2027-03-15", date(2027, 3, 15)),
    ],
)
def test_accepted_forms(text, expected):
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize("text", ["31-2-2026", "morgen", "14-3-2026-1", "13", "99999999"])
def test_not_a_date(text):
    with pytest.raises(ValueError):
        parse_date(text, TODAY)


def test_month_steps_keep_the_day_when_they_can():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 15), -1) == date(2025, 12, 15)
