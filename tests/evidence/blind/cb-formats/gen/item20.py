from common import *

NN = "20"
write_request(NN, """
Dear St Bede's,

Please can you answer the following under the Freedom of Information Act 2000:

1. How many CCTV cameras does the school have?
2. Are any made by Hikvision?
3. Are any made by Dahua?
4. Do any of the cameras record sound?

Many thanks,
Chris Abara
""")
S = "serif"
L = [("<center>St Bede's Catholic Primary School", "serifb", 30, 0),
     ("<center>Hollins Lane, Bolton BL2 7QE  ·  Tel 01204 301 955", S, 19, 0, 30),
     ("<right>23/05/24", S, 23, 0, 20),
     ("Dear Mr Abara", S, 23, 0, 14),
     ("FOI request - CCTV", "serifb", 23, 0, 14),
     ("In answer to your questions:", S, 23, 0, 10),
     ("1.   9", S, 23, 30),
     ("2.   No", S, 23, 30),
     ("3.   Yes - 2 (car park)", S, 23, 30),
     ("4.   No", S, 23, 30, 24),
     ("If you are unhappy with this reply please contact the Chair of Governors via", S, 23, 0),
     ("the school office. You can also complain to the ICO.", S, 23, 0, 30),
     ("Kind regards", S, 23, 0, 50),
     ("Mrs J. Hulme", S, 23, 0),
     ("Office Manager", S, 23, 0)]
scanned_pdf(OUT / f"{NN}-reply.pdf", [L], seed=20, skew=1.6, stamp=["ST BEDE'S R.C.", "PRIMARY SCHOOL", "BOLTON"],
            stamp_pos=(620, 1000), stamp_color=(40, 40, 130))
label(NN, "pdf", "school", "foia", "no", "yes", "answered", [], 9,
      "Scanned image-only note with bare numbered answers that only make sense beside the request.")
