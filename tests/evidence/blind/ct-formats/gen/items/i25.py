import os
from lib import *

REQUEST = """
Dear Fellside Learning Partnership,

Please can you tell me, for each school in the trust:

1. how many CCTV cameras there are, inside and outside;
2. whether any are made by Hikvision or Dahua (or their sub-brands);
3. whether any cameras are in toilets or changing areas.

Many thanks
Dr Rosalind Achterberg
"""

SCHOOLS = [
    ("Northfell Academy", 8, 6, 10, 1, "Hikvision"),
    ("St Bega's CE Primary Academy", 2, 3, 6, 0, "HiWatch"),
    ("Eskdale Rise Academy", 10, 12, 14, 2, "Hanwha"),
    ("Howgill Primary Academy", 0, 4, 5, 0, "Da Hua"),
    ("Whinlatter Sixth Form College", 4, 2, 8, 1, "Hikvision"),
]

LABEL = dict(format="docx", body_type="academy", law="foia", hikvision="yes", dahua="yes",
             outcome="answered", exemptions=[], camera_count=98,
             note="two-row header with horizontally merged 'Internal'/'External' cells over type columns; makers include the HiWatch sub-brand and a 'Da Hua' misspelling")


def build(out):
    d = new_doc("Calibri", 11)
    para(d, "Fellside Learning Partnership", bold=True, size=16, align="center")
    para(d, "A multi-academy trust  •  Registered in England and Wales, company no. 0913XXXX", size=8, align="center")
    para(d, "Trust Central Team, The Old Grammar School, Keswick Road, Cockermouth CA13 9XP", size=8, align="center")
    para(d, "")
    para(d, "17 January 2025")
    para(d, "Dear Dr Achterberg")
    para(d, "Freedom of Information request – FLP/FOI/2025/003", bold=True)
    para(d, "Thank you for your request, which we received on 2 January 2025. I am pleased to provide the information below.")
    para(d, "Questions 1 and 2", bold=True)
    t = d.add_table(rows=2 + len(SCHOOLS) + 1, cols=6)
    t.style = "Table Grid"
    # header row 1
    set_cell(t.cell(0, 0), "School", bold=True)
    m = t.cell(0, 1).merge(t.cell(0, 2)); set_cell(m, "Internal", bold=True)
    m = t.cell(0, 3).merge(t.cell(0, 4)); set_cell(m, "External", bold=True)
    set_cell(t.cell(0, 5), "Manufacturer", bold=True)
    for j, h in enumerate(["", "Fixed", "Dome", "Fixed", "PTZ", ""]):
        set_cell(t.cell(1, j), h, bold=True)
    mm = t.cell(0, 0).merge(t.cell(1, 0)); set_cell(mm, "School", bold=True)
    mm = t.cell(0, 5).merge(t.cell(1, 5)); set_cell(mm, "Manufacturer", bold=True)
    for r in range(2):
        for c in range(6):
            shade(t.cell(r, c), "DDEBF7")
    tot = [0, 0, 0, 0]
    for i, (s, a, b, c, e, mk) in enumerate(SCHOOLS, start=2):
        for j, v in enumerate([s, a, b, c, e, mk]):
            set_cell(t.cell(i, j), str(v))
        for k, v in enumerate([a, b, c, e]):
            tot[k] += v
    last = 2 + len(SCHOOLS)
    set_cell(t.cell(last, 0), "Total", bold=True)
    for k, v in enumerate(tot, start=1):
        set_cell(t.cell(last, k), str(v), bold=True)
    set_cell(t.cell(last, 5), "98 cameras", bold=True)
    assert sum(tot) == 98
    para(d, "")
    para(d, "Question 3", bold=True)
    para(d, "No. There are no cameras in toilets or changing areas at any of our schools. Cameras in corridors outside these areas are positioned so that they do not view into them.")
    para(d, "If you are dissatisfied with the handling of your request, please write to the Trust's Data Protection Lead at the address above to request a review. If you remain unhappy after the review you may contact the Information Commissioner's Office (ico.org.uk/make-a-complaint).")
    para(d, "Kind regards")
    para(d, "Gareth Lonsdale-Pike\nChief Operating Officer")
    name = "25-reply.docx"
    d.save(os.path.join(out, name))
    return name
