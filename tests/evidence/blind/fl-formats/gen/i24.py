from lib import *
NN = "24"
write_request(NN, """
Dear Police Scotland,

Please provide the following for police stations in the Highlands and Islands Division:

1) How many CCTV cameras are installed at the stations?
2) Who manufactured them?
3) Are any made by Hikvision?
4) Are any made by Dahua?
5) Is any of the CCTV used with facial recognition software?

Thank you,
Euan MacRae
""")
q = lambda s: f'<p style="margin:0 0 6px 0;font-family:Arial;font-size:11pt"><b>{s}</b></p>'
a = lambda s: f'<p style="margin:0 0 14px 0;font-family:Arial;font-size:11pt;color:#1F497D">{s}</p>'
html = ("<html><body>"
    '<p style="font-family:Arial;font-size:11pt">OFFICIAL</p>'
    '<p style="font-family:Arial;font-size:11pt">Dear Mr MacRae</p>'
    '<p style="font-family:Arial;font-size:11pt"><b>Freedom of Information Reference No: IM-FOI-2024-1763</b></p>'
    '<p style="font-family:Arial;font-size:11pt">I refer to your recent request for information which was received by Police Scotland on 4 June 2024. '
    'For ease of reference, your questions are reproduced below with our response beneath each one.</p>'
    + q("1) How many CCTV cameras are installed at the stations?")
    + a("There are 187 CCTV cameras installed across 34 police stations in the Highlands and Islands Division. This figure does not include cameras within custody centres, which are managed separately by Criminal Justice Services Division.")
    + q("2) Who manufactured them?")
    + q("3) Are any made by Hikvision?")
    + q("4) Are any made by Dahua?")
    + a("In response to questions 2 to 4, I must advise you that the information is exempt in terms of sections 35(1)(a) and (b) (Law Enforcement) and 39(1) (Health, Safety and the Environment) of the Act. "
        "Disclosing the manufacturers of security systems at identified police premises would assist those intent on compromising the security of those premises and would be likely to prejudice substantially the prevention and detection of crime and the apprehension and prosecution of offenders. "
        "Whilst there is a public interest in accountability for public spending and in the sourcing of equipment, the public interest in protecting the police estate, staff and those in custody outweighs it.")
    + q("5) Is any of the CCTV used with facial recognition software?")
    + a("No. Police Scotland does not use live facial recognition technology.")
    + '<p style="font-family:Arial;font-size:11pt">This represents a refusal notice in terms of section 16 of the Act in respect of questions 2 to 4.</p>'
    '<p style="font-family:Arial;font-size:11pt">Should you require any further assistance please contact Information Management - Dundee quoting the reference number given.</p>'
    '<p style="font-family:Arial;font-size:11pt">If you are dissatisfied with the way in which Police Scotland has dealt with your request, you are entitled in the first instance to request a review of our actions and decisions. '
    'Your request must specify the matter which gives rise to your dissatisfaction and it must be submitted within 40 working days of receiving this response - either by email to foi@scotland.police.uk or by post to Information Management (Disclosure), Police Scotland, Clyde Gateway, 2 French Street, Dalmarnock, G40 4EH.</p>'
    '<p style="font-family:Arial;font-size:11pt">If you remain dissatisfied following our review response, you can appeal to the Office of the Scottish Information Commissioner (OSIC) within six months - online, by email or by letter. OSIC, Kinburn Castle, Doubledykes Road, St Andrews, KY16 9DS.</p>'
    '<p style="font-family:Arial;font-size:11pt">Should you wish to appeal against the OSIC decision, you have the right to appeal to the Court of Session on a point of law only.</p>'
    '<p style="font-family:Arial;font-size:11pt">Yours sincerely<br><br>Shona Kilbride<br>Information Management - Dundee<br>Police Scotland</p>'
    '<p style="font-family:Arial;font-size:8pt;color:#888">OFFICIAL. The information contained in this email is intended only for the person or organisation to which it is addressed. '
    'All email traffic may be subject to recording and/or monitoring in accordance with relevant legislation.</p>'
    "</body></html>")
write_eml(out(f"{NN}-reply.eml"), frm="Information Management - Dundee <foi@scotland.police.uk>", to="Euan MacRae <euan.macrae.foi@example.org>",
          subject="Freedom of Information Reference IM-FOI-2024-1763 - Response",
          date=datetime.datetime(2024, 7, 2, 10, 31, tzinfo=datetime.timezone(datetime.timedelta(hours=1))), html=html)
label(NN, "eml", "police", "foisa", "unknown", "unknown", "partially_answered", ["s35", "s39"], 187,
      "FOISA HTML email with answers under repeated questions; Q2-Q4 share one answer withheld under s35/s39; s16 refusal notice is not an exemption; station count 34 is a distractor")
