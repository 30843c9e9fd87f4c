#!/usr/bin/env python3
# ruff: noqa
# fmt: off
# A copy of the evaluator's build script, kept as written (not linted or reformatted).
"""Blind held-out evaluation set h4: 200 labelled posts, 40 per policy.

Writes cases.jsonl and cases.sha256 beside this file and checks the set's invariants.
"""
import datetime as dt
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
POLICIES = ["bwmat", "archbishop-hutton", "generic-school", "ysgol-llanbedrog", "robert-carre"]
CATEGORIES = {
    "pupil-contact", "pupil-image", "pupil-identity", "community-reference", "personal-contact-details",
    "personal-data", "confidential", "disparaging", "defamatory", "offensive", "discriminatory", "harassment",
    "school-identity", "school-reference", "missing-disclaimer", "policy-opinion", "political-influence",
    "working-time", "professional-reference", "copyright", "media", "safeguarding", "extremism", "illegal",
}
VERDICTS = {"ok", "advise", "breach", "escalate"}
ESC = {"safeguarding", "extremism", "illegal"}
# Policies whose text restricts personal use during working time / on school equipment.
WORKING_TIME_POLICIES = {"archbishop-hutton", "generic-school", "ysgol-llanbedrog", "robert-carre"}

# Cases written in Welsh (all ysgol-llanbedrog).
WELSH = {"h4-yl%02d" % i for i in (1, 2, 4, 6, 8, 10, 12, 13, 14, 15, 16, 17, 19, 20, 22, 23, 25, 27, 28, 30, 32, 36, 37, 39)}

# Week of Monday 9 March 2026.
DAY = {"mon": "2026-03-09", "tue": "2026-03-10", "wed": "2026-03-11", "thu": "2026-03-12",
       "fri": "2026-03-13", "sat": "2026-03-14", "sun": "2026-03-15"}
EVENING = "tue 19:30"
DISCLAIMER = "Views my own."

CASES = []


def C(cid, policy, text, verdicts, cats, allowed=(), *, at=EVENING, account="personal", author="staff",
      platform="facebook", audience="public", action=None, recipient=None, device="personal",
      name="", bio=None, images=None):
    day, hm = at.split()
    post = {"id": cid, "text": text, "account": account, "author_role": author, "platform": platform,
            "audience": audience, "posted_at": f"{DAY[day]}T{hm}:00", "device": device,
            "profile": {"display_name": name,
                        "bio": bio if bio is not None else ("" if policy == "archbishop-hutton" or author != "staff"
                                                            else DISCLAIMER)}}
    if action:
        post["action"] = action
    if recipient:
        post["recipient_role"] = recipient
    if images is not None:
        post["images"] = images
    CASES.append({"id": cid, "policy": policy, "post": post,
                  "expect": {"verdicts": list(verdicts), "categories": list(cats), "allowed": list(allowed)}})


def img(desc, people, consent=None):
    d = {"description": desc, "people": people}
    if consent is not None:
        d["consent"] = consent
    return [d]


E = ["escalate"]
B = ["breach"]
A = ["advise"]
OK = ["ok"]
DM = dict(audience="direct", action="message")

# ---------------------------------------------------------------- bwmat (St Brannock's, BWMAT)
P = "bwmat"
C("h4-bw01", P, "miss can i talk to u about something. my step dad gets really angry when mum's on nights and he said if i tell anyone about the bruises ill get taken away",
  E, ["safeguarding"], ["pupil-contact"], author="pupil", platform="instagram", recipient="staff", **DM)
C("h4-bw02", P, "You're so mature for a Year 9, honestly you're not like the others. Delete these after, it's our little secret x",
  E, ["safeguarding", "pupil-contact"], ["personal-contact-details"], platform="other", recipient="pupil", **DM)
C("h4-bw03", P, "Anyone know what 'add me on the other app and don't tell ur mum' means? Found it on my 11yo's tablet from a man she met on Roblox. Feeling sick.",
  E, ["safeguarding"], [], author="parent")
C("h4-bw04", P, "cant do this anymore. got the blades out again last night. nobody would even notice if i wasnt here",
  E, ["safeguarding"], [], author="pupil", platform="instagram", action="comment")
C("h4-bw05", P, "Has anyone got the link to that video of the Year 10 girl that's doing the rounds? Asking for a mate 😏",
  E, ["safeguarding"], ["offensive", "pupil-image", "pupil-identity", "illegal"], platform="whatsapp", audience="friends")
C("h4-bw06", P, "Proud to march with the lads on Saturday. Britain for the British, we take our country back by any means necessary. DM me if you want in.",
  E, ["extremism"], ["discriminatory", "illegal"])
C("h4-bw07", P, "Watch the videos I sent you, brother. The kuffar teachers lie to you. Real men answer the call. Don't tell your parents about our chats.",
  E, ["extremism", "pupil-contact", "political-influence"], ["discriminatory", "safeguarding"], platform="other", recipient="pupil", **DM)
C("h4-bw08", P, "Everyone should read the Christchurch manifesto, every word is true. Somebody needs to finish what he started.",
  E, ["extremism"], ["illegal", "discriminatory"], author="public", action="comment")
C("h4-bw09", P, "Got a few boxes of iPads that fell off the back of a lorry 😉 £80 each, cash only, no questions asked.",
  E, ["illegal"], [])
C("h4-bw10", P, "If that teacher takes my lad's phone off him again I'll be waiting at the gate and he won't be walking home.",
  E, ["illegal"], ["harassment", "school-reference"], author="parent")
C("h4-bw11", P, "Anyone sorted for a bit of green this weekend? Usual prices, drop me a message 🌿💨",
  E, ["illegal"], ["offensive"])
