"""Documents: read every format replies arrive in into text segments with their place."""
