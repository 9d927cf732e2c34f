import io
from emlutil import *
from pdfutil import *
from common import *

NN = "23"
write_request(NN, """
Dear East Riding & Wolds Ambulance Service NHS Trust,

1. How many CCTV cameras are installed at your ambulance stations, hubs and headquarters (not on vehicles)?
2. What manufacturers are they and how many of each?
3. What did the Trust pay its CCTV maintenance contractor last year?

Kind regards, Joe Brannigan
""")
s = [Paragraph("East Riding &amp; Wolds Ambulance Service NHS Trust", H),
     Paragraph("Freedom of Information - Response &nbsp;&nbsp; FOI ref: ERW-2411 &nbsp;&nbsp; 4 December 2024", N),
     Paragraph("Dear Mr Brannigan,", N),
     Paragraph("Thank you for your request. Please see our responses below.", N),
     ruled([["No.", "Question", "Response"],
            ["1", "How many CCTV cameras are installed at your ambulance stations, hubs and headquarters (not on vehicles)?",
             "148"],
            ["2", "What manufacturers are they and how many of each?",
             "Hanwha (71), Dahau (52), Axis (25)"],
            ["3", "What did the Trust pay its CCTV maintenance contractor last year?",
             "Withheld under section 43(2) - commercial interests. The contract is currently being re-tendered and "
             "disclosure of the price would be likely to prejudice the Trust's and the contractor's commercial position."]],
           [12, 70, 88]),
     Spacer(1, 8),
     Paragraph("Vehicle CCTV is outside the scope of your request and has not been included.", N),
     Paragraph(ICO, N),
     Paragraph("Kind regards<br/>Information Governance Team<br/>erw.foi@nhs.example.uk", N)]
buf = io.BytesIO()
SimpleDocTemplate(buf, pagesize=A4, title="", author="").build(s)
m = make("ERWAS FOI <erw.foi@nhs.example.uk>", "joe.brannigan@example.co.uk", "FOI ERW-2411",
         (2024, 12, 4, 9, 31), text="Dear Mr Brannigan\n\nPlease find the Trust's response attached.\n\nIG Team\n",
         attachments=[("ERW-2411 FOI response.pdf", buf.getvalue(), *PDF)])
save(m, out(f"{NN}-reply.eml"))
label(NN, f"{NN}-reply.eml", "eml", "nhs", "foia", "no", "yes", "partially_answered", ["s43"], 148,
      "Answer in attached PDF with a ruled Q/A table; Dahua misspelt 'Dahau' in a counted maker list that is complete (so Hikvision no); costs withheld s43.")
