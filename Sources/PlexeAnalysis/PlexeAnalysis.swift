// PlexeAnalysis module.
