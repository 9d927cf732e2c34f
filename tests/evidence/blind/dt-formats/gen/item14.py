from common import *

write_text("14-request.txt", """
To the Headteacher, Ridgeway High School

Freedom of Information request

- How many CCTV cameras does the school have?
- Where are they located (broadly - e.g. car park, corridors)?
- What make are they?
- Do any of the cameras record audio?
- How long is footage kept?

Many thanks
Sam Petrakis
""")

sheet = [
    ["Ridgeway High School - Freedom of Information response"],
    ["Ref: RHS/FOI/2024/06", "", "Date sent: 21/11/2024"],
    [],
    ["Location", "No. of cameras", "Make", "Int/Ext"],
    ["Main entrance", 2, "Hik Vision", "Ext"],
    ["Reception", 1, "Hik Vision", "Int"],
    ["Staff & visitor car park", 3, "Hik Vision", "Ext"],
    ["Bike shelter", 1, "Hik Vision", "Ext"],
    ["Sports hall", 2, "Hanwha", "Int"],
    ["Dining hall", 2, "Hanwha", "Int"],
    ["Corridors (B block)", 4, "Hanwha", "Int"],
    ["Playground / field", 3, "Hik Vision", "Ext"],
    [],
    ["Audio", "None of the cameras record audio."],
    ["Retention", "Footage is kept for 30 days and then automatically overwritten, unless downloaded for an investigation."],
    [],
    ["No cameras are located in toilets or changing rooms."],
]
notes = [
    ["If you are not satisfied with this response, please write to the Clerk to the Governors, Ridgeway High School, within 40 working days to request a review."],
    ["You may then complain to the Information Commissioner's Office (ico.org.uk)."],
    ["The information provided is subject to copyright and may not be re-used for commercial purposes without the school's permission."],
    ["Contact: Mrs K. Oyelaran, School Business Manager, foi@ridgewayhigh.sch.uk"],
]
write_ods("14-reply.ods", [("FOI response", sheet, {"bold_rows": [0, 3]}), ("Notes", notes, {})])

add_label("14", "ods", "ods", "school", "foia", "yes", "no", "answered", [], 18,
          "OpenDocument sheet with a per-location table and no total row (2+1+3+1+2+2+4+3=18); makes in a column spelled 'Hik Vision' and Hanwha, a complete list, so Dahua is no.")
