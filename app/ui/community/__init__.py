"""The model's uses across sessions: timeline, compare, actors and knowledge, GroenPact."""
