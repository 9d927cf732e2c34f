"""Estate discovery: find and identify surveillance devices on a network the user owns.

``targets`` turns what the user gave (addresses, CIDR ranges, files) into a bounded list of addresses,
refusing public ones unless allowed; ``probes`` holds the read-only conversations with devices; ``identify``
weighs what they said into one ``DeviceReport`` per device; ``discover`` runs it all under a global rate limit
and per-host connection caps; ``record`` stores a scan and its devices; ``imports`` reads nmap XML and
asset inventories (``nmap`` and ``inventory`` parse them).

Nothing here guesses passwords, sends an exploit or bypass path, or changes a device's settings.
"""
