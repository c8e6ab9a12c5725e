"""The report's own words in Dutch and English. Everything about the model itself (areas, levels,
stages, themes, helix roles) comes from the model definition instead."""

from __future__ import annotations

import datetime

_TEXTS: dict[str, tuple[str, str]] = {
    # cover and page furniture
    "report": ("Sessieverslag", "Session report"),
    "date": ("Datum", "Date"),
    "place": ("Plaats", "Place"),
    "facilitator": ("Procesbegeleider", "Facilitator"),
    "participants": ("Deelnemers", "Participants"),
    "participant_n": ("Deelnemer {n}", "Participant {n}"),
    "name": ("Naam", "Name"),
    "organisation": ("Organisatie", "Organisation"),
    "helix_role": ("Triple helix", "Triple helix"),
    "model": ("Model", "Model"),
    "model_version": ("{title}, versie {version}", "{title}, version {version}"),
    "continues_from": ("Vervolg op", "Continues from"),
    "next_session": ("Volgende sessie", "Next session"),
    "contents": ("Inhoud", "Contents"),
    "anonymous_note": ("Geanonimiseerde versie: namen van deelnemers zijn vervangen door hun rol.",
                       "Anonymised version: participants' names are replaced by their role."),
    "anonymised": ("geanonimiseerd", "anonymised"),
    "page_of": ("Pagina {n} van ", "Page {n} of "),  # the total follows, written last
    "nothing": ("Niets vastgelegd.", "Nothing recorded."),
    # the figure
    "figure": ("Het model, gekleurd naar status", "The model, coloured by status"),
    "figure_note": ("Elk onderdeel toont de status die de groep koos: kleur, cijfer en symbool "
                    "zeggen hetzelfde.",
                    "Each element shows the status the group chose: colour, number and symbol "
                    "say the same."),
    # vertrekpunt
    "conditions": ("Voorwaarden voor succes", "Conditions for success"),
    "status": ("Status", "Status"),
    "context": ("Context", "Context"),
    "observations": ("Observaties", "Observations"),
    "question_type": ("Type vraagstuk", "Type of question"),
    "transition_pos": ("{frm} – {to}: {n} van {steps}", "{frm} – {to}: {n} of {steps}"),
    # focus
    "focus_points": ("Versnellers", "Accelerators"),
    "votes": ("Stemmen", "Votes"),
    "from_observation": ("Uit observatie {n} bij {area}", "From observation {n} of {area}"),
    "development_path": ("Ontwikkelpad", "Development path"),
    "why": ("Waarom", "Why"),
    "not_chosen": ("Nog niet gekozen.", "Not chosen yet."),
    # vervolg
    "themes": ("Innovatiethema's", "Innovation themes"),
    "ambition": ("Ambitie", "Ambition"),
    "steps": ("Stappen", "Steps"),
    "monitoring": ("Zo houden we bij of we op koers zijn", "How we see whether we are on track"),
    "kind_indicator": ("Indicator", "Indicator"),
    "kind_review": ("Evaluatiemoment", "Review moment"),
    "by_date": ("uiterlijk {date}", "by {date}"),
    # aanpak
    "action_plan": ("Actieplan", "Action plan"),
    "action": ("Actie", "Action"),
    "owner": ("Eigenaar", "Owner"),
    "owner_partners": ("Eigenaar en partners", "Owner and partners"),
    "partners": ("Partners", "Partners"),
    "schedule": ("Planning", "Schedule"),
    "indicator": ("Indicator", "Indicator"),
    "characteristics": ("Kenmerken", "Characteristics"),
    "serves": ("Draagt bij aan", "Serves"),
    "frame": ("Beleidskader", "Policy frame"),
    "action_open": ("Open", "Open"),
    "action_bezig": ("Bezig", "In progress"),
    "action_gereed": ("Gereed", "Done"),
    "action_gestopt": ("Gestopt", "Stopped"),
    # comparison with the earlier session
    "since": ("Sinds de vorige sessie", "Since the previous session"),
    "since_intro": ("Vergeleken met “{title}” van {date}.", "Compared with “{title}” of {date}."),
    "element": ("Onderdeel", "Element"),
    "then": ("Toen", "Then"),
    "now": ("Nu", "Now"),
    "change": ("Verandering", "Change"),
    "trend_up": ("omhoog", "up"),
    "trend_down": ("omlaag", "down"),
    "trend_same": ("gelijk", "same"),
    "trend_none": ("niet te vergelijken", "not comparable"),
    "reviews": ("Wat werd er van de acties?", "What became of the actions?"),
    "outcome": ("Uitkomst", "Outcome"),
    "note": ("Toelichting", "Note"),
    "outcome_gereed": ("Gereed", "Done"),
    "outcome_doorgezet": ("Doorgezet", "Continued"),
    "outcome_gestopt": ("Gestopt", "Stopped"),
    "outcome_none": ("Nog niet besproken", "Not reviewed yet"),
    # an action's life across sessions (issue 17), and what moved since the previous session
    "history_since": ("sinds {season} {year}: {steps}", "since {season} {year}: {steps}"),
    "season_0": ("winter", "winter"), "season_1": ("voorjaar", "spring"),
    "season_2": ("zomer", "summer"), "season_3": ("najaar", "autumn"),
    "plan_carried": ("Overgenomen uit de vorige sessie", "Carried over from the previous session"),
    "plan_confirmed": ("ongewijzigd bevestigd: {parts}", "confirmed unchanged: {parts}"),
    "plan_changed": ("aangepast: {parts}", "changed: {parts}"),
    "plan_open": ("nog niet bevestigd: {parts}", "not yet confirmed: {parts}"),
    "part_path": ("ontwikkelpad", "development path"), "part_ambition": ("ambitie", "ambition"),
    "part_themes": ("thema's", "themes"), "part_steps": ("stappen", "steps"),
    "part_monitoring": ("indicatoren", "indicators"),
    "standing": ("Waar staan we", "Where we stand"),
    "standing_before": ("eerder", "before"),
    "verdict_op-koers": ("op koers", "on track"), "verdict_aandacht": ("vraagt aandacht",
                                                                      "needs attention"),
    "verdict_uit-koers": ("uit koers", "off track"), "verdict_none": ("niet gevraagd",
                                                                     "not asked"),
    "moved_up": ("Omhoog: {names}.", "Up: {names}."),
    "moved_down": ("Omlaag: {names}.", "Down: {names}."),
    "moved_none": ("Geen status veranderd.", "No status changed."),
    "moved_new": ("Voor het eerst beoordeeld: {names}.", "Assessed for the first time: {names}."),
    # closing
    "summary": ("Samenvatting", "Summary"),
}

_MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

_SHORT_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


class Words:
    """The report's vocabulary in one language: words("by_date", date=…)."""

    def __init__(self, lang: str = "nl"):
        self.lang = "en" if lang == "en" else "nl"

    def __call__(self, key: str, **values) -> str:
        nl, en = _TEXTS[key]
        text = en if self.lang == "en" else nl
        return text.format(**values) if values else text

    def date(self, d: datetime.date | None) -> str:  # (the method's name hides the type)
        if d is None:
            return "–"
        return f"{d.day} {_MONTHS[self.lang][d.month - 1]} {d.year}"

    def short_date(self, d: datetime.date) -> str:
        """"1 jun 2026": for narrow table columns."""
        return f"{d.day} {_SHORT_MONTHS[self.lang][d.month - 1]} {d.year}"

    def has(self, key: str) -> bool:
        return key in _TEXTS
