"""What the public reads: the HTML/PDF report, charts and map, open data exports, and redaction."""
