"""15: text PDF from a police force: full refusal. Request text restated inside the letter (naming both makers); NCND
for makers, other parts withheld; s38 considered but not applied."""
import os
from fpdf import FPDF
OUT = os.path.join(os.path.dirname(__file__), '..')
FD = '/usr/share/fonts/truetype/dejavu/'
class P(FPDF):
    def header(self):
        self.set_font('DS', 'B', 8); self.set_text_color(0, 0, 0); self.cell(0, 4, 'OFFICIAL', align='C', new_x='LMARGIN', new_y='NEXT')
        self.set_font('DS', 'B', 14); self.set_text_color(0, 32, 96)
        self.cell(0, 8, 'SEVERN MARCHES POLICE', new_x='LMARGIN', new_y='NEXT')
        self.set_font('DS', '', 8); self.set_text_color(60, 60, 60)
        self.cell(0, 4, 'Information Access Team  |  Police Headquarters, Hindlip Way, Marchester MR4 7QA', new_x='LMARGIN', new_y='NEXT')
        self.ln(6); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-12); self.set_font('DS', 'B', 8); self.cell(0, 4, 'OFFICIAL', align='C')
pdf = P(); pdf.add_font('DS', '', FD + 'DejaVuSans.ttf'); pdf.add_font('DS', 'B', FD + 'DejaVuSans-Bold.ttf')
pdf.add_font('DS', 'I', FD + 'DejaVuSans-Oblique.ttf')
pdf.set_margins(18, 12, 18); pdf.add_page()
def para(t, st='', sz=9.5, gap=2.5):
    pdf.set_font('DS', st, sz); pdf.multi_cell(0, 4.8, t); pdf.ln(gap)
para('FREEDOM OF INFORMATION REQUEST REFERENCE NO: SMP-2023-1496', 'B')
para('Date: 4 September 2023')
para('Dear Mr Grant')
para('I write in connection with your request for information which was received by Severn Marches Police on 7 August 2023. '
     'I note you seek access to the following information:')
para('1. How many CCTV cameras does the force operate at its police stations, custody suites and headquarters?\n'
     '2. How many of these cameras are made by Hikvision?\n3. How many of these cameras are made by Dahua?\n'
     '4. Which company maintains the force\'s CCTV?\n5. Please provide a list of the locations of the cameras.', 'I')
para('DECISION', 'B')
para('Severn Marches Police can neither confirm nor deny that it holds information relevant to questions 2 and 3 of your '
     'request as the duty in s1(1)(a) of the Freedom of Information Act 2000 does not apply, by virtue of the following '
     'exemptions: Section 24(2) National Security; Section 31(3) Law Enforcement.')
para('In respect of questions 1, 4 and 5, the force holds the information but it is exempt from disclosure by virtue of '
     'sections 24(1) and 31(1)(a)(b) of the Act.')
para('This letter serves as a Refusal Notice under Section 17 of the Freedom of Information Act 2000.')
para('REASONS FOR DECISION', 'B')
para('Harm: The security of police premises is fundamental to the force\'s ability to carry out its law enforcement '
     'functions. Disclosure of the number, locations or manufacturers of cameras, or of the company maintaining them, would '
     'build a picture of the force\'s security measures. In a climate where the vulnerability of certain internet-connected '
     'devices has attracted media attention, confirming or denying the use of any named manufacturer would allow criminals '
     'and those intent on causing harm to identify premises whose security systems may be compromised. Disclosure under '
     'FOI is a release to the world, and the force must consider the mosaic effect of releases made by other forces.')
para('Public Interest Test - Factors favouring disclosure: Disclosure would provide reassurance that public funds are being '
     'spent appropriately and would inform public debate about the procurement of surveillance equipment.')
para('Factors against disclosure: Disclosure would enable those with criminal intent to identify weaknesses in the security '
     'of the police estate, compromising the safety of officers, staff and detained persons, and would undermine the '
     'national security framework and the ongoing work of the force to protect critical infrastructure.')
para('Balancing test: The points above highlight the merits of disclosure, but the security of the police estate is of '
     'paramount importance. Therefore it is our opinion that for these issues the balancing test favours non-disclosure '
     'and neither confirming nor denying.')
para('For completeness, the force considered whether section 38 (Health and Safety) applied but concluded that it is not '
     'engaged and has not relied on it.')
para('No inference can be taken from this refusal that the information you have requested does or does not exist.')
para('COMPLAINT RIGHTS', 'B')
para('If you are dissatisfied with this response you may request an internal review within 40 working days by writing to '
     'the Information Access Team at the address above. If you remain dissatisfied you may apply to the Information '
     'Commissioner under section 50 of the Act.')
para('Yours sincerely\n\nS. Adeyemi\nInformation Access Officer')
pdf.output(os.path.join(OUT, '15-reply.pdf'))
print('wrote 15-reply.pdf')
