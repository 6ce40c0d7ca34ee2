"""The one-page overview (PDF, PNG, SVG), rendered from a fresh off-screen scene."""