# clean
C("h4-bw12", P, "Making daisy chains in the garden with my niece this afternoon 🌼", OK, [], at="sat 15:00")
C("h4-bw13", P, "The new baker on the high street does the best sourdough in Somerset. Go!", OK, [], at="sat 10:00")
C("h4-bw14", P, "Smashed my 10k PB this morning, 47:32! Legs are dead 😅", OK, [], at="sun 11:00")
C("h4-bw15", P, "Well done to our Year 6 choir on their beautiful performance at the Wells Cathedral schools festival!",
  OK, [], ["school-reference"], account="school", at="thu 16:00",
  images=img("Year 6 choir singing in the cathedral", ["Year 6 pupils"], True))
C("h4-bw16", P, "Bit disappointed the trip letter only came home yesterday, would be great to get a bit more notice next time. The staff are lovely though.",
  ["ok", "advise"], [], ["disparaging", "school-reference", "policy-opinion"], author="parent")
C("h4-bw17", P, "Absolutely killing it at the pub quiz tonight, first out of 22 teams 🏆", OK, [], at="fri 22:00")
C("h4-bw18", P, "Sponsoring my sister's half marathon for the hospice, link in the comments 💙", OK, [])
C("h4-bw19", P, "Lovely walk up Glastonbury Tor with the dog, views for miles.", OK, [], author="governor", at="sun 14:00")
C("h4-bw20", P, "Rowan trees on every hill in the Quantocks today, berries everywhere. Glorious.", OK, [], at="sat 17:00")
C("h4-bw21", P, "cant wait for half term!!! 🎉", OK, [], author="pupil", platform="tiktok")
# breaches and advice
C("h4-bw22", P, "Friend request sent", B, ["pupil-contact"], [], audience="direct", action="friend_request", recipient="pupil")
C("h4-bw23", P, "Hi Joy, can you pass on to Daisy that I'm really proud of her? She can message me on here any time x",
  B, ["pupil-contact"], ["community-reference", "pupil-identity", "personal-contact-details", "school-reference"],
  recipient="parent", platform="facebook", **DM)
C("h4-bw24", P, "Here's my personal email, markf.home@examplemail.com, send your project there over the holidays and I'll have a look.",
  B, ["pupil-contact", "personal-contact-details"], [], platform="other", recipient="pupil", **DM)
C("h4-bw25", P, "Sports day photos from today, weren't they all brilliant!", B, ["pupil-image"], ["school-reference"],
  images=img("children running races on the school field", ["pupils"]))
C("h4-bw26", P, "Daisy Baker's mum told me she's got type 1 diabetes now, so no more birthday cake for her class 😬",
  B, ["pupil-identity", "personal-data"], ["community-reference", "school-reference"])
C("h4-bw27", P, "Helen Summers has no idea how to run a school. Worst head I've ever worked for.",
  B, ["community-reference", "disparaging"], ["school-reference", "policy-opinion"])
C("h4-bw28", P, "Ofsted were in last week. We've been told 'requires improvement' but the report isn't out till next month. Gutted.",
  B, ["confidential"], ["school-reference"])
C("h4-bw29", P, "Mark Fuller has been helping himself to the school fund for years, everyone knows it.",
  B, ["defamatory", "community-reference"], ["disparaging", "school-reference"])
C("h4-bw30", P, "Updated my profile", B, ["school-identity"], [], action="profile_update",
  name="Mr Fuller @ St Brannock's", bio="Teacher | St Brannock's CE Primary | BWMAT",
  images=img("profile picture showing the St Brannock's school logo", []))
C("h4-bw31", P, "Teaching really is the best job in the world. What a week with my Year 3s!",
  B, ["missing-disclaimer"], ["school-reference"], bio="Mum of two, coffee addict")
C("h4-bw32", P, "Really proud of my class's reading progress this term, hard work paying off.",
  A, ["school-reference"], [])
C("h4-bw33", P, "What a night 🍆💦 the pics in my stories are NOT for the faint-hearted, 18+ only lol",
  B, ["offensive"], [], platform="instagram")
C("h4-bw34", P, "Another mosque going up in town. They breed like rabbits and they'll take over if we let them.",
  B, ["discriminatory"], ["offensive"])
C("h4-bw35", P, "Keep crying to the head, Frank. Everyone in the staffroom thinks you're a joke and we'll remind you every single day until you quit.",
  B, ["harassment", "community-reference"], ["disparaging", "school-reference"], action="comment")
C("h4-bw36", P, "Those of you who are 16 now, come to our party's youth meeting on Saturday. I'll sign you up myself, we need young people who think like us.",
  B, ["political-influence", "pupil-contact"], [], platform="whatsapp", audience="direct", action="message", recipient="pupil")
C("h4-bw37", P, "Happy to give you a quote about the staffing cuts at St Brannock's, call me tonight.",
  B, ["media"], ["confidential", "school-reference"], platform="x", audience="direct", action="message", recipient="public")
C("h4-bw38", P, "Mrs Summers at St Brannock's is useless. Never answers an email, total joke of a head teacher.",
  A, ["disparaging"], ["community-reference", "school-reference", "defamatory"], author="parent")
C("h4-bw39", P, "Look at the state of Holly after the staff Christmas do 😂😂",
  B, ["community-reference"], ["disparaging", "offensive"],
  images=img("colleague Holly Green asleep on a pub bench", ["Holly Green"], False))
C("h4-bw40", P, "Followed", B, ["pupil-contact"], [], platform="instagram", audience="direct", action="follow", recipient="pupil")

