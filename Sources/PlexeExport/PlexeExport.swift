// PlexeExport module.
