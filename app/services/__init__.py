"""Use cases: plain Python, no Qt. Each call owns one short database transaction and returns
plain data (app.vocabulary.dto)."""
