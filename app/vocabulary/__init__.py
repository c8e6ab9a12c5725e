"""The plain vocabulary every layer may import: the dataclasses the services hand out (dto) and the
report's plain data. No database, no Qt, no logic beyond construction."""
