"""Choice lists built from the model definition, labelled in the interface language."""

from __future__ import annotations

from app.modeldef import ModelDefinition
from app.ui.common.i18n import current_language


def status_choices(model: ModelDefinition) -> tuple[tuple[int | None, str], ...]:
    lang = current_language()
    levels = [(None, f"{model.unassessed.icon}  {model.unassessed.label.get(lang)}")]
    levels += [(lv.level, f"{lv.icon} {lv.level} {lv.label.get(lang)}") for lv in model.levels]
    return tuple(levels)


def status_text(model: ModelDefinition, level: int | None) -> str:
    return dict(status_choices(model))[
        level if level in {lv.level for lv in model.levels} else None
    ]


def complexity_choices(model: ModelDefinition) -> tuple[tuple[str | None, str], ...]:
    lang = current_language()
    return ((None, "–"),) + tuple((c.key, c.label.get(lang)) for c in model.complexity)


def transition_choices(model: ModelDefinition) -> tuple[tuple[int | None, str], ...]:
    """0 … steps-1 between vernieuwing and sustainability transition."""
    lang = current_language()
    t = model.transition
    last = t.steps - 1
    out: list[tuple[int | None, str]] = [(None, "–")]
    for i in range(t.steps):
        if i == 0:
            label = t.from_label.get(lang)
        elif i == last:
            label = t.to_label.get(lang)
        else:
            label = ""  # the steps between the two ends need no words
        out.append((i, f"{i} {label}".rstrip()))
    return tuple(out)


def helix_choices(model: ModelDefinition) -> tuple[tuple[str, str], ...]:
    lang = current_language()
    return (("", "–"),) + tuple((h.key, h.label.get(lang)) for h in model.helix_roles)


def element_label(model: ModelDefinition, key: str, short: bool = False) -> str:
    lang = current_language()
    for a in model.areas:
        if a.key == key:
            return (a.short if short else a.label).get(lang)
    return model.element_label(key, lang)


# Short forms for a cell beside a row's text (app.ui.widgets.compact_choice): the words are in
# the list that opens, in the tooltip and in the accessible name.
def status_short(model: ModelDefinition) -> tuple[tuple[int | None, str], ...]:
    return ((None, model.unassessed.icon),) + tuple(
        (lv.level, f"{lv.icon} {lv.level}") for lv in model.levels
    )


def complexity_short(model: ModelDefinition) -> tuple[tuple[str | None, str], ...]:
    """A bar that rises with the type (▂ simple, ▅ complicated, █ complex): one character."""
    bars = "▂▅█" if len(model.complexity) == 3 else "▁▂▃▄▅▆▇█"
    return ((None, "–"),) + tuple(
        (c.key, bars[min(i, len(bars) - 1)]) for i, c in enumerate(model.complexity)
    )


def transition_short(model: ModelDefinition) -> tuple[tuple[int | None, str], ...]:
    return ((None, "–"),) + tuple((i, str(i)) for i in range(model.transition.steps))
