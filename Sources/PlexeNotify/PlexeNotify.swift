// PlexeNotify module.
