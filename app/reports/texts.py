"""The words of everything that leaves the room (report, placemat, Word, action sheet) in Dutch
and English: the one catalogue. Everything about the model itself (areas, levels, stages,
themes, helix roles) comes from the model definition instead; month names from
app.vocabulary.dates, which the interface uses too."""

from __future__ import annotations

from datetime import date

from app.vocabulary import dates

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
    "anonymous_note": (
        "Geanonimiseerde versie: namen van deelnemers zijn vervangen door hun rol.",
        "Anonymised version: participants' names are replaced by their role.",
    ),
    "anonymised": ("geanonimiseerd", "anonymised"),
    "page_of": ("Pagina {n} van ", "Page {n} of "),  # the total follows, written last
    "nothing": ("Niets vastgelegd.", "Nothing recorded."),
    "continued": ("(vervolg)", "(continued)"),
    # the figure
    "figure": ("Het model, gekleurd naar status", "The model, coloured by status"),
    "figure_note": (
        "Elk onderdeel toont de status die de groep koos: kleur, cijfer en symbool "
        "zeggen hetzelfde.",
        "Each element shows the status the group chose: colour, number and symbol say the same.",
    ),
    "band_note": (
        "De regionale vraagstukken staan op de pijl van vernieuwing naar transitie, "
        "op hun plaats: een rondje is enkelvoudig, een vierkantje gecompliceerd, een "
        "driehoek complex, een ruit nog zonder type.",
        "The regional questions sit on the arrow from renewal to transition, at their "
        "place: a circle is simple, a square complicated, a triangle complex, a "
        "diamond has no type yet.",
    ),
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
    "season_0": ("winter", "winter"),
    "season_1": ("voorjaar", "spring"),
    "season_2": ("zomer", "summer"),
    "season_3": ("najaar", "autumn"),
    "plan_carried": ("Overgenomen uit de vorige sessie", "Carried over from the previous session"),
    "plan_confirmed": ("ongewijzigd bevestigd: {parts}", "confirmed unchanged: {parts}"),
    "plan_changed": ("aangepast: {parts}", "changed: {parts}"),
    "plan_open": ("nog niet bevestigd: {parts}", "not yet confirmed: {parts}"),
    "part_path": ("ontwikkelpad", "development path"),
    "part_ambition": ("ambitie", "ambition"),
    "part_themes": ("thema's", "themes"),
    "part_steps": ("stappen", "steps"),
    "part_monitoring": ("indicatoren", "indicators"),
    "standing": ("Waar staan we", "Where we stand"),
    "standing_before": ("eerder", "before"),
    "verdict_op-koers": ("op koers", "on track"),
    "verdict_aandacht": ("vraagt aandacht", "needs attention"),
    "verdict_uit-koers": ("uit koers", "off track"),
    "verdict_none": ("niet gevraagd", "not asked"),
    "moved_up": ("Omhoog: {names}.", "Up: {names}."),
    "moved_down": ("Omlaag: {names}.", "Down: {names}."),
    "moved_none": ("Geen status veranderd.", "No status changed."),
    "moved_new": ("Voor het eerst beoordeeld: {names}.", "Assessed for the first time: {names}."),
    # closing
    "summary": ("Samenvatting", "Summary"),
    # the cover's context and three-line summary
    "region": ("Regio", "Region"),
    "about_community": ("Over de community", "About the community"),
    "at_a_glance": ("In het kort", "In brief"),
    "sum_status": (
        "Van de {n} onderdelen {verb} {assessed} beoordeeld; het verst: {best}.",
        "Of the {n} elements {assessed} {verb} assessed; furthest along: {best}.",
    ),
    "sum_status_none": (
        "Er is nog geen onderdeel beoordeeld.",
        "No element has been assessed yet.",
    ),
    "sum_focus": (
        "{points}; de meeste stemmen kreeg “{top}”.",
        "{points}; the most votes went to “{top}”.",
    ),
    "sum_path": ("Ontwikkelpad: {path}.", "Development path: {path}."),
    "sum_plan": ("{actions} in het actieplan.", "{actions} in the action plan."),
    "sum_next": ("De groep komt weer bijeen op {date}.", "The group meets again on {date}."),
    "nothing_for": ("Niets vastgelegd voor: {parts}.", "Nothing recorded for: {parts}."),
    # what the participants' phones said (the room)
    "room": ("Wat de zaal zei", "What the room said"),
    "room_note": (
        "Elke deelnemer gaf op de eigen telefoon, zonder naam, een status en stemde "
        "op versnellers. De aantallen, niet wie wat koos.",
        "Each participant rated and voted privately on their own phone, without a "
        "name. The counts, never who chose what.",
    ),
    "room_spread": ("Spreiding van de beoordelingen", "Spread of the ratings"),
    "room_votes": ("Stemmen uit de zaal", "Votes from the room"),
    "room_group": ("Groep", "Group"),
    "room_ratings": ("Beoordelingen", "Ratings"),
    "room_dots": ("Stippen", "Dots"),
}

