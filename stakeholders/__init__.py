"""stakeholders: map regional collaboration in Dutch health care.

Parties, tables (overlegtafels) and mandates are drawn as a graph; the rules
flag what is missing and the overview page is exported as PNG, PDF or SVG.
"""

__version__ = "0.1.0"
APP_NAME = "stakeholders"
ORG_NAME = "stakeholders"
