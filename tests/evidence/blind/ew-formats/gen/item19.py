from common import write_request, add_label, out
from odfhelp import Doc

NN = "19"
write_request(NN, """
Dear Teifi Valley County Council,

I would like to know about the cameras the council uses to tackle fly-tipping.

1) How many cameras does the council use to detect or deter fly-tipping?
2) What make and model are they?
3) Where are they currently deployed?
4) How many fixed penalty notices for fly-tipping were issued in 2023/24 as a result of camera evidence?

Thank you,
Sioned Prydderch
""")

d = Doc()
d.p("Cyngor Sir Dyffryn Teifi | Teifi Valley County Council", bold=True)
d.p("Gwasanaethau Cyfreithiol a Democrataidd / Legal and Democratic Services")
d.p("Neuadd y Sir, Stryd y Bont, Aberteifi-Isaf SA43 9NX")
d.p("Ein cyf / Our ref: EIR-2024-0288")
d.p("Dyddiad / Date: 30 Medi / September 2024")
d.p("Annwyl / Dear Ms Prydderch,")
d.heading("Environmental Information Regulations 2004 – fly-tipping cameras")
d.p("Thank you for your request for information received on 2 September 2024. As your request concerns "
    "measures affecting the state of the land and the management of waste, the Council has dealt with it under "
    "the Environmental Information Regulations 2004 (EIR) rather than the Freedom of Information Act 2000.")
d.p("The Council's response to each part of your request is set out below.")
d.table([
    ["Your request", "Our response"],
    ["1) How many cameras does the council use to detect or deter fly-tipping?",
     ["The Council's Environmental Enforcement Team has twelve (12) re-deployable cameras.",
      "These are separate from the Council's town centre CCTV system."]],
    ["2) What make and model are they?",
     ["Hikvision DS-2XS6A25G0-I/CH20S40 solar 4G cameras – 9",
      "Reconeyez RE-CAM 3 – 3"]],
    ["3) Where are they currently deployed?",
     ["This information is withheld under regulation 12(5)(b) of the EIR (the course of justice and the ability "
      "of a public authority to conduct an inquiry of a criminal or disciplinary nature).",
      "Disclosure of current camera locations would allow offenders to avoid those locations and would "
      "undermine ongoing investigations. Please see the public interest test below."]],
    ["4) How many fixed penalty notices for fly-tipping were issued in 2023/24 as a result of camera evidence?",
     ["41. A further 6 cases were referred for prosecution."]],
], [6.5, 10.5])
d.heading("Public interest test – regulation 12(5)(b)")
d.p("Regulation 12(1)(b) requires that the exception is maintained only where, in all the circumstances, the "
    "public interest in maintaining the exception outweighs the public interest in disclosure, and regulation "
    "12(2) requires a presumption in favour of disclosure. The Council recognises the public interest in knowing "
    "how it tackles fly-tipping. However, the cameras are deliberately moved between hotspots and their "
    "effectiveness depends on offenders not knowing where they are. The Council has concluded that the public "
    "interest in maintaining the exception outweighs that in disclosure. This letter is a refusal notice under "
    "regulation 14 in respect of part 3 of your request.")
d.heading("Hawl i adolygiad / Right to review")
d.p("If you are dissatisfied with this response you may ask for an internal review under regulation 11 within 40 "
    "working days by contacting foi@dyffrynteifi.gov.wales. If you remain dissatisfied you may complain to the "
    "Information Commissioner's Office, 2nd Floor, Churchill House, Churchill Way, Cardiff CF10 2HH.")
d.p("Mae croeso i chi ohebu â ni yn Gymraeg. You are welcome to correspond with us in Welsh.")
d.p("Yn gywir / Yours sincerely,")
d.p("Huw Prosser")
d.p("Swyddog Llywodraethu Gwybodaeth / Information Governance Officer")
d.save(out(f"{NN}-reply.odt"))
add_label(NN, "odt", "welsh_council", "eir", "yes", "no", "partially_answered", ["EIR 12(5)(b)"], 12,
          "EIR reply in an ODT table about fly-tipping cameras only: the count is 'twelve (12)' re-deployable "
          "cameras (not the town centre CCTV), makers listed as Hikvision and Reconeyez, locations withheld under "
          "reg 12(5)(b) with reg 11/14 mentioned but not exemptions.")