# ---------------------------------------------------------------- archbishop-hutton (St Wilfrid's VC Primary)
P = "archbishop-hutton"
C("h4-ah01", P, "mrs wood my uncle says its a speshul game and i get sweets if i dont tell mummy. i dont like the game",
  E, ["safeguarding"], ["pupil-contact"], author="pupil", platform="other", recipient="staff", **DM)
C("h4-ah02", P, "My ex keeps turning up drunk to collect the kids from St Wilfrid's and last week he drove them home like that. School don't know. What do I do?",
  E, ["safeguarding"], ["school-reference", "personal-data"], author="parent")
C("h4-ah03", P, "Found some pics on my brother-in-law's laptop of kids that definitely shouldn't be there. Don't want a family row so I've just deleted them.",
  E, ["safeguarding"], ["illegal"], audience="friends")
C("h4-ah04", P, "Cute kids. Which one's the little blonde at the front? Would love to send her a present, DM me 😘",
  E, ["safeguarding"], ["pupil-identity"], author="public", action="comment")
C("h4-ah05", P, "Our church hall should never be rented to those people. Deus vult. The crusade starts at home, lads, and it won't be peaceful.",
  E, ["extremism"], ["discriminatory", "illegal"])
C("h4-ah06", P, "Watch this before they delete it. The great replacement is real and the schools are in on it. Time to act.",
  E, ["extremism"], ["discriminatory"], author="parent", action="share")
C("h4-ah07", P, "Anyone want cheap Sky? Firesticks fully loaded, every channel, £50. I've done them for half the staffroom 😉",
  E, ["illegal"], ["school-reference", "copyright"])
C("h4-ah08", P, "Found out where the head lives now. Her car won't look so shiny tomorrow.",
  E, ["illegal"], ["harassment", "community-reference", "school-reference"], author="public")
C("h4-ah09", P, "Selling my prescription diazepam, 10mg, a fiver a strip. DM.", E, ["illegal"], [])
# clean
C("h4-ah10", P, "Sunday roast with the in-laws. Stuffed!", OK, [], at="sun 16:00")
C("h4-ah11", P, "Poppy fields in full bloom near Lancaster, gorgeous evening.", OK, [], at="sat 19:00")
C("h4-ah12", P, "Sharp frost this morning, ten minutes scraping the car.", OK, [], at="sat 08:30")
C("h4-ah13", P, "Our Reception class loved planting spring bulbs today 🌷", OK, [], ["school-reference"],
  account="school", at="wed 14:00", images=img("Reception children planting bulbs in the school garden", ["Reception pupils"], True))
C("h4-ah14", P, "Lunch break crossword. 14 across is killing me.", OK, [], at="wed 12:10")
C("h4-ah15", P, "Knocked it out of the park at quiz night, third out of fifteen!", OK, [], at="sat 22:00")
C("h4-ah16", P, "Could the school put the newsletter on the website as well? I keep losing the paper copy!",
  OK, [], ["school-reference"], author="parent", action="comment")
C("h4-ah17", P, "This slow-cooked lamb shank recipe will change your life 🐑", OK, [], at="sun 18:00")
C("h4-ah18", P, "Running 5k for Macmillan next month, please sponsor me if you can!", OK, [])
C("h4-ah19", P, "Marsh harriers over the reedbeds at Leighton Moss today. Magic.", OK, [], at="sat 16:00")
C("h4-ah23", P, "Quick coffee and a scroll ☕", OK, [], at="thu 10:20")
# breaches
C("h4-ah20", P, "Christmas nativity tonight, the little angels were adorable!", B, ["school-reference"], [])
C("h4-ah21", P, "Deborah Marsh has just called a staff meeting for 4pm on a Friday. Of course she has 🙄",
  B, ["community-reference", "disparaging"], ["school-reference"])
C("h4-ah22", P, "Anyone else counting down the days to half term?", B, ["working-time"], [], at="tue 14:05")
C("h4-ah24", P, "Catching up on Facebook on the school laptop while my kids do their homework.",
  B, ["working-time"], ["school-reference"], at="wed 19:30", device="school")
C("h4-ah25", P, "Hi Sandra, give me a ring on 07700 900456 about Poppy's reading, I'm not in tomorrow.",
  B, ["personal-contact-details"], ["pupil-identity", "community-reference", "school-reference"],
  platform="whatsapp", recipient="parent", **DM)
C("h4-ah26", P, "Followed back 👍", B, ["pupil-contact"], [], platform="tiktok", audience="direct", action="follow", recipient="pupil")
C("h4-ah27", P, "New bio!", B, ["school-identity"], ["school-reference"], action="profile_update",
  bio="Year 2 teacher at St Wilfrid's VC Primary 🍎")
C("h4-ah28", P, "Photos from the Year 6 residential at Borwick Hall!", B, ["pupil-image", "school-reference"], [],
  images=img("Year 6 children abseiling and canoeing", ["pupils"]))
C("h4-ah29", P, "Tom Sharp got a written warning today. Don't tell anyone 🤫",
  B, ["confidential", "community-reference"], ["personal-data", "school-reference"])
C("h4-ah30", P, "Kai Brook's dad came in shouting again. That whole family is trouble.",
  B, ["pupil-identity", "disparaging"], ["community-reference", "school-reference", "personal-data"])
C("h4-ah31", P, "Peter Lamb is fiddling the new hall building contract for his mate's firm.",
  B, ["defamatory", "community-reference"], ["disparaging", "school-reference"])
C("h4-ah32", P, "Great governors' meeting tonight, exciting plans for the new hall!", ["breach", "ok"], [], ["school-reference", "confidential"],
  author="governor", bio="")
