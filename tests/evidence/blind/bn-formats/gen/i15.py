from common import *

NN = "15"
write_request(NN, """
Dear Bridgend County Borough Council,

Under the Freedom of Information Act, please provide for each of the council's leisure centres and swimming pools:

1. the number of CCTV cameras
2. the manufacturer of the cameras, and whether any are Hikvision or Dahua
3. whether any cameras cover changing areas

Regards,
Owain Jenkins
""")
L = [("h", "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr"), ("h", "Bridgend County Borough Council"),
     ("small", "Swyddfeydd Dinesig, Stryd yr Angel, Pen-y-bont ar Ogwr CF31 4WB / Civic Offices, Angel Street, Bridgend CF31 4WB"),
     ("blank", ""),
     ("p", "Gofynnwch am / Ask for: Rhian Beddoe"),
     ("p", "Ein cyf / Our ref: FOI/BCBC/2024/1560"),
     ("p", "Dyddiad / Date: 19 September 2024"),
     ("blank", ""),
     ("p", "Dear Mr Jenkins,"),
     ("b", "Freedom of Information Act 2000 – Leisure centre CCTV"),
     ("p", "Thank you for your request for information received on 23 August 2024 regarding CCTV at leisure centres and "
           "swimming pools in the county borough."),
     ("p", "The Council's leisure centres and swimming pools are operated on the Council's behalf by Cwm Leisure Trust, an "
           "independent charitable trust, under a management agreement that began in 2012. Under that agreement the Trust "
           "is responsible for the security of the facilities, including the purchase, installation, operation and "
           "maintenance of any CCTV systems, and the Trust is the data controller for the footage."),
     ("p", "Following a search of the Council's records, including those held by our Property and Communities directorates, "
           "I can confirm that the Council does not hold the information you have requested. Cwm Leisure Trust is not a "
           "public authority for the purposes of the Act; however you may wish to contact the Trust directly at "
           "enquiries@cwmleisure.org.uk, who may be able to assist you."),
     ("p", "I am sorry that we are unable to help on this occasion."),
     ("blank", ""),
     ("p", "If you are dissatisfied with the way in which your request has been handled, you may ask for an internal review "
           "by writing to the Data Protection Officer, Civic Offices, Angel Street, Bridgend CF31 4WB, within 40 working days "
           "of receipt of this letter. If you remain dissatisfied following the internal review you may complain to the "
           "Information Commissioner, Information Commissioner's Office - Wales, 2nd Floor, Churchill House, Churchill Way, "
           "Cardiff CF10 2HH. Tel: 0330 414 6421."),
     ("p", "Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh."),
     ("blank", ""),
     ("p", "Yn gywir / Yours sincerely,"),
     ("blank", ""),
     ("p", "Rhian Beddoe"),
     ("p", "Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer")]
scanned_pdf(out(f"{NN}-reply.pdf"), [L], dpi=200, skew=1.1, seed=15)
add_label(NN, "pdf", "welsh_council", "foia", "unknown", "unknown", "not_held", [], None,
          "Scanned image-only PDF (needs OCR); leisure centre CCTV belongs to a leisure trust so the council holds nothing.")
