"""The model figure on screen, drawn from the one layout in app.diagram."""
