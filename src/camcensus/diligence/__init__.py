"""Due diligence: the vendor register, exposure per body, replacement costs, supplier questionnaires, and the
rights and compliance picture (DPIA, Surveillance Camera Code self-assessment)."""
