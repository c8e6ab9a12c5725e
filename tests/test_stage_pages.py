"""Every stage has its own page class, imported statically (no silent empty page)."""

from __future__ import annotations

from pathlib import Path

from app.ui.common.stage_names import STAGES
from app.ui.stages import pages as stage_pages
from app.ui.stages.base import StagePage


def test_every_stage_has_its_own_page_class():
    assert set(stage_pages.PAGE_CLASSES) == set(STAGES)
    for key, cls in stage_pages.PAGE_CLASSES.items():
        assert isinstance(cls, type) and issubclass(cls, StagePage) and cls is not StagePage
        assert cls.key == key


def test_the_stage_modules_are_imported_statically():
    source = Path(stage_pages.__file__).read_text(encoding="utf-8")
    assert "importlib" not in source and "ModuleNotFoundError" not in source
