"""The Alembic head this code expects. Kept as a constant so that start-up on an up-to-date file
never imports Alembic; a test checks that it equals the head of db/migrations."""

HEAD = "0014_models"