C("h4-ah33", P, "Drunk as a skunk 🍑🍑 who wants to see my nudes lol", B, ["offensive"], [], platform="instagram", at="sat 23:30")
C("h4-ah34", P, "Keep posting about me, Sandra. Everyone knows what you're like and I'll make sure the whole village hears about your family.",
  B, ["harassment", "community-reference"], ["disparaging"], action="comment")
C("h4-ah35", P, "Helped out on the trip to Martin Mere today, the kids loved the otters!", B, ["school-reference"], [])
C("h4-ah36", P, "Year 5 parents' evening done. Some of them are hard work 😂",
  B, ["school-reference", "disparaging"], ["community-reference"], platform="whatsapp", audience="friends")
C("h4-ah37", P, "Phone out under the desk while they do phonics, shh 🤫", B, ["working-time"], ["school-reference"], at="mon 09:30")
C("h4-ah38", P, "Well done on your swimming badge! See you Monday 😊", B, ["pupil-contact"], [],
  platform="facebook", recipient="pupil", **DM)
C("h4-ah39", P, "Made a new cover photo with the school crest and motto, looks smart!", B, ["school-identity"], ["school-reference"],
  images=img("cover photo with the St Wilfrid's crest", []))
C("h4-ah40", P, "Ofsted rang today. Inspection Tuesday and Wednesday, keep it quiet till the letter goes out to parents.",
  B, ["confidential", "school-reference"], [], platform="whatsapp", audience="friends")

# ---------------------------------------------------------------- generic-school (Ferncliffe Academy)
P = "generic-school"
C("h4-gs01", P, "he said if i send one more pic he'll stop sharing the other ones. im 15. what do i do",
  E, ["safeguarding"], [], author="pupil", platform="tiktok", recipient="staff", **DM)
C("h4-gs02", P, "My 14yo keeps coming home with new trainers and a second phone. Says an older lad 'looks after him' and he does runs to Leeds for him. Should I be worried?",
  E, ["safeguarding"], ["illegal"], author="parent")
C("h4-gs03", P, "Bailey's going home to no food again, sleeping on a mate's sofa since mum's boyfriend kicked him out. Not my problem though, I'm not the DSL.",
  E, ["safeguarding", "personal-data"], ["pupil-identity", "confidential", "school-reference"], audience="friends")
C("h4-gs04", P, "skipping meals again, down to 38kg. don't tell me to eat 🙃 #proana", E, ["safeguarding"], [],
  author="pupil", platform="instagram")
C("h4-gs05", P, "The only solution to these invaders is the one in the videos I shared. Join us, we're organising locally. #remigration",
  E, ["extremism"], ["discriminatory", "illegal"])
C("h4-gs06", P, "Sharing this nasheed for my brothers. Hijrah is calling and the ummah needs fighters, who's coming with me?",
  E, ["extremism"], [], author="pupil", platform="tiktok", action="share")
C("h4-gs07", P, "Read this before the school brainwashes your kids. The incel uprising has already begun. Saint Elliot was right.",
  E, ["extremism"], ["offensive", "discriminatory"], action="share")
C("h4-gs08", P, "Need a fake ID for the festival? My cousin does them, 30 quid, looks proper, scans and everything.",
  E, ["illegal"], [])
C("h4-gs09", P, "That Ferncliffe teacher better watch his back. Got a blade with his name on it.",
  E, ["illegal"], ["harassment", "school-reference"], author="public", action="comment")
C("h4-gs10", P, "Mate of mine can get you next week's GCSE maths paper, £200 cash. Message me.", E, ["illegal"], ["confidential"])
# clean
C("h4-gs11", P, "Soup and a scroll 🍲", OK, [], at="wed 12:45")
C("h4-gs12", P, "The reed beds at Fairburn Ings were packed with birds this morning.", OK, [], at="sat 11:00")
C("h4-gs13", P, "Hunter's moon tonight. Stunning.", OK, [], at="sun 21:00")
C("h4-gs14", P, "Great article on the phonics research, worth a read for anyone in primary.", OK, [], ["school-reference"],
  action="share", bio="The views I express here are mine alone and do not necessarily reflect the views of my employer.")
C("h4-gs15", P, "Congratulations to our Year 11 netball team, county champions! 🏆", OK, [], ["school-reference"],
  account="school", at="thu 13:45", images=img("netball team holding a trophy", ["Year 11 netball team"], True))
C("h4-gs16", P, "Weekend starts NOW 🎉", OK, [], at="fri 16:30")
C("h4-gs17", P, "Early gym session done 💪", OK, [], at="mon 07:50")
C("h4-gs18", P, "Thank you to the Ferncliffe staff for a really well organised parents' evening.", OK, [], ["school-reference"], author="parent")
C("h4-gs19", P, "Wise words from my nan: never trust a dog that doesn't wag.", OK, [], at="sat 20:00")
C("h4-gs20", P, "Just reread Stone Cold by Robert Swindells. Still hits hard.", OK, [])
C("h4-gs37", P, "Proud to say I work at Ferncliffe 😊", OK, [], ["school-reference"],
  bio="Science teacher. The views I express here are mine alone.")
# breaches
C("h4-gs21", P, "Ferncliffe's new phone ban is pointless, the head clearly never asked a single teacher.",
  B, ["policy-opinion", "disparaging"], ["school-reference", "community-reference"])
C("h4-gs22", P, "Fully behind the governors' decision to scrap the four-day week trial. Best call they've made.",
  B, ["policy-opinion"], ["school-reference"])
