from helpers import *

write_text("20-request.txt", """
Dear NHS Strathallan

Under FOISA, please tell me:

1. How many CCTV cameras are there at Strathallan Royal Hospital?
2. Are any of them made by Hikvision or Dahua?
3. How long is footage kept?

Regards
Kirsty Dalgleish
""")

body = """Dear Ms Dalgleish

Freedom of Information (Scotland) Act 2002 - Request ref: FOI-2024-00871

I refer to your request for information received on 2 April 2024.

Strathallan Royal Hospital was built and is maintained under a Private Finance Initiative (PFI) contract. The CCTV system at the hospital is owned, maintained and operated by the Project Company, Strathallan Healthcare Partnership Ltd, and its facilities management sub-contractor, as part of the hard FM services provided under the contract. NHS Strathallan security staff are able to view live images at the security desk, but the Board does not own the system and does not hold information on the number of cameras, their manufacturer or the retention period for footage.

In terms of section 17 of the Freedom of Information (Scotland) Act 2002, this letter serves as notice that NHS Strathallan does not hold the information you have requested.

In line with our duty under section 15 to provide advice and assistance, you may wish to contact Strathallan Healthcare Partnership Ltd directly. Please note that as a private company it is not subject to FOISA.

If you are unhappy with our response to your request, you do have the right to request us to review it. Your request should be made within 40 working days of receipt of this letter, and we will reply within 20 working days of receipt. If our decision is unchanged following a review and you remain dissatisfied with this, you then have the right to make a formal complaint to the Scottish Information Commissioner within 6 months of receipt of our review response. You can do this by using the Scottish Information Commissioner's Office online appeals service at www.foi.scot/appeal.

If you do decide to ask for a review, please write to: The Board Secretary, NHS Strathallan, Corporate Headquarters, Duncrief House, Perthmuir PM2 7BN or email strath.foi@nhs.scot.

Yours sincerely

Information Governance Team
NHS Strathallan

NHS Strathallan is committed to ensuring that information is released in line with the Freedom of Information (Scotland) Act 2002. A disclosure log of previous responses is available on our website.

CONFIDENTIALITY: This email and any attachments are confidential and may contain privileged information. If you are not the intended recipient, please notify the sender immediately and delete it.
"""
write_eml(out("20-reply.eml"), {
    "From": "FOI Strathallan <strath.foi@nhs.scot>",
    "To": "Kirsty Dalgleish <kdalgleish@example.scot>",
    "Subject": "FOI-2024-00871 - Response",
    "Date": "Mon, 29 Apr 2024 10:05:58 +0100",
    "Message-ID": "<FOI-2024-00871@nhs.scot>",
}, body)
label(20, "eml", "nhs", "foisa", "unknown", "unknown", "not_held", ["s17"], None,
      "Scottish health board, FOISA: hospital CCTV belongs to the PFI company so count, makers and retention are all not held (s17 notice); s15 advice is not an exemption.")
note(20, "EML body, Scottish NHS board; PFI-owned CCTV, whole request not held (FOISA s17); s15 advice. Medium.")
