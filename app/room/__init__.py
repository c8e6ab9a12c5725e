"""The room joins in: a small web server on the laptop's own network for the participants'
phones (no Qt here; the window's controls live in app/ui/audience/room_phones*.py).

state.py   the open room in memory: token, code, devices, what is revealed, the limits
public.py  the open stage's public view, the only data a phone is ever sent
web.py     the Starlette app (pages, JSON, server-sent events)
serve.py   uvicorn on the chosen address, in a thread (the window) or in front (the CLI)
"""
