"""The plan comes along (issue 17): a follow-up starts with the path, the ambition, the themes,
the steps and the indicators of the session before, marked as carried per part; confirming a
part or changing it is recorded; each indicator is asked about and has a trend over sessions."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import (
    communities,
    exchange_export,
    exchange_import,
    followup,
    plan_carry,
    sessions,
    vervolg,
)
from app.services.errors import ServiceError


def _first(store):
    c = communities.create_community(store, "Coöperatie Noord")
    s1 = followup.start_session(store, c.id, "Voorjaar", date(2025, 4, 10))
    sessions.update_session(
        store,
        s1.id,
        development_path="enkelvoudig-uitbouwen",
        development_path_reason="klein beginnen",
        ambition="Een groene motor",
    )
    vervolg.add_theme(store, s1.id, "voedselketens")
    vervolg.add_theme(store, s1.id, label="Krimp")
    vervolg.add_step(store, s1.id, "Icoonprojecten opstarten")
    ind = vervolg.add_monitoring(store, s1.id, "Aantal deelnemende bedrijven")
    return c, s1, ind


def test_the_plan_is_carried_marked_and_confirmed_or_changed(store):
    c, s1, ind = _first(store)
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    info = sessions.get_session(store, s2.id)
    assert (info.development_path, info.ambition) == ("enkelvoudig-uitbouwen", "Een groene motor")
    assert [t.label or t.theme_key for t in vervolg.list_themes(store, s2.id)] == [
        "voedselketens",
        "Krimp",
    ]
    assert [x.text for x in vervolg.list_steps(store, s2.id)] == ["Icoonprojecten opstarten"]
    [carried_ind] = vervolg.list_monitoring(store, s2.id)
    assert carried_ind.carried_from_uuid == ind.uuid
    assert plan_carry.plan_states(store, s2.id) == dict.fromkeys(plan_carry.PARTS, "carried")

    plan_carry.confirm_part(store, s2.id, "themes")
    plan_carry.confirm_part(store, s2.id, "path")
    vervolg.update_step(store, vervolg.list_steps(store, s2.id)[0].id, "Icoonprojecten lopen")
    sessions.update_session(store, s2.id, ambition="Een groene motor voor de hele regio")
    assert plan_carry.plan_states(store, s2.id) == {
        "path": "confirmed",
        "ambition": "changed",
        "themes": "confirmed",
        "steps": "changed",
        "monitoring": "carried",
    }
    # a replay of the carrying copies nothing twice
    followup.carry_over(store, s1.id, s2.id)
    assert len(vervolg.list_themes(store, s2.id)) == 2


def test_indicators_are_asked_about_and_have_a_trend(store):
    c, s1, ind = _first(store)
    plan_carry.set_standing(store, ind.id, "aandacht", "12 bedrijven")
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    [i2] = vervolg.list_monitoring(store, s2.id)
    assert (i2.verdict, i2.standing) == (None, "")  # asked again, not assumed
    plan_carry.set_standing(store, i2.id, "op-koers", "25 bedrijven")
    assert plan_carry.plan_states(store, s2.id)["monitoring"] == "carried"  # an answer, no change
    s3 = followup.start_session(
        store, c.id, "Voorjaar 2026", date(2026, 4, 8), continues_from_id=s2.id
    )
    [i3] = vervolg.list_monitoring(store, s3.id)
    trend = plan_carry.indicator_trend(store, i3.id)
    assert [(t.session_title, t.verdict, t.standing) for t in trend] == [
        ("Voorjaar", "aandacht", "12 bedrijven"),
        ("Najaar", "op-koers", "25 bedrijven"),
        ("Voorjaar 2026", None, ""),
    ]
    with pytest.raises(ServiceError):
        plan_carry.set_standing(store, i3.id, "prima")


def test_themes_point_at_model_elements_and_it_all_travels(store, tmp_path):
    c, s1, ind = _first(store)
    theme = vervolg.list_themes(store, s1.id)[0]
    vervolg.set_theme_elements(store, theme.id, ["visie-regio", "monitoring"])
    with pytest.raises(ServiceError):
        vervolg.set_theme_elements(store, theme.id, ["geen-onderdeel"])
    plan_carry.set_standing(store, ind.id, "aandacht", "12 bedrijven")
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    plan_carry.confirm_part(store, s2.id, "themes")
    assert vervolg.list_themes(store, s2.id)[0].element_keys == ("visie-regio", "monitoring")
    out = exchange_export.export_community(store, c.id, tmp_path / "noord.intervisie").path
    result = exchange_import.import_file(store, out, on_existing="copy")
    later = max(sessions.list_sessions(store, result.community_id), key=lambda s: s.held_on)
    assert plan_carry.plan_states(store, later.id)["themes"] == "confirmed"
    assert vervolg.list_themes(store, later.id)[0].element_keys == ("visie-regio", "monitoring")
    [i2] = vervolg.list_monitoring(store, later.id)
    assert [t.standing for t in plan_carry.indicator_trend(store, i2.id)] == ["12 bedrijven", ""]


def test_the_report_says_what_was_confirmed_and_where_indicators_stand(store):
    from tests.report_tools import pdf_text, report

    c, s1, ind = _first(store)
    plan_carry.set_standing(store, ind.id, "aandacht", "12 bedrijven")
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    plan_carry.confirm_part(store, s2.id, "themes")
    sessions.update_session(store, s2.id, ambition="Een groene motor voor de regio")
    [i2] = vervolg.list_monitoring(store, s2.id)
    plan_carry.set_standing(store, i2.id, "op-koers", "25 bedrijven")
    text = pdf_text(report(store, s2.id))
    assert (
        "Overgenomen uit de vorige sessie — ongewijzigd bevestigd: thema's; aangepast: "
        "ambitie; nog niet bevestigd: ontwikkelpad, stappen, indicatoren."
    ) in text
    assert "Waar staan we: op koers, 25 bedrijven (eerder: " in text
    assert "vraagt aandacht, 12 bedrijven)" in text