# counted words: (Dutch one, Dutch more, English one, English more), "{n}" where the number goes
_COUNTED: dict[str, tuple[str, str, str, str]] = {
    "n_accelerators": ("{n} versneller", "{n} versnellers", "{n} accelerator", "{n} accelerators"),
    "n_actions": ("{n} actie", "{n} acties", "{n} action", "{n} actions"),
    "n_votes": ("{n} stem", "{n} stemmen", "{n} vote", "{n} votes"),
    "n_sessions": ("{n} sessie", "{n} sessies", "{n} session", "{n} sessions"),
    "n_phones": ("{n} telefoon", "{n} telefoons", "{n} phone", "{n} phones"),
    "room_rated_by": (
        "beoordeeld met {n} telefoon",
        "beoordeeld met {n} telefoons",
        "rated on {n} phone",
        "rated on {n} phones",
    ),
    "room_voted_by": (
        "gestemd met {n} telefoon",
        "gestemd met {n} telefoons",
        "voted on {n} phone",
        "voted on {n} phones",
    ),
    "verb_is": ("is", "zijn", "is", "are"),
    "last_sessions": (
        "De laatste sessie:",
        "De laatste {n} sessies:",
        "The last session:",
        "The last {n} sessions:",
    ),
}

# the sections on the model's uses (projects, timeline, comparison, actors, GroenPact)
_USES: dict[str, tuple[str, str]] = {
    # projects on the model
    "projects": ("Projecten op het model", "Projects on the model"),
    "projects_note": (
        "Elk genummerd rondje staat op een onderdeel dat het project raakt; de "
        "lijst eronder zegt welk project welk nummer heeft.",
        "Each numbered chip sits on an element the project touches; the list "
        "below says which project has which number.",
    ),
    "project": ("Project", "Project"),
    "touches": ("Raakt", "Touches"),
    "complexity": ("Complexiteit", "Complexity"),
    "path": ("Ontwikkelpad", "Development path"),
    "untouched": ("Nog geen project op: {keys}.", "No project yet on: {keys}."),
    "not_placed": ("Nog niet op het model geplaatst.", "Not placed on the model yet."),
    # GroenPact
    "groenpact": ("GroenPact-actielijnen", "GroenPact action lines"),
    "groenpact_note": (
        "Welke actielijnen van GroenPact de initiatieven en projecten van de "
        "community vormgeven, over al haar sessies.",
        "Which of GroenPact's action lines the community's initiatives and "
        "projects give shape to, across all its sessions.",
    ),
    "initiative": ("Initiatief", "Initiative"),
    "no_line_yet": ("Nog geen initiatief voor: {lines}.", "No initiative yet for: {lines}."),
    # actors and knowledge
    "actors": ("Actoren en kennis", "Actors and knowledge"),
    "actors_note": (
        "Wie welke kennis heeft, en aan welke regionale vragen en projecten van "
        "“{title}” zij verbonden zijn.",
        "Who holds which knowledge, and which regional questions and projects of "
        "“{title}” they are tied to.",
    ),
    "actor": ("Actor", "Actor"),
    "knowledge": ("Kennis en expertise", "Knowledge and expertise"),
    "questions": ("Vragen", "Questions"),
    "projects_of": ("Projecten", "Projects"),
    "gaps": ("Vragen zonder de kennis die nodig is", "Questions without the knowledge they need"),
    "gap_line": ("nodig: {missing}", "needed: {missing}"),
    "no_gaps": (
        "Voor elke vraag met benodigde kennis is er een actor die die kennis heeft.",
        "For every question that names the knowledge it needs, an actor holds it.",
    ),
    # timeline
    "timeline": ("In de tijd", "In time"),
    "timeline_note": (
        "De status van elk onderdeel in de sessies van de community, van de eerste tot de laatste.",
        "The status of each element in the community's sessions, from the first to the last.",
    ),
    "missing_in": ("niet in modelversie {versions}", "not in model version {versions}"),
    "said_heading": (
        "Wat er gezegd werd, waar het veranderde ({same} observaties gelijk gebleven):",
        "What was said, where it changed ({same} observations the same):",
    ),
    "said_changed": ("gewijzigd", "changed"),
    "said_new": ("nieuw in B", "new in B"),
    "said_gone": ("weg in B", "gone in B"),
    "said_same": ("gelijk", "same"),
    "said_linked": ("verbonden", "connected"),
    "point_given": ("status die de groep gaf", "status the group gave"),
    "point_carried": (
        "overgenomen uit de vorige sessie, niet opnieuw beoordeeld (open)",
        "carried over from the session before, not re-assessed (hollow)",
    ),
    # comparison
    "comparison": ("Twee sessies naast elkaar", "Two sessions side by side"),
    "comparison_note": (
        "Om van te leren, niet om te rangschikken: er zijn geen totalen of scores.",
        "For learning, not ranking: there are no totals or scores.",
    ),
    "community_a": ("Community A", "Community A"),
    "community_b": ("Community B", "Community B"),
    "higher_b": ("hoger in B", "higher in B"),
    "lower_b": ("lager in B", "lower in B"),
    "same": ("gelijk", "same"),
    "up": ("omhoog", "up"),
    "down": ("omlaag", "down"),
    "not_comparable": ("niet te vergelijken", "not comparable"),
    "not_in_model": ("niet in dit model", "not in this model"),
    "obs_short": ("Obs.", "Obs."),
    "difference": ("Verschil", "Difference"),
}

