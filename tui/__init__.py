"""Everything on the screen: the Textual app, its panes, and the command line."""
