"""File names suggested in save dialogs, made from names the group typed: letters, digits, spaces,
- and _ only (no path separators, no characters a file system refuses), at most 80 long."""

from __future__ import annotations


def safe_name(text: str, fallback: str = "sessie") -> str:
    keep = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in text)
    return " ".join(keep.split())[:80] or fallback
