"""What the page at a glance says, in parts the sheet places (placemat.py): the accelerators
with their votes, the chosen path, the ambition, the themes, the actions with owner and date,
and the note on the shapes of the questions on the band.

Lists are cut to what fits their column (never shrunk below the sheet's smallest text),
saying how many more there are; the full text is in the report.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from app.reports.context import Context
from app.reports.focus import _ordered as ordered_focus
from app.reports.fonts import BOLD, REGULAR
from app.reports.paragraph import Paragraph
from app.reports.styles import ACCENT, INK, MUTED
from app.reports.text import markup

GREY = "#5A5A5A"  # the quieter half of a line (element, owner and date)


@dataclass(frozen=True)
class Type:
    """The sheet's type sizes in points; nothing on the page is smaller than `smallest`."""

    body: float
    title: float
    sub: float
    head: float
    smallest: float


def styles(t: Type) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "pm-body",
        fontName=REGULAR,
        fontSize=t.body,
        leading=t.body * 1.3,
        textColor=INK,
        spaceAfter=t.body * 0.27,
    )
    return {
        "title": ParagraphStyle(
            "pm-title",
            parent=body,
            fontName=BOLD,
            fontSize=t.title,
            leading=t.title * 1.2,
            textColor=ACCENT,
        ),
        "sub": ParagraphStyle(
            "pm-sub", parent=body, fontSize=t.sub, leading=t.sub * 1.3, textColor=MUTED
        ),
        "h": ParagraphStyle(
            "pm-h",
            parent=body,
            fontName=BOLD,
            fontSize=t.head,
            leading=t.head * 1.28,
            textColor=ACCENT,
            spaceBefore=t.body * 0.55,
        ),
        "body": body,
        "muted": ParagraphStyle("pm-muted", parent=body, textColor=MUTED),
        "note": ParagraphStyle(
            "pm-note",
            parent=body,
            fontSize=t.smallest,
            leading=t.smallest * 1.25,
            textColor=MUTED,
        ),
    }


@dataclass
class Listing:
    """A heading with items of which the first `shown` are printed, then "and N more"."""

    heading: str
    items: list[Flowable]
    shown: int
    empty: Flowable | None = None


@dataclass
class Clipped:
    """A heading with a text cut at a word to `chars` characters (" …" marks the cut)."""

    heading: str
    text: str
    chars: int
    whole: bool = False  # never cut (a list of names cut mid-way says less than none)

    def shown(self) -> str:
        if len(self.text) <= self.chars:
            return self.text
        return self.text[: self.chars].rsplit(" ", 1)[0] + " …"


MIN_CLIP = 60  # a text is not cut shorter than this to make room: the lists give way first


