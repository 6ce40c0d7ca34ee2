"""The drawing vocabulary shared by the canvas and the printed page (QtGui only)."""
