"""TLS to the mail servers: the server's certificate and name are always verified.

Against the system's certificate authorities, or the PEM bundle named by ``CAMCENSUS_TLS_CA_FILE`` (a public
body's own CA, say). Python's mail clients, left to themselves, accept any certificate on STARTTLS and
IMAP over SSL; the SMTP and IMAP passwords must not go to whoever answers.
"""

from __future__ import annotations

import os
import ssl

CA_FILE_ENV = "CAMCENSUS_TLS_CA_FILE"


def client_context() -> ssl.SSLContext:
    """A verifying client context; ValueError naming the file when the CA bundle cannot be read."""
    cafile = os.environ.get(CA_FILE_ENV) or None
    try:
        return ssl.create_default_context(cafile=cafile)
    except (OSError, ssl.SSLError) as exc:
        raise ValueError(f"{CA_FILE_ENV}={cafile}: cannot read it as PEM certificates ({exc})") from None
