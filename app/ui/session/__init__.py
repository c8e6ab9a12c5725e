"""The page that runs one session: the stage rail, the timer, and the session controller, the one road from the pages to the services."""
