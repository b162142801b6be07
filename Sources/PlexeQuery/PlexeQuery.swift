// PlexeQuery module.
