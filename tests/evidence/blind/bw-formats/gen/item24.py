from common import *

N = 24
write_request(N, """
Dear Police Scotland,

I am requesting the following under FOISA regarding body worn video (BWV) only:

a) How many body worn video cameras does Police Scotland have?
b) What make and model are they?
c) Were any of the devices manufactured by Hikvision or Dahua?
d) What was the total contract value?

Thank you,
Catriona Imrie
""")

csv = """Police Scotland - FOI 24-1871 - Body Worn Video - Response
Question,Manufacturer,Model,Number of devices,Comment
a/b,Axon,Body 3,"9,214",Issued to officers and staff (national roll-out)
a/b,Axon,Body 4,640,Armed Policing and Roads Policing
a/b,Motorola Solutions,VB400,"1,105",Legacy devices - North Command. To be replaced by Axon by Dec 2025
a/b,Reveal Media,RS2-X2L,0,Withdrawn from service 2021
c,,,,"No. None of the BWV devices listed above are manufactured by Hikvision or Dahua."
d,,,,"Total contract value for the national BWV contract is £17.4m over 10 years (Axon). Contract value for legacy devices is exempt under section 33(1)(b) FOISA - commercial interests."
,,,,
Review,,,,"If you are dissatisfied you may request a review within 40 working days: foi@scotland.police.uk. If still dissatisfied you may apply to the Scottish Information Commissioner, www.foi.scot/appeal."
"""
out(N, "csv").write_text(csv, encoding="utf-8")
add_label(N, "csv", "police", "foisa", "no", "no", "partially_answered", ["s33"], 10959,
          "BWV-only request; per-model rows with no total and thousands separators (9,214+640+1,105), withdrawn model at 0; legacy contract value withheld s33")
