"""The session controller, the one road from the pages to the services (writes, waiting edits,
refusals), and the hint a field shows when its edit was refused."""
