"""Minuted's indexer: board papers in, searchable records out."""
