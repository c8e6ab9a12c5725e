"""A small community for the cycle's tests (issue 17): an observation, the focus point made
from it, a theme working on its element and an action serving both, continued in a follow-up."""

from __future__ import annotations

from datetime import date

from app.services import aanpak, communities, focus, followup, vertrekpunt, vervolg


def continued_action(store, name: str = "Coöperatie Noord"):
    """(first session, follow-up, the observation, the first action, its row in the follow-up)."""
    c = communities.create_community(store, name)
    s1 = followup.start_session(store, c.id, "Voorjaar", date(2025, 4, 10))
    obs = vertrekpunt.add_observation(store, s1.id, "monitoring", "Geen kwaliteitsborging")
    fp = focus.add_focus_point(
        store, s1.id, "monitoring", "Monitoring opzetten", observation_id=obs.id
    )
    theme = vervolg.add_theme(store, s1.id, "voedselketens")
    vervolg.set_theme_elements(store, theme.id, ["monitoring"])
    a1 = aanpak.add_action(
        store, s1.id, "Leermonitor", focus_point_ids=[fp.id], theme_ids=[theme.id]
    )
    s2 = followup.start_session(store, c.id, "Najaar", date(2025, 10, 2), continues_from_id=s1.id)
    aanpak.review_action(store, s2.id, a1.id, "doorgezet")
    [a2] = aanpak.list_actions(store, s2.id)
    return s1, s2, obs, a1, a2
