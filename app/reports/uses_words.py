"""The words of the report's sections on the model's uses, in Dutch and English (labels of the
model itself come from the model definition)."""

from __future__ import annotations

_WORDS: dict[str, tuple[str, str]] = {
    # projects on the model
    "projects": ("Projecten op het model", "Projects on the model"),
    "projects_note": ("Elk genummerd rondje staat op een onderdeel dat het project raakt; de "
                      "lijst eronder zegt welk project welk nummer heeft.",
                      "Each numbered chip sits on an element the project touches; the list "
                      "below says which project has which number."),
    "project": ("Project", "Project"),
    "touches": ("Raakt", "Touches"),
    "complexity": ("Complexiteit", "Complexity"),
    "path": ("Ontwikkelpad", "Development path"),
    "untouched": ("Nog geen project op: {keys}.", "No project yet on: {keys}."),
    "not_placed": ("Nog niet op het model geplaatst.", "Not placed on the model yet."),
    # GroenPact
    "groenpact": ("GroenPact-actielijnen", "GroenPact action lines"),
    "groenpact_note": ("Welke actielijnen van GroenPact de initiatieven en projecten van de "
                       "community vormgeven, over al haar sessies.",
                       "Which of GroenPact's action lines the community's initiatives and "
                       "projects give shape to, across all its sessions."),
    "initiative": ("Initiatief", "Initiative"),
    "no_line_yet": ("Nog geen initiatief voor: {lines}.", "No initiative yet for: {lines}."),
    # actors and knowledge
    "actors": ("Actoren en kennis", "Actors and knowledge"),
    "actors_note": ("Wie welke kennis heeft, en aan welke regionale vragen en projecten van "
                    "“{title}” zij verbonden zijn.",
                    "Who holds which knowledge, and which regional questions and projects of "
                    "“{title}” they are tied to."),
    "actor": ("Actor", "Actor"),
    "knowledge": ("Kennis en expertise", "Knowledge and expertise"),
    "questions": ("Vragen", "Questions"),
    "projects_of": ("Projecten", "Projects"),
    "gaps": ("Vragen zonder de kennis die nodig is", "Questions without the knowledge they need"),
    "gap_line": ("nodig: {missing}", "needed: {missing}"),
    "no_gaps": ("Voor elke vraag met benodigde kennis is er een actor die die kennis heeft.",
                "For every question that names the knowledge it needs, an actor holds it."),
    # timeline
    "timeline": ("In de tijd", "In time"),
    "timeline_note": ("De status van elk onderdeel in de sessies van de community, van de "
                      "eerste tot de laatste.",
                      "The status of each element in the community's sessions, from the first "
                      "to the last."),
    "missing_in": ("niet in modelversie {versions}", "not in model version {versions}"),
    "said_heading": ("Wat er gezegd werd, waar het veranderde ({same} observaties gelijk "
                     "gebleven):", "What was said, where it changed ({same} observations the "
                     "same):"),
    "said_changed": ("gewijzigd", "changed"), "said_new": ("nieuw in B", "new in B"),
    "said_gone": ("weg in B", "gone in B"), "said_same": ("gelijk", "same"),
    "said_linked": ("verbonden", "connected"),
    "point_given": ("status die de groep gaf", "status the group gave"),
    "point_carried": ("overgenomen uit de vorige sessie, niet opnieuw beoordeeld (open)",
                      "carried over from the session before, not re-assessed (hollow)"),
    "last_sessions": ("De laatste {n} sessies:", "The last {n} sessions:"),
    # comparison
    "comparison": ("Twee sessies naast elkaar", "Two sessions side by side"),
    "comparison_note": ("Om van te leren, niet om te rangschikken: er zijn geen totalen of "
                        "scores.",
                        "For learning, not ranking: there are no totals or scores."),
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


def word(lang: str, key: str, **values) -> str:
    nl, en = _WORDS[key]
    text = en if lang == "en" else nl
    return text.format(**values) if values else text
