from lib import *
NN = "21"
write_request(NN, """
Dear Fenland and Ouse Partnership NHS Foundation Trust,

Under the FOI Act could you please tell me:

1. How many CCTV cameras the Trust has across its sites, including inpatient wards;
2. The manufacturers of these cameras;
3. Whether any are Hikvision or Dahua;
4. Whether any cameras are in patient bedrooms or seclusion rooms.

Thank you,
Dr Rebecca Isherwood
""")
S = 27
def l(t, **k):
    k.setdefault("size", S)
    return (t, k)
p1 = [
    l("Fenland and Ouse Partnership", bold=True, size=34, align="right"),
    l("NHS Foundation Trust", bold=True, size=30, align="right"),
    l("Trust Headquarters, Ely Road, Fordham CB7 5QE", size=22, align="right"),
    l("", gap=1),
    l("Dr R Isherwood"),
    l("By email"),
    l(""),
    l("Our ref: FOI 3318"),
    l("28 February 2024"),
    l(""),
    l("Dear Dr Isherwood"),
    l(""),
    l("Re: Freedom of Information Request - CCTV", bold=True),
    l(""),
    l("Thank you for your request received on 31 January 2024. Please find our response"),
    l("below."),
    l(""),
    l("1.  The Trust has approximately 640 CCTV cameras across its sites."),
    l(""),
    l("2. and 3.  The Trust holds this information. However, we are withholding it"),
    l("     under section 31(1)(a) (prevention or detection of crime) and section 38(1)"),
    l("     (health and safety) of the Act. The Trust provides inpatient and secure mental"),
    l("     health services, and information identifying the type and make of the"),
    l("     security systems in use could be used to identify weaknesses and to defeat"),
    l("     them, placing patients, staff and visitors at risk."),
    l(""),
    l("     Both exemptions are qualified and subject to the public interest test. We"),
    l("     recognise the public interest in openness about the Trust's procurement,"),
    l("     including concerns raised nationally about certain manufacturers. However"),
    l("     we have concluded that the public interest in maintaining the exemptions"),
    l("     outweighs the public interest in disclosure."),
    l(""),
    l("     We have also considered section 24 (national security) but do not consider"),
    l("     that it is engaged."),
]
p2 = [
    l("FOI 3318 - page 2", size=22, align="right"),
    l(""),
    l("4.  There are no CCTV cameras in patient bedrooms. Seclusion rooms on two wards"),
    l("     have observation cameras, which are included in the figure given at 1."),
    l(""),
    l("If you are unhappy with the way in which your request has been handled you may"),
    l("request an internal review by writing to the Head of Information Governance at"),
    l("the address above or foi@fop.nhs.uk within 40 working days."),
    l(""),
    l("If you remain dissatisfied following the internal review, you have the right to"),
    l("complain to the Information Commissioner's Office, Wycliffe House, Water Lane,"),
    l("Wilmslow, Cheshire SK9 5AF. Telephone 0303 123 1113."),
    l(""),
    l("Yours sincerely"),
    l("__SIGNATURE__"),
    l("Adrian Mbeki"),
    l("Freedom of Information Lead"),
    l("Fenland and Ouse Partnership NHS Foundation Trust"),
]
pages = [render_page(p1, seed=211, skew=0.6, noise=0.02), render_page(p2, seed=212, skew=1.3, noise=0.02)]
save_image_pdf(pages, out(f"{NN}-reply.pdf"), dpi=200)
label(NN, "pdf", "nhs", "foia", "unknown", "unknown", "partially_answered", ["s31", "s38"], 640,
      "image-only 2-page scan with no text layer; approximate count; makers withheld under s31/s38 while s24 was only considered and not applied")