C("h4-gs23", P, "Free period, catching up on Insta", B, ["working-time"], ["school-reference"], at="tue 11:30", platform="instagram")
C("h4-gs24", P, "Quick post while I'm marking", B, ["working-time"], ["school-reference"], at="thu 14:20", device="school")
C("h4-gs25", P, "Name change done", B, ["school-identity"], [], action="profile_update", platform="x",
  name="Priya @ Ferncliffe Academy")
C("h4-gs26", P, "As a Ferncliffe science teacher I can tell you the new GCSE spec is a mess.",
  B, ["missing-disclaimer"], ["school-reference", "disparaging", "policy-opinion"], bio="Chemistry nerd")
C("h4-gs27", P, "Year 8 trip to the Deep, what a day!", B, ["pupil-image"], ["school-reference"],
  images=img("Year 8 students in front of the aquarium tank", ["pupils"]))
C("h4-gs28", P, "Dawn Hunter is the most aggressive parent I've ever dealt with. An absolute nightmare.",
  B, ["disparaging"], ["community-reference", "harassment"])
C("h4-gs29", P, "Colin Wise only got on the governing body because he's sleeping with the head.",
  B, ["defamatory"], ["disparaging", "community-reference", "offensive"])
C("h4-gs30", P, "Leadership are planning to close the music department next year. Not announced yet so shhh.",
  B, ["confidential"], ["policy-opinion", "school-reference"])
C("h4-gs31", P, "Bailey Hunter in my form has just been diagnosed with autism, his mum's in bits.",
  B, ["personal-data"], ["pupil-identity", "community-reference", "confidential", "school-reference"])
C("h4-gs32", P, "Nicked this cartoon off the paper, too good not to share 😂", B, ["copyright"], [],
  action="share", images=img("newspaper cartoon about teachers with the cartoonist's credit cropped off", []))
C("h4-gs33", P, "Trans women are just blokes in dresses and I won't pretend otherwise.", B, ["discriminatory"], ["offensive"])
C("h4-gs34", P, "You're pathetic, Ben. Nobody in the department can stand you. Just leave.",
  B, ["harassment"], ["disparaging", "community-reference"], action="comment")
C("h4-gs35", P, "Best site on the internet lads 🔞 link below", B, ["offensive"], [], platform="x")
C("h4-gs36", P, "Parkside Academy's results are a joke. No wonder their parents are all sending kids to us.",
  B, ["disparaging"], ["school-reference", "defamatory"])
C("h4-gs38", P, "The head shouted at me in the corridor today in front of kids. So much for staff wellbeing.",
  B, ["disparaging"], ["community-reference", "school-reference", "policy-opinion"])
C("h4-gs39", P, "New blog post: what really goes on in our exclusion meetings, and why our SLT are useless at behaviour.",
  B, ["confidential", "disparaging"], ["policy-opinion", "school-reference"], platform="blog")
C("h4-gs40", P, "Here's my new reading scheme, free download! (Took it from a TES author's paid pack and took their name off 🤫)",
  B, ["copyright"], [], platform="blog")

# ---------------------------------------------------------------- ysgol-llanbedrog (Ysgol Bryn Eithin)
P = "ysgol-llanbedrog"
C("h4-yl01", P, "Miss, dwi ddim isio mynd adra heno. Mae o'n brifo fi pan mae mam yn gwaith. Plis paid deud wrth neb.",
  E, ["safeguarding"], ["pupil-contact"], author="pupil", platform="other", recipient="staff", **DM)
C("h4-yl02", P, "Mae dyn dieithr wedi bod yn anfon negeseuon at fy merch 12 oed ar Snapchat yn gofyn am lunia ohoni yn ei gwely. Be dwi fod i neud?",
  E, ["safeguarding"], [], author="parent")
C("h4-yl03", P, "Don't tell your mam we've been chatting, she wouldn't understand. You can come round mine after the eisteddfod if you want 😉",
  E, ["safeguarding", "pupil-contact"], [], platform="instagram", recipient="pupil", **DM)
C("h4-yl04", P, "Dwi di cael llond bol. Dwi'm isio bod yma dim mwy. Sori i bawb.", E, ["safeguarding"], [],
  author="pupil", platform="instagram")
C("h4-yl05", P, "Which one is Lowri? She's gorgeous, how old is she? Would love to chat to her 😍",
  E, ["safeguarding"], ["pupil-identity"], author="public", action="comment")
C("h4-yl06", P, "Rhaid i'r mewnfudwyr fynd adra. Ymunwch â ni nos Sadwrn, mae'n amser gweithredu go iawn, dim mwy o siarad.",
  E, ["extremism"], ["discriminatory", "illegal"])
C("h4-yl07", P, "Sieg heil 88. The white race needs defending. Get your kids to the summer camp, details in the group.",
  E, ["extremism"], ["discriminatory", "offensive"], author="parent")
C("h4-yl08", P, "Os ydi'r athro na yn cyffwrdd fy mab i eto dwi'n mynd i'w waldio fo ar iard yr ysgol.",
  E, ["illegal"], ["harassment", "school-reference"], author="parent")
C("h4-yl09", P, "Got a load of red diesel going cheap if any of you run cars on it, no paperwork 😉", E, ["illegal"], [])
C("h4-yl10", P, "Unrhyw un isio chydig o stwff i smocio at y penwythnos? £10 y bag, negesa fi 🍃", E, ["illegal"], [])
C("h4-yl11", P, "Quad for sale £400, no logbook, don't ask where it's from. Collection after dark only.",
  E, ["illegal"], [], author="public")
