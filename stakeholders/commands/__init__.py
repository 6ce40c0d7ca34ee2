"""Undo commands: every user edit is one ``QUndoCommand`` that applies planned operations."""
