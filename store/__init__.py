"""Everything below the screen: read, date, merge, persist and query articles."""
