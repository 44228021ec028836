"""Screens pushed over the main one: the reader, help and go-to-date."""
