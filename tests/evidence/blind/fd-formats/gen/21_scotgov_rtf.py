"""21: Scottish Government FOISA reply in RTF - landlord's CCTV, section 17 notice that information is not held."""
from rtf_helpers import Rtf
from common import out

r = Rtf(font="Arial", size=22)
r.p("Scottish Government\nRiaghaltas na h-Alba", bold=True, size=26, space=60)
r.p("Directorate for Marine and Fisheries\nCorporate Services Unit", space=200)
r.p("Mr Iain Rennie", space=0)
r.p("By email", space=200)
r.p("Our ref: 202400418297\n22 July 2024", align="r")
r.p("Dear Mr Rennie")
r.p("REQUEST UNDER THE FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)", bold=True)
r.p("Thank you for your request dated 26 June 2024 under the Freedom of Information (Scotland) Act 2002 (FOISA) for "
    "information about CCTV cameras at Saltire House, Inverbrora.")
r.p("Response to your request", bold=True)
r.p("I enclose a copy of some of the information you requested, and explain below why the remainder is not held.")
r.p("Saltire House is a multi-occupancy building leased by the Scottish Government. The building's CCTV system is "
    "owned, operated and maintained by the landlord's facilities management company, Caledon Estates Services Ltd, "
    "which is not a Scottish public authority for the purposes of FOISA. The Scottish Government does not own or "
    "operate any CCTV cameras at Saltire House and does not hold a record of the number of cameras, their "
    "locations or their manufacturers.")
r.p("Under section 17(1) of FOISA, this letter therefore serves as formal notice that the Scottish Government "
    "does not have the information you have requested about the number and manufacturers of the cameras, "
    "including whether any are made by Hikvision or Dahua. You may wish to contact the landlord directly.")
r.p("In relation to who can view the footage: Scottish Government staff do not have access to the system. Any request "
    "to view footage is made to the landlord's on-site security team in line with the lease and the landlord's CCTV "
    "policy.")
r.p("While our aim is to provide information whenever possible, in this instance the Scottish Government does not "
    "have the information you have requested.")
r.p("Your right to request a review", bold=True)
r.p("If you are unhappy with this response to your FOI request, you may ask us to carry out an internal review of the "
    "response, by writing to the Director of Marine and Fisheries, Scottish Government, Saltire House, Harbour Road, "
    "Inverbrora IV99 2MF. Your review request should explain why you are dissatisfied with this response, and should "
    "be made within 40 working days from the date when you received this letter.")
r.p("If our decision is unchanged following a review and you remain dissatisfied with this, you then have the right to "
    "make a formal complaint to the Scottish Information Commissioner. More detailed information on your appeal rights "
    "is available on the Commissioner's website at: www.foi.scot/appeal.")
r.p("Yours sincerely")
r.p("Eilidh Maclaren\nCorporate Services Manager")
r.save(out("21-reply.rtf"))
