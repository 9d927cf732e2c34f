from lib import *
NN = "04"
write_request(NN, """
Dear Wessex Vale Police,

Please provide the following under FOIA:

1) How many CCTV cameras are installed at police premises (stations, custody suites, HQ) operated by the force?
2) Are any of these cameras manufactured by Hikvision?
3) Are any of these cameras manufactured by Dahua?
4) What was the total cost of CCTV maintenance across the estate in the last financial year?

Regards,
Priya Natarajan
""")
p = lambda s: f'<p class="MsoNormal">{s}</p>\n'
br = '<p class="MsoNormal">&nbsp;</p>\n'
html = OUTLOOK_HEAD + (
    p('<span style="font-family:Arial;font-size:10pt;color:#C00000"><b>OFFICIAL</b></span>') + br +
    p('<span style="font-family:Arial;font-size:10pt">Dear Ms Natarajan,</span>') + br +
    p('<span style="font-family:Arial;font-size:10pt"><b>Freedom of Information Request Reference No: 004187/24</b></span>') + br +
    p('<span style="font-family:Arial;font-size:10pt">I write in connection with your request for information received by Wessex Vale Police on 03/06/2024. '
      'I note you seek access to the following information:</span>') + br +
    p('<span style="font-family:Arial;font-size:10pt;color:#1F3864"><i>1) How many CCTV cameras are installed at police premises (stations, custody suites, HQ) operated by the force?<br>'
      '2) Are any of these cameras manufactured by Hikvision?<br>3) Are any of these cameras manufactured by Dahua?<br>'
      '4) What was the total cost of CCTV maintenance across the estate in the last financial year?</i></span>') + br +
    p('<span style="font-family:Arial;font-size:10pt"><b><u>Response</u></b></span>') + br +
    p('<span style="font-family:Arial;font-size:10pt">Following receipt of your request searches were conducted within the Estates and Facilities department. '
      'I can confirm that the information you have requested is held in part by Wessex Vale Police.</span>') + br +
    '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">\n'
    '<tr><td width="60"><b>Q1</b></td><td>There are 486 CCTV cameras installed across the force estate.</td></tr>\n'
    '<tr><td><b>Q2</b></td><td rowspan="2">Wessex Vale Police can neither confirm nor deny that it holds any other information relevant to questions 2 and 3 by virtue of the following exemptions:<br><br>'
    'Section 24(2) &#8211; National Security<br>Section 31(3) &#8211; Law Enforcement</td></tr>\n'
    '<tr><td><b>Q3</b></td></tr>\n'
    '<tr><td><b>Q4</b></td><td>&#163;112,650.00 (2023/24)</td></tr>\n'
    '</table>\n' + br +
    p('<span style="font-family:Arial;font-size:10pt">Sections 24 and 31 are prejudice-based qualified exemptions and as such there is a requirement to evidence any harm confirmation or denial may cause and to conduct a public interest test. '
      'Confirming or denying the manufacturer of security equipment in use at specific police premises would allow individuals intent on criminality to identify vulnerabilities in the estate. '
      'Whilst there is a public interest in the transparency of procurement, and in particular in the debate around equipment manufactured by certain overseas suppliers, '
      'the security of the police estate is paramount and the balance favours neither confirming nor denying.</span>') + br +
    p('<span style="font-family:Arial;font-size:10pt">This should not be taken as an indication that the information you requested is or is not held by the force.</span>') + br +
    p('<span style="font-family:Arial;font-size:10pt"><b>Complaint Rights</b><br>Your attention is drawn to the attached sheet which details your right of complaint. '
      'If you are dissatisfied you may request an internal review by emailing foi@wessexvale.police.uk within 40 working days. '
      'If you remain dissatisfied following an internal review, you may apply to the Information Commissioner.</span>') + br +
    p('<span style="font-family:Arial;font-size:10pt">Yours sincerely</span>') + br +
    p('<span style="font-family:Arial;font-size:10pt">Liam Gartside<br>Information Access Officer<br>Information Management Unit | Wessex Vale Police<br>Tel: 01632 960 441</span>') + br +
    p('<span style="font-family:Arial;font-size:8pt;color:gray">This email and any attachments are intended solely for the addressee and may contain sensitive or protectively marked material up to OFFICIAL-SENSITIVE. '
      'If you have received it in error please notify the sender and delete it. All communications may be subject to recording and/or monitoring in accordance with relevant legislation.</span>')
) + OUTLOOK_TAIL
write_eml(out(f"{NN}-reply.eml"), frm="Wessex Vale Police FOI <foi@wessexvale.police.uk>",
          to="Priya Natarajan <p.natarajan.foi@example.org>",
          subject="RE: FOI 004187/24 - CCTV at police premises [OFFICIAL]",
          date=datetime.datetime(2024, 7, 1, 15, 42, tzinfo=datetime.timezone(datetime.timedelta(hours=1))),
          html=html, extra={"X-MS-Has-Attach": "", "Thread-Topic": "FOI 004187/24 - CCTV at police premises"})
label(NN, "eml", "police", "foia", "unknown", "unknown", "partially_answered", ["s24", "s31"], 486,
      "HTML-only Outlook email; Q2 and Q3 share one merged table cell with an NCND under s24(2)/31(3)")
