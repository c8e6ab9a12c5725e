"""Run one edit now and put the services' refusal (if any) next to the field that caused it,
instead of wherever else the controller's problem signal is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def write_or_hint(controller, hint: QLabel, fn, *args, what: str, **kwargs):
    """controller.write(...) that shows a refusal in `hint` and hides `hint` when the edit was
    accepted. Returns the service's result (None when refused or waiting for storage)."""
    refused: list[str] = []

    def catch(message: str) -> None:
        refused.append(message)

    controller.problem.connect(catch)
    try:
        result = controller.write(fn, *args, what=what, **kwargs)
    finally:
        controller.problem.disconnect(catch)
    hint.setText(refused[-1] if refused else "")
    hint.setVisible(bool(refused))
    return result
