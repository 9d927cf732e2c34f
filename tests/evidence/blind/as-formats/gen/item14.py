from common import *
from reportlab.lib.units import cm
from reportlab.platypus import Spacer, PageBreak
NN = "14"
write_request(NN, """
Dear North Lindsey District Council,

I am asking about the cameras you use to catch fly-tipping.

1. How many fly-tipping / environmental enforcement cameras does the council have deployed?
2. Where are they deployed?
3. Which companies make them - are any Hikvision or Dahua?
4. How many fixed penalty notices resulted from camera evidence in 2023/24?

Regards
Neil Crabtree
""")

def story():
    return [P("<b>North Lindsey District Council</b>", "Title"),
            P("Environmental Services – Information Requests<br/>Church Square House, Scunthorpe DN15 6XQ"),
            P("Request ref: EIR 24/0619"), P("Date: 14 August 2024"),
            P("Dear Mr Crabtree"),
            P("<b>Environmental Information Regulations 2004 – Request for Information</b>"),
            P("Thank you for your request, received on 17 July 2024. As your request relates to measures affecting "
              "the state of the land and waste, it has been considered under the Environmental Information "
              "Regulations 2004 (EIR) rather than the Freedom of Information Act."),
            P("<b>1. Number of cameras</b>"),
            P("The Council currently has 14 re-deployable environmental enforcement cameras in service. Two further "
              "units were written off in 2023 following vandalism and are not included."),
            P("<b>2. Deployment locations</b>"),
            P("The Council is withholding the specific deployment locations under regulation 12(5)(a) (public "
              "safety) and regulation 12(5)(b) (the course of justice and the ability of a public authority to "
              "conduct an inquiry of a criminal or disciplinary nature). Cameras are moved between hotspots every "
              "four to six weeks and disclosure of current or past sites would enable offenders to avoid them. In "
              "applying these exceptions we have applied a presumption in favour of disclosure as required by "
              "regulation 12(2). We have concluded that the public interest in maintaining the exceptions "
              "outweighs the public interest in disclosure."),
            P("<b>3. Manufacturers</b>"),
            ptable([["Manufacturer", "Type", "Units"],
                    ["Reconyx", "HyperFire 2 covert trail camera", "6"],
                    ["Hikvision", "DS-2XS6A46G1 4G solar-powered bullet camera", "5"],
                    ["Hikvision", "DS-2XS2T47G1 solar kit", "3"]],
                   col_widths=[4 * cm, 10 * cm, 3 * cm]),
            Spacer(1, 8),
            P("We do not hold any Dahua equipment."),
            P("<b>4. Fixed penalty notices</b>"),
            P("In 2023/24 a total of 212 fixed penalty notices were issued for fly-tipping, of which 41 were "
              "supported by camera evidence."),
            PageBreak(),
            P("<b>Your rights</b>"),
            P("If you are dissatisfied with the handling of your request you may make representations under "
              "regulation 11 of the EIR within 40 working days. Representations should be sent to "
              "information.requests@northlindsey.gov.uk. If you remain dissatisfied, you may apply to the "
              "Information Commissioner."),
            P("<b>Re-use of information</b>"),
            P("Most of the information that we provide in response to requests will be subject to copyright held "
              "by the Council. You are free to use it for your own purposes, including non-commercial research and "
              "news reporting. Any other re-use requires the permission of the copyright holder."),
            P("Yours sincerely"),
            P("Amrit Sandhu<br/>Information Governance Officer")]

open(path(f"{NN}-reply.pdf"), "wb").write(pdf_bytes(story, header_left="North Lindsey District Council",
                                                     header_right="EIR 24/0619", footer_left="UNCLASSIFIED"))
add_label(NN, "pdf", "council", "eir", "yes", "no", "partially_answered", ["EIR 12(5)(a)", "EIR 12(5)(b)"], 14,
          "EIR not FOIA; request is only about fly-tipping cameras; written-off units excluded; reg 11 and 12(2) are not exceptions")
