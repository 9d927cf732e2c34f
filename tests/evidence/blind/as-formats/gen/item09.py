from common import *
NN = "09"
write_request(NN, """
Dear Sir or Madam

I am writing under the Freedom of Information (Scotland) Act 2002.

Question 1: How many CCTV cameras does the Council operate in town centres?
Question 2: How many cameras does the Council operate in its schools?
Question 3: Are any of the above manufactured by Hikvision, Dahua, or their subsidiaries?
Question 4: Does the Council use live facial recognition?

Yours faithfully
Moira Kinnaird
""")

def build(d):
    p = d.add_paragraph("ANGUS AND MEARNS COUNCIL"); p.runs[0].bold = True
    d.add_paragraph("Legal and Democratic Services\nAngus House, Orchardbank Business Park, Forfar DD8 1AN")
    d.add_paragraph("Our Ref: AMC/FOISA/2024/0933\nYour Ref:\nDate: 27 August 2024")
    d.add_paragraph("Dear Ms Kinnaird")
    p = d.add_paragraph("FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 – REQUEST FOR INFORMATION"); p.runs[0].bold = True
    d.add_paragraph("I refer to your request received on 31 July 2024. Each of your questions is repeated below "
                    "followed by the Council's response.")
    for q, a in [
        ("Question 1: How many CCTV cameras does the Council operate in town centres?",
         "The Council's Community Safety CCTV network consists of 57 cameras across Arbroath, Forfar, Montrose, "
         "Brechin and Carnoustie."),
        ("Question 2: How many cameras does the Council operate in its schools?",
         "CCTV in the Council's secondary schools is installed and maintained under the Angus Schools PPP "
         "contract by the project company and its facilities management contractor. The Council does not hold "
         "this information. In terms of section 17 of FOISA, this letter serves as notice that the information "
         "is not held."),
        ("Question 3: Are any of the above manufactured by Hikvision, Dahua, or their subsidiaries?",
         "No cameras in the Community Safety network are manufactured by either company. For schools please see "
         "our response to Question 2."),
        ("Question 4: Does the Council use live facial recognition?", "No."),
    ]:
        qp = d.add_paragraph(q); qp.runs[0].bold = True
        d.add_paragraph(a)
    p = d.add_paragraph("Your right to seek a review"); p.runs[0].bold = True
    d.add_paragraph("If you are dissatisfied with the way the Council has dealt with your request, you are entitled "
                    "to require the Council to review its decision. Please note that in order for a review to take "
                    "place you must submit your requirement for review within 40 working days of receipt of this "
                    "letter, giving your reasons. If you remain dissatisfied after the review you have a right to "
                    "apply to the Scottish Information Commissioner, Kinburn Castle, Doubledykes Road, St Andrews, "
                    "Fife KY16 9DS (www.itspublicknowledge.info/appeal).")
    d.add_paragraph("Yours sincerely\n\nAlasdair Guthrie\nInformation Governance Officer")

open(path(f"{NN}-reply.docx"), "wb").write(docx_bytes(build))
add_label(NN, "docx", "council", "foisa", "no", "no", "partially_answered", ["s17"], 57,
          "FOISA; school cameras are a PPP company's and not held (s17 notice), so makers/count cover the town-centre network only")
