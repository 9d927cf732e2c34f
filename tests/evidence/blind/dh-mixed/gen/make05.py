from email.message import EmailMessage
from email.utils import formatdate
import datetime

m = EmailMessage()
m["From"] = "Transport for West Pennine - Information Governance <foi@westpennine-ca.gov.uk>"
m["To"] = "Alan Reece <alanreece77@gmail.com>"
m["Subject"] = "RE: FOI - CCTV at bus stations [Ref: WPCA-FOI-2025-0188]"
m["Date"] = "Thu, 20 Feb 2025 11:42:07 +0000"
m["Message-ID"] = "<a91c2f40e3b2.WPCA-FOI-2025-0188@westpennine-ca.gov.uk>"

text = """Dear Mr Reece,

Freedom of Information Request - Reference WPCA-FOI-2025-0188

Thank you for your email of 24 January 2025 requesting information about CCTV at bus stations. We have handled your request under the Freedom of Information Act 2000.

Q1 How many CCTV cameras does the Combined Authority operate at its bus stations and interchanges?
Answer: The Combined Authority, through Transport for West Pennine, operates 612 CCTV cameras across its 14 bus stations and 3 travel interchanges. CCTV on board buses is owned and operated by the individual bus operators and is not held by the Combined Authority.

Q2 Who makes the cameras?
Q4 Which company maintains the system, and when does that contract end?
Answer: Questions 2 and 4 are answered together. CCTV at our bus stations and interchanges is supplied, installed and maintained under a contract with Northgate Fire & Security Ltd (contract reference TfWP/2021/044), which was awarded following an open tender in 2021 and runs until 31 March 2027 with an option to extend for a further two years. Under that contract all cameras are Hanwha Vision models, recording to a Milestone XProtect platform hosted in our Travel Control Centre.

Q3 Are any of them Hikvision or Dahua?
Answer: Please see our answer to questions 2 and 4 above.

If you are not satisfied with this response you may ask for an internal review by replying to this email within 40 working days. If you remain dissatisfied following the internal review you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, www.ico.org.uk.

Kind regards,

Bethan Lowry
Information Governance Officer
Transport for West Pennine | West Pennine Combined Authority
Wellington House, 40 Station Parade, Rochbury RB1 1DU

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. The Combined Authority accepts no liability for any viruses transmitted by this email.
"""

html = """<html><body style="font-family:Arial, sans-serif; font-size:11pt">
<p>Dear Mr Reece,</p>
<p><b>Freedom of Information Request - Reference WPCA-FOI-2025-0188</b></p>
<p>Thank you for your email of 24 January 2025 requesting information about CCTV at bus stations. We have handled your request under the Freedom of Information Act 2000.</p>
<p><i>Q1 How many CCTV cameras does the Combined Authority operate at its bus stations and interchanges?</i><br>
<b>Answer: The Combined Authority, through Transport for West Pennine, operates 612 CCTV cameras across its 14 bus stations and 3 travel interchanges. CCTV on board buses is owned and operated by the individual bus operators and is not held by the Combined Authority.</b></p>
<p><i>Q2 Who makes the cameras?</i><br>
<i>Q4 Which company maintains the system, and when does that contract end?</i><br>
<b>Answer: Questions 2 and 4 are answered together. CCTV at our bus stations and interchanges is supplied, installed and maintained under a contract with Northgate Fire &amp; Security Ltd (contract reference TfWP/2021/044), which was awarded following an open tender in 2021 and runs until 31 March 2027 with an option to extend for a further two years. Under that contract all cameras are Hanwha Vision models, recording to a Milestone XProtect platform hosted in our Travel Control Centre.</b></p>
<p><i>Q3 Are any of them Hikvision or Dahua?</i><br>
<b>Answer: Please see our answer to questions 2 and 4 above.</b></p>
<p>If you are not satisfied with this response you may ask for an internal review by replying to this email within 40 working days. If you remain dissatisfied following the internal review you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, www.ico.org.uk.</p>
<p>Kind regards,</p>
<p>Bethan Lowry<br>Information Governance Officer<br>Transport for West Pennine | West Pennine Combined Authority<br>Wellington House, 40 Station Parade, Rochbury RB1 1DU</p>
<p style="font-size:8pt;color:#666">This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. The Combined Authority accepts no liability for any viruses transmitted by this email.</p>
</body></html>"""

m.set_content(text)
m.add_alternative(html, subtype="html")
open("05-reply.eml", "wb").write(bytes(m))
