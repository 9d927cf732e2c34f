"""Due diligence: the vendor catalogue, exposure per body, replacement costs, supplier questionnaires, and the
rights and compliance picture (DPIA, Surveillance Camera Code self-assessment)."""
