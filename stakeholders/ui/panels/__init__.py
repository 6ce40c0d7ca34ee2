"""The dock panels: palette, properties, flags, koppelvlakken, gemeenten."""
