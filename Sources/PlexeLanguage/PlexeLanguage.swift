// PlexeLanguage module.
