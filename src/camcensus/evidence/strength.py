"""How strongly one passage says what it says: the weight each piece of evidence is stored with.

These are ranks on a 0-1 scale, named here once. When pieces about the same thing disagree the stronger one
wins (``reading.py``), and a piece at or under ``knowledge.vendors.STATUS_THRESHOLD`` never decides a
vendor's status on its own. They are not measured probabilities: how often a reply-level conclusion is right
is measured on labelled replies and given by ``confidence.py``. A new rule takes the tier its words deserve,
not a number.
"""

from __future__ import annotations

#: said in so many words: "we use Hikvision", "no Dahua cameras", a table row, an exemption cited
SAID = 0.9
#: an answer aligned with its question, a make replaced or removed, a total read from a sentence or a table
ANSWERED = 0.85
#: read from how the reply is built: an exception to a denial, an installer, a refusal or not-held cue
IMPLIED = 0.8
#: part of an answer: a bare "Yes" or a count that is one part of a breakdown
PART = 0.75
#: a weak denial ("not aware of any"), a make left out of a list, a capability in a table
WEAK = 0.7
#: a make listed with no verb saying it is used
LISTED = 0.65
#: a make listed beside a replacement that is neither side of it
LISTED_ASIDE = 0.6
#: neither in use going on nor gone: being removed, unconfirmed, other equipment, an outcome with no cue
UNDECIDED = 0.5
#: mentioned only: awareness, policy, a refusal's words, a planned replacement, a capability the kit has
MENTIONED = 0.4
#: an aside: a conditional, the request's own question repeated
ASIDE = 0.3

#: how far below the strongest denial an in-use statement may be and still stand beside it
TIE_MARGIN = 0.05
