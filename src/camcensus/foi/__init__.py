"""FOI requests: laws and deadlines, campaigns and templates, the outbox, the inbox and matching,
the lifecycle."""
