"""The demo: a realistic, clearly synthetic survey run through the real pipeline."""
