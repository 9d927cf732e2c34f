from lib import *
NN = "14"
write_request(NN, """
Dear Avonmere Fire and Rescue Service,

Please provide, for each of your fire stations and other premises:

1) the number of CCTV cameras;
2) the make and model of each camera and recorder;
3) the date each was installed;
4) whether any are made by Hikvision or Dahua; and
5) the cost of purchase, installation and maintenance of CCTV at each site for each year since 2013.

Regards,
F. Abernethy
""")
d = new_docx(header="Avonmere Fire and Rescue Service", footer="Ref: AFRS FOI 23-24/412   OFFICIAL")
dpara(d, "Corporate Information Team\nService Headquarters, Kestrel Way, Avonmere AV3 7FR")
dpara(d, "Date: 30/01/2024", align="right")
dpara(d, "Dear F. Abernethy")
dpara(d, "Freedom of Information Request AFRS FOI 23-24/412", bold=True)
dpara(d, "We have considered your request received on 03/01/2024 for information about CCTV at Avonmere Fire and Rescue "
         "Service premises.")
dpara(d, "Section 12 of the Freedom of Information Act 2000 allows a public authority to refuse a request where the cost of "
         "compliance would exceed the appropriate limit. For the Service this is £450, which equates to 18 hours of staff "
         "time at £25 per hour. The Service does not keep a central register of CCTV equipment. CCTV at each premises has "
         "been procured locally, in many cases as part of wider building works, and the information you have requested "
         "would have to be gathered site by site from paper and electronic records and, in some cases, by a physical "
         "inspection. Our estimate is set out below.")
dtable(d, [
    ["Activity", "Basis", "Hours"],
    ["Visit/inspect equipment and record make, model and date", "38 fire stations + 4 other premises @ 25 mins", "17.5"],
    ["Locate purchase and installation invoices 2013-2023", "42 premises @ 15 mins", "10.5"],
    ["Collate maintenance costs by site and year", "11 years @ 30 mins", "5.5"],
    ["Total", "", "33.5"],
], widths=(70, 65, 20))
dpara(d, "")
dpara(d, "As this exceeds the appropriate limit the Service is not obliged to comply with your request and we are "
         "therefore refusing it under section 12(1). Please note that where section 12 applies to part of a request, "
         "the whole request is refused.")
dpara(d, "Advice and assistance", bold=True)
dpara(d, "Under section 16 of the Act we are required to provide advice and assistance. You may wish to consider "
         "narrowing your request, for example to a smaller number of premises, or by removing parts 3 and 5. We would then be "
         "happy to consider a refined request.")
dpara(d, "Your right to complain", bold=True)
dpara(d, "If you are not satisfied with this response you may ask for an internal review within 40 working days, by "
         "writing to foi@avonmerefire.gov.uk. If you remain dissatisfied after the internal review you can contact the "
         "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, or www.ico.org.uk.")
dpara(d, "Yours sincerely")
dpara(d, "")
dpara(d, "Nadia Holloway\nCorporate Information Officer")
d.save(out(f"{NN}-reply.docx"))
label(NN, "docx", "fire", "foia", "unknown", "unknown", "refused", ["s12"], None,
      "whole request refused on cost (s12) with a Word table of hours and premises counts that are not camera counts; s16 advice is not an exemption")