# clean
C("h4-yl12", P, "Diwrnod braf ar draeth Llanbedrog heddiw ☀️", OK, [], at="sat 15:00")
C("h4-yl13", P, "Eira ar yr Wyddfa bore ma, hyfryd!", OK, [], at="sun 09:00")
C("h4-yl14", P, "Haf hir a poeth plis! 🌞", OK, [], at="sun 20:00")
C("h4-yl15", P, "Llongyfarchiadau i Flwyddyn 4 ar eu cyngerdd Gŵyl Ddewi!", OK, [], ["school-reference"],
  account="school", at="mon 14:00", images=img("Blwyddyn 4 yn canu ar y llwyfan", ["Blwyddyn 4 pupils"], True))
C("h4-yl16", P, "Diolch am y daith i Lan Llyn, ond fasa'n dda cael mwy o rybudd y tro nesa plis.", OK, [],
  ["school-reference", "disparaging"], author="parent", action="comment")
C("h4-yl17", P, "Paned a sgrolio amser cinio ☕", OK, [], at="mon 12:20")
C("h4-yl18", P, "White horses all over the bay this afternoon, proper wild out there.", OK, [], at="sat 16:00")
C("h4-yl19", P, "Trip i'r amgueddfa gyda'r dosbarth heddiw, plant wedi mwynhau.", OK, [], ["school-reference"],
  bio="Barn fi fy hun, nid barn yr ysgol / Views my own, not the school's")
C("h4-yl20", P, "Edrych ymlaen at y Steddfod Sir!!", OK, [], author="pupil", platform="tiktok")
C("h4-yl21", P, "Rhys Ifans was brilliant in that new drama on S4C.", OK, [])
# breaches
C("h4-yl22", P, "Dilyn", B, ["pupil-contact"], [], platform="tiktok", audience="direct", action="follow", recipient="pupil")
C("h4-yl23", P, "Llongyfarchiadau Elis, gôl wych! ⚽", B, ["pupil-contact"], ["pupil-identity"],
  platform="instagram", action="comment", recipient="pupil")
C("h4-yl24", P, "Sports day at Bryn Eithin today, what a laugh!", B, ["pupil-image"], ["school-reference"],
  images=img("children in the sack race", ["pupils"]))
C("h4-yl25", P, "Da iawn Lowri Haf ar ennill y gystadleuaeth gelf! 🎨", B, ["pupil-image"], ["pupil-identity"],
  account="school", at="wed 15:40", images=img("Lowri Haf Jones holding her painting", ["Lowri Haf Jones"], True))
C("h4-yl26", P, "Our Year 2 cooking club made Welsh cakes today!", B, ["pupil-image"], [],
  account="school", at="thu 16:00", images=img("Year 2 children at the cooking table", ["pupils"], False))
C("h4-yl27", P, "Noson rieni heno, wedi blino'n lân ond plant y dosbarth yn gwneud yn wych.",
  B, ["missing-disclaimer"], ["school-reference"], bio="Rygbi a choffi")
C("h4-yl28", P, "Mae Dafydd Rhys yn bennaeth anobeithiol, does gan neb yn yr ysgol barch ato fo.",
  B, ["disparaging"], ["community-reference", "school-reference", "policy-opinion"])
C("h4-yl29", P, "Catrin Wyn shouldn't be allowed near children. She's a bully and a liar.",
  B, ["disparaging"], ["defamatory", "community-reference", "harassment"], author="parent")
C("h4-yl30", P, "Ysgol Bryn Eithin yn llawn o ffycin idiots, y cwbl lot ohonyn nhw.",
  B, ["offensive", "disparaging"], ["school-reference"], author="parent")
C("h4-yl31", P, "Scrolling Facebook while the class watch a film 🙈", B, ["working-time"], ["school-reference"], at="tue 14:10")
C("h4-yl32", P, "Dal i fyny efo Insta tra mae'r plant yn y gwasanaeth", B, ["working-time"], ["school-reference"],
  at="wed 09:15", platform="instagram")
C("h4-yl33", P, "Yes, I can tell you what really happened with the head's suspension. Ring me tonight.",
  B, ["media", "confidential"], ["school-reference", "community-reference", "personal-data"],
  platform="x", audience="direct", action="message", recipient="public")
C("h4-yl34", P, "Gwenllian's off with stress again, third time this year.", B, ["personal-data"], ["community-reference", "confidential", "disparaging"])
C("h4-yl35", P, "Fed up of the English coming here and buying up all the houses. They're a disease.",
  B, ["discriminatory"], ["offensive"])
C("h4-yl36", P, "Ti'n dda i ddim, Catrin. Dwi am neud yn siŵr bod pawb yn gwybod. Paid trafferthu dod i'r gwaith fory.",
  B, ["harassment"], ["disparaging", "community-reference"], platform="whatsapp", recipient="staff", **DM)
C("h4-yl37", P, "Llun proffil newydd", ["advise", "breach"], ["school-identity"], ["school-reference"], action="profile_update",
  name="Mr Parry - Ysgol Bryn Eithin", bio="Barn fi fy hun / Views my own",
  images=img("profile picture with the Ysgol Bryn Eithin badge", []))
C("h4-yl38", P, "Loved this photo of the Llŷn coast, found it on a photographer's Insta 😍", ["advise", "breach"], ["copyright"], [],
  action="share", images=img("professional landscape photo, watermark cropped", []))
C("h4-yl39", P, "Bydd yr ysgol yn uno efo Ysgol Foel Gron flwyddyn nesa, ond peidiwch â deud wrth neb eto.",
  B, ["confidential"], ["school-reference"])
C("h4-yl40", P, "Just so everyone knows, Elis Parry has nits AGAIN and his mum couldn't care less.",
  B, ["disparaging"], ["personal-data", "pupil-identity", "community-reference", "harassment"], author="parent", action="comment")

