#!/usr/bin/env python3
"""Generator for blind set H: FOI CCTV replies in real file formats.

Run with the venv: /work/blind/venvH/bin/python /work/blind/setH/make.py
Writes NN-request.txt, NN-reply.<ext> and labels.jsonl into this directory.
"""
import io
import json
import os
import random
import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
SANS = FONTDIR + "DejaVuSans.ttf"
SANS_B = FONTDIR + "DejaVuSans-Bold.ttf"
SERIF = FONTDIR + "DejaVuSerif.ttf"
SERIF_B = FONTDIR + "DejaVuSerif-Bold.ttf"
MONO = FONTDIR + "DejaVuSansMono.ttf"

ITEMS = []


def item(fn):
    ITEMS.append(fn)
    return fn


# ---------------------------------------------------------------- helpers
# Blocks used by docx / pdf / scan builders:
#   ("p", text)            paragraph (may contain \n for line breaks)
#   ("b", text)            bold paragraph
#   ("h", text)            heading
#   ("table", rows)        table, first row is header
#   ("right", text)        right-aligned paragraph (addresses, dates)
#   ("small", text)        small print


def docx_bytes(blocks, font="Arial", size=11, header_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    if header_text:
        sec = doc.sections[0]
        hp = sec.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for b in blocks:
        kind = b[0]
        if kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "b":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "h":
            doc.add_heading(b[1], level=b[2] if len(b) > 2 else 2)
        elif kind == "right":
            p = doc.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = str(val)
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue()


def pdf_bytes(blocks, serif=False, size=10.5, title=None, col_widths=None):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    reg, bold = (SERIF, SERIF_B) if serif else (SANS, SANS_B)
    pdf.add_font("F", "", reg)
    pdf.add_font("F", "B", bold)
    if title:
        pdf.set_title(title)
    pdf.add_page()
    lh = size * 0.55
    for b in blocks:
        kind = b[0]
        if kind == "p":
            pdf.set_font("F", "", size)
            pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(lh * 0.6)
        elif kind == "b":
            pdf.set_font("F", "B", size)
            pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(lh * 0.4)
        elif kind == "h":
            pdf.set_font("F", "B", size + 3)
            pdf.multi_cell(0, lh * 1.3, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(lh * 0.5)
        elif kind == "right":
            pdf.set_font("F", "", size)
            pdf.multi_cell(0, lh, b[1], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(lh * 0.6)
        elif kind == "small":
            pdf.set_font("F", "", size - 2.5)
            pdf.multi_cell(0, lh * 0.8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(lh * 0.4)
        elif kind == "table":
            pdf.set_font("F", "", size - 1)
            kw = {}
            if len(b) > 2:
                kw["col_widths"] = b[2]
            with pdf.table(line_height=lh * 1.1, **kw) as t:
                for row in b[1]:
                    r = t.row()
                    for val in row:
                        r.cell(str(val))
            pdf.ln(lh)
        else:
            raise ValueError(kind)
    return bytes(pdf.output())


def _wrap(draw, text, font, width):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        words = para.split(" ")
        line = ""
        for w in words:
            trial = (line + " " + w) if line else w
            if draw.textlength(trial, font=font) <= width:
                line = trial
            else:
                if line:
                    out.append(line)
                line = w
        out.append(line)
    return out


def scan_pdf_bytes(blocks, dpi=170, angle=0.6, noise=0.004, seed=1, font=SERIF,
                   fontb=SERIF_B, pt=11.5, blur=0.6):
    """Render letter blocks onto A4 bitmaps and save them as an image-only PDF."""
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    margin = int(0.95 * dpi)
    px = int(pt / 72 * dpi)
    f = ImageFont.truetype(font, px)
    fb = ImageFont.truetype(fontb, px)
    fs = ImageFont.truetype(font, int(px * 0.78))
    lh = int(px * 1.38)
    pages = []

    def new_page():
        img = Image.new("L", (W, H), 255)
        return img, ImageDraw.Draw(img), margin

    img, d, y = new_page()
    usable = W - 2 * margin
    for b in blocks:
        kind = b[0]
        if kind == "table":
            rows = b[1]
            ncol = len(rows[0])
            cw = usable // ncol
            if len(b) > 2:
                tot = sum(b[2])
                cws = [int(usable * c / tot) for c in b[2]]
            else:
                cws = [cw] * ncol
            for i, row in enumerate(rows):
                cells = [_wrap(d, str(v), fb if i == 0 else f, cws[j] - 16) for j, v in enumerate(row)]
                hrow = max(len(c) for c in cells) * lh + 10
                if y + hrow > H - margin:
                    pages.append(img)
                    img, d, y = new_page()
                x = margin
                for j, c in enumerate(cells):
                    d.rectangle([x, y, x + cws[j], y + hrow], outline=0, width=2)
                    for k, ln in enumerate(c):
                        d.text((x + 8, y + 5 + k * lh), ln, font=fb if i == 0 else f, fill=15)
                    x += cws[j]
                y += hrow
            y += lh
            continue
        fnt = {"b": fb, "h": fb, "small": fs}.get(kind, f)
        lines = _wrap(d, b[1], fnt, usable)
        for ln in lines:
            if y + lh > H - margin:
                pages.append(img)
                img, d, y = new_page()
            x = margin
            if kind == "right":
                x = W - margin - int(d.textlength(ln, font=fnt))
            d.text((x, y), ln, font=fnt, fill=rnd.randint(0, 40))
            y += lh if kind != "small" else int(lh * 0.8)
        y += int(lh * 0.5)
    pages.append(img)

    out = []
    for i, p in enumerate(pages):
        # scanner artefacts: speckle, slight blur, skew, grey background
        px_ = p.load()
        n = int(W * H * noise)
        for _ in range(n):
            xx, yy = rnd.randrange(W), rnd.randrange(H)
            px_[xx, yy] = rnd.randint(0, 120)
        p = p.filter(ImageFilter.GaussianBlur(blur))
        a = angle + rnd.uniform(-0.25, 0.25)
        p = p.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=235)
        p = p.point(lambda v: min(255, int(v * 0.93 + 8)))
        out.append(p)
    bio = io.BytesIO()
    out[0].save(bio, "PDF", resolution=dpi, save_all=True, append_images=out[1:])
    return bio.getvalue()


def eml_bytes(frm, to, subject, date, body, attachments=(), cc=None, msgid=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or "<%s>" % (subject.replace(" ", "").lower()[:20] + "@mail.local")
    m.set_content(body)
    for fname, data in attachments:
        if fname.endswith(".pdf"):
            m.add_attachment(data, maintype="application", subtype="pdf", filename=fname)
        elif fname.endswith(".docx"):
            m.add_attachment(data, maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                             filename=fname)
        else:
            m.add_attachment(data, maintype="application", subtype="octet-stream", filename=fname)
    return bytes(m)


def dt(y, mo, d, h=10, mi=0):
    return datetime.datetime(y, mo, d, h, mi, tzinfo=datetime.timezone(datetime.timedelta(hours=0)))


def write(name, data):
    path = os.path.join(OUT, name)
    mode = "wb" if isinstance(data, (bytes, bytearray)) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as fh:
        fh.write(data)


def label(n, ext, request_note=None, **kw):
    d = {"path": "%02d-reply.%s" % (n, ext), "request_file": "%02d-request.txt" % n}
    d.update(kw)
    return d


ICO_PARA = ("If you are unhappy with the way your request has been handled, you may ask for an internal "
            "review. Requests for internal review should be made within 40 working days of the date of this "
            "response. If you remain dissatisfied after the internal review you have the right to complain to "
            "the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
            "www.ico.org.uk, telephone 0303 123 1113.")

COPYRIGHT = ("The information supplied to you is owned by the authority unless otherwise stated and may be "
             "subject to copyright. You are free to use it for your own purposes, including non-commercial "
             "research and news reporting. Any other re-use, for example commercial publication, requires the "
             "permission of the copyright holder.")


# ================================================================ ITEMS

@item
def item01():
    n = 1
    req = """Dear Sir/Madam,

Under the Freedom of Information Act 2000 please provide the following information:

1. How many CCTV cameras does the council currently operate (public space and council buildings)?
2. Are any of these cameras manufactured by Hikvision or Dahua?
3. Please list the manufacturers of the cameras.

Yours faithfully,

Martin Oakley
"""
    body = """Dear Mr Oakley

Freedom of Information Request - Ref: FOI/24/03318

Thank you for your request for information received on 4 March 2024. Please find our response below.

1. 212 (167 public space cameras and 45 cameras at council buildings)
2. No
3. Axis Communications, Hanwha Vision (formerly Samsung Techwin), Bosch

This information is provided under the Freedom of Information Act 2000. The information supplied may be subject to copyright; please contact us before re-using it for commercial purposes.

If you are dissatisfied with the handling of your request you have the right to ask for an internal review. Internal review requests should be submitted within two months of the date of receipt of this response and should be addressed to the Information Governance Manager at the address below.

If you are not content with the outcome of the internal review, you have the right to apply directly to the Information Commissioner for a decision. The Information Commissioner can be contacted at: Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.

Kind regards

Jo Whitlock
Information Governance Officer
Legal & Democratic Services
Castlebridge Borough Council
Civic Centre, Mill Lane, Castlebridge CB7 2QE
Tel: 01632 960418

Please consider the environment before printing this e-mail.

-----Original Message-----
From: Martin Oakley <m.oakley.foi@mailbox.example>
Sent: 04 March 2024 21:47
To: FOI <foi@castlebridge.gov.uk>
Subject: Freedom of Information request - CCTV cameras

Dear Sir/Madam,

Under the Freedom of Information Act 2000 please provide the following information:

1. How many CCTV cameras does the council currently operate (public space and council buildings)?
2. Are any of these cameras manufactured by Hikvision or Dahua?
3. Please list the manufacturers of the cameras.

Yours faithfully,

Martin Oakley

**********************************************************************
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Castlebridge Borough Council monitors email communications.
**********************************************************************
"""
    data = eml_bytes("Castlebridge BC - FOI <foi@castlebridge.gov.uk>",
                     "Martin Oakley <m.oakley.foi@mailbox.example>",
                     "RE: Freedom of Information request - CCTV cameras [FOI/24/03318]",
                     dt(2024, 3, 27, 14, 12), body,
                     msgid="<FOI2403318.27032024@castlebridge.gov.uk>")
    lab = label(n, "eml", format="eml", body_type="council", law="foia", hikvision="no", dahua="no",
                outcome="answered", exemptions=[], camera_count=212,
                note="Terse numbered answers in the e-mail body; the quoted original request below the signature repeats the maker names.")
    return n, req, "%02d-reply.eml" % n, data, lab


@item
def item02():
    n = 2
    req = """To the Freedom of Information Officer,

I would like to request the following under the FOI Act:

Q1 How many CCTV cameras does the Trust have across all of its sites?
Q2 Does the Trust use any cameras manufactured by Hikvision?
Q3 Does the Trust use any cameras manufactured by Dahua?
Q4 Please provide the locations of all cameras.
Q5 Which company maintains the Trust's CCTV system?

Many thanks
Priya Sandhu
"""
    blocks = [
        ("right", "Freedom of Information Office\nHarrowfield University Hospitals NHS Foundation Trust\nTrust Headquarters, Westgate Road\nHarrowfield HF2 8LP\nfoi.hufh@nhs.net"),
        ("p", "Ms P Sandhu\nBy email"),
        ("right", "Date: 19 April 2024\nOur Ref: FOI-2324-0871"),
        ("b", "Freedom of Information Act 2000 - Request for Information"),
        ("p", "Thank you for your request for information which was received by the Trust on 22 March 2024. "
              "The Trust has now processed your request and the response is set out below."),
        ("b", "Q1 How many CCTV cameras does the Trust have across all of its sites?"),
        ("p", "The Trust has approximately 640 CCTV cameras across its three hospital sites and community premises."),
        ("b", "Q2 Does the Trust use any cameras manufactured by Hikvision?"),
        ("p", "Yes. A number of legacy cameras at Westgate Community Hospital are manufactured by Hikvision. "
              "These are due to be replaced as part of the Trust's security infrastructure programme in 2025/26."),
        ("b", "Q3 Does the Trust use any cameras manufactured by Dahua?"),
        ("p", "No."),
        ("b", "Q4 Please provide the locations of all cameras."),
        ("p", "The Trust holds this information; however it is being withheld under section 31(1)(a) of the "
              "Freedom of Information Act (prevention or detection of crime). Disclosure of the precise "
              "locations of cameras would reveal where coverage exists and, by inference, where it does not. "
              "This would be of use to those intending to commit crime on Trust premises, including theft of "
              "drugs and equipment and violence against staff."),
        ("p", "Section 31 is a qualified exemption and the Trust has considered the public interest. The Trust "
              "recognises the public interest in transparency about the use of surveillance in hospitals. "
              "However, it considers that the public interest in protecting patients, staff and visitors and "
              "in the prevention of crime outweighs the public interest in disclosure on this occasion."),
        ("b", "Q5 Which company maintains the Trust's CCTV system?"),
        ("p", "Sentinel Fire & Security Ltd."),
        ("p", "If you are dissatisfied with the response you have received you may request an internal review "
              "by writing to the Head of Information Governance at the address above within 40 working days. "
              "If you remain unhappy following the review you may contact the Information Commissioner's "
              "Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF."),
        ("p", "Yours sincerely\n\n\nFreedom of Information Team\nOn behalf of Harrowfield University Hospitals NHS Foundation Trust"),
        ("small", "Re-use of information: most of the information that we provide in response to FOI requests is "
                  "subject to copyright protection. You may re-use it for non-commercial research, education and "
                  "news reporting without requiring further permission."),
    ]
    pdf = pdf_bytes(blocks, title="FOI-2324-0871 Response")
    body = """Dear Ms Sandhu

Please find attached the Trust's response to your request made under the Freedom of Information Act 2000.

Kind regards

FOI Team
Harrowfield University Hospitals NHS Foundation Trust

********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.
********************************************************************************************************************
"""
    data = eml_bytes("FOI (HARROWFIELD UNIVERSITY HOSPITALS NHS FOUNDATION TRUST) <foi.hufh@nhs.net>",
                     "priya.sandhu@webmail.example",
                     "FOI-2324-0871 Response",
                     dt(2024, 4, 19, 11, 3), body,
                     attachments=[("FOI-2324-0871 Response.pdf", pdf)],
                     msgid="<LO2P265MB0871@nhs.net>")
    lab = label(n, "eml", format="eml", body_type="nhs", law="foia", hikvision="yes", dahua="no",
                outcome="partially_answered", exemptions=["s31"], camera_count=640,
                note="Answers only in the attached PDF; the Hikvision cameras are scheduled for replacement but still in use, and locations are withheld.")
    return n, req, "%02d-reply.eml" % n, data, lab


@item
def item03():
    n = 3
    req = """Dear Severn Vale Constabulary,

Please could you tell me under the Freedom of Information Act:

(a) How many body-worn video cameras does the force currently have in use?
(b) Which manufacturer(s) and model(s) are they?
(c) Are any of the body-worn cameras made by Hikvision or Dahua?
(d) What was the total value of the contract for the supply of these cameras?

Thank you,
Gareth Lloyd-Evans
"""
    blocks = [
        ("right", "Severn Vale Constabulary\nFreedom of Information Unit\nPolice Headquarters, Ashcombe Lane\nKingsmoor KM4 1RT"),
        ("p", "Mr G Lloyd-Evans\nVia email"),
        ("right", "Our reference: 2024/FOI/01862\nDate: 08/05/2024"),
        ("p", "Dear Mr Lloyd-Evans"),
        ("b", "FREEDOM OF INFORMATION REQUEST REFERENCE NO: 2024/FOI/01862"),
        ("p", "I write in connection with your request for information dated 10/04/2024 concerning body worn "
              "video. Following receipt of your request, searches were conducted within Severn Vale Constabulary "
              "to locate information relevant to your request."),
        ("p", "Please note that your request relates to body worn video (BWV) only. The Force's fixed CCTV in "
              "custody suites and police buildings falls outside the scope of this request."),
        ("b", "RESPONSE"),
        ("p", "(a) The Force currently has 2,150 BWV devices in use."),
        ("p", "(b) Motorola Solutions VB400."),
        ("p", "(c) No."),
        ("p", "(d) This information is exempt from disclosure by virtue of Section 43(2) - Commercial Interests."),
        ("b", "Section 43(2) - Commercial Interests"),
        ("p", "Section 43(2) is a prejudice based, qualified exemption which means that the harm in disclosure "
              "must be evidenced and a public interest test carried out. Disclosure of the contract value would "
              "reveal pricing information provided in confidence by the supplier and would be likely to "
              "prejudice the Force's position in future procurement exercises, as other suppliers would be "
              "able to tailor their bids accordingly."),
        ("p", "Factors favouring disclosure: disclosure would demonstrate how public money is being spent and "
              "would promote accountability."),
        ("p", "Factors favouring non-disclosure: disclosure would harm the commercial interests of both the "
              "supplier and the Force, and would be likely to reduce value for money in future tenders."),
        ("p", "Balance test: having weighed the factors, the Force has concluded that the public interest "
              "favours maintaining the exemption in respect of part (d)."),
        ("p", "In accordance with the Act, this letter represents a Refusal Notice for part (d) of your request."),
        ("p", "Please find enclosed a leaflet outlining your rights under the Freedom of Information Act, "
              "including your right to request an internal review and to complain to the Information "
              "Commissioner."),
        ("p", "Yours sincerely\n\n\nD. Prothero\nDisclosure Officer\nInformation Compliance Unit"),
        ("small", "Severn Vale Constabulary - Protecting Communities, Reducing Harm. OFFICIAL"),
    ]
    docx = docx_bytes(blocks, header_text="OFFICIAL")
    body = """Good afternoon,

Please see the attached letter in response to your Freedom of Information request.

Regards

Information Compliance Unit
Severn Vale Constabulary

OFFICIAL
This e-mail is intended for the addressee only and may contain privileged information. If you have received it in error please notify the sender and delete it. All communications sent to or from Severn Vale Constabulary may be subject to recording and/or monitoring in accordance with relevant legislation.
"""
    data = eml_bytes("Freedom of Information <foi@severnvale.police.example>",
                     "Gareth Lloyd-Evans <gle.requests@postbox.example>",
                     "Freedom of Information Request 2024/FOI/01862 - Response",
                     dt(2024, 5, 8, 15, 40), body,
                     attachments=[("2024-FOI-01862 Final Response.docx", docx)],
                     msgid="<20240508154012.01862@severnvale.police.example>")
    lab = label(n, "eml", format="eml", body_type="police", law="foia", hikvision="no", dahua="no",
                outcome="partially_answered", exemptions=["s43"], camera_count=2150,
                note="Request is about body-worn video only, so the BWV device count is the count; answers in an attached .docx and (c) is a bare 'No' to a combined Hikvision-or-Dahua question.")
    return n, req, "%02d-reply.eml" % n, data, lab


@item
def item04():
    n = 4
    req = """Freedom of Information request - CCTV

Q1. How many CCTV cameras does the University operate across its campuses?
Q2. Does the University use any CCTV cameras manufactured by Hikvision?
Q3. If the answer to Q2 is yes, how many Hikvision cameras are there?
Q4. Does the University use any CCTV cameras manufactured by Dahua?
Q5. Does the University have any plans to remove or replace Hikvision or Dahua equipment?

Regards,
Tom Brannigan
"""
    body = """Dear Tom,

Our ref: FOI24-112

Your request has been considered under the Freedom of Information Act 2000. Answers follow in the order of your questions.

Q1 - 1,140
Q2 - Yes
Q3 - 87
Q4 - No
Q5 - The University keeps its security systems under review. No decision has been made.

You can ask for an internal review of this response by replying to this e-mail within 40 working days. If you are still not satisfied you can complain to the ICO (https://ico.org.uk/make-a-complaint/).

Best wishes,

Information Compliance
Registry & Governance Services
University of Northbury
Tel: 01632 961 220 | foi@northbury.ac.example

The University of Northbury is a charity registered in England and Wales. This email and any attachments are intended solely for the addressee.
"""
    data = eml_bytes("\"Information Compliance\" <foi@northbury.ac.example>",
                     "Tom Brannigan <tbrannigan@inbox.example>",
                     "RE: Freedom of Information request - CCTV [FOI24-112]",
                     dt(2024, 2, 13, 9, 26), body,
                     msgid="<DB9PR04MB112FOI@northbury.ac.example>")
    lab = label(n, "eml", format="eml", body_type="university", law="foia", hikvision="yes", dahua="no",
                outcome="answered", exemptions=[], camera_count=1140,
                note="Bare 'Yes'/'No'/number answers that only make sense with the request beside them; the 87 is the Hikvision subset, not the total.")
    return n, req, "%02d-reply.eml" % n, data, lab


@item
def item05():
    n = 5
    req = """Dear Headteacher,

I am writing to make a request under the Freedom of Information Act 2000.

1) How many CCTV cameras does the school have?
2) Who manufactured them? In particular, are any made by Hikvision or Dahua?
3) Does the school have a Data Protection Impact Assessment (DPIA) for its CCTV system?
4) How long is CCTV footage retained?

Thank you for your time.

Kind regards,
Eleanor Marsh
"""
    body = """Dear Ms Marsh,

Thank you for your email which was passed to me by the Head. Sorry for the slight delay in getting back to you - it has been a busy half term!

1) We have eight cameras - 4 outside (car park, front gate, playground x2) and 4 inside covering the main entrance / reception area and corridors.

2) I'm afraid we don't hold this information. The system was installed by SecureTec Systems Ltd in 2016 before I started and we have no record of the make of the cameras, only the maintenance invoices which just say "CCTV service visit".

3) We don't currently have a DPIA for the CCTV. It is something we are looking at with our Data Protection Officer this year.

4) The recorder keeps footage for roughly 30 days and then records over it.

If you are not happy with this response you can ask the Chair of Governors to review it by writing to the school office. You can also contact the Information Commissioner's Office.

Kind regards

Mrs Karen Hollis
School Business Manager
St Aidan's C of E Primary School
Church Walk, Little Haddow, HW3 9JD
01632 960 771

"Learning and growing together in faith"
"""
    data = eml_bytes("Office - St Aidan's <office@staidans-haddow.sch.example>",
                     "Eleanor Marsh <e.marsh@mailhub.example>",
                     "Re: Freedom of Information request",
                     dt(2024, 6, 3, 16, 55), body,
                     msgid="<CAF7staidans0603@mail.sch.example>")
    lab = label(n, "eml", format="eml", body_type="school", law="foia", hikvision="unknown", dahua="unknown",
                outcome="partially_answered", exemptions=[], camera_count=8,
                note="Informal school reply: count given in words, manufacturer not held, so the maker questions stay unknown.")
    return n, req, "%02d-reply.eml" % n, data, lab


@item
def item06():
    n = 6
    req = """Dear Ashworth Metropolitan Borough Council,

Please provide the following under FOIA:

1. Total number of CCTV cameras operated by the Council
2. The manufacturers of those cameras and how many of each
3. Do any of the cameras have facial recognition capability, and if so is it enabled?
4. Has the Council completed a Data Protection Impact Assessment for its CCTV system? If so please provide a copy.

Yours faithfully,
Daniel Okafor
"""
    blocks = [
        ("right", "Ashworth Metropolitan Borough Council\nCorporate Information Team\nTown Hall, Victoria Square\nAshworth AW1 1AA\n\nTel: 01632 960 300\nEmail: information.requests@ashworth.gov.example"),
        ("p", "Mr D Okafor\nBy e-mail only"),
        ("p", "Our Ref: IR-04512\nDate: 14 August 2024"),
        ("p", "Dear Mr Okafor"),
        ("b", "Freedom of Information Act 2000 - Request for Information"),
        ("p", "I refer to your request for information, received on 17 July 2024. I can confirm that the "
              "Council holds information relevant to your request and this is set out in the table below."),
        ("table", [
            ["No.", "Question", "Response"],
            ["1", "Total number of CCTV cameras operated by the Council",
             "Fixed cameras: 148\nPan-tilt-zoom (PTZ) cameras: 36"],
            ["2", "The manufacturers of those cameras and how many of each",
             "Axis Communications (118)\nHIKVISION (41)\nPanasonic i-PRO (25)"],
            ["3", "Do any of the cameras have facial recognition capability, and if so is it enabled?",
             "No camera operated by the Council has facial recognition enabled. A number of Axis models "
             "support video analytics; these features are not licensed or used by the Council."],
            ["4", "Has the Council completed a DPIA for its CCTV system? If so please provide a copy.",
             "Yes. A copy of the DPIA (reviewed March 2024) is enclosed with this letter. Names of junior "
             "officers have been removed."],
        ]),
        ("p", "If you are dissatisfied with the handling of your request, you have the right to ask for an "
              "internal review. Internal review requests should be submitted within 40 working days of the "
              "date of this letter and should be addressed to: The Corporate Information Manager, Town Hall, "
              "Victoria Square, Ashworth AW1 1AA."),
        ("p", "If you are not content with the outcome of the internal review, you have the right to apply "
              "directly to the Information Commissioner for a decision."),
        ("p", COPYRIGHT),
        ("p", "Yours sincerely"),
        ("p", "\n\nSian Metcalfe\nCorporate Information Officer"),
    ]
    data = docx_bytes(blocks, font="Calibri")
    lab = label(n, "docx", format="docx", body_type="council", law="foia", hikvision="yes", dahua="no",
                outcome="answered", exemptions=[], camera_count=184,
                note="Answers in a Word table; total must be summed from fixed plus PTZ, and Dahua is only excluded by the complete manufacturer list.")
    return n, req, "%02d-reply.docx" % n, data, lab


@item
def item07():
    n = 7
    req = """Dear Eastmere Fire and Rescue Service,

Under the Freedom of Information Act I request:

1. How many CCTV cameras are installed at your fire stations and headquarters?
2. Are any of them made by Hikvision or Dahua?
3. Where are the cameras located (which stations, internal/external)?
4. Are any of the cameras connected to the internet or remotely accessible?

Thanks,
R. Chowdhury
"""
    blocks = [
        ("right", "Eastmere Fire and Rescue Service\nService Headquarters\nHollins Road, Eastmere EM9 3FB"),
        ("p", "R. Chowdhury\nBy email"),
        ("p", "Date: 2 October 2023\nRequest reference: EFRS-FOI-23-0419"),
        ("p", "Dear R. Chowdhury,"),
        ("b", "Request for information - CCTV cameras"),
        ("p", "Thank you for your request for information dated 5 September 2023, which has been dealt with "
              "under the Freedom of Information Act 2000 (the Act)."),
        ("p", "Eastmere Fire and Rescue Service (the Service) has a duty under section 1(1)(a) of the Act to "
              "confirm or deny whether it holds information of the description specified in a request, and "
              "under section 1(1)(b) to communicate that information, unless an exemption applies."),
        ("b", "Questions 1 and 3"),
        ("p", "The Service holds information relevant to questions 1 and 3. However, this information is "
              "withheld under section 24(1) (national security) and section 31(1)(a) (law enforcement - the "
              "prevention or detection of crime) of the Act."),
        ("p", "The Service's premises include control room and resilience facilities which form part of the "
              "national fire and rescue infrastructure. Information about the number and positioning of "
              "security cameras at specific premises, when combined with other information already in the "
              "public domain, would allow a motivated individual to build a picture of the level of "
              "protection at those sites and to identify vulnerabilities."),
        ("b", "Questions 2 and 4"),
        ("p", "In respect of questions 2 and 4, the Service can neither confirm nor deny whether it holds the "
              "information requested by virtue of sections 24(2) and 31(3) of the Act. To confirm or deny "
              "whether particular manufacturers' equipment, or remotely accessible equipment, is present "
              "within the Service's estate would in itself disclose information about potential weaknesses "
              "in the security of its systems which could be exploited."),
        ("b", "Public interest test"),
        ("p", "Sections 24 and 31 are qualified exemptions and the Service has therefore considered whether "
              "the public interest in maintaining the exemptions (and, for questions 2 and 4, in maintaining "
              "the exclusion of the duty to confirm or deny) outweighs the public interest in disclosure."),
        ("p", "Considerations favouring disclosure: there is a general public interest in openness and "
              "transparency, and specific public interest in the security of equipment procured with public "
              "funds, particularly given recent public debate about certain manufacturers."),
        ("p", "Considerations favouring non-disclosure: disclosure under the Act is disclosure to the world at "
              "large. The safety of firefighters, control staff and the continuity of emergency response "
              "are paramount. Revealing the extent and nature of CCTV coverage, or vulnerabilities in it, "
              "would be likely to assist those intent on criminal or hostile activity."),
        ("p", "Having considered the arguments, the Service has concluded that the balance of the public "
              "interest lies in maintaining the exemptions at s.24(1)/31(1)(a) and the exclusions at "
              "s.24(2)/31(3)."),
        ("p", "The Service has also considered whether section 38 (health and safety) is engaged but has not "
              "found it necessary to rely upon it."),
        ("p", "This letter acts as a refusal notice under section 17 of the Act."),
        ("b", "Your rights"),
        ("p", "If you are dissatisfied with this response you may request an internal review by writing to "
              "the Information Governance Manager at the address above, or by e-mail to "
              "foi@eastmerefire.gov.example, within 40 working days. If you remain dissatisfied you may "
              "apply to the Information Commissioner's Office."),
        ("p", "Yours sincerely,\n\n\nCarl Benbow\nInformation Governance Manager"),
    ]
    data = docx_bytes(blocks, font="Arial", size=10.5)
    lab = label(n, "docx", format="docx", body_type="fire", law="foia", hikvision="unknown", dahua="unknown",
                outcome="refused", exemptions=["s24", "s31"], camera_count=None,
                note="Full refusal with NCND cited as 's.24(2)/31(3)'; section 38 is only considered and not applied.")
    return n, req, "%02d-reply.docx" % n, data, lab


@item
def item08():
    n = 8
    req = """Dear Sir/Madam,

I'd like to ask about ANPR (automatic number plate recognition) cameras operated by the council, for example in pay-on-exit car parks.

- How many ANPR cameras does the council operate?
- Where are they located?
- Who makes them? Are any made by Hikvision or Dahua?
- Which company operates or maintains them?

Diolch / Thank you,
Huw Pritchard
"""
    blocks = [
        ("right", "Cyngor Bwrdeistref Sirol Cwm Tawel\nCwm Tawel County Borough Council\nCanolfan Ddinesig / Civic Centre\nHeol y Bont, Abertawel CT2 4GH"),
        ("small", "Mae'r llythyr hwn ar gael yn Gymraeg. This letter is available in Welsh."),
        ("p", "Mr H Pritchard"),
        ("p", "Ein Cyf / Our Ref: FOI/5521/24\nDyddiad / Date: 11 June 2024\nGofynnwch am / Ask for: Ffion Rees"),
        ("p", "Dear Mr Pritchard,"),
        ("b", "Freedom of Information Act 2000 - ANPR cameras"),
        ("p", "Thank you for your request received on 14 May 2024."),
        ("p", "The Council operates fourteen ANPR cameras, all located at the entry and exit barriers of its "
              "five pay-on-exit car parks: Stryd Fawr multi-storey (4), Riverside (2), Canolfan Hamdden / "
              "Leisure Centre (2), Heol y Castell (4) and Station Road (2)."),
        ("p", "All fourteen cameras are Hikvision DS-TCG227-A units. They were supplied and installed in 2021 "
              "as part of the car park barrier upgrade and are operated and maintained on the Council's "
              "behalf by Parkwise Solutions Ltd under a contract which runs until March 2026."),
        ("p", "Please note that the Council's town centre public space CCTV system is not used for ANPR and "
              "has therefore not been included in this response."),
        ("p", "If you are unhappy with the way your request has been handled you can request an internal review "
              "within 40 working days by contacting the Information Governance Team at the above address. If "
              "you remain dissatisfied you may contact the Information Commissioner's Office, 2nd Floor, "
              "Churchill House, Churchill Way, Cardiff CF10 2HH."),
        ("p", "Yn gywir / Yours sincerely,\n\n\nFfion Rees\nSwyddog Llywodraethu Gwybodaeth / Information Governance Officer"),
    ]
    data = docx_bytes(blocks, font="Arial")
    lab = label(n, "docx", format="docx", body_type="welsh_council", law="foia", hikvision="yes", dahua="no",
                outcome="answered", exemptions=[], camera_count=14,
                note="ANPR-only request: the count is the ANPR count ('fourteen', also derivable from per-car-park figures) and 'all fourteen are Hikvision' rules Dahua out.")
    return n, req, "%02d-reply.docx" % n, data, lab


@item
def item09():
    n = 9
    req = """To the Brookfield Learning Trust,

Please treat this as a request under the Freedom of Information Act 2000.

1. How many CCTV cameras are in use across the Trust's academies?
2. What make are they? Are any made by Hikvision or Dahua?
3. How much has the Trust spent on CCTV in each of the last three financial years?
4. Who has access to the recorded footage?

Regards
Simon Achterberg
"""
    blocks = [
        ("right", "Brookfield Learning Trust\nRegistered office: Brookfield Academy, Orchard Lane, Westbury WB5 6TT\nCompany No. 0812xxxx (exempt charity)"),
        ("p", "Date: 21 November 2023\nOur reference: BLT/FOI/2023-17"),
        ("p", "Dear Mr Achterberg"),
        ("b", "Freedom of Information Request - CCTV"),
        ("p", "Thank you for your request of 24 October 2023."),
        ("p", "Having made enquiries with each of our four academies and with the Trust's finance team, I can "
              "confirm that the Trust does not hold the information you have requested."),
        ("p", "CCTV at all four academies is provided, owned and operated by Kingsgate Facilities Management "
              "Ltd under the PFI contract between Kingsgate and Westshire County Council. The Trust does not "
              "own the cameras, does not hold an asset list or any record of the equipment, does not pay for "
              "the CCTV directly (it forms part of the unitary charge paid by the County Council), and does "
              "not manage access to the recordings."),
        ("p", "You may wish to direct your request to Westshire County Council, who may hold some of this "
              "information in connection with the PFI contract. Please note that Kingsgate Facilities "
              "Management Ltd is a private company and is not itself subject to the Freedom of Information Act."),
        ("p", "If you are dissatisfied with the handling of your request you may ask for an internal review by "
              "writing to the Trust's Governance Lead at the registered office address. You also have the right "
              "to complain to the Information Commissioner."),
        ("p", "Yours sincerely\n\n\nAmanda Keele\nChief Operating Officer\nBrookfield Learning Trust"),
    ]
    data = docx_bytes(blocks, font="Century Gothic", size=10)
    lab = label(n, "docx", format="docx", body_type="academy", law="foia", hikvision="unknown", dahua="unknown",
                outcome="not_held", exemptions=[], camera_count=None,
                note="Whole request not held because CCTV belongs to a PFI contractor; no count or maker given.")
    return n, req, "%02d-reply.docx" % n, data, lab


@item
def item10():
    n = 10
    req = """Freedom of Information Request

Q1 How many CCTV cameras are installed at police stations and custody suites operated by Northwold Police?
Q2 Please list the manufacturers of these cameras.
Q3 Does the force use any Hikvision cameras?
Q4 Does the force use any Dahua cameras?
Q5 Please give the location of each camera.
Q6 What is the annual maintenance cost for the force's CCTV?

Sent by: Anya Kowalczyk
"""
    blocks = [
        ("right", "NORTHWOLD POLICE\nFreedom of Information Office\nPO Box 1148, Northwold NW1 9ZZ"),
        ("p", "FOI Reference: NWP/FOI/003987/24\nDate of response: 30 January 2024"),
        ("p", "Dear Ms Kowalczyk,"),
        ("p", "Your request for information has now been considered. In accordance with the Freedom of "
              "Information Act 2000, this letter represents a Refusal Notice for part of your request."),
        ("b", "Q1"),
        ("p", "The number of CCTV cameras installed at each police station and custody suite is shown below."),
        ("table", [
            ["Site", "Custody suite", "Number of CCTV cameras"],
            ["Northwold Central", "Yes", "64"],
            ["Kingsferry", "Yes", "22"],
            ["Marston Parva", "No", "11"],
            ["Easton Vale", "No", "9"],
            ["Force Training Centre, Copse Lane", "No", "14"],
        ]),
        ("b", "Q2"),
        ("p", "Bosch and Avigilon."),
        ("b", "Q3"),
        ("p", "The Force previously had three Hikvision cameras at Marston Parva police station. These were "
              "removed in March 2023 and no Hikvision equipment remains in use."),
        ("b", "Q4"),
        ("p", "No."),
        ("b", "Q5"),
        ("p", "Information at the level of individual camera positions is exempt under sections 24(1) "
              "(National Security) and 31(1)(a) (Law Enforcement) of the Act. Site-level figures have been "
              "provided at Q1."),
        ("p", "Harm: police premises, and in particular custody suites, are potential targets for those "
              "wishing to disrupt policing or to secure the escape of detained persons. Disclosing the exact "
              "positions of cameras would identify areas that are not covered and would undermine the "
              "security of those premises."),
        ("p", "Public interest considerations favouring disclosure: disclosure would provide reassurance that "
              "custody areas are appropriately monitored and would inform public debate."),
        ("p", "Public interest considerations favouring non-disclosure: the security of police buildings, the "
              "safety of detained persons and staff, and the Force's ability to prevent and detect crime."),
        ("p", "Balance test: the Force considers that the public interest favours maintaining the exemptions."),
        ("b", "Q6"),
        ("p", "The Force does not hold this information. CCTV maintenance is provided as part of a wider "
              "estates facilities management contract and is not separately costed."),
        ("p", "Complaint rights: if you are dissatisfied with this response you may request an internal review "
              "within 40 working days. If you remain dissatisfied after the review you may complain to the "
              "Information Commissioner."),
        ("p", "Yours sincerely\n\n\nL. Amadi\nFreedom of Information Officer\nNorthwold Police"),
    ]
    data = docx_bytes(blocks, font="Arial", header_text="OFFICIAL - NWP/FOI/003987/24")
    lab = label(n, "docx", format="docx", body_type="police", law="foia", hikvision="no", dahua="no",
                outcome="partially_answered", exemptions=["s24", "s31"], camera_count=120,
                note="Per-site Word table with no total row (sum = 120); Hikvision cameras were removed so the answer is 'no', and costs are not held.")
    return n, req, "%02d-reply.docx" % n, data, lab


def _xlsx_bytes(wb):
    bio = io.BytesIO()
    wb.save(bio)
    return bio.getvalue()


def _style_header(ws, row, ncol):
    for c in range(1, ncol + 1):
        cell = ws.cell(row=row, column=c)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")


@item
def item11():
    n = 11
    req = """Dear Hollowmere District Council

Under FOIA please tell me:

1. How many CCTV cameras does the council operate?
2. What make and model is each camera?
3. Are any of the cameras made by Hikvision or Dahua?
4. What is the annual cost of maintaining the CCTV system?

Thank you
Callum Reid
"""
    wb = Workbook()
    ws = wb.active
    ws.title = "Response"
    lines = [
        ("Hollowmere District Council - Freedom of Information response", True),
        ("Reference: HDC-FOI-2024-0388   Date: 05/07/2024", False),
        ("", False),
        ("Q1 - Q3: Please see the 'Camera register' worksheet. The register lists every camera asset "
         "recorded against the CCTV system, including assets decommissioned during 2023/24 (see 'Status' column).", False),
        ("Q4: £18,450 (2023/24). Maintenance is provided by Westgate Security Systems Ltd.", False),
        ("", False),
        ("If you are unhappy with this response you can ask for an internal review by emailing "
         "foi@hollowmere.gov.example within 40 working days. You can also contact the Information "
         "Commissioner's Office (www.ico.org.uk).", False),
    ]
    for i, (t, bold) in enumerate(lines, start=1):
        ws.cell(row=i, column=1, value=t).font = Font(bold=bold, size=12 if bold else 11)
    ws.column_dimensions["A"].width = 120

    reg = wb.create_sheet("Camera register")
    hdr = ["Camera ID", "Location", "Site", "Make", "Model", "Type", "Installed", "Status"]
    reg.append(hdr)
    _style_header(reg, 1, len(hdr))
    sites = [
        ("Market Place", "Town centre", 5), ("Bus Station", "Town centre", 4), ("High Street / Bridge St", "Town centre", 3),
        ("Abbey Walk car park", "Car parks", 4), ("Station Road car park", "Car parks", 3),
        ("Council Offices", "Civic buildings", 6), ("Hollowmere Leisure Centre", "Leisure", 5),
        ("Mill Lane Depot", "Operational", 5), ("Recycling Centre", "Operational", 3),
    ]
    decommissioned = {7: ("Dahua", "DH-IPC-HFW2431S"), 19: ("Dahua", "DH-SD49225XA"),
                      30: ("Hikvision", "DS-2CD2143G0-I")}
    k = 0
    for loc, site, cnt in sites:
        for j in range(cnt):
            k += 1
            if k in decommissioned:
                make, model = decommissioned[k]
                status = "Decommissioned"
                inst = "2016-05-11"
            elif site in ("Town centre", "Car parks"):
                make = "Axis"
                model = "Q6135-LE" if j == 0 else "P3265-LVE"
                status = "Live"
                inst = "2021-09-%02d" % (6 + j)
            else:
                make = "Hikvision"
                model = "DS-2CD2346G2-I" if j % 2 == 0 else "DS-2CD2T47G2-L"
                status = "Live"
                inst = "2019-03-%02d" % (10 + j)
            typ = "PTZ" if model in ("Q6135-LE", "DH-SD49225XA") else "Fixed"
            reg.append(["HDC-CAM-%03d" % k, "%s %d" % (loc, j + 1), site, make, model, typ, inst, status])
    for col, w in zip("ABCDEFGH", [14, 30, 16, 12, 18, 8, 12, 16]):
        reg.column_dimensions[col].width = w
    live = sum(1 for r in reg.iter_rows(min_row=2, values_only=True) if r[7] == "Live")
    assert live == 35 and k == 38, (live, k)
    data = _xlsx_bytes(wb)
    lab = label(n, "xlsx", format="xlsx", body_type="council", law="foia", hikvision="yes", dahua="no",
                outcome="answered", exemptions=[], camera_count=35,
                note="Per-camera register of 38 rows with 3 decommissioned assets (both Dahua rows are decommissioned), so only 35 are live and Dahua is not in use.")
    return n, req, "%02d-reply.xlsx" % n, data, lab


@item
def item12():
    n = 12
    req = """FOI request - CCTV

Please provide:
1. The number of CCTV cameras at each Trust site
2. The make and model of the cameras
3. Whether any of the cameras have facial recognition or audio recording capability
4. Whether the Trust has carried out a DPIA in relation to its CCTV

Thank you,
Jasmine Hartley
"""
    wb = Workbook()
    ws = wb.active
    ws.title = "FOI Response"
    rows = [
        ["Calderbrook Community and Mental Health NHS Trust"],
        ["Freedom of Information Act 2000 - Response to request CCMH/FOI/24/1093"],
        [],
        ["Question", "Response"],
        ["1. Number of CCTV cameras at each Trust site", "See worksheet 'Cameras by site'."],
        ["2. Make and model", "See worksheet 'Cameras by site'."],
        ["3. Facial recognition / audio", "None of the Trust's cameras use facial recognition. Audio recording is not enabled on any camera."],
        ["4. DPIA", "Yes. A DPIA was completed in June 2022 and is reviewed annually."],
        [],
        ["Prepared by: Estates & Facilities / Information Governance. Queries: ccmh.foi@nhs.net"],
    ]
    for r in rows:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=13)
    _style_header(ws, 4, 2)
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 90

    s = wb.create_sheet("Cameras by site")
    s.append(["Site", "Make", "Model", "Qty"])
    _style_header(s, 1, 4)
    data_rows = [
        ["Calderbrook House (HQ)", "Axis", "M3106-L Mk II", 14],
        ["Calderbrook House (HQ)", "Hik Vision", "DS-2CD2143G2-I", 6],
        ["Ashdene Hospital", "Axis", "P3245-LVE", 48],
        ["Ashdene Hospital", "Axis", "M3086-V", 37],
        ["Ashdene Hospital - Willow & Rowan wards", "Hanwha", "QNV-6012R", 29],
        ["Moorview Unit", "Hik Vision", "DS-2CD2387G2-LU", 22],
        ["Moorview Unit", "Da Hua", "IPC-HDBW2431E-S", 12],
        ["Brayton Lodge (CAMHS inpatient)", "Hanwha", "XNV-6081R", 41],
        ["Greyfriars Health Centre", "Da Hua", "IPC-HFW1230S", 8],
        ["Station Road Clinic", "Hik Vision", "DS-2CD1043G0-I", 5],
        ["Kirkby Resource Centre", "Axis", "M3106-L Mk II", 11],
        ["Linfield Place (community base)", "Hanwha", "QND-6012R", 7],
        ["Hospital grounds / car parks (all sites)", "Axis", "Q6075-E PTZ", 72],
    ]
    for r in data_rows:
        s.append(r)
    total = sum(r[3] for r in data_rows)
    assert total == 312, total
    s.append(["TOTAL", None, None, total])
    last = s.max_row
    for c in range(1, 5):
        s.cell(row=last, column=c).font = Font(bold=True)
    for col, w in zip("ABCD", [42, 14, 20, 8]):
        s.column_dimensions[col].width = w
    data = _xlsx_bytes(wb)
    lab = label(n, "xlsx", format="xlsx", body_type="nhs", law="foia", hikvision="yes", dahua="yes",
                outcome="answered", exemptions=[], camera_count=312,
                note="Per-site spreadsheet with a TOTAL row; makers spelled 'Hik Vision' and 'Da Hua'; cover sheet answers the capability and DPIA questions.")
    return n, req, "%02d-reply.xlsx" % n, data, lab


@item
def item13():
    n = 13
    req = """Dear University of Eastcliffe,

I am requesting the following information under the Freedom of Information Act 2000:

1. How many CCTV cameras does the University have?
2. Are any of them made by Hikvision?
3. Are any of them made by Dahua?
4. Who holds the University's CCTV maintenance contract and what is its value?

Yours faithfully,
Ruth Abernethy
"""
    wb = Workbook()
    ws = wb.active
    ws.title = "Cover"
    rows = [
        ["UNIVERSITY OF EASTCLIFFE"],
        ["Freedom of Information response  |  Ref: UoE-FOI-2024-0457  |  Issued: 22/03/2024"],
        [],
        ["Q", "Answer"],
        [1, "See 'Camera count by building'."],
        [2, "Yes - see column C of 'Camera count by building'."],
        [3, "No"],
        [4, "The contract is held by Ardent Security Group Ltd. The value of the contract is withheld under "
            "s.43(2) FOIA (commercial interests). The contract is due to be re-tendered in 2025 and disclosure "
            "of the current value would be likely to prejudice the University's negotiating position. We have "
            "considered the public interest and concluded that it favours withholding the figure at this time."],
        [],
        ["Internal review: write to foi@eastcliffe.ac.example within 40 working days. Complaints: Information Commissioner's Office, www.ico.org.uk."],
    ]
    for r in rows:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=14)
    _style_header(ws, 4, 2)
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 110
    for r in range(5, 9):
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")

    s = wb.create_sheet("Camera count by building")
    s.append(["Building", "Campus", "Make(s)", "No. of cameras"])
    _style_header(s, 1, 4)
    brows = [
        ["Library & Learning Centre", "Cliff Road", "Axis", 34],
        ["Students' Union", "Cliff Road", "Axis / Hikvision", 27],
        ["Halls - Seaview Court", "Cliff Road", "Hikvision", 41],
        ["Halls - Marram House", "Cliff Road", "Hikvision", 38],
        ["Sports Centre", "Cliff Road", "Axis", 19],
        ["Engineering Building", "Harbourside", "Bosch", 22],
        ["Harbourside Business School", "Harbourside", "Bosch", 16],
        ["Multi-storey car park", "Harbourside", "Axis", 12],
        ["Estates compound", "Harbourside", "Hikvision", 6],
    ]
    for r in brows:
        s.append(r)
    assert sum(r[3] for r in brows) == 215
    for col, w in zip("ABCD", [32, 14, 20, 16]):
        s.column_dimensions[col].width = w
    data = _xlsx_bytes(wb)
    lab = label(n, "xlsx", format="xlsx", body_type="university", law="foia", hikvision="yes", dahua="no",
                outcome="partially_answered", exemptions=["s43"], camera_count=215,
                note="Cover sheet of bare answers pointing at a per-building sheet with no total row (sum = 215); contract value withheld.")
    return n, req, "%02d-reply.xlsx" % n, data, lab


@item
def item14():
    n = 14
    req = """Dear Kilbrannan Council,

Under the Freedom of Information (Scotland) Act 2002 please provide:

1. How many public space CCTV cameras does the Council operate?
2. The make and model of each camera.
3. Are any of the cameras made by Hikvision or Dahua (including their subsidiary or OEM brands)?
4. How much did the Council spend purchasing CCTV cameras in 2022/23 and 2023/24?

Kind regards,
Fraser Mackintosh
"""
    wb = Workbook()
    ws = wb.active
    ws.title = "Response"
    rows = [
        ["Kilbrannan Council - Freedom of Information (Scotland) Act 2002"],
        ["Our reference: FOI-KC-24-00712    Date: 16 May 2024"],
        [],
        ["1", "The Council operates 97 public space CCTV cameras. A breakdown is provided on the 'PSCCTV assets' sheet."],
        ["2", "See 'PSCCTV assets' sheet."],
        ["3", "Please refer to the Make column of the 'PSCCTV assets' sheet."],
        ["4", "In terms of section 17 of FOISA the Council gives notice that it does not hold this information. "
              "CCTV equipment purchases are recorded within general capital and repairs budgets and are not "
              "separately identifiable."],
        [],
        ["Your right to seek a review: if you are dissatisfied with this response you may ask the Council to "
         "review it within 40 working days. If you remain dissatisfied you may apply to the Scottish "
         "Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS "
         "(www.foi.scot) within six months of receiving the review outcome."],
    ]
    for r in rows:
        ws.append(r)
    ws["A1"].font = Font(bold=True, size=13)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 120

    s = wb.create_sheet("PSCCTV assets")
    s.append(["Location", "Make", "Model", "Count"])
    _style_header(s, 1, 4)
    arows = [
        ["Kilbrannan town centre", "HIKVISION", "DS-2DE4425IW-DE PTZ", 18],
        ["Kilbrannan town centre", "Axis", "P1455-LE", 14],
        ["Portmorag harbour & ferry terminal", "Honeywell HQA", "HQA-PT4A3-IR", 9],
        ["Portmorag Main Street", "HIKVISION", "DS-2CD2T46G2-2I", 11],
        ["Glenardle bus station", "Axis", "M2036-LE", 8],
        ["Lochside car parks (x3)", "Honeywell HQA", "HQA-BF2M", 12],
        ["Strathcarron village", "HIKVISION", "DS-2CD2047G2-LU", 6],
        ["Council HQ perimeter (public realm)", "Axis", "Q6075-E", 19],
    ]
    for r in arows:
        s.append(r)
    total = sum(r[3] for r in arows)
    assert total == 97, total
    s.append(["Total", None, None, total])
    for c in range(1, 5):
        s.cell(row=s.max_row, column=c).font = Font(bold=True)
    for col, w in zip("ABCD", [38, 16, 24, 8]):
        s.column_dimensions[col].width = w
    data = _xlsx_bytes(wb)
    lab = label(n, "xlsx", format="xlsx", body_type="council", law="foisa", hikvision="yes", dahua="yes",
                outcome="partially_answered", exemptions=["s17"], camera_count=97,
                note="Maker question answered only by pointing at the asset sheet, where Dahua appears only as its OEM brand 'Honeywell HQA'; FOISA s17 not-held notice for spend.")
    return n, req, "%02d-reply.xlsx" % n, data, lab


@item
def item15():
    n = 15
    req = """Hello,

FOI request to Oakfield High School:

Q1 How many CCTV cameras does the school operate?
Q2 What make are they?
Q3 Are any of them made by Hikvision or Dahua?
Q4 Who monitors the cameras and when?

Thanks
Nadia Rahman
"""
    wb = Workbook()
    ws = wb.active
    ws.title = "CCTV"
    ws.append(["Oakfield High School - FOI 2024/03 - CCTV asset list"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["Compiled by Site Manager, 12/03/2024"])
    ws.append(["Q4: cameras are not actively monitored. Footage is reviewed by the Site Manager or Deputy Head "
               "(Pastoral) when an incident is reported."])
    ws.append([])
    ws.append(["Cam no.", "Location", "Make", "Model", "Indoor/Outdoor"])
    _style_header(ws, 5, 5)
    cams = [
        ("Main gate", "Annke", "C800", "Outdoor"),
        ("Staff car park", "Annke", "C800", "Outdoor"),
        ("Bike shelter", "Annke", "NC400", "Outdoor"),
        ("Field / rear fence", "Annke", "C800", "Outdoor"),
        ("Bus bay", "Annke", "NC400", "Outdoor"),
        ("Reception", "EZVIZ", "C6N", "Indoor"),
        ("Main corridor (ground)", "EZVIZ", "C6N", "Indoor"),
        ("Main corridor (first)", "EZVIZ", "C6N", "Indoor"),
        ("Canteen", "EZVIZ", "C6N", "Indoor"),
        ("Sports hall foyer", "EZVIZ", "C6N", "Indoor"),
        ("IT suite 1", "EZVIZ", "C6N", "Indoor"),
        ("IT suite 2", "EZVIZ", "C6N", "Indoor"),
        ("Science block entrance", "EZVIZ", "C3TN", "Outdoor"),
        ("Library", "EZVIZ", "C6N", "Indoor"),
        ("Boys toilets - outside entrance", "EZVIZ", "C3TN", "Indoor"),
        ("Girls toilets - outside entrance", "EZVIZ", "C3TN", "Indoor"),
    ]
    for i, c in enumerate(cams, start=1):
        ws.append([i] + list(c))
    ws.append([])
    ws.append(["Total cameras:", None, None, None, len(cams)])
    ws.cell(row=ws.max_row, column=1).font = Font(bold=True)
    for col, w in zip("ABCDE", [14, 34, 10, 10, 16]):
        ws.column_dimensions[col].width = w
    assert len(cams) == 16
    data = _xlsx_bytes(wb)
    lab = label(n, "xlsx", format="xlsx", body_type="school", law="foia", hikvision="yes", dahua="no",
                outcome="answered", exemptions=[], camera_count=16,
                note="Q3 is only answered by the make column, which shows Annke and EZVIZ (Hikvision brands) and no Dahua brand; no furniture apart from a title.")
    return n, req, "%02d-reply.xlsx" % n, data, lab


@item
def item16():
    n = 16
    req = """Dear Scottish Government,

Under FOISA I would like to know:

1. How many CCTV cameras are in operation across the Scottish Government's core office buildings?
2. Who manufactures these cameras?
3. Are any of them manufactured by Hikvision or Dahua?
4. Are any of the cameras used for facial recognition?

Regards,
Isla Drummond
"""
    blocks = [
        ("right", "Directorate for Estates and Corporate Security\nSt Colme House\nLeith Quay\nEdinburgh EH6 6QQ\n\nT: 0131 496 0000\nE: foi.estates@gov.scot.example"),
        ("p", "Ms Isla Drummond"),
        ("p", "Our ref: FOI/202400419283\n7 October 2024"),
        ("p", "Dear Ms Drummond"),
        ("b", "REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)"),
        ("p", "Thank you for your request dated 9 September 2024 under the Freedom of Information (Scotland) "
              "Act 2002 (FOISA)."),
        ("b", "Response to your request"),
        ("p", "1. There are approximately 450 CCTV cameras in operation across the core Scottish Government "
              "office estate."),
        ("p", "2. While our aim is to provide information whenever possible, in this instance we are unable to "
              "provide the names of the manufacturers because exemptions under sections 35(1)(a) (prevention "
              "or detection of crime) and 31(1) (national security) of FOISA apply to that information. "
              "Information about the specific equipment used to secure government buildings could be used, "
              "together with other information, to identify vulnerabilities in that equipment and to plan "
              "hostile or criminal activity."),
        ("p", "These exemptions are subject to the 'public interest test'. Therefore, taking account of all "
              "the circumstances of this case, we have considered if the public interest in disclosing the "
              "information outweighs the public interest in applying the exemptions. We have found that, on "
              "balance, the public interest lies in favour of upholding the exemptions. We recognise that "
              "there is some public interest in release as part of open, transparent and accountable "
              "government. However, there is a greater public interest in protecting the security of "
              "government buildings, the people who work in them and those who visit them."),
        ("p", "3. We can confirm that no cameras manufactured by Hikvision or Dahua are in use in the core "
              "Scottish Government office estate."),
        ("p", "4. No."),
        ("b", "Your right to request a review"),
        ("p", "If you are unhappy with this response to your FOI request, you may ask us to carry out an "
              "internal review of the response, by writing to the Director of Estates and Corporate Security "
              "at the address above. Your review request should explain why you are dissatisfied with this "
              "response, and should be made within 40 working days from the date when you received this letter."),
        ("p", "If our internal review response does not satisfy you, you may then apply to the Scottish "
              "Information Commissioner for a decision. You must generally do so within 6 months of "
              "receiving our review response. More detailed information on your appeal rights is available "
              "on the Commissioner's website at: www.foi.scot/appeal."),
        ("p", "Yours sincerely\n\nMorag Henderson\nCorporate Security Branch"),
        ("small", "All Scottish Government FOI responses are published in our Disclosure Log."),
    ]
    data = pdf_bytes(blocks, serif=False, size=10.5, title="FOI/202400419283")
    lab = label(n, "pdf", format="pdf", body_type="scottish_gov", law="foisa", hikvision="no", dahua="no",
                outcome="partially_answered", exemptions=["s35", "s31"], camera_count=450,
                note="Manufacturer list withheld under FOISA s35/s31 yet the reply separately confirms that no Hikvision or Dahua cameras are used; 'approximately 450'.")
    return n, req, "%02d-reply.pdf" % n, data, lab


@item
def item17():
    n = 17
    req = """Dear Brackenford City Council,

Please provide the following information about the cameras used for the Brackenford Clean Air Zone:

1. How many ANPR cameras are used to enforce the Clean Air Zone?
2. Who manufactured them? Are any of them Hikvision or Dahua?
3. What was the cost of purchasing and installing the cameras?
4. How long is data captured by the cameras retained?

Yours faithfully,
Patrick Doherty
"""
    blocks = [
        ("right", "Brackenford City Council\nInformation Governance Team\nPO Box 7731\nBrackenford BR1 2XX"),
        ("p", "Mr P Doherty\nSent by email"),
        ("right", "Reference: EIR 24-06617\nDate: 28 June 2024"),
        ("p", "Dear Mr Doherty,"),
        ("b", "Environmental Information Regulations 2004 - Clean Air Zone cameras"),
        ("p", "Thank you for your request for information received on 31 May 2024. As your request concerns "
              "a measure designed to protect the environment (the Brackenford Clean Air Zone), it falls to "
              "be considered under the Environmental Information Regulations 2004 (EIR) rather than the "
              "Freedom of Information Act 2000."),
        ("p", "For ease of reference each question is repeated below, followed by the Council's response."),
        ("b", "1. How many ANPR cameras are used to enforce the Clean Air Zone?"),
        ("p", "The Clean Air Zone is enforced by 64 ANPR cameras located at 31 points on the zone boundary "
              "and within the zone. Camera locations are shown on the Council's Clean Air Zone web pages."),
        ("b", "2. Who manufactured them? Are any of them Hikvision or Dahua?"),
        ("p", "The Council is withholding the manufacturer and model of the cameras under regulation 12(5)(a) "
              "of the EIR (adverse effect on public safety and national security). The Clean Air Zone "
              "cameras form part of a wider traffic management network and the data they capture is shared "
              "with the police. Publishing the make of the equipment would assist those seeking to exploit "
              "known vulnerabilities in particular products or to evade detection."),
        ("p", "For the same reason the Council neither confirms nor denies whether it holds information about "
              "equipment from the specific manufacturers named in your question, as to do so would in itself "
              "adversely affect public safety."),
        ("b", "3. What was the cost of purchasing and installing the cameras?"),
        ("p", "This information is withheld under regulation 12(5)(e) (confidentiality of commercial or "
              "industrial information). The cameras were purchased and installed under a design-and-build "
              "contract in which unit prices were provided in confidence to protect a legitimate economic "
              "interest of the contractor. Disclosure of unit costs would undermine that interest and the "
              "Council's ability to obtain best value when the contract is extended."),
        ("b", "4. How long is data captured by the cameras retained?"),
        ("p", "Images of vehicles which are compliant, exempt or registered for a discount are deleted "
              "immediately after the compliance check. Data relating to non-compliant vehicles is retained "
              "for 28 days after the penalty charge has been paid or otherwise closed."),
        ("b", "Public interest test"),
        ("p", "All exceptions under the EIR are subject to the public interest test and regulation 12(2) "
              "requires a presumption in favour of disclosure. The Council recognises the public interest in "
              "transparency about the Clean Air Zone, in the security of equipment purchased with public "
              "money, and in the value for money of the scheme. Against this, the Council has weighed the "
              "public interest in maintaining the integrity of the traffic enforcement network, in avoiding "
              "assistance to those who would evade or attack it, and in protecting commercially confidential "
              "pricing. On balance the Council considers that the public interest in maintaining the "
              "exceptions outweighs the public interest in disclosure."),
        ("p", "This letter constitutes a refusal notice under regulation 14 of the EIR in respect of questions "
              "2 and 3."),
        ("b", "Your right to make representations"),
        ("p", "If you are dissatisfied with the handling of your request you may make representations under "
              "regulation 11 of the EIR within 40 working days of the date of this letter. Please write to "
              "the Information Governance Manager at the above address or email "
              "information.governance@brackenford.gov.example."),
        ("p", "If you remain dissatisfied after the Council has reconsidered its response you can contact "
              "the Information Commissioner's Office."),
        ("p", COPYRIGHT),
        ("p", "Yours sincerely\n\n\nAnil Mistry\nInformation Governance Officer\nBrackenford City Council"),
    ]
    data = pdf_bytes(blocks, serif=True, size=10.5, title="EIR 24-06617")
    lab = label(n, "pdf", format="pdf", body_type="council", law="eir", hikvision="unknown", dahua="unknown",
                outcome="partially_answered", exemptions=["EIR 12(5)(a)", "EIR 12(5)(e)"], camera_count=64,
                note="ANPR-only request handled under EIR: ANPR count given but makers withheld with an NCND on the named makers; refusal-notice regulation 14 and representations regulation 11 are not exceptions.")
    return n, req, "%02d-reply.pdf" % n, data, lab


@item
def item18():
    n = 18
    req = """Freedom of Information request to Fenmoor Ambulance Service NHS Trust

Please provide, for every ambulance station, control room and office that the Trust operates:

1. The number of CCTV cameras at each premises
2. The make and model of each camera
3. Whether any of the cameras are manufactured by Hikvision or Dahua
4. The date each camera was installed
5. Whether each camera is connected to the Trust network

A spreadsheet would be ideal.

Thanks,
Oliver Stanhope
"""
    blocks = [
        ("h", "Fenmoor Ambulance Service NHS Trust"),
        ("p", "Corporate Governance - Freedom of Information\nUnit 4, Fenmoor Business Park, Lindhurst LN3 8AE\nfoi@fenmoorambulance.nhs.example"),
        ("p", "Our reference: FOI 23/24-602\nDate: 12 January 2024"),
        ("p", "Dear Mr Stanhope"),
        ("b", "Your request for information - CCTV cameras"),
        ("p", "Thank you for your request under the Freedom of Information Act 2000 received on 11 December "
              "2023."),
        ("p", "I am writing to inform you that the Trust is unable to comply with your request because the "
              "cost of doing so would exceed the appropriate limit set out in the Freedom of Information and "
              "Data Protection (Appropriate Limit and Fees) Regulations 2004. For public authorities such as "
              "the Trust the appropriate limit is £450, which equates to 18 hours of work at £25 per hour."),
        ("p", "The Trust operates from 74 premises, including ambulance stations, standby points, two "
              "emergency operations centres, fleet workshops and administrative offices. CCTV at these "
              "premises has been procured locally over many years, largely as part of individual building "
              "projects, and the Trust does not hold a central asset register recording the number, make, "
              "model, installation date or network connection of cameras."),
        ("p", "To locate and extract the information requested, staff would need to visit or contact each "
              "premises, physically inspect each camera and recording device, and review building project "
              "files. We estimate that this would take at least three hours per site, a total of "
              "approximately 222 hours."),
        ("p", "Where a public authority estimates that complying with any part of a request would exceed the "
              "appropriate limit, section 12(1) of the Act does not oblige it to comply with the request as a "
              "whole. The Trust is therefore refusing your request in its entirety under section 12."),
        ("b", "Advice and assistance"),
        ("p", "In accordance with our duty under section 16 of the Act, you may wish to consider submitting a "
              "refined request. For example, a request limited to the Trust headquarters and the two "
              "emergency operations centres may be possible to answer within the cost limit. Please note "
              "that, if you refine your request, some of the information may be exempt from disclosure."),
        ("b", "Your rights"),
        ("p", "If you are not satisfied with this response you may request an internal review within 40 "
              "working days by writing to the Head of Corporate Governance at the address above. If you "
              "remain dissatisfied following the internal review you may contact the Information "
              "Commissioner, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF."),
        ("p", "Yours sincerely\n\nHelen Forsyth\nFreedom of Information Lead"),
    ]
    data = pdf_bytes(blocks, size=10, title="FOI 23/24-602")
    lab = label(n, "pdf", format="pdf", body_type="nhs", law="foia", hikvision="unknown", dahua="unknown",
                outcome="refused", exemptions=["s12"], camera_count=None,
                note="Whole-request cost-limit refusal; the figure 74 is a number of premises, not cameras, and section 16 advice is not an exemption.")
    return n, req, "%02d-reply.pdf" % n, data, lab


@item
def item19():
    n = 19
    req = """Dear Wexcombe University FOI team,

1) How many CCTV cameras does the university operate?
2) Does the university use any cameras made by Hikvision or Dahua?
3) If so, does the university plan to remove them?
4) Does any of the university's CCTV use facial recognition?

Thanks in advance,
Ben Achebe
"""
    blocks = [
        ("h", "Wexcombe University"),
        ("p", "Governance and Legal Services - Information Rights"),
        ("p", "FOI ref: WU/FOI/24/0198\n15 February 2024"),
        ("p", "Dear Mr Achebe"),
        ("p", "Thank you for your request for information under the Freedom of Information Act 2000, "
              "received 19 January 2024. Our responses are below."),
        ("p", "1) 233\n2) Yes\n3) There are no current plans.\n4) No"),
        ("p", "If you are dissatisfied with this response you may request an internal review by contacting "
              "foi@wexcombe.ac.example within 40 working days. You also have the right to complain to the "
              "Information Commissioner's Office."),
        ("p", "Kind regards\n\nInformation Rights Team\nWexcombe University"),
    ]
    data = pdf_bytes(blocks, size=11, title="WU/FOI/24/0198")
    lab = label(n, "pdf", format="pdf", body_type="university", law="foia", hikvision="unknown", dahua="unknown",
                outcome="answered", exemptions=[], camera_count=233,
                note="Three-line answers; a bare 'Yes' to a question naming both Hikvision and Dahua does not say which maker is used.")
    return n, req, "%02d-reply.pdf" % n, data, lab


@item
def item20():
    n = 20
    req = """Dear Northmoor National Park Authority,

I would be grateful for the following information under the Freedom of Information Act:

a) How many CCTV cameras does the Authority operate?
b) Who are they made by?
c) Are any of them made by Hikvision or Dahua?
d) What are the cameras used for?

Best wishes,
Chloe Partridge
"""
    blocks = [
        ("right", "NORTHMOOR NATIONAL PARK AUTHORITY\nMoorgate House, Fellgate\nNorthmoor NM8 4PA\nTel 01632 960 555"),
        ("p", "Ms C Partridge"),
        ("p", "Your ref: -\nOur ref: NNPA/FOI/24-031\nDate: 9th April 2024"),
        ("p", "Dear Ms Partridge,"),
        ("b", "Freedom of Information request - CCTV"),
        ("p", "Thank you for your email of 12th March 2024. I am sorry for the delay in replying."),
        ("p", "The Authority operates twelve CCTV cameras. These are at the Highmoor and Fellgate visitor "
              "centres (four cameras at each) and at the Authority's car parks at Scar Head, Lowther Bridge "
              "and Black Tarn (four cameras in total)."),
        ("p", "All of the cameras are manufactured by Dahau. They were installed by Pennine Security "
              "Installations Ltd in 2020 and are maintained by the same company."),
        ("p", "The cameras are used to protect the Authority's buildings and to deter vehicle crime and "
              "anti-social behaviour in the car parks. They are not monitored live; recordings are viewed only "
              "when an incident is reported."),
        ("p", "If you are unhappy with the way we have dealt with your request you may ask for an internal "
              "review by writing to the Head of Corporate Services at the above address. If you are still "
              "dissatisfied you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, "
              "Wilmslow, Cheshire SK9 5AF."),
        ("p", "Yours sincerely,"),
        ("p", "\nJ. Whitfield\nCorporate Services Officer"),
    ]
    data = scan_pdf_bytes(blocks, dpi=170, angle=0.7, noise=0.003, seed=20)
    lab = label(n, "pdf", format="scan", body_type="other", law="foia", hikvision="no", dahua="yes",
                outcome="answered", exemptions=[], camera_count=12,
                note="Scanned image-only letter; count in words ('twelve'), maker misspelled 'Dahau', and 'all of the cameras' rules Hikvision out.")
    return n, req, "%02d-reply.pdf" % n, data, lab


@item
def item21():
    n = 21
    req = """Dear Westshire County Council

Please could you provide the following under FOI:

1. How many public space CCTV cameras does Westshire County Council operate?
2. How many of these are made by Hikvision or Dahua?
3. Who monitors them, and is the monitoring outsourced?

Yours faithfully
Hannah Greaves
"""
    blocks = [
        ("right", "Westshire County Council\nInformation Management Unit\nCounty Hall, Shire Street\nWestbury WB1 1CH"),
        ("p", "Ms H Greaves"),
        ("p", "Ref: WCC/FOI/7714\nDate: 3 September 2024"),
        ("p", "Dear Ms Greaves"),
        ("b", "Freedom of Information Act 2000 - Request ref WCC/FOI/7714"),
        ("p", "Thank you for your request for information received on 6 August 2024 regarding public space "
              "CCTV."),
        ("p", "I can confirm that Westshire County Council does not hold the information you have requested. "
              "Public space CCTV in Westshire is owned and operated by the district and borough councils "
              "(Hollowmere District Council, Westbury Borough Council and South Westshire District Council) "
              "working in partnership with Westshire Police. You may wish to redirect your request to those "
              "authorities. Their contact details are available on their websites."),
        ("p", "If you are dissatisfied with the handling of your request, you may ask for an internal review. "
              "Please write to the Information Management Unit at the address above within 40 working days. "
              "If you are not content with the outcome of the internal review, you may apply to the "
              "Information Commissioner for a decision."),
        ("p", "Yours sincerely"),
        ("p", "\nPeter Langley\nInformation Management Officer"),
    ]
    data = scan_pdf_bytes(blocks, dpi=160, angle=-0.9, noise=0.005, seed=21, font=SANS, fontb=SANS_B, pt=11)
    lab = label(n, "pdf", format="scan", body_type="council", law="foia", hikvision="unknown", dahua="unknown",
                outcome="not_held", exemptions=[], camera_count=None,
                note="Scanned letter: short not-held reply redirecting to district councils and police; no count or maker information.")
    return n, req, "%02d-reply.pdf" % n, data, lab


@item
def item22():
    n = 22
    req = """FOI REQUEST - CCTV (again)

Since you have failed to answer my previous requests properly I am asking again. Provide ALL of the following:

1. Number of CCTV cameras operated by Fenwick District Council.
2. Make and model of every camera.
3. Are any Hikvision?
4. Are any Dahua?
5. Serial number and firmware version of every camera and recorder.
6. IP addresses of all cameras and a network diagram of the CCTV system.
7. The names of every member of staff who has access to CCTV footage.
8. All emails between your CCTV manager and any CCTV supplier since 1 January 2015.

I expect a full answer within 20 working days this time.

K. Varley
"""
    blocks = [
        ("right", "FENWICK DISTRICT COUNCIL\nLegal Services\nCouncil Offices, Station Approach\nFenwick FW2 3DS"),
        ("p", "Mr K Varley"),
        ("p", "Our ref: FDC/FOI/2023/1187\nDate: 17 November 2023"),
        ("p", "Dear Mr Varley"),
        ("b", "Freedom of Information Act 2000 - section 14(1)"),
        ("p", "I refer to your request received on 23 October 2023, set out in eight parts and concerning the "
              "Council's CCTV system."),
        ("p", "This is the fourteenth request you have made to the Council about its CCTV system since February "
              "2023. Several of those requests overlapped with or repeated earlier requests which had already "
              "been answered, and a number were submitted before the Council had had the opportunity to respond "
              "to the previous one. Your correspondence has also included personal and derogatory comments "
              "directed at named officers."),
        ("p", "The Council has considered your request in the context of this history, and having regard to the "
              "guidance issued by the Information Commissioner and the Upper Tribunal's decision in Dransfield. "
              "The Council has concluded that the burden on its limited resources, the repetitive nature of the "
              "requests, the breadth of parts 5 to 8, and the distress caused to staff are disproportionate to "
              "any value or serious purpose of the request."),
        ("p", "The Council is therefore refusing your request under section 14(1) of the Freedom of Information "
              "Act 2000, which provides that a public authority is not obliged to comply with a request if the "
              "request is vexatious. Section 14 is not subject to a public interest test."),
        ("p", "Please also note that, in accordance with section 17(6) of the Act, the Council will not "
              "necessarily issue a further refusal notice should you make further requests on the same or a "
              "similar subject."),
        ("p", "If you are dissatisfied with this decision you may ask for an internal review within 40 working "
              "days. After that you may complain to the Information Commissioner's Office."),
        ("p", "Yours sincerely"),
        ("p", "\nS. Oduya\nSolicitor and Information Governance Lead"),
    ]
    data = scan_pdf_bytes(blocks, dpi=180, angle=0.4, noise=0.0035, seed=22, pt=11)
    lab = label(n, "pdf", format="scan", body_type="council", law="foia", hikvision="unknown", dahua="unknown",
                outcome="refused", exemptions=["s14"], camera_count=None,
                note="Scanned vexatious refusal of the whole request; 'fourteenth request' and s17(6) are not counts or exemptions.")
    return n, req, "%02d-reply.pdf" % n, data, lab


# --- END ITEMS ---


def main():
    labels = []
    for fn in ITEMS:
        n, request, reply_name, reply_data, lab = fn()
        write("%02d-request.txt" % n, request.strip() + "\n")
        write(reply_name, reply_data)
        labels.append(lab)
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    print("wrote %d items" % len(labels))


if __name__ == "__main__":
    main()
