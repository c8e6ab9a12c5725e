"""Anonymised exports and reports: people become "Deelnemer N", organisations keep their names,
a name written in free text in another form (the surname alone, without accents, a possessive)
is replaced too, and on request the organisations go as well."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date

import pytest

from app.main import main
from app.reports.anonymise import anonymise
from app.services import aanpak, communities, sessions, vertrekpunt
from app.services.exchange_export import export_community
from app.services.report_data import report_data

SAID = (
    "Zoe Geheimnaam belde; Geheimnaams voorstel en Zoë's plan; "
    "Gebiedscoöperatie Westerkwartier doet mee"
)


@pytest.fixture
def community(store):
    c = communities.create_community(store, "Westerkwartier")
    communities.add_actor(
        store,
        c.id,
        name="",
        organisation="Gebiedscoöperatie Westerkwartier",
        helix_role="maatschappij",
    )
    communities.add_actor(
        store,
        c.id,
        name="Piet Bos",
        organisation="Wageningen University",
        helix_role="onderzoek",
        contact="piet@wur.nl",
    )
    s = sessions.create_session(store, c.id, "Eerste", date(2026, 1, 5), facilitator="Piet Bos")
    sessions.add_participant(store, s.id, "Zoë Geheimnaam", "Waterschap", "overheid")
    vertrekpunt.add_observation(store, s.id, "monitoring", SAID)
    aanpak.add_action(
        store,
        s.id,
        "Pilot",
        owner="Wageningen University",
        partners=["Gebiedscoöperatie Westerkwartier", "Zoë Geheimnaam"],
    )
    aanpak.add_action(store, s.id, "Tweede", owner="Gebiedscoöperatie Westerkwartier")
    aanpak.add_action(store, s.id, "Derde", owner="Zoë Geheimnaam")
    return c.id, s.id


def _doc(path) -> dict:
    return json.loads(zipfile.ZipFile(path).read("intervisie.json").decode("utf-8"))


def test_the_export_keeps_organisations_as_owners_and_partners(store, community, tmp_path):
    out = export_community(store, community[0], tmp_path / "anoniem", anonymise=True)
    actions = {a["title"]: a for a in _doc(out.path)["sessions"][0]["actions"]}
    assert actions["Pilot"]["owner"] == "Wageningen University"
    assert actions["Tweede"]["owner"] == "Gebiedscoöperatie Westerkwartier"
    assert actions["Derde"]["owner"].startswith("Deelnemer ")
    assert actions["Pilot"]["partners"][0] == "Gebiedscoöperatie Westerkwartier"
    assert actions["Pilot"]["partners"][1] == actions["Derde"]["owner"]


def test_the_export_finds_every_form_of_a_name_in_free_text(store, community, tmp_path):
    out = export_community(store, community[0], tmp_path / "anoniem", anonymise=True)
    raw = zipfile.ZipFile(out.path).read("intervisie.json").decode("utf-8").casefold()
    for leak in ("geheimnaam", "zoë", "zoe", "piet"):
        assert not re.search(rf"\b{leak}", raw), leak
    doc = _doc(out.path)
    zoe = doc["sessions"][0]["participants"][0]["name"]
    assert doc["sessions"][0]["observations"][0]["text"] == (
        f"{zoe} belde; {zoe} voorstel en {zoe} plan; Gebiedscoöperatie Westerkwartier doet mee"
    )
    assert doc["sessions"][0]["participants"][0]["organisation"] == "Waterschap"


def test_the_export_can_leave_the_organisations_out(store, community, tmp_path):
    out = export_community(
        store, community[0], tmp_path / "anoniem", anonymise=True, drop_organisations=True
    )
    p = _doc(out.path)["sessions"][0]["participants"][0]
    assert p["organisation"] == "" and p["actor"] is None and p["helix_role"] == "overheid"


def test_the_report_finds_every_form_and_can_leave_the_organisation_out(store, community):
    _, sid = community
    data = anonymise(report_data(store, sid))
    zoe = "Deelnemer 1 (Overheid, Waterschap)"
    assert data.snapshot.observations[0].text.startswith(
        f"{zoe} belde; {zoe} voorstel en {zoe} plan;"
    )
    bare = anonymise(report_data(store, sid, hide_organisations=True))
    assert bare.snapshot.participants[0].name == "Deelnemer 1 (Overheid)"
    assert bare.snapshot.participants[0].organisation == ""
    assert "Waterschap" not in bare.snapshot.observations[0].text


def test_the_command_line_leaves_organisations_out_on_request(
    store, community, tmp_path, database_url, capsys
):
    _, sid = community
    store.close()
    out = tmp_path / "anoniem.intervisie"
    assert (
        main(
            [
                "export",
                "--anonymise",
                "--without-organisations",
                "--database",
                database_url,
                str(out),
            ]
        )
        == 0
    )
    assert _doc(out)["sessions"][0]["participants"][0]["organisation"] == ""
    assert (
        main(
            [
                "report",
                "--session",
                str(sid),
                "--out",
                str(tmp_path / "r.pdf"),
                "--anonymous",
                "--without-organisations",
                "--database",
                database_url,
            ]
        )
        == 0
    )
    assert main(["export", "--without-organisations", "--database", database_url, str(out)]) == 1
    assert "goes with --anonymise" in capsys.readouterr().err


def test_the_report_options_offer_to_leave_the_organisations_out(qtbot, store, community):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.ui.shell.report_options import ReportOptions

    _, sid = community
    dialog = ReportOptions(store, sid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.hide_organisations.isEnabled()  # only for an anonymised report
    for box in (dialog.anonymous, dialog.hide_organisations):
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Space)
    chosen = dialog.values()
    assert chosen["anonymous"] and chosen["hide_organisations"]
    uses = {k: v for k, v in chosen.items() if k not in ("lang", "anonymous")}
    data = anonymise(report_data(store, sid, **uses))
    assert data.snapshot.participants[0].name == "Deelnemer 1 (Overheid)"
