"""The vendor knowledge base: vendors, their brands and OEM relations, name variants, model-number patterns.

Every row of the data files in ``data/`` carries its source; the loaders live in sibling modules
(``camcensus.knowledge.vendors``). Adding a brand or a pattern is a one-line data change.
"""
