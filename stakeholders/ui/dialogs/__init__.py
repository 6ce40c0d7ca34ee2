"""Dialogs: deliberate choices, export options, shortcuts, rules, about."""
