"""24: Police Scotland FOISA PDF - long station table over several pages, header repeated, total at the end; Q4 withheld s35/s39."""
import random
from common import *

rnd = random.Random(2424)
divs = {
    "North East (A)": ["Aberdeen Queen Street", "Aberdeen Kittybrewster (custody)", "Bucksburn", "Dyce", "Ellon", "Fraserburgh",
                        "Peterhead", "Inverurie", "Banchory", "Stonehaven", "Elgin", "Buckie", "Forres", "Keith", "Huntly", "Turriff"],
    "Tayside (D)": ["Dundee West Bell Street (custody)", "Lochee", "Broughty Ferry", "Perth (custody)", "Blairgowrie", "Crieff",
                    "Pitlochry", "Arbroath", "Forfar", "Montrose", "Brechin", "Kinross"],
    "Highlands and Islands (N)": ["Inverness Burnett Road (custody)", "Nairn", "Aviemore", "Dingwall", "Alness", "Wick", "Thurso",
                                  "Fort William", "Portree", "Stornoway (custody)", "Kirkwall", "Lerwick", "Golspie", "Ullapool", "Tain"],
    "Forth Valley (C)": ["Falkirk (custody)", "Grangemouth", "Stirling", "Alloa", "Dunblane", "Callander", "Bo'ness"],
    "Edinburgh City (E)": ["St Leonard's (custody)", "Gayfield Square", "Corstorphine", "Craigmillar", "Drylaw", "Leith",
                           "Wester Hailes", "Portobello", "South Queensferry", "Balerno"],
    "Lothians and Scottish Borders (J)": ["Livingston (custody)", "Bathgate", "Broxburn", "Dalkeith", "Musselburgh", "Haddington",
                                          "Dunbar", "Penicuik", "Galashiels", "Hawick (custody)", "Kelso", "Peebles", "Eyemouth"],
    "Fife (P)": ["Kirkcaldy (custody)", "Dunfermline", "Glenrothes", "Levenmouth", "Cupar", "St Andrews", "Cowdenbeath", "Lochgelly"],
    "Greater Glasgow (G)": ["Glasgow London Road (custody)", "Stewart Street", "Helen Street", "Govan", "Baird Street", "Maryhill",
                            "Partick", "Easterhouse", "Shettleston", "Castlemilk", "Cathcart", "Drumchapel", "Clydebank (custody)",
                            "Dumbarton", "Kirkintilloch", "Giffnock"],
    "Lanarkshire (Q)": ["Motherwell (custody)", "Coatbridge", "Airdrie", "Cumbernauld", "Hamilton", "East Kilbride", "Wishaw",
                        "Lanark", "Carluke", "Blantyre"],
    "Ayrshire (U)": ["Kilmarnock (custody)", "Ayr", "Irvine", "Saltcoats", "Largs", "Girvan", "Cumnock", "Troon"],
    "Renfrewshire and Inverclyde (K)": ["Paisley Mill Street", "Greenock (custody)", "Johnstone", "Renfrew", "Port Glasgow", "Barrhead"],
    "Argyll and West Dunbartonshire (L)": ["Oban", "Dunoon", "Campbeltown", "Lochgilphead", "Rothesay", "Helensburgh"],
    "Dumfries and Galloway (V)": ["Dumfries Cornwall Mount (custody)", "Stranraer", "Annan", "Castle Douglas", "Newton Stewart", "Lockerbie"],
}
rows = [["Division", "Station / custody centre", "Custody", "CCTV cameras"]]
total = 0
for dv, sts in divs.items():
    first = True
    for s in sts:
        cust = "(custody)" in s
        name = s.replace(" (custody)", "")
        n = rnd.randint(22, 48) if cust else rnd.choice([2, 3, 4, 4, 5, 6, 6, 8, 9, 11, 12, 14])
        total += n
        rows.append([dv if first else "", name, "Yes" if cust else "No", str(n)])
        first = False
rows.append(["<b>Total</b>", "", "", "<b>%s</b>" % format(total, ",")])
print("total", total, "stations", len(rows) - 2)

story = paras("""<b>POLICE SCOTLAND  |  POILEAS ALBA</b>
Information Management - Freedom of Information, Dundee""", SMALL)
story.append(Spacer(1, 8))
story += paras("""Our reference: IM-FOI-2024-1877
Your reference:
Date: 02 October 2024

Dear Ms Gallacher

<b>Freedom of Information (Scotland) Act 2002</b>

I refer to your recent request for information which has been handled in accordance with the Freedom of
Information (Scotland) Act 2002.

For ease of reference, your request is replicated below together with the response.

<b><i>Q1 Please provide the number of CCTV cameras at each police station and custody centre in Scotland.</i></b>

The information requested is provided in the table below. The figures are taken from the Estates
security systems register as at 1 September 2024 and relate to fixed CCTV cameras only. Cameras at
shared premises operated by partner agencies (for example local authority public space systems viewed from
police stations) are not included.""")
story.append(grid(rows, [55*mm, 60*mm, 20*mm, 25*mm], header_rows=1, repeat=True,
                  style_extra=[("ALIGN", (2, 0), (3, -1), "CENTER")]))
story.append(Spacer(1, 8))
story += paras("""<b><i>Q2 Which manufacturers supply these cameras?</i></b>

Avigilon, Axis, Bosch and Hikvision.

<b><i>Q3 Are any made by Hikvision or Dahua?</i></b>

Please see the response to Q2. The remaining Hikvision cameras are at legacy premises and are being phased
out under the Estates Transformation Programme, with replacement due to complete by March 2026.

<b><i>Q4 For each custody centre, please describe which areas are covered by CCTV and which are not.</i></b>

I can confirm that all custody centres have CCTV coverage of the charge bar, cell corridors and cells in line
with the Police Scotland Care and Welfare of Persons in Police Custody SOP, which is published on our website.
Beyond this, the specific areas covered and not covered at each custody centre are exempt in terms of sections
35(1)(a) and (b) (law enforcement) and 39(1) (health, safety and the environment) of the Act.

Disclosure would identify areas of custody centres without camera coverage, which could be exploited by those in
custody to self-harm, harm others, conceal items or evade observation, and could assist those planning escape or
attack. These are non-absolute exemptions which require the application of the public interest test.
I accept that disclosure would inform the public about the safeguards in place for detained persons. However, the
safety of detained persons and staff and the effective operation of custody are paramount. On balance the public
interest lies in maintaining the exemptions.

Should you require any further assistance please contact Information Management - Dundee quoting the reference
number given.

If you are dissatisfied with the way in which Police Scotland has dealt with your request, you are entitled in
the first instance to request a review of our actions and decisions. Your request must specify the matter which
gives rise to your concern and should be made within 40 working days from the day on which you receive this
response.

If you remain dissatisfied following our review response, you can apply to the Office of the Scottish
Information Commissioner within six months for a decision. You can apply online, by email or by letter.

Our response to your request will be published on our website, within the Freedom of Information - Disclosure Log.""")
build_pdf(out("24-reply.pdf"), story, title="IM-FOI-2024-1877", footer="OFFICIAL")
