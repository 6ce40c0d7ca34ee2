"""Other views of the map beside the canvas: the matrix (parties × tables)."""
