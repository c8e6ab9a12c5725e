"""What the room sees of each stage: plain data (sections of rows), read through the services and
passed through the name mask. The audience window draws it in large type; keeping the choice of
content apart from the drawing lets both be tested on their own."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services import aanpak, focus, sessions, vertrekpunt, vervolg
from app.services.timeline_plan import band_questions
from app.ui.audience.names import NameMask
from app.ui.common.stage_names import stage_question

MAX_CHARS = 280  # a row is read from the back of a room in one glance; the laptop has the rest


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def clip(text: str, limit: int = MAX_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _date(d: date | None) -> str:
    return f"{d:%d-%m-%Y}" if d else ""


@dataclass(frozen=True)
class Row:
    text: str
    lead: str = ""  # before the text: a status icon, a vote count, a step number
    detail: str = ""  # a second, quieter line: owner, date, element


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[Row, ...] = ()
    empty: str = ""  # said instead of rows when there are none
    status: int | None = None  # a status chip beside the title (the element under discussion)
    has_status: bool = False
    newest_last: bool = False  # typing happens at the end: the oldest rows give way first
    takes_draft: bool = False  # the line being typed appears at the end of this section


@dataclass(frozen=True)
class StageView:
    stage: str
    question: str
    sections: tuple[Section, ...]
    element: str | None = None  # the element under discussion: ringed on the model


class AudienceSource:
    """Reads one session for the audience view, on the session's road: read is the session
    controller's read (a refusal raises, and the window's guarded refresh says it)."""

    def __init__(self, read: Callable[..., Any], session_id: int, model):
        self.read, self.session_id, self.model = read, session_id, model

    def session(self):
        return self.read(sessions.get_session, self.session_id)

    def mask(self, lang: str, hide: bool) -> NameMask:
        info = self.session()
        return NameMask(
            self.read(sessions.list_participants, self.session_id),
            self.model,
            lang,
            info.facilitator,
            hide,
        )

    def view(self, stage: str, lang: str, mask: NameMask, element: str | None = None) -> StageView:
        keys = self.model.element_keys()
        element = element if element in keys else keys[0]  # the vertrekpunt starts at the first
        build = getattr(self, f"_{stage}", None)
        sections = build(lang, mask, element) if build else ()
        return StageView(
            stage,
            stage_question(stage),
            tuple(sections),
            element if stage == "vertrekpunt" else None,
        )

    def band(self, mask: NameMask) -> tuple:
        """The regional questions for the figure's band, their words masked as everywhere."""
        return tuple(
            dataclasses.replace(q, text=mask(q.text))
            for q in self.read(band_questions, self.session_id)
        )

    def glance_data(self, mask: NameMask):
        """The session as the page at a glance draws it, every text masked (end_screen.py)."""
        from app.services.report_data import report_data
        from app.ui.audience.end_screen import masked_report

        return masked_report(self.read(report_data, self.session_id), mask)

    def footer(self, mask: NameMask) -> str:
        info = self.session()
        parts = (info.community_name, info.title, _date(info.held_on), info.location)
        return "  ·  ".join(mask(p) for p in parts if p)

    # -- the stages ---------------------------------------------------------------------------
    def _label(self, key: str, lang: str, short: bool = False) -> str:
        for a in self.model.areas:
            if a.key == key:
                return (a.short if short else a.label).get(lang)
        return self.model.element_label(key, lang)

    def _opening(self, lang: str, mask: NameMask, _element):
        people = self.read(sessions.list_participants, self.session_id)
        rows = []
        for n, p in enumerate(people, start=1):
            name, role = mask.person(p, n)
            rows.append(Row(name, detail=role))
        yield Section(
            translate("Audience", "Who is here"),
            tuple(rows),
            empty=translate("Audience", "No participants yet"),
        )
        reviews = self.read(aanpak.reviews, self.session_id)
        if reviews:
            from app.ui.stages.review_list import outcome_choices

            outcome = dict(outcome_choices())
            yield Section(
                translate("Audience", "Actions from last time"),
                tuple(
                    Row(
                        clip(mask(r.action_title)),
                        detail=" · ".join(
                            x for x in (mask(r.owner), outcome.get(r.outcome, "")) if x
                        ),
                    )
                    for r in reviews
                ),
            )

    def _vertrekpunt(self, lang: str, mask: NameMask, key: str):
        status = self.read(vertrekpunt.assessments, self.session_id).get(key)
        rows = tuple(
            Row(
                clip(mask(o.text)),
                lead=self.model.level(o.status).icon if o.status is not None else "•",
            )
            for o in self.read(vertrekpunt.list_observations, self.session_id, key)
        )
        yield Section(
            self._label(key, lang),
            rows,
            empty=translate("Audience", "No observations yet"),
            status=status.status if status else None,
            has_status=True,
            newest_last=True,
            takes_draft=True,
        )

    def _focus(self, lang: str, mask: NameMask, _element):
        points = self.read(focus.list_focus_points, self.session_id, by_votes=True)
        yield Section(
            translate("Audience", "Focus points, by votes"),
            tuple(
                Row(
                    clip(mask(f.text)),
                    lead=str(f.votes),
                    detail=self._label(f.element_key, lang, short=True),
                )
                for f in points
            ),
            empty=translate("Audience", "No focus points yet"),
        )
        info = self.session()
        path = self.model.find(self.model.paths, info.development_path or "")
        if path is not None:
            yield Section(
                translate("Audience", "Development path"),
                (Row(path.label.get(lang), detail=clip(mask(info.development_path_reason))),),
            )

    def _vervolg(self, lang: str, mask: NameMask, _element):
        themes = self.read(vervolg.list_themes, self.session_id)
        if themes:
            yield Section(
                translate("Audience", "Themes"),
                tuple(Row(mask(vervolg.theme_label(t, lang, self.model))) for t in themes),
            )
        info = self.session()
        if info.ambition.strip():
            yield Section(translate("Audience", "Ambition"), (Row(clip(mask(info.ambition))),))
        steps = self.read(vervolg.list_steps, self.session_id)
        yield Section(
            translate("Audience", "Steps"),
            tuple(Row(clip(mask(s.text)), lead=f"{n}.") for n, s in enumerate(steps, start=1)),
            empty=translate("Audience", "No steps yet"),
        )
        monitoring = self.read(vervolg.list_monitoring, self.session_id)
        if monitoring:
            yield Section(
                translate("Audience", "How we keep track"),
                tuple(Row(clip(mask(m.text)), detail=_date(m.due_on)) for m in monitoring),
            )

    def _actions(self, mask: NameMask) -> Section:
        from app.ui.stages.action_editor import action_status_choices

        status = dict(action_status_choices())
        rows = []
        for a in self.read(aanpak.list_actions, self.session_id):
            detail = (
                mask(a.owner),
                translate("Audience", "due %1").replace("%1", _date(a.due_on)) if a.due_on else "",
                status.get(a.status, a.status),
            )
            rows.append(Row(clip(mask(a.title)), detail=" · ".join(x for x in detail if x)))
        return Section(
            translate("Audience", "Action plan"),
            tuple(rows),
            empty=translate("Audience", "No actions yet"),
        )

    def _aanpak(self, lang: str, mask: NameMask, _element):
        yield self._actions(mask)

    def _closing(self, lang: str, mask: NameMask, _element):
        info = self.session()
        if info.summary_note.strip():
            yield Section(
                translate("Audience", "What we take away"), (Row(clip(mask(info.summary_note))),)
            )
        yield Section(
            translate("Audience", "Next meeting"),
            (Row(_date(info.next_session_on)),) if info.next_session_on else (),
            empty=translate("Audience", "No date yet"),
        )
        yield self._actions(mask)
