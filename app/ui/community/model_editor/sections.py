"""What of the model the editor can change, section by section: the fields of each list and how
a new item starts. The status scale checks its colours live against the projector's two palettes
(WCAG contrast of the text on its fill)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.ui.common.style import contrast
from app.ui.community.model_editor.draft import Draft, get_in
from app.ui.community.model_editor.item_list import Field, Section

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises

MIN_CONTRAST = 4.5  # WCAG AA for normal text: what a projector in daylight still shows


def _text_fields(
    name: str, label_nl: str, label_en: str, optional: bool = False, kind: str = "line"
) -> tuple[Field, Field]:
    return (
        Field((name, "nl"), label_nl, kind, optional=optional),
        Field((name, "en"), label_en, kind, optional=optional),
    )


def _named() -> tuple[Field, ...]:
    """A name and an optional explanation, each in Dutch and English."""
    return (
        *_text_fields(
            "label",
            translate("ModelEditor", "Name (Dutch)"),
            translate("ModelEditor", "Name (English)"),
        ),
        *_text_fields(
            "explanation",
            translate("ModelEditor", "Explanation (Dutch)"),
            translate("ModelEditor", "Explanation (English)"),
            optional=True,
            kind="long",
        ),
    )


def _labelled(key_label: str) -> tuple[Field, ...]:
    return (Field(("key",), key_label), *_named())


def _new_labelled(key: str) -> dict[str, Any]:
    return {"key": key, "label": {"nl": translate("ModelEditor", "New item"), "en": "New item"}}


def _ratio(fill: Any, text: Any) -> float | None:
    a, b = QColor(str(fill)), QColor(str(text))
    if not (str(fill).startswith("#") and str(text).startswith("#")) or not (
        a.isValid() and b.isValid()
    ):
        return None
    return contrast(a, b)


def contrast_note(level: dict[str, Any]) -> str:
    """The contrast of the level's text on its fill, in the normal and the high-contrast
    palette, and what to do when one is below 4.5:1."""
    lines = []
    for name, fill, text in (
        (translate("ModelEditor", "Normal palette"), level.get("fill"), level.get("text")),
        (
            translate("ModelEditor", "High contrast"),
            level.get("fill_high_contrast"),
            level.get("text_high_contrast"),
        ),
    ):
        ratio = _ratio(fill, text)
        if ratio is None:
            lines.append(
                translate("ModelEditor", "%1: type a colour as #RRGGBB.").replace("%1", name)
            )
        elif ratio < MIN_CONTRAST:
            lines.append(
                translate(
                    "ModelEditor",
                    "%1: contrast %2:1 is below 4.5:1; text on this fill is hard to read "
                    "on a projector. Choose a darker or lighter text or fill.",
                )
                .replace("%1", name)
                .replace("%2", f"{ratio:.1f}")
            )
        else:
            lines.append(
                translate("ModelEditor", "%1: contrast %2:1, readable (at least 4.5:1).")
                .replace("%1", name)
                .replace("%2", f"{ratio:.1f}")
            )
    return "\n".join(lines)


def build_sections(draft: Draft) -> list[Section]:
    def perspectives() -> list[tuple[str, str]]:
        return [
            (p["key"], f"{p['label']['nl']} ({p['position']})") for p in draft.raw["perspectives"]
        ]

    def new_area(key: str) -> dict[str, Any]:
        centre = next(
            (p["key"] for p in draft.raw["perspectives"] if p["position"] == "centre"),
            draft.raw["perspectives"][0]["key"],
        )
        return {
            "key": key,
            "perspective": centre,
            "label": {"nl": translate("ModelEditor", "New area"), "en": "New area"},
            "short": {"nl": translate("ModelEditor", "New area"), "en": "New area"},
        }

    def elements(versions: str) -> list[tuple[str, str]]:
        model = draft.origin if versions == "old" else None
        if model is not None:
            return [(k, f"{model.element_label(k)} ({k})") for k in model.element_keys()]
        return [
            (x["key"], f"{x['label']['nl']} ({x['key']})")
            for x in draft.raw["areas"] + draft.raw["conditions"]
        ]

    sections = [
        Section(
            translate("ModelEditor", "Areas"),
            ("areas",),
            (
                Field(("key",), translate("ModelEditor", "Key of the area")),
                *_text_fields(
                    "label",
                    translate("ModelEditor", "Name (Dutch)"),
                    translate("ModelEditor", "Name (English)"),
                ),
                *_text_fields(
                    "short",
                    translate("ModelEditor", "Short name (Dutch)"),
                    translate("ModelEditor", "Short name (English)"),
                ),
                Field(
                    ("perspective",),
                    translate("ModelEditor", "Perspective or centre"),
                    "choice",
                    perspectives,
                ),
                *_text_fields(
                    "explanation",
                    translate("ModelEditor", "Guiding question (Dutch)"),
                    translate("ModelEditor", "Guiding question (English)"),
                    optional=True,
                    kind="long",
                ),
            ),
            new_item=new_area,
            stem="gebied",
        ),
        Section(
            translate("ModelEditor", "Perspectives"),
            ("perspectives",),
            _named(),
            fixed=True,
        ),
        Section(
            translate("ModelEditor", "Conditions for success"),
            ("conditions",),
            _labelled(translate("ModelEditor", "Key")),
            new_item=_new_labelled,
            stem="voorwaarde",
        ),
        Section(
            translate("ModelEditor", "Status scale"),
            ("scale", "levels"),
            (
                *_text_fields(
                    "label",
                    translate("ModelEditor", "Name (Dutch)"),
                    translate("ModelEditor", "Name (English)"),
                ),
                Field(("fill",), translate("ModelEditor", "Fill colour")),
                Field(("text",), translate("ModelEditor", "Text colour")),
                Field(
                    ("fill_high_contrast",), translate("ModelEditor", "Fill colour, high contrast")
                ),
                Field(
                    ("text_high_contrast",), translate("ModelEditor", "Text colour, high contrast")
                ),
                Field(("icon",), translate("ModelEditor", "Icon")),
            ),
            fixed=True,
            note=contrast_note,
            title_of=lambda lv: f"{lv.get('level')} · {get_in(lv, ('label', 'nl'))}",
        ),
        Section(
            translate("ModelEditor", "Growth paths"),
            ("growth", "paths"),
            _labelled(translate("ModelEditor", "Key")),
            new_item=_new_labelled,
            stem="pad",
        ),
        Section(
            translate("ModelEditor", "Themes"),
            ("themes",),
            _labelled(translate("ModelEditor", "Key")),
            new_item=_new_labelled,
            stem="thema",
        ),
    ]
    for i, frame in enumerate(draft.raw["frames"]):
        sections.append(
            Section(
                frame["label"]["nl"],
                ("frames", i, "items"),
                _labelled(translate("ModelEditor", "Key")),
                new_item=_new_labelled,
                stem="item",
            )
        )
    sections += [
        Section(
            translate("ModelEditor", "GroenPact action lines"),
            ("groenpact",),
            _labelled(translate("ModelEditor", "Key")),
            new_item=_new_labelled,
            stem="actielijn",
        ),
        Section(
            translate("ModelEditor", "Project characteristics"),
            ("characteristics",),
            _labelled(translate("ModelEditor", "Key")),
            new_item=_new_labelled,
            stem="kenmerk",
        ),
        Section(
            translate("ModelEditor", "Stage prompts"),
            ("stages",),
            (
                *_text_fields(
                    "question",
                    translate("ModelEditor", "Question (Dutch)"),
                    translate("ModelEditor", "Question (English)"),
                    kind="long",
                ),
            ),
            fixed=True,
            title_of=lambda s: str(get_in(s, ("label", "nl"))),
        ),
        Section(
            translate("ModelEditor", "Renamed and merged"),
            ("lineage", "map"),
            (
                Field(
                    ("old",),
                    translate("ModelEditor", "Element of the version you started from"),
                    "choice",
                    lambda: elements("old"),
                ),
                Field(
                    ("new",),
                    translate("ModelEditor", "Becomes this element"),
                    "choice",
                    lambda: elements("new"),
                ),
            ),
            new_item=lambda _k: {
                "old": draft.origin.element_keys()[0],
                "new": draft.raw["areas"][0]["key"],
            },
            title_of=lambda p: f"{p.get('old')} → {p.get('new')}",
            min_items=0,
        ),
    ]
    return sections
