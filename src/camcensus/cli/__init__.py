"""Thin command-line shells over the core: parse, call one core function, print."""
