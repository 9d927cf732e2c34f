from lib import *
NN = "10"
write_request(NN, """
Hello,

FOI request please:
- how many CCTV cameras does the town council operate
- are any of them Hikvision or Dahua
- what is the annual cost of running them

Thanks
Sam Oyelaran
""")
L = [
    ("HENSBURY TOWN COUNCIL", {"bold": True, "size": 40, "align": "center"}),
    ("The Guildhall, Market Place, Hensbury, Shropshire SY9 3LR", {"align": "center", "size": 23}),
    ("Town Clerk: Mr P. J. Aldous CiLCA", {"align": "center", "size": 23}),
    ("", {"gap": 2}),
    ("3 July 2023", {}),
    ("", {}),
    ("Dear Sam Oyelaran,", {}),
    ("", {}),
    ("Re: Freedom of Information request - CCTV", {"bold": True}),
    ("", {}),
    ("I refer to your email of 19 June.", {}),
    ("", {}),
    ("Hensbury Town Council does not own or operate any CCTV cameras. The", {}),
    ("cameras in the Market Place and on Castle Street belong to Shropshire", {}),
    ("Marches District Council, to whom you may wish to direct your request.", {}),
    ("", {}),
    ("As the Town Council has no cameras it holds no information in respect of", {}),
    ("your second and third questions.", {}),
    ("", {}),
    ("If you are unhappy with this reply please write to me and the matter will be", {}),
    ("considered by the Council's Personnel Committee. You also have the right to", {}),
    ("complain to the Information Commissioner.", {}),
    ("", {}),
    ("Yours sincerely,", {}),
    ("__SIGNATURE__", {}),
    ("Peter Aldous", {}),
    ("Town Clerk & RFO", {}),
]
img = render_page(L, seed=10, skew=1.6, noise=0.02, size=30)
img = img.resize((1240, 1754))
img.save(out(f"{NN}-reply.jpg"), quality=70)
label(NN, "jpg", "council", "foia", "no", "no", "answered", [], 0,
      "JPEG scan of a town clerk's letter, skewed; no CCTV at all but says it holds no information for the other questions and names another council's cameras")
