"""The region's map as plain data: vocabularies, entities and the Document that owns changes."""