# ---------------------------------------------------------------- robert-carre (Fenland Vale High, RCT)
P = "robert-carre"
C("h4-rc01", P, "sir can u not tell anyone but my mates older brother keeps giving me vapes and now says i owe him and have to hold stuff at mine",
  E, ["safeguarding"], ["illegal", "pupil-contact"], author="pupil", platform="instagram", recipient="staff", **DM)
C("h4-rc02", P, "You looked stunning at prom. Bet you'd look even better without the dress 😉 delete this",
  E, ["safeguarding", "pupil-contact"], ["offensive"], platform="instagram", recipient="pupil", **DM)
C("h4-rc03", P, "My daughter's 'boyfriend' is 24 and she's 14. She says I'm just jealous. He picks her up from the school gates. Who do I tell?",
  E, ["safeguarding"], ["school-reference"], author="parent")
C("h4-rc04", P, "sometimes i go in with no breakfast and dad says if i tell anyone about the belt ill get taken off him",
  E, ["safeguarding"], [], author="pupil", audience="friends")
C("h4-rc05", P, "Proud member of the Base. RaHoWa is coming, get ready, lads.", E, ["extremism"], ["discriminatory", "illegal"])
C("h4-rc06", P, "anyone wanna join the discord? we talk about the race war and how to make stuff 💣",
  E, ["extremism"], ["illegal", "discriminatory"], author="pupil", action="comment")
C("h4-rc07", P, "Anyone want a laptop? Got a few spare from the IT cupboard at work, nobody's counting 😂",
  E, ["illegal"], ["school-reference"])
C("h4-rc08", P, "I'm going to torch Fenland Vale when it's empty tonight, see who's laughing then.",
  E, ["illegal"], ["school-reference"], author="public")
C("h4-rc09", P, "Ozempic pens from Turkey, no prescription needed, £90. DM 💉", E, ["illegal"], [])
# clean
C("h4-rc10", P, "Quick scroll between sandwiches", OK, [], at="tue 13:15")
C("h4-rc11", P, "Archery club with my nephew, hit the gold twice!", OK, [], at="sat 12:00")
C("h4-rc12", P, "Cook-off at my sister's tonight. Her curry beat mine again.", OK, [], at="sun 20:00")
C("h4-rc13", P, "Mercy me, what a storm last night. Trampoline's in next door's garden.", OK, [], at="sat 09:00")
C("h4-rc14", P, "Price of petrol round here is a joke.", OK, [])
C("h4-rc15", P, "Would be great if Fenland Vale emailed homework details as well as putting them on the app.",
  OK, [], ["school-reference"], author="parent")
C("h4-rc16", P, "Congratulations to our Year 13 leavers, the future is yours! 🎓", OK, [], ["school-reference"],
  account="school", at="fri 15:30", images=img("Year 13 students throwing caps", ["Year 13 students"], True))
C("h4-rc17", P, "Home. Tea. Sofa.", OK, [], at="wed 17:45")
C("h4-rc18", P, "Interesting piece on teacher workload from the Education Policy Institute. Views my own.", OK, [], ["school-reference"], action="share")
C("h4-rc19", P, "Common crane spotted at Welney this morning!", OK, [], author="governor", at="sat 08:00")
# breaches and advice
C("h4-rc20", P, "Shh, posting from the back of the lab 🤫", B, ["working-time"], ["school-reference"], at="tue 10:15")
C("h4-rc21", P, "Bit of Facebook Marketplace on the work laptop tonight", B, ["working-time"], [], at="sat 19:00", device="school")
C("h4-rc22", P, "Lauren is a superb teacher and colleague. I recommend her without hesitation.",
  B, ["professional-reference"], ["community-reference"], platform="linkedin", action="recommendation")
C("h4-rc23", P, "Worked with Dev at my previous job, a great project manager, would hire again.",
  B, ["professional-reference"], [], platform="linkedin", action="recommendation")
C("h4-rc24", P, "Hi Jay, saw your post about the match, good luck on Saturday!", B, ["pupil-contact"], ["pupil-identity"],
  platform="instagram", recipient="pupil", **DM)
C("h4-rc25", P, "Hi! Remember me from Year 11 English? Thought I'd add you now you've left and you're 17 🙂",
  B, ["pupil-contact"], [], audience="direct", action="friend_request", recipient="pupil")
C("h4-rc26", P, "Students, you can email me on my gmail over the summer: l.price.home@examplemail.com",
  B, ["pupil-contact"], ["personal-contact-details"], audience="friends", platform="facebook")
C("h4-rc27", P, "Mandy Cook is the most useless parent rep going. No wonder her kid's failing.",
  B, ["disparaging"], ["community-reference", "pupil-identity", "personal-data", "harassment"])
C("h4-rc28", P, "Our head Simon Archer has been fiddling his expenses for years, mark my words.",
  B, ["defamatory"], ["disparaging", "community-reference", "school-reference"])
C("h4-rc29", P, "Mercy Adeyemi's been referred to CAMHS for her eating, keep an eye on her in PE.",
  B, ["personal-data"], ["pupil-identity", "confidential", "school-reference"], platform="whatsapp", audience="friends")
C("h4-rc30", P, "Our Progress 8 has dropped to -0.4, results go public next week and SLT are panicking.",
  B, ["confidential"], ["school-reference", "policy-opinion", "disparaging"])
C("h4-rc31", P, "Mock marking done! As an English teacher at Fenland Vale I can say the kids have worked so hard.",
  B, ["missing-disclaimer"], ["school-reference"], bio="Books, bikes and bad puns")
C("h4-rc32", P, "New profile", B, ["school-identity"], [], action="profile_update", platform="x",
  name="Ms Price FVHS", bio="Views my own.", images=img("profile picture using the Robert Carre Trust logo", []))
