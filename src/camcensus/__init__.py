"""camcensus: who uses which surveillance cameras across the UK public sector, and what they can do."""

__version__ = "0.1.0"
