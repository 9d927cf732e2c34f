from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
import datetime, html as H
answers = [
 ("How many body-worn cameras are used by council staff?",
  "42 body-worn cameras in total are currently issued: Civil Enforcement Officers (parking) 30, Neighbourhood Wardens 8, Housing Tenancy Enforcement 4."),
 ("What make and model are they?",
  "The Civil Enforcement Officers use Reveal D5 cameras, supplied through our parking enforcement contractor. The Neighbourhood Wardens and Housing officers use Motorola Solutions VB400 cameras. In 2021 the Neighbourhood Wardens trialled six HikVision body cameras for three months; the trial was not taken forward and the devices were returned to the supplier."),
 ("Are any made by Hikvision or Dahua?",
  "Not currently - please see the answer to question 2."),
 ("How long is footage retained?",
  "Footage that is not required as evidence is automatically deleted after 31 days. Footage retained as evidence is kept until the conclusion of any proceedings or appeal, and for a maximum of 6 years."),
 ("Has the council carried out a DPIA for body-worn cameras?",
  "Yes. The DPIA was last reviewed in May 2025 and is published on the Council's website on the Surveillance Camera Code page (www.thamesmeadbc.gov.uk/surveillance)."),
]
intro = "Dear Ms Quinlan,\n\nThank you for your request for information received on 15 October 2025, which has been dealt with under the Freedom of Information Act 2000. Our response is below.\n\n"
outro = ("If you are not satisfied with this response you may request an internal review by replying to this email within 40 working days. "
         "If you are still not satisfied you can complain to the Information Commissioner's Office (ico.org.uk, 0303 123 1113).\n\n"
         "Yours sincerely,\n\nPriya Varma\nInformation Governance Advisor\nThamesmead and Erith Borough Council\nCivic Offices, Riverside Way, Erith DA8 1TF\n")
plain = intro + "".join(f"Question {i}: {q}\nAnswer: {a}\n\n" for i, (q, a) in enumerate(answers, 1)) + outro
rows = "".join(f"<tr><td style='vertical-align:top;padding:4px;border:1px solid #bbb'><b>{i}.</b> {H.escape(q)}</td><td style='padding:4px;border:1px solid #bbb'>{H.escape(a)}</td></tr>" for i, (q, a) in enumerate(answers, 1))
htmlbody = ("<html><body style='font-family:Arial;font-size:10pt'>" + "<p>" + H.escape(intro).replace("\n\n", "</p><p>") + "</p>"
            "<table style='border-collapse:collapse'><tr><th style='border:1px solid #bbb'>Question</th><th style='border:1px solid #bbb'>Response</th></tr>" + rows + "</table>"
            "<p>" + H.escape(outro).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>")
m = EmailMessage()
m["From"] = "Information Governance <foi@thamesmeadbc.gov.uk>"
m["To"] = "Harriet Quinlan <hquinlan@outlook.com>"
m["Subject"] = "Your FOI request - TEBC/IG/25/3072 - body worn cameras"
m["Date"] = format_datetime(datetime.datetime(2025, 11, 11, 10, 26, tzinfo=datetime.timezone.utc))
m["Message-ID"] = make_msgid(domain="thamesmeadbc.gov.uk")
m.set_content(plain)
m.add_alternative(htmlbody, subtype="html")
open(str(__import__("pathlib").Path(__file__).resolve().parents[1]) + "/23-reply.eml", "wb").write(bytes(m))
