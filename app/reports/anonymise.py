"""The anonymised report: people appear by their role, never by name.

Each participant becomes "Deelnemer 3 (Onderwijs, Terra MBO)", or "Deelnemer 3 (Onderwijs)" when
the organisations are left out too (the only delegate of an organisation is known by it). The
replacement reaches every place a name can be typed: the participant list, the facilitator,
action owners and partners, reviews, and any free text that mentions a person in a form the name
matcher knows (the same one erasing uses): the full name however typed, and a surname or first
name on its own where it is written as a name ("Wit", not "wit"), with possessives ("Zoë's").
"""

from __future__ import annotations

from dataclasses import replace

from app.name_matcher import NameMatcher, key, replace_all
from app.reports.texts import Words
from app.vocabulary.dto import ReviewData, SessionData, SessionSnapshot
from app.vocabulary.report_data import Earlier, ReportData

MIN_NAME = 2  # a one-letter "name" would replace letters all over the report


_key = key  # a name as compared: spacing, case and accents do not count


def _labels(data: ReportData, words: Words, organisations: bool = True) -> dict[str, str]:
    """Name (as typed, case-folded) -> role label, for this session's and the earlier session's
    participants, numbered in order of appearance."""
    model = data.model
    people = list(data.snapshot.participants)
    if data.earlier is not None:
        people += data.earlier.snapshot.participants
    labels: dict[str, str] = {}
    for p in people:
        key = _key(p.name)
        if len(key) < MIN_NAME or key in labels:
            continue
        role = next(
            (r.label.get(words.lang) for r in model.helix_roles if r.key == p.helix_role),
            p.helix_role,
        )
        detail = ", ".join(x for x in (role, p.organisation.strip() if organisations else "") if x)
        label = words("participant_n", n=len(labels) + 1)
        labels[key] = f"{label} ({detail})" if detail else label
    return labels


class _Swapper:
    """Replaces every mention of a known person in any text by their label."""

    def __init__(self, labels: dict[str, str], spellings: list[str], organisations: bool = True):
        self.labels, self.organisations = labels, organisations
        names = {" ".join(n.split()): None for n in spellings if _key(n) in labels}
        # longest first, so "Anna de Vries" is replaced whole before "Anna" could be
        self.people = [
            (NameMatcher(n), labels[_key(n)]) for n in sorted(names, key=len, reverse=True)
        ]

    def __call__(self, text: str) -> str:
        return replace_all(text, self.people) if text else text

    def has(self, name: str) -> bool:
        return _key(name) in self.labels

    def label(self, name: str) -> str:
        return self.labels[_key(name)]


def _session(s: SessionData, swap: _Swapper) -> SessionData:
    return replace(
        s,
        title=swap(s.title),
        location=swap(s.location),
        facilitator=swap(s.facilitator.strip()),
        development_path_reason=swap(s.development_path_reason),
        ambition=swap(s.ambition),
        summary_note=swap(s.summary_note),
    )


def _steps(steps, swap: _Swapper) -> tuple:
    return tuple(replace(x, session_title=swap(x.session_title)) for x in steps)


def _review(r: ReviewData, swap: _Swapper) -> ReviewData:
    return replace(
        r,
        action_title=swap(r.action_title),
        owner=swap(r.owner),
        note=swap(r.note),
        history=_steps(r.history, swap),
    )


def _snapshot(snap: SessionSnapshot, swap: _Swapper) -> SessionSnapshot:
    return replace(
        snap,
        session=_session(snap.session, swap),
        participants=tuple(
            replace(
                p,
                name=swap.label(p.name),
                actor_id=None,
                organisation=p.organisation if swap.organisations else "",
            )
            if swap.has(p.name)
            else p
            for p in snap.participants
        ),
        assessments={
            k: replace(a, context_note=swap(a.context_note)) for k, a in snap.assessments.items()
        },
        observations=tuple(replace(o, text=swap(o.text)) for o in snap.observations),
        focus_points=tuple(replace(f, text=swap(f.text)) for f in snap.focus_points),
        themes=tuple(replace(t, label=swap(t.label)) for t in snap.themes),
        steps=tuple(replace(x, text=swap(x.text)) for x in snap.steps),
        monitoring=tuple(
            replace(x, text=swap(x.text), standing=swap(x.standing)) for x in snap.monitoring
        ),
        # the cycle's histories name earlier sessions and what was said there
        histories={k: _steps(v, swap) for k, v in snap.histories.items()},
        indicator_trends={
            k: tuple(
                replace(x, session_title=swap(x.session_title), standing=swap(x.standing))
                for x in v
            )
            for k, v in snap.indicator_trends.items()
        },
        actions=tuple(
            replace(
                a,
                title=swap(a.title),
                description=swap(a.description),
                owner=swap(a.owner),
                partners=tuple(swap(p) for p in a.partners),
                indicator=swap(a.indicator),
            )
            for a in snap.actions
        ),
        reviews=tuple(_review(r, swap) for r in snap.reviews),
    )


def anonymise(data: ReportData, lang: str = "nl") -> ReportData:
    words = Words(lang)
    labels = _labels(data, words, organisations=not data.hide_organisations)
    sessions = [data.snapshot] + ([data.earlier.snapshot] if data.earlier else [])
    # A facilitator who is not among the participants is still a person: named by function.
    for snap in sessions:
        key = _key(snap.session.facilitator)
        if len(key) >= MIN_NAME and key not in labels:
            labels[key] = words("facilitator")
    spellings = [p.name for snap in sessions for p in snap.participants]
    swap = _Swapper(
        labels,
        spellings + [snap.session.facilitator for snap in sessions],
        organisations=not data.hide_organisations,
    )
    earlier = None
    if data.earlier is not None:
        earlier = Earlier(
            _snapshot(data.earlier.snapshot, swap),
            tuple(_review(r, swap) for r in data.earlier.reviews),
        )
    uses = None
    if data.uses is not None:  # (the sections' module is imported only for a report with them)
        from app.reports.uses import anonymise_uses

        uses = anonymise_uses(data.uses, swap, swap.has, swap.label, _session)
    return replace(
        data, snapshot=_snapshot(data.snapshot, swap), earlier=earlier, uses=uses, anonymous=True
    )
