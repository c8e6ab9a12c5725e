"""What the room sees: the audience window on the projector, presentation mode, screens."""
