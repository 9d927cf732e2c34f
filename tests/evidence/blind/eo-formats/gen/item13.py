"""13: text PDF on letterhead from a fire service: table with cameras, camera make and recorder (Dahua NVRs) and a
total row; Hikvision removed in 2022; Dahua cameras denied but Dahua recorders in use."""
import os
from fpdf import FPDF
from fpdf.fonts import FontFace
OUT = os.path.join(os.path.dirname(__file__), '..')
FD = '/usr/share/fonts/truetype/liberation/'
class P(FPDF):
    def header(self):
        self.set_fill_color(170, 20, 30); self.rect(0, 0, 210, 6, 'F')
        self.set_font('LS', 'B', 15); self.set_text_color(170, 20, 30)
        self.set_xy(15, 10); self.cell(0, 7, 'Kingsmoor and Dale Fire and Rescue Service')
        self.set_font('LS', '', 8.5); self.set_text_color(80, 80, 80)
        self.set_xy(15, 17); self.cell(0, 5, 'Service Headquarters, Bramley Road, Kingsmoor KD1 5FR  -  Tel 01632 962 000  -  www.kdfrs.example.gov.uk')
        self.set_draw_color(170, 20, 30); self.line(15, 24, 195, 24)
        self.set_text_color(0, 0, 0); self.set_y(30)
    def footer(self):
        self.set_y(-14); self.set_font('LS', 'I', 8); self.set_text_color(110, 110, 110)
        self.cell(0, 5, f'Protecting our communities  |  Page {self.page_no()} of {{nb}}', align='C')
pdf = P(); pdf.alias_nb_pages()
pdf.add_font('LS', '', FD + 'LiberationSans-Regular.ttf'); pdf.add_font('LS', 'B', FD + 'LiberationSans-Bold.ttf')
pdf.add_font('LS', 'I', FD + 'LiberationSans-Italic.ttf')
pdf.set_margins(15, 30, 15); pdf.add_page(); pdf.set_font('LS', '', 10.5)
def para(t, style='', h=5.3, gap=2.5):
    pdf.set_font('LS', style, 10.5); pdf.multi_cell(0, h, t); pdf.ln(gap)
para('Our Ref: KDFRS/FOI/23-112\nDate: 24 November 2023\n\nMs N Brooks\nBy e-mail')
para('Dear Ms Brooks,')
para('Freedom of Information Act 2000 - Request for information', 'B')
para('I refer to your request for information received on 30 October 2023. I can confirm that the Service holds the '
     'information you have asked for, which is provided below.')
para('Questions (1) and (2)', 'B', gap=1)
rows = [('Service HQ and Joint Control Room', '22', 'Hanwha', 'Hanwha XRN-3010'),
        ('Kingsmoor Fire Station', '6', 'Hanwha', 'Dahua NVR4216-16P-4KS2'),
        ('Hatherley Fire Station', '5', 'Hanwha', 'Dahua NVR4208-8P-4KS2'),
        ('Dalebridge Fire Station', '4', 'Hanwha', 'Dahua NVR4208-8P-4KS2'),
        ('Ravenshaw Fire Station', '4', 'Axis', 'Dahua NVR4208-8P-4KS2'),
        ('Ollerton Bank Fire Station (on-call)', '3', 'Hanwha', 'Dahua NVR2104HS-P-S3'),
        ('Stainby Fire Station (on-call)', '3', 'Hanwha', 'Dahua NVR2104HS-P-S3'),
        ('Wolds End Fire Station (on-call)', '2', 'Axis', 'Dahua NVR2104HS-P-S3'),
        ('Training and Development Centre', '9', 'Hanwha', 'Hanwha XRN-1610')]
tot = sum(int(r[1]) for r in rows)
pdf.set_font('LS', '', 9.5)
with pdf.table(col_widths=(62, 20, 30, 58), text_align=('LEFT', 'CENTER', 'LEFT', 'LEFT'),
               headings_style=FontFace(emphasis='BOLD', fill_color=(235, 220, 220)), line_height=6) as t:
    t.row(('Premises', 'Cameras', 'Camera make', 'Recorder (make / model)'))
    for r in rows: t.row(r)
    t.row(('Total', str(tot), '', ''), style=FontFace(emphasis='BOLD'))
pdf.ln(4)
para('(3) Are any of your cameras made by Hikvision?', 'B', gap=1)
para('No. The Hikvision cameras previously installed at Kingsmoor and Hatherley stations were removed and replaced in 2022.')
para('(4) Are any of your cameras made by Dahua?', 'B', gap=1)
para('None of the Service\'s cameras are made by Dahua. The recorders at seven stations are Dahua, as shown in the table above; '
     'these are scheduled for replacement when the station systems are next refreshed.')
para('(5) How much have you spent on CCTV in each of the last three financial years?', 'B', gap=1)
para('2020/21: \u00a314,250\n2021/22: \u00a331,900 (includes replacement of cameras at Kingsmoor and Hatherley)\n2022/23: \u00a39,870')
para('If you are not satisfied with this response, you may ask for an internal review by writing to the Information Governance '
     'Manager at the address above within 40 working days. If you are still dissatisfied you may complain to the Information '
     'Commissioner\'s Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.')
para('Yours sincerely,\n\n\nAndrew Lister\nInformation Governance Manager')
pdf.output(os.path.join(OUT, '13-reply.pdf'))
print('wrote 13-reply.pdf total', tot)
