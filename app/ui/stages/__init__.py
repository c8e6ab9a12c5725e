"""One page per stage of the session (opening, vertrekpunt, focus, vervolg, aanpak, closing) and the parts only they use."""
