"""The window, its menus, the home page, start-up, settings and language: the shell around a session."""
