"""Public bodies: the bundled UK register and importers for CSV and the DfE GIAS export."""
