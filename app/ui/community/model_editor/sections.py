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


def _t(text: str) -> str:
    return translate("ModelEditor", text)


def _text_fields(name: str, label_nl: str, label_en: str, optional: bool = False,
                 kind: str = "line") -> tuple[Field, Field]:
    return (Field((name, "nl"), label_nl, kind, optional=optional),
            Field((name, "en"), label_en, kind, optional=optional))


def _labelled(key_label: str) -> tuple[Field, ...]:
    return (Field(("key",), key_label),
            *_text_fields("label", _t("Name (Dutch)"), _t("Name (English)")),
            *_text_fields("explanation", _t("Explanation (Dutch)"), _t("Explanation (English)"),
                          optional=True, kind="long"))


def _new_labelled(key: str) -> dict[str, Any]:
    return {"key": key, "label": {"nl": _t("New item"), "en": "New item"}}


def _ratio(fill: Any, text: Any) -> float | None:
    a, b = QColor(str(fill)), QColor(str(text))
    if not (str(fill).startswith("#") and str(text).startswith("#")) or not (
            a.isValid() and b.isValid()):
        return None
    return contrast(a, b)


def contrast_note(level: dict[str, Any]) -> str:
    """The contrast of the level's text on its fill, in the normal and the high-contrast
    palette, and what to do when one is below 4.5:1."""
    lines = []
    for name, fill, text in (
            (_t("Normal palette"), level.get("fill"), level.get("text")),
            (_t("High contrast"), level.get("fill_high_contrast"), level.get("text_high_contrast"))):
        ratio = _ratio(fill, text)
        if ratio is None:
            lines.append(_t("%1: type a colour as #RRGGBB.").replace("%1", name))
        elif ratio < MIN_CONTRAST:
            lines.append(_t("%1: contrast %2:1 is below 4.5:1; text on this fill is hard to read "
                            "on a projector. Choose a darker or lighter text or fill.")
                         .replace("%1", name).replace("%2", f"{ratio:.1f}"))
        else:
            lines.append(_t("%1: contrast %2:1, readable (at least 4.5:1).")
                         .replace("%1", name).replace("%2", f"{ratio:.1f}"))
    return "\n".join(lines)


def build_sections(draft: Draft) -> list[Section]:
    def perspectives() -> list[tuple[str, str]]:
        return [(p["key"], f"{p['label']['nl']} ({p['position']})")
                for p in draft.raw["perspectives"]]

    def new_area(key: str) -> dict[str, Any]:
        centre = next((p["key"] for p in draft.raw["perspectives"] if p["position"] == "centre"),
                      draft.raw["perspectives"][0]["key"])
        return {"key": key, "perspective": centre,
                "label": {"nl": _t("New area"), "en": "New area"},
                "short": {"nl": _t("New area"), "en": "New area"}}

    def elements(versions: str) -> list[tuple[str, str]]:
        model = draft.origin if versions == "old" else None
        if model is not None:
            return [(k, f"{model.element_label(k)} ({k})") for k in model.element_keys()]
        return [(x["key"], f"{x['label']['nl']} ({x['key']})")
                for x in draft.raw["areas"] + draft.raw["conditions"]]

    sections = [
        Section(_t("Areas"), ("areas",), (
            Field(("key",), _t("Key of the area")),
            *_text_fields("label", _t("Name (Dutch)"), _t("Name (English)")),
            *_text_fields("short", _t("Short name (Dutch)"), _t("Short name (English)")),
            Field(("perspective",), _t("Perspective or centre"), "choice", perspectives),
            *_text_fields("explanation", _t("Guiding question (Dutch)"),
                          _t("Guiding question (English)"), optional=True, kind="long"),
        ), new_item=new_area, stem="gebied"),
        Section(_t("Perspectives"), ("perspectives",), (
            *_text_fields("label", _t("Name (Dutch)"), _t("Name (English)")),
            *_text_fields("explanation", _t("Explanation (Dutch)"), _t("Explanation (English)"),
                          optional=True, kind="long"),
        ), fixed=True),
        Section(_t("Conditions for success"), ("conditions",), _labelled(_t("Key")),
                new_item=_new_labelled, stem="voorwaarde"),
        Section(_t("Status scale"), ("scale", "levels"), (
            *_text_fields("label", _t("Name (Dutch)"), _t("Name (English)")),
            Field(("fill",), _t("Fill colour")),
            Field(("text",), _t("Text colour")),
            Field(("fill_high_contrast",), _t("Fill colour, high contrast")),
            Field(("text_high_contrast",), _t("Text colour, high contrast")),
            Field(("icon",), _t("Icon")),
        ), fixed=True, note=contrast_note,
            title_of=lambda lv: f"{lv.get('level')} · {get_in(lv, ('label', 'nl'))}"),
        Section(_t("Growth paths"), ("growth", "paths"), _labelled(_t("Key")),
                new_item=_new_labelled, stem="pad"),
        Section(_t("Themes"), ("themes",), _labelled(_t("Key")),
                new_item=_new_labelled, stem="thema"),
    ]
    for i, frame in enumerate(draft.raw["frames"]):
        sections.append(Section(frame["label"]["nl"], ("frames", i, "items"),
                                _labelled(_t("Key")), new_item=_new_labelled, stem="item"))
    sections += [
        Section(_t("GroenPact action lines"), ("groenpact",), _labelled(_t("Key")),
                new_item=_new_labelled, stem="actielijn"),
        Section(_t("Project characteristics"), ("characteristics",), _labelled(_t("Key")),
                new_item=_new_labelled, stem="kenmerk"),
        Section(_t("Stage prompts"), ("stages",), (
            *_text_fields("question", _t("Question (Dutch)"), _t("Question (English)"),
                          kind="long"),
        ), fixed=True, title_of=lambda s: str(get_in(s, ("label", "nl")))),
        Section(_t("Renamed and merged"), ("lineage", "map"), (
            Field(("old",), _t("Element of the version you started from"), "choice",
                  lambda: elements("old")),
            Field(("new",), _t("Becomes this element"), "choice", lambda: elements("new")),
        ), new_item=lambda _k: {"old": draft.origin.element_keys()[0],
                                "new": draft.raw["areas"][0]["key"]},
            title_of=lambda p: f"{p.get('old')} → {p.get('new')}", min_items=0),
    ]
    return sections
