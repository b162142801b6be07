// PlexeCharts module.
