"""Statistics over the survey: who was asked, who answered, and what they use, with honest denominators."""
