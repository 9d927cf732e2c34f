"""Evidence: read a reply like a careful researcher and say what it shows, each finding with its quote.

``reading.read_segments`` is the pure extractor; ``service`` stores its findings per document; ``facts``
combines a body's documents and devices into body facts; ``review`` records human decisions.
"""
