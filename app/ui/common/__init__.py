"""What every part of the interface uses: language, settings, messages, shortcuts, text size, stage names."""