class Parts:
    """The page's parts in one language and one sheet's type."""

    def __init__(self, ctx: Context, t: Type, limits: tuple[int, int, int]):
        self.ctx, self.t, self.st = ctx, t, styles(t)
        self.top_focus, self.most_actions, self.clip = limits

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, self.st[style])

    def words(self, key: str, **values) -> str:
        return self.ctx.words(key, **values)

    def head(self) -> list[Flowable]:
        ctx, s = self.ctx, self.ctx.snapshot.session
        return [
            self.p(markup(f"{self.words('glance')} · {ctx.data.community.name}"), "title"),
            self.p(markup(f"{s.title} · {ctx.words.date(s.held_on)}"), "sub"),
        ]

    def band_note(self) -> Paragraph:
        return self.p(markup(self.words("band_note")), "note")

    def focus(self) -> Listing:
        ctx, w = self.ctx, self.ctx.words
        points = ordered_focus(ctx)
        voted = any(f.votes for f in points)  # "0 stemmen" six times says nothing
        items: list[Flowable] = []
        for f in points:
            votes = f"<b>{markup(w.count('n_votes', f.votes))}</b> · " if voted else ""
            items.append(
                self.p(
                    f"{votes}{markup(f.text)} "
                    f"<font color='{GREY}'>({markup(ctx.short(f.element_key))})</font>"
                )
            )
        return self._listing("focus_points", items, self.top_focus)

    def path(self) -> list[Flowable]:
        ctx, w, s = self.ctx, self.ctx.words, self.ctx.snapshot.session
        path = ctx.model.find(ctx.model.paths, s.development_path) if s.development_path else None
        label = path.label.get(ctx.lang) if path else (s.development_path or w("not_chosen"))
        return [self.p(markup(w("development_path")), "h"), self.p(f"<b>{markup(label)}</b>")]

    def ambition(self) -> list:
        ambition = self.ctx.snapshot.session.ambition.strip()
        return [Clipped(self.words("ambition"), ambition or self.words("nothing"), self.clip)]

    def themes(self) -> list:
        ctx = self.ctx
        if not ctx.snapshot.themes:
            return []
        labels = " · ".join(ctx.theme_label(t) for t in ctx.snapshot.themes)
        return [Clipped(self.words("themes"), labels, len(labels), whole=True)]

    def actions(self) -> Listing:
        w, actions = self.ctx.words, self.ctx.snapshot.actions
        items: list[Flowable] = []
        for i, a in enumerate(actions, start=1):
            who = a.owner or "–"
            when = f" · {w('by_date', date=w.short_date(a.due_on))}" if a.due_on else ""
            items.append(
                self.p(
                    f"<b>{i}. {markup(a.title)}</b><br/>"
                    f"<font color='{GREY}'>{markup(who + when)}</font>"
                )
            )
        return self._listing("action_plan", items, self.most_actions)

    def _listing(self, title: str, items: list[Flowable], most: int) -> Listing:
        """A list under its heading, the first `most` items, or "nothing" when empty."""
        w = self.ctx.words
        return Listing(
            w(title), items, min(len(items), most), self.p(markup(w("nothing")), "muted")
        )

    def take_away(self) -> list:
        """What the group takes away (the closing's note), on the screen at the end."""
        note = self.ctx.snapshot.session.summary_note.strip()
        return [Clipped(self.words("take_away"), note, self.clip)] if note else []

    def next_meeting(self) -> list[Flowable]:
        s, w = self.ctx.snapshot.session, self.ctx.words
        if not s.next_session_on:
            return []
        return [self.p(f"<b>{markup(w('next_session'))}:</b> {markup(w.date(s.next_session_on))}")]


Column = list  # of Flowable and Listing, top to bottom


def flowables(column: Column, parts: Parts) -> list[Flowable]:
    out: list[Flowable] = []
    for piece in column:
        if isinstance(piece, Clipped):
            out += [parts.p(markup(piece.heading), "h"), parts.p(markup(piece.shown()))]
            continue
        if not isinstance(piece, Listing):
            out.append(piece)
            continue
        out.append(parts.p(markup(piece.heading), "h"))
        out += piece.items[: piece.shown]
        if not piece.items and piece.empty is not None:
            out.append(piece.empty)
        more = len(piece.items) - piece.shown
        if more > 0:
            out.append(parts.p(markup(parts.words("more", n=more)), "muted"))
    return out


def height(story: list[Flowable], width: float, room: float) -> float:
    total = 0.0
    for i, f in enumerate(story):
        total += f.wrap(width, room)[1] + f.getSpaceAfter()
        if i:
            total += f.getSpaceBefore()
    return total


def _give_way(column: Column) -> bool:
    """Make the column one step shorter, lists and texts in turn: a list longer than three
    items loses its last, else a text longer than 2 * MIN_CLIP its last quarter; then down to
    two items and MIN_CLIP characters; then one item. False when nothing can give way any
    more."""
    lists = [p for p in column if isinstance(p, Listing)]
    texts = [p for p in column if isinstance(p, Clipped) and not p.whole]
    for floor_items, floor_chars in ((3, 2 * MIN_CLIP), (2, MIN_CLIP), (1, MIN_CLIP)):
        longer = [p for p in lists if p.shown > floor_items]
        if longer:
            max(longer, key=lambda p: p.shown).shown -= 1
            return True
        wordy = [p for p in texts if min(p.chars, len(p.text)) > floor_chars]
        if wordy:
            p = max(wordy, key=lambda p: min(p.chars, len(p.text)))
            p.chars = max(floor_chars, min(p.chars, len(p.text)) * 3 // 4)
            return True
    return False


def fit(column: Column, parts: Parts, width: float, room: float) -> list[Flowable]:
    """The column's flowables, its lists and texts cut (see _give_way) until the whole column
    fits in width x room. What still does not fit is left to the caller."""
    while True:
        story = flowables(column, parts)
        if height(story, width, room) <= room or not _give_way(column):
            return story