# the placemat ("in een oogopslag")
_PLACEMAT: dict[str, tuple[str, str]] = {
    "glance": ("In een oogopslag", "At a glance"),
    "more": ("en nog {n} – zie het verslag", "and {n} more – see the report"),
    "take_away": ("Wat we meenemen", "What we take away"),
}


Day = date  # inside Words, `date` names its method


class Words:
    """The report's vocabulary in one language: words("by_date", date=…)."""

    def __init__(self, lang: str = "nl"):
        self.lang = "en" if lang == "en" else "nl"

    def __call__(self, key: str, **values) -> str:
        nl, en = _TEXTS.get(key) or _PLACEMAT[key]
        text = en if self.lang == "en" else nl
        return text.format(**values) if values else text

    def count(self, key: str, n: int) -> str:
        """ "1 actie" / "3 acties": the plural where the number asks for it, in either language."""
        one_nl, more_nl, one_en, more_en = _COUNTED[key]
        one, more = (one_en, more_en) if self.lang == "en" else (one_nl, more_nl)
        return (one if n == 1 else more).format(n=n)

    def date(self, d: Day | None) -> str:
        if d is None:
            return "–"
        return dates.long_date(d, self.lang)

    def short_date(self, d: Day) -> str:
        """ "1 jun 2026": for narrow table columns."""
        return dates.short_date(d, self.lang)

    def has(self, key: str) -> bool:
        return key in _TEXTS


def word(lang: str, key: str, **values) -> str:
    """A word of the uses sections (their own keys: "same", "up" mean other things there)."""
    nl, en = _USES[key]
    text = en if lang == "en" else nl
    return text.format(**values) if values else text
