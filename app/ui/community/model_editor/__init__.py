"""The model editor: a new version of the model, checked as it is typed."""
