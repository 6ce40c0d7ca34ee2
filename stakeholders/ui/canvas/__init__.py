"""The map canvas: scene, view, display-only items, labels, routes and guides."""
