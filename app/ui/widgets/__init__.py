"""Reusable widgets that know nothing of a stage: line lists, date fields, check lists, choices, forms."""
