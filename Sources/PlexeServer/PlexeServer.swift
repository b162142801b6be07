// PlexeServer module.
