import sys, os, io
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..'))
from lib import *
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

NN = '03'
write_request(NN, """
Dear Cumbria Constabulary,

I am writing to make a request under the Freedom of Information Act 2000.

1) How many CCTV cameras does the force operate at its police stations, custody suites and other premises?
2) Are any of these cameras (or the recorders they connect to) manufactured by Hikvision or Dahua?
3) If yes to 2, how many of each, and at which premises?
4) Does the force use facial recognition software with any of its building CCTV?

Yours faithfully,
Dev Raman
""")

st = pdf_styles('Helvetica', 10)
story = [
    Paragraph('CUMBRIA CONSTABULARY', st['h']),
    Paragraph('Freedom of Information Unit, Carleton Hall, Penrith, CA10 2AU', st['small']),
    Spacer(1, 10),
    Paragraph('<b>FREEDOM OF INFORMATION REQUEST</b>', st['n']),
    Paragraph('<b>REFERENCE NUMBER:</b> 2024/FOI/00871', st['n']),
    Paragraph('<b>DATE:</b> 19 September 2024', st['n']),
    Spacer(1, 6),
    Paragraph('Thank you for your request for information received on 22 August 2024, which has been '
              'considered under the Freedom of Information Act 2000 (the Act).', st['n']),
    Paragraph('<b>You asked:</b>', st['n']),
    Paragraph('1) How many CCTV cameras does the force operate at its police stations, custody suites and other premises?<br/>'
              '2) Are any of these cameras (or the recorders they connect to) manufactured by Hikvision or Dahua?<br/>'
              '3) If yes to 2, how many of each, and at which premises?<br/>'
              '4) Does the force use facial recognition software with any of its building CCTV?', st['q']),
    Paragraph('<b>Response:</b>', st['n']),
    Paragraph('Section 1 of the Act places two duties on public authorities. Unless exemptions apply, the first duty at '
              'Section 1(1)(a) is to confirm or deny whether the information specified in a request is held. The second '
              'duty at Section 1(1)(b) is to disclose information that has been confirmed as being held.', st['n']),
    Paragraph('<b>Question 1</b> &ndash; Cumbria Constabulary has 1,146 CCTV cameras across the force estate, which '
              'includes custody suites, front counters, vehicle compounds and operational buildings.', st['n']),
    Paragraph('<b>Questions 2 and 3</b> &ndash; Cumbria Constabulary can neither confirm nor deny that it holds '
              'information relevant to these questions by virtue of the following exemptions:', st['n']),
    Paragraph('Section 24(2) National Security<br/>Section 31(3) Law Enforcement', st['q']),
    Paragraph('Sections 24 and 31 are prejudice-based qualified exemptions and there is a requirement to evidence the '
              'harm in confirming or denying that information is held, as well as considering the public interest.', st['n']),
    Paragraph('<u>Harm</u>', st['n']),
    Paragraph('To confirm or deny whether equipment of any particular manufacturer is installed at police premises would '
              'allow individuals intent on criminal or terrorist activity to build a picture of the security measures in '
              'place across police forces. Requests of this nature are being received by many forces and a mosaic effect '
              'would arise if some forces confirmed and others denied. Any disclosure under the Act is a disclosure to the '
              'world at large.', st['n']),
    Paragraph('<u>Public interest considerations favouring confirmation or denial</u>', st['n']),
    Paragraph('Confirming or denying would inform the public debate on the security of surveillance equipment procured '
              'with public funds and would provide reassurance that the force has considered the relevant government '
              'guidance.', st['n']),
    Paragraph('<u>Public interest considerations favouring neither confirming nor denying</u>', st['n']),
    Paragraph('The security of the police estate is of paramount importance and the force will not disclose information '
              'which would undermine it or the wider national security infrastructure.', st['n']),
    Paragraph('<u>Balance test</u>', st['n']),
    Paragraph('Having weighed the above, it is our opinion that the balance lies in favour of neither confirming nor '
              'denying that any other information is held. This should not be taken as an indication that the '
              'information you have requested is or is not held.', st['n']),
    Paragraph('<b>Question 4</b> &ndash; No. Cumbria Constabulary does not use facial recognition software with its '
              'building CCTV systems.', st['n']),
    Spacer(1, 8),
    Paragraph('<b>COMPLAINT RIGHTS</b>', st['n']),
    Paragraph('If you are dissatisfied with the handling of your request you may ask for an internal review within 40 '
              'working days of this response by writing to the Freedom of Information Unit at the address above. If you '
              'remain dissatisfied you may apply to the Information Commissioner, Wycliffe House, Water Lane, Wilmslow, '
              'Cheshire SK9 5AF.', st['small']),
    Paragraph('Yours sincerely<br/><br/>Rachel Tennant<br/>Disclosure Officer', st['n']),
]
buf = io.BytesIO()
build_pdf(buf, story, title='FOI 2024-FOI-00871 Response', author='Tennant, Rachel',
          footer='OFFICIAL  |  2024/FOI/00871')

m = email_msg('FOI Unit <foi.unit@cumbria-police.example.police.uk>',
              'Dev Raman <request-91156-7b0d3e11@whatdotheyknow.com>',
              'Freedom of Information Request 2024/FOI/00871',
              dt(2024, 9, 19, 11, 17))
m.set_content("""OFFICIAL

Dear Mr Raman,

Please find attached the response to your Freedom of Information request.

Kind regards

FOI Unit
Cumbria Constabulary

**********************************************************************
This communication is intended for the addressee(s) only. Please notify the sender if received in error. Internet email is not to be treated as a secure means of communication. Cumbria Constabulary monitors all internet email activity and content.
**********************************************************************
""")
m.add_alternative("""<html><body><p style="color:#000">OFFICIAL</p><p>Dear Mr Raman,</p>
<p>Please find attached the response to your Freedom of Information request.</p>
<p>Kind regards</p><p>FOI Unit<br>Cumbria Constabulary</p>
<p style="font-size:8pt">This communication is intended for the addressee(s) only. Please notify the sender if received in error. Internet email is not to be treated as a secure means of communication. Cumbria Constabulary monitors all internet email activity and content.</p>
</body></html>""", subtype='html')
m.add_attachment(buf.getvalue(), maintype='application', subtype='pdf', filename='2024-FOI-00871 Response.pdf')
save_eml(NN, m)
put_label({"path": f"{NN}-reply.eml", "request_file": f"{NN}-request.txt", "format": "eml",
           "body_type": "police", "law": "foia", "hikvision": "unknown", "dahua": "unknown",
           "outcome": "partially_answered", "exemptions": ["s24", "s31"], "camera_count": 1146,
           "note": "email body is only a cover note; the answers are in a PDF attachment, with NCND under s24(2)/s31(3) on the makers and the count written '1,146'"})
