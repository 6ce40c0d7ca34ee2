"""Benchmarks and the synthetic map generator they share (not part of the app)."""
