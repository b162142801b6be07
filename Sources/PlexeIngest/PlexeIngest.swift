// PlexeIngest module.
