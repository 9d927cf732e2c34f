from lib import *
NN = "20"
write_request(NN, """
Dear Castlegate Borough Council

Freedom of Information Act request

1. How many CCTV cameras does the council operate?
2. Please give a breakdown by location type (town centre, car parks, buildings).
3. Who manufactures the cameras?
4. Are any of your CCTV cameras made by Hikvision or Dahua?

Regards
Martin Szabo
""")
d = new_docx(header="CASTLEGATE BOROUGH COUNCIL                                   FOI 2023-04471",
             footer="Castlegate Borough Council, Town Hall, Castlegate CG1 1TH  -  www.castlegate.gov.uk", font_name="Calibri")
dpara(d, "Mr M Szabo")
dpara(d, "Date: 11 December 2023\nRef: FOI 2023-04471\nContact: Information Requests Team", align="right")
dpara(d, "Dear Mr Szabo,")
dpara(d, "Thank you for your request for information received on 13 November 2023. Please find our response below.")
dpara(d, "Questions 1 to 3", bold=True)
t = dtable(d, [
    ["Location type", "Cameras", "Manufacturer(s)"],
    ["Town centre public space", "46", "Hanwha (38), Axis (8)"],
    ["Council car parks", "23", "Axis"],
    ["Council buildings", "18", "Avigilon"],
], style=None, widths=(70, 25, 70))
dpara(d, "")
dpara(d, "In addition to the above, the Council operates 12 ANPR cameras at the entry and exit barriers of the "
         "Riverside and Westgate multi-storey car parks for pay-on-exit parking. These are Hikvision ANPR units "
         "supplied with the parking system by Parkright Solutions Ltd and are managed by Parking Services rather "
         "than the CCTV team.")
dpara(d, "Question 4", bold=True)
dpara(d, "No CCTV cameras manufactured by Hikvision or Dahua are in use; please see above regarding ANPR.")
dpara(d, "")
dpara(d, "If you are dissatisfied with the way your request has been handled, you can ask for an internal review "
         "within 40 working days by emailing inforequests@castlegate.gov.uk. If you are still dissatisfied following the "
         "review you have the right to complain to the Information Commissioner's Office (ICO).")
dpara(d, "The supply of information in response to a freedom of information request does not confer an automatic right "
         "to re-use the information. You can use any information supplied for the purposes of private study and "
         "non-commercial research without requiring further permission.")
dpara(d, "Yours sincerely,")
dpara(d, "")
dpara(d, "Information Requests Team\nCastlegate Borough Council")
d.save(out(f"{NN}-reply.docx"))
label(NN, "docx", "council", "foia", "no", "no", "answered", [], 87,
      "borderless Word table without total (46+23+18); Hikvision named as in use but only for 12 ANPR barrier cameras, which are outside the CCTV estate asked about")