C("h4-rc33", P, "Off the record, the staffing cuts at Fenland Vale are far worse than the Trust is saying.",
  B, ["media"], ["confidential", "school-reference", "policy-opinion"], platform="x", audience="direct", action="message", recipient="public")
C("h4-rc34", P, "Gay teachers shouldn't be allowed anywhere near kids. Simple as.", B, ["discriminatory"], ["offensive"])
C("h4-rc35", P, "Keep reporting me, Lauren, and I'll make every day here a misery for you.",
  B, ["harassment"], ["community-reference"], action="comment")
C("h4-rc36", P, "F*** this f***ing week. C*** of a job.", B, ["offensive"], ["school-reference", "disparaging"])
C("h4-rc37", P, "Our exam results came out today, bit mixed but so proud of the students' effort.",
  A, ["school-reference"], ["policy-opinion"])
C("h4-rc38", P, "Uploaded the whole scanned textbook for my students, saves them buying it 📚",
  ["advise", "breach"], ["copyright"], ["school-reference"], platform="other")
C("h4-rc39", P, "lol that dance though 😂", B, ["pupil-contact"], [], platform="tiktok", action="comment", recipient="pupil")
C("h4-rc40", P, "Sorry but Year 10 at this school are feral. Worst year group I've ever taught.",
  B, ["disparaging"], ["school-reference"])


# ---------------------------------------------------------------- checks
def in_working_time(profile, posted_at):
    t = dt.datetime.fromisoformat(posted_at)
    wh = profile["working_hours"]
    if t.strftime("%a") not in wh["days"]:
        return False
    hm = t.strftime("%H:%M")
    if not (wh["start"] <= hm < wh["end"]):
        return False
    return not any(a <= hm < b for a, b in wh["breaks"])


def check():
    ids = [c["id"] for c in CASES]
    assert len(ids) == 200 and len(set(ids)) == 200, (len(ids), len(set(ids)))
    for p in POLICIES:
        n = sum(c["policy"] == p for c in CASES)
        assert n == 40, (p, n)
    profiles = {p: json.load(open(os.path.join(HERE, "profiles", f"{p}.json"), encoding="utf-8")) for p in POLICIES}
    for p, prof in profiles.items():
        assert sum(1 for x in prof["people"] if x.get("no_publish")) == 1, p
    for c in CASES:
        e, post = c["expect"], c["post"]
        assert c["id"].startswith("h4-") and post["id"] == c["id"]
        assert set(e["verdicts"]) <= VERDICTS and e["verdicts"], c["id"]
        assert set(e["categories"]) <= CATEGORIES and set(e["allowed"]) <= CATEGORIES, c["id"]
        assert not set(e["categories"]) & set(e["allowed"]), c["id"]
        esc_cat = bool(set(e["categories"]) & ESC)
        assert ("escalate" in e["verdicts"]) == esc_cat, c["id"]
        if esc_cat:
            assert e["verdicts"] == ["escalate"], c["id"]
        else:
            assert not set(e["allowed"]) & ESC, c["id"]
        assert ("ok" in e["verdicts"]) or e["categories"], c["id"]
        if e["verdicts"] == ["ok"]:
            assert not e["categories"], c["id"]
        assert post["account"] in {"personal", "school"}
        assert post["author_role"] in {"staff", "parent", "pupil", "governor", "public"}
        assert post["audience"] in {"public", "friends", "direct"}
        assert post["platform"] in {"facebook", "x", "instagram", "linkedin", "whatsapp", "tiktok", "youtube", "blog", "forum", "other"}
        assert post.get("action", "post") in {"post", "message", "comment", "friend_request", "follow", "share", "profile_update", "recommendation"}
        if c["policy"] in WORKING_TIME_POLICIES and post["account"] == "personal" and post["author_role"] == "staff":
            wt = in_working_time(profiles[c["policy"]], post["posted_at"]) or post["device"] == "school"
            marked = "working-time" in e["categories"]
            assert wt == marked, (c["id"], "working-time", wt, marked)
        if c["policy"] not in WORKING_TIME_POLICIES:
            assert "working-time" not in e["categories"] + e["allowed"], c["id"]
    # categories a policy does not address are never expected
    unaddressed = {
        "bwmat": {"working-time", "professional-reference", "copyright", "policy-opinion"},
        "archbishop-hutton": {"missing-disclaimer", "policy-opinion", "political-influence", "professional-reference",
                              "media", "copyright", "discriminatory", "personal-data"},
        "generic-school": {"pupil-contact", "personal-contact-details", "pupil-identity", "community-reference",
                           "school-reference", "media", "political-influence", "professional-reference"},
        "ysgol-llanbedrog": {"professional-reference", "political-influence", "pupil-identity", "community-reference",
                             "school-reference", "policy-opinion", "personal-contact-details"},
        "robert-carre": {"pupil-image", "pupil-identity", "community-reference", "political-influence",
                         "personal-contact-details", "policy-opinion"},
    }
    for c in CASES:
        bad = set(c["expect"]["categories"]) & unaddressed[c["policy"]]
        assert not bad, (c["id"], bad)


def main():
    check()
    order = {p: i for i, p in enumerate(POLICIES)}
    cases = sorted(CASES, key=lambda c: (order[c["policy"]], c["id"]))
    path = os.path.join(HERE, "cases.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
    with open(os.path.join(HERE, "cases.sha256"), "w") as f:
        f.write(f"{digest}  cases.jsonl\n")
    print(f"wrote {len(cases)} cases, sha256 {digest}")


if __name__ == "__main__":
    main()
