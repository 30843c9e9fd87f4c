"""Concept classes: the many ways people name one idea, English and Welsh, for the frames in `frames.py`.

A word list finds a risk only when it is said the way the list says it. A concept class instead gathers the
many words for ONE idea (an adult in a child's home, a night-time visit, fear, keeping a secret; a call to
violence, an in-group, a call to join) and a frame asks for several different ideas together within a few
words. So a new sentence is caught when it combines known ideas in new words, and one idea alone ("I'm
scared of spiders", "the kids were scared of the ghost train") never is.

Every phrase here joins the same Aho-Corasick automaton as `lexicon.py` (one pass a post); conventions as
there: lower case, straight apostrophes, `word*` for any ending, Welsh phrases through `_cy(...)` so mutated
forms match too. Tags are prefixed by the area they serve (`sg_` safeguarding, `ex_` extremism, ...).
"""

from __future__ import annotations

from collections.abc import Iterable

from safesocial.screening.lexicon import _cy, _split

CONCEPTS: dict[str, list[str]] = {}


def _c(tag: str, phrases: Iterable[str]) -> None:
    CONCEPTS.setdefault(tag, []).extend(phrases)


def _ages(templates: Iterable[str], ages: range) -> list[str]:
    return [t.format(n=n) for t in templates for n in ages]


# --- children ----------------------------------------------------------------------------------------------
# An age that makes someone a child: "my 12 year old", "she's 14", "Dw i'n 10".
_c(
    "minor_age",
    _ages(
        (
            "{n} year old",
            "{n} year olds",
            "{n}-year-old",
            "{n}-year-olds",
            "{n} year-old",
            "{n} years old",
            "{n}yo",
            "{n} yo",
            "{n} yr old",
            "{n}yr old",
            "aged {n}",
            "she's {n}",
            "he's {n}",
            "she is {n}",
            "he is {n}",
            "i'm {n}",
            "im {n}",
            "i am {n}",
            "only {n}",
            "just {n}",
            "{n} oed",
            "dw i'n {n}",
            "dwi'n {n}",
            "mae hi'n {n}",
            "mae o'n {n}",
            "mae e'n {n}",
        ),
        range(3, 18),
    ),
)
_c(
    "child_word",
    _split("""
    daughter | son | stepdaughter | stepson | step-daughter | step-son | little girl | little boy | niece
    nephew | granddaughter | grandson | goddaughter | godson | schoolgirl | schoolboy | schoolgirls
    schoolboys | my eldest | my youngest | her sister | his sister | her little sister | his little brother
    her brother | his brother | little sister | little brother | kid sister | kid brother | teenage girl
    teenage boy | young girl | young boy | young girls | young boys | young kids | young children | a child
    the child | a pupil | a student | one of our girls | one of our boys | one of my girls | one of my boys
    my form | in my form | my tutor group | form group | year group
    """)
    + _cy("merch fach", "hogyn bach", "hogan fach", "bachgen bach", "mab", "wyres", "ŵyr", "nith", "nai"),
)

# --- safeguarding --------------------------------------------------------------------------------------
# An adult (or older youth) in or around a child's life.
_c(
    "sg_actor",
    _split("""
    stepdad | step-dad | step dad | stepdad's | stepfather | step-father | stepmum | step-mum | step mum
    stepmother | mum's boyfriend | mums boyfriend | mum's new boyfriend | mum's partner | mum's fella
    mum's new fella | mum's new partner | her mum's boyfriend | his mum's boyfriend | my mum's boyfriend
    dad's girlfriend | dad's mate | dad's friend | mum's mate | mum's friend | family friend | uncle
    her uncle | his uncle | my uncle | grandad | her grandad | his grandad | lodger | the lodger | neighbour
    next door neighbour | the man next door | the bloke next door | cousin | older cousin | coach
    football coach | swimming coach | tutor | babysitter | youth leader | scout leader | a man | some man
    a bloke | some bloke | a guy | some guy | a fella | some fella | random man | random bloke | random guy
    older man | older men | older lad | older lads | older boy | older boys | older guy | older guys
    older bloke | grown man | grown men | an adult | a grown-up | a grown up | a stranger | stranger
    strangers | someone online | a man online | a guy online | someone she met online
    someone he met online | someone from online | a man on | a guy on | this man | this guy | this bloke
    her boyfriend | his boyfriend | her older boyfriend | a lad | some lad | a lad from | a man from
    a teacher | the teacher | a coach
    """)
    + _cy(
        "llystad",
        "llysfam",
        "cariad mam",
        "cariad ei mam",
        "cariad ei fam",
        "partner mam",
        "ewythr",
        "yncl",
        "dyn",
        "hen ddyn",
        "dyn dieithr",
        "dieithryn",
        "cymydog",
        "hyfforddwr",
        "hogyn hŷn",
        "dyn hŷn",
    ),
)
# Intimate or bodily contact, or being in a child's bedroom or bed.
_c(
    "sg_intimate",
    _split("""
    into my room | in my room | into her room | in her room | into his room | in his room | my bedroom
    her bedroom | his bedroom | into my bedroom | into her bedroom | in my bed | in her bed | in his bed
    into my bed | into her bed | into his bed | in bed with | sleep in his bed | sleep in her bed
    sleeps in his bed | sleeps in her bed | share a bed | sharing a bed | shares a bed | get into bed
    gets into bed | gets in my bed | gets into my bed | touches me | touching me | touched me | touch me
    touches her | touching her | touched her | touch her | touches him | touching him | touched him
    touch him | touches them | touching them | cuddles me | cuddling me | cuddles her | kisses me
    kissed me | kissing me | kisses her | kissed her | kissing her | sit on his knee | sits on his knee
    sit on his lap | sits on his lap | on his lap | in the bath | in the shower | while i shower
    when i'm in the shower | watches me | watching me | watches her | undress | undressing | undressed
    take my clothes off | takes my clothes off | take her clothes off | takes her clothes off
    private parts | my privates | her privates | his privates | down there | naked | nude | rude games
    special games | our game | tickles me | tickling me | massage | massages me | gives me massages
    """)
    + _cy(
        "i fy stafell",
        "yn fy stafell",
        "i'm stafell",
        "yn fy ystafell",
        "i fy ngwely",
        "yn fy ngwely",
        "yn ei wely",
        "yn ei gwely",
        "cyffwrdd",
        "yn cyffwrdd",
        "noeth",
        "cusanu",
    ),
)
# Plainly sexual: enough with a child in view.
_c(
    "sg_sexual",
    _split("""
    showing him porn | showing her porn | showing me porn | shows him porn | shows her porn | shows me porn
    showed him porn | showed her porn | showed me porn | show him porn | show her porn | watch porn with
    watching porn with | porn with him | porn with her | dirty videos | dirty pictures | rude pictures
    rude videos | rude photos | touches me down there | touched me down there | touching her down there
    touched her private | touched his private | touching her private | touching his private
    inappropriately | sexual things | sexual stuff | made me touch | makes me touch | made her touch
    makes her touch | touch his | touching his | had sex with | having sex with | sex with her
    sex with him | sleeping with her | slept with her | sleeping with a | groping her | groped her
    exposed himself | flashed at | flashing at | sexting her | sexting him | asked her for nudes
    asked him for nudes | asking for nudes | asks for nudes | sent her nudes | sends her nudes
    """)
    + _cy("pethau rhywiol", "yn amhriodol"),
)
# Night-time, or being alone with the adult.
_c(
    "sg_night",
    _split("""
    at night | in the night | every night | most nights | late at night | in the middle of the night
    at bedtime | after bedtime | when i'm asleep | while i'm asleep | when she's asleep | while she's asleep
    when he's asleep | on nights | mum's on nights | mum works nights | when mum's at work | when mum's out
    when my mum's out | when mum is out | when her mum's out | when his mum's out | when nobody's home
    when no one's home | when no one is home | when we're alone | when we are alone | alone with him
    alone with her | home alone | on her own with | on his own with | at 1am | at 2am | at 3am | at 4am
    at midnight | after midnight | overnight | sleepover | sleepovers | stays over | staying over
    stays the night | stayed the night
    """)
    + _cy(
        "yn y nos", "bob nos", "ganol nos", "pan mae mam allan", "pan mae mam yn gweithio", "ar ben fy hun"
    ),
)
_c(
    "sg_fear",
    _split("""
    scared | i'm scared | im scared | so scared | really scared | frightened | terrified | afraid
    petrified | scared of him | scared of her | frightened of him | don't want to go home
    dont want to go home | doesn't want to go home | won't go home | scared to go home | cries | crying
    in tears | flinches | flinched | hides | hiding | shaking | can't sleep | cant sleep | nightmares
    wets the bed | doesn't want to be there | hates going home | upset
    """)
    + _cy(
        "ofn",
        "mae gen i ofn",
        "ofnus",
        "wedi dychryn",
        "crio",
        "ddim isio mynd adra",
        "ddim eisiau mynd adref",
    ),
)
# Pressure and repetition: "makes her", "keeps coming", "won't stop".
_c(
    "sg_coerce",
    _split("""
    makes her | makes me | makes him | made her | made me | made him | forces her | forces me | forced her
    forced me | forced him | keeps | keeps on | kept | won't stop | wont stop | won't leave | won't let me
    won't let her | not allowed to | isn't allowed to | says i have to | says she has to | tells me to
    told me to | told her to
    """)
    + _cy("gwneud i mi", "gwneud iddi", "mynnu", "dal i", "byth yn stopio", "dim hawl"),
)
# Grooming: attention, gifts, secrecy and meeting, from an adult to a child.
_c(
    "sg_groom",
    _split("""
    telling her she's beautiful | tells her she's beautiful | told her she's beautiful
    says she's beautiful | says i'm beautiful | says i'm pretty | tells me i'm pretty
    tells me i'm beautiful | calls her beautiful | calls me beautiful | calls her gorgeous
    calls me gorgeous | says she's mature | says i'm mature | mature for her age | mature for his age
    mature for your age | really mature for | so mature | says i'm special | says she's special
    his special girl | special girl | special friend | buys her vodka | buys her alcohol | buys her drink
    buys her drinks | bought her vodka | bought her alcohol | buys her cigarettes | buys her presents
    buys her gifts | buys me presents | buys me things | gives her money | gives me money | gave her money
    gives her lifts | gives me lifts | picks her up | picks him up | picked her up | picks me up
    collects her from school | waits for her after school | stays at his flat | stays at his house
    stayed at his flat | stays at his | sleeps at his | his flat | at his flat | back to his flat
    back to his place | to his house | asking what she looks like | asks what she looks like
    what she looks like | what he looks like | what i look like | asked for pictures | asking for pictures
    asks for pictures | asking for photos | asks for photos | asked for photos | wants pictures
    wants photos | if she's home alone | whether she's home alone | if he's home alone
    whether he's home alone | where she lives | where she goes to school | which school she goes to
    wants to meet | wants to meet her | wants to meet up | asking to meet | asked to meet | meet up with her
    not to tell her mum | not to tell his mum | not to tell her parents | not to tell his parents
    don't tell your mum | don't tell her mum | keep it from her mum | delete the messages
    deletes the messages | our secret | a secret | messaging her | messages her | messaged her
    messaging him | messages him | keeps messaging | keeps texting | texting her | texts her | snapchats her
    dms her | dm'ing her | adds her on | added her on | followed her on | followed him on | on roblox
    on fortnite | on minecraft | on snapchat | on snap | on tiktok | on instagram | on insta | on discord
    on xbox | in a game
    """)
    + _cy(
        "anfon lluniau",
        "gofyn am luniau",
        "lluniau ohona i",
        "lluniau ohoni",
        "cyfarfod",
        "prynu fodca iddi",
        "rhoi arian iddi",
        "dweud ei bod hi'n hardd",
        "paid dweud wrth mam",
        "peidio dweud wrth ei mam",
    ),
)
# Pictures, and words that make pictures of children a crime.
_c(
    "sg_image",
    _split("""
    pictures | pics | photos | photographs | images | videos | vids | clips | footage | selfies | snaps
    """)
    + _cy("lluniau", "luniau", "fideos", "delweddau"),
)
_c(
    "sg_image_bad",
    _split("""
    indecent | inappropriate | explicit | sexual | sexualised | naked | nude | rude | obscene | disgusting
    pervy | creepy | perverted
    """)
    + _cy("anweddus", "amhriodol", "afiach", "noeth"),
)
_c("sg_image_weak", _split("dodgy | weird | strange | worrying | questionable | dubious | suspicious"))
_c(
    "sg_found",
    _split("""
    on his laptop | on her laptop | on my mate's laptop | on his phone | on her phone | on my mate's phone
    on his computer | on the computer | on his ipad | on his tablet | in his search history | in his browser
    on his hard drive | on a usb | on his camera | found | came across | saw | stumbled on | saved on
    hidden on | in a folder
    """)
    + _cy("ar ei liniadur", "ar ei ffôn", "ar ei gyfrifiadur", "wedi dod o hyd"),
)

# --- extremism ---------------------------------------------------------------------------------------------
# Calls to violence against a people.
_c(
    "ex_violence",
    _split("""
    take up arms | taking up arms | pick up arms | arm yourselves | arm ourselves | bring weapons
    bring your weapons | weapons ready | by force | by any means | by any means necessary | drive them out
    drive out the | driven out | be driven out | clear them out | clear out the | wipe them out
    wipe out the | purge | purge the | cleanse | cleanse our | cleansing | burn them out | hunt them down
    string them up | exterminate | eradicate them | war on them | declare war | go to war | start a war
    the war is coming | the race war | armed struggle | violent resistance | blood will be spilled
    blood on the streets
    """)
    + _cy("godi arfau", "trwy rym", "gyrru allan", "gyrru nhw allan", "clirio nhw allan", "clirio'r"),
)
_c(
    "ex_violence_weak",
    _split("""
    rise up | fight back | stand up and fight | must go | have to go | need to go | must be removed
    must leave | must be stopped | take back our streets | reclaim our streets | reclaim our land
    kick them out | send them packing | get them out | out of our country | out of our land
    do something about them | deal with them | before it's too late | enough is enough | wake up
    defend our | protect our | save our | march on | the time has come | time to act | time has come
    """)
    + _cy("codwch", "ymladd yn ôl", "rhaid iddyn nhw fynd", "allan o'n gwlad", "digon yw digon"),
)
# The in-group an extremist story speaks for.
_c(
    "ex_ingroup",
    _split("""
    true englishmen | true englishman | true english | real englishmen | real english | true patriots
    real patriots | patriots | true britons | true brits | real britons | real brits | white britons
    white british | white brits | white people | white men | white europeans | our people | our race
    our kind | our folk | our blood | our country | our nation | our land | our homeland | our streets
    our women | our daughters | our culture | our way of life | native britons | indigenous britons
    native english | indigenous english | the native population | real welsh | true welsh | pure welsh
    true believers | the faithful | the brothers | our brothers
    """)
    + _cy("cymry go iawn", "gwir gymry", "ein gwlad", "ein pobl", "ein hil", "cymry pur"),
)
# The people an extremist story casts as the enemy.
_c(
    "ex_other",
    _split("""
    invaders | invasion | the invasion | occupiers | occupation | colonisers | infidels | kuffar | kafir
    traitors | race traitors | globalists | the elite | immigrants | migrants | illegals | foreigners
    outsiders | incomers | newcomers | muslims | islamists | jews | zionists | the english | the saxons
    these people | those people | the west | westerners | non-believers | unbelievers | asylum seekers
    refugees | small boats | boat people
    """)
    + _cy("goresgynwyr", "mewnfudwyr", "saeson", "mewnfudwyr", "estroniaid", "dieithriaid"),
)
# The in-group said in racial or nativist terms: a frame needs nothing as weak as "our country".
_c(
    "ex_ingroup_strong",
    _split("""
    true englishmen | true englishman | real englishmen | true patriots | real patriots | true britons
    true brits | real britons | white britons | white british | white brits | white people | white men
    white europeans | our race | our kind | our folk | our blood | native britons | indigenous britons
    native english | indigenous english | the native population | pure welsh | true welsh | real welsh
    """)
    + _cy("cymry go iawn", "gwir gymry", "cymry pur", "ein hil"),
)
_c(
    "ex_invader",
    _split("""
    invaders | invasion | the invasion | occupiers | occupation | colonisers | infidels | kuffar | kafir
    race traitors | traitors to | replacing us | replaced | the great replacement | flooding in | swarming
    """)
    + _cy("goresgynwyr", "goresgyniad"),
)
# "has no place", "don't belong": a group excluded.
_c(
    "exclusion",
    _split("""
    no place in | no place for | have no place | has no place | don't belong | do not belong
    doesn't belong | must go | must leave | out of our | not welcome | aren't welcome | are not welcome
    should leave | should be removed | must be removed
    """)
    + _cy(
        "dim lle i", "does dim lle i", "dim croeso i", "ddim yn perthyn", "rhaid iddyn nhw fynd", "allan o'n"
    ),
)
# A call to join.
_c(
    "ex_recruit",
    _split("""
    join us | join up | join the march | join the movement | join our | join the fight | join the cause
    join the resistance | sign up | signing up | sign up below | read the leaflet | read the pamphlet
    we're recruiting | we are recruiting | now recruiting | recruiting now | i'm recruiting | recruiting
    meeting is | meeting on | meeting's on | the meeting's | come to the meeting | come to our meeting
    dm to join | dm me to join | message me to join | pm to join | link in bio | spread the word
    get involved | enlist | muster | stand with us | be there | who's with me | whos with me
    are you with us
    """)
    + _cy("ymunwch â ni", "ymunwch", "ymuno", "dewch i'r cyfarfod", "dewch gyda ni", "rydyn ni'n recriwtio"),
)
# Taking a country back.
_c(
    "ex_takeback",
    _split("""
    take our country back | take back our country | take britain back | take england back | take wales back
    take back britain | take back england | take back wales | reclaim our country | reclaim britain
    reclaim england | reclaim wales | our country back | our land back | our streets back | take it back for
    """)
    + _cy("cymryd ein gwlad yn ôl", "ein gwlad yn ôl"),
)

# --- threats -----------------------------------------------------------------------------------------------
# "I know where ... lives / which car is ...": knowing where to find someone.
_c(
    "locate_know",
    _split("""
    know where | knows where | found out where | find out where | seen where | got your address
    got his address | got her address | know which car | know what car | know his car | know her car
    know your car | know which house | know what time you | know what time he | know what time she
    know your routine | know his routine | know her routine
    """)
    + _cy("gwybod lle", "gwbod lle", "gwybod pa gar", "gwbod pa gar"),
)
_c(
    "locate_obj",
    _split("""
    live | lives | living | park | parks | drive | drives | car is | car's | leaves
    finishes | goes home | kids go | children go | his kids | her kids
    """)
    + _cy("byw", "car", "dy gar"),
)
# What will happen, said vaguely: "he'll regret it", "or else", "he'd better watch himself".
_c(
    "menace_vague",
    _split("""
    he'll regret | she'll regret | they'll regret | he will regret | she will regret | they will regret
    will regret | gonna regret | going to regret | he'd better watch | she'd better watch
    you'd better watch | better watch himself | better watch herself | better watch themselves
    watch himself | watch herself | watch themselves | or else | you've been warned | you have been warned
    last warning | final warning | consider this a warning | you'll see what happens
    he'll see what happens | she'll see what happens | find out what happens | pay for this | pay for that
    he'll pay | she'll pay | there will be consequences | there'll be consequences | lay a finger on
    one more time and | touch my kid again | touch my son again | touch my daughter again | you'll be sorry
    he'll be sorry | she'll be sorry
    """)
    + _cy(
        "mi fydd hi'n ddrwg arnat ti",
        "mi fydd hi'n ddrwg arno fo",
        "mi fydd hi'n ddrwg arni hi",
        "neu fe gei di weld",
        "neu mi gei di weld",
        "gwylia dy hun",
        "gwyliwch eich hunain",
        "mi fyddi di'n difaru",
        "difaru",
    ),
)
# Menace of bodily harm: a threat of violence in all but name.
_c(
    "menace_physical",
    _split("""
    watch yourself walking | walking to your car | walk to your car | on your way home | on his way home
    on her way home | sleep with one eye open | won't know what hit him | won't know what hit her
    won't know what hit you | when you least expect | when he least expects | when she least expects
    accidents happen | be a shame if something | something might happen to | something happens to you
    looking over his shoulder | looking over her shoulder | look over your shoulder | nobody touches my
    no one touches my | noone touches my | i'll be waiting for him | i'll be waiting for her
    i'll be waiting for you | waiting for him in the car park | wait in the car park | see him outside
    see her outside | meet him outside | catch him outside | catch her outside | outside the gates for him
    """)
    + _cy("ar dy ffordd adre", "pan wyt ti leiaf yn disgwyl", "fydda i'n aros amdano fo"),
)
# Threats to a job or name rather than a body: harassment, not violence.
_c(
    "career_threat",
    _split("""
    never work in this county again | never work in this town again | never work in teaching again
    never work again | never teach again | make sure you never | make sure he never | make sure she never
    have your job | have his job | have her job | get you sacked | get you fired | have you sacked
    have you struck off | get you struck off | you'll lose your job | lose your job over this
    end your career | finish your career | ruin your career | ruin your reputation | ruin you | destroy you
    destroy your | make sure everyone knows | make sure everyone finds out | tell everyone what you
    expose you | report you to ofsted | report you to the council | report you to the papers
    your name will be | dragging your name | plaster your name | see you in court
    """)
    + _cy("colli dy swydd", "dy ddiswyddo", "difetha dy enw"),
)
# Pushing someone out: "nobody wants you here", "do us all a favour and quit".
_c(
    "ostracise",
    _split("""
    nobody wants you | no one wants you | noone wants you | nobody likes you | no one likes you
    everyone hates you | everybody hates you | everyone laughs at you | laughs at you behind
    talk about you behind | talks about you behind | behind your back | nobody would miss you
    no one would miss you | no one would care if you | nobody would care if you | why are you still here
    why don't you just leave | just quit | hand your notice in | hand in your notice | do us all a favour
    do everyone a favour | do the world a favour | pack your bags | you should quit | you should leave
    you should resign | you don't belong here | you don't belong | not welcome here | nobody asked you
    no one asked you | nobody can stand you | no one can stand you | can stand you | can't stand you
    cant stand you | can't bear you | sick of the sight of you
    """)
    + _cy("does neb isio ti", "does neb eisiau ti", "mae pawb yn dy gasáu", "cer o 'ma", "cer adra"),
)

# --- crime -------------------------------------------------------------------------------------------------
# Theft in the words of the one who did it.
_c(
    "theft_verb",
    _split("""
    nicked | nicked it | nicked them | pinched | pinched it | swiped | swiped it | lifted | lifted it
    liberated | liberated it | half-inched | knocked off | robbed | robbed it | helped myself to
    walked off with | walked out with | snaffled | borrowed permanently | permanently borrowed | acquired it
    it fell off | fell off the back | five finger discount | shoplifted | shoplifting | took it home
    taken home | took home | took them home | didn't pay for | never paid for | without paying
    """)
    + _cy("wedi dwyn", "dwyn", "wedi'i ddwyn", "wedi'u dwyn", "heb dalu"),
)
_c(
    "theft_source",
    _split("""
    from work | off work | from school | from the school | from the office | from the ict cupboard
    from the stock cupboard | from the cupboard | from the storeroom | from the store room | from the shop
    from tesco | from asda | from sainsbury's | from primark | from the warehouse | from the site
    from the depot | out of the van | from the van | from the staffroom | from the classroom | from my work
    from the hospital | from the ward | from the job | from a job | from the building site
    """)
    + _cy("o'r gwaith", "o'r ysgol", "o'r siop", "o'r swyddfa"),
)
# Something worth stealing or selling.
_c(
    "valuable",
    _split("""
    ipad | ipads | laptop | laptops | macbook | iphone | iphones | phone | phones | tablet | tablets | telly
    tv | tvs | television | tools | power tools | drill | drills | bike | bikes | tickets | speakers
    headphones | airpods | cash | money | stock | printer | projector | camera | cameras | console | ps5
    xbox | designer | handbags | trainers | perfume | watches | jewellery | gold | fuel | diesel | copper
    """)
    + _cy("gliniadur", "ffôn", "arian", "tocynnau", "beic"),
)
# Made to pass as real: "printed them myself", "you'd never know".
_c(
    "fake_marker",
    _split("""
    printed them myself | printed it myself | printed these myself | made them myself | photocopied them
    copied them | homemade | home-made | knock-offs | knock-off | knockoffs | knockoff | replica | replicas
    fake | fakes | copies | dupes | not genuine | not real | not the real thing | you'd never know
    you would never know | never know the difference | nobody will know | no one will know
    nobody would know | no one would know | can't tell the difference | cant tell the difference | look real
    looks real | look genuine | looks genuine | pass as real | passes as real | pass for real
    as good as the real | same as the real
    """)
    + _cy("ffug", "copi", "copïau", "neb yn gwybod"),
)
_c(
    "fake_goods",
    _split("""
    tickets | match tickets | gig tickets | concert tickets | festival tickets | notes | £20s | £20 notes
    £10 notes | £50 notes | twenties | tenners | id | ids | passes | wristbands | vouchers | gift cards
    permits | parking permits | blue badge | blue badges | sick notes | doctor's notes | certificates
    designer | handbags | bags | trainers | perfume | watches | shirts | football shirts | kits | tops
    hoodies | jackets | sunglasses | jewellery | airpods | makeup | make-up | cigarettes | vodka
    """)
    + _cy("tocynnau", "tocyn", "papurau £20", "dillad"),
)
# Street names that are also ordinary words, and emoji used for drugs.
_c(
    "drug_weak",
    _split("""
    gear | some gear | snow | charlie | charlie's | sniff | some sniff | powder | white stuff
    party favours | party powder | pills | some pills | green | some green | bud | buds | puff | smoke
    grass | tabs | sweets for adults | 420 | ❄️ | ❄ | 🌿 | 🍃 | 💊 | 🍄 | 🍁 | 👃 | 🌲 | 💨 | 🥦
    """)
    + _cy("stwff", "gwair"),
)
_c(
    "drug_strong",
    _split("""
    weed | cannabis | skunk | coke | cocaine | mdma | ecstasy | ket | ketamine | spliff | spliffs | joints
    a joint | edibles | thc | nitrous | balloons | lsd | acid | shrooms | magic mushrooms | pingers | mandy
    molly | xanax | xans | meth | crack | heroin | smack | speed | amphetamines | marijuana
    """)
    + _cy("canabis", "cyffuriau", "cocên"),
)
_c(
    "drug_offer",
    _split("""
    if anyone fancies | if anyone wants | if anyone's after | if anyone is after | anyone after
    anyone fancy | anyone want | anyone wants | who wants | who fancies | going spare | spare if | got some
    got plenty | got loads | plenty to go round | can sort you | can sort anyone | sort you out
    hook you up | hit me up | dm me | pm me | message me | inbox me | drop me a message | sorted for
    get you some | bring some | bringing some | supplying | sorting out the | i've got the
    """)
    + _cy("unrhyw un isio", "unrhyw un eisiau", "gen i ddigon", "negesa fi"),
)
_c(
    "drug_context",
    _split("""
    party | parties | the staff party | livening up | liven up | liven things up | get on it | getting on it
    sesh | on the sesh | buzz | buzzing | high | get high | off your face | off our faces | mash | mashed
    wired | rave | festival | afters | after party | after-party | get messy | go large
    """)
    + _cy("parti", "penwythnos", "heno"),
)
# Things that are never drugs, whatever "gear" or "pills" might be.
_c(
    "drug_clean",
    _split("""
    camping gear | gym gear | fishing gear | football gear | climbing gear | ski gear | baby gear
    rain gear | wet weather gear | riding gear | cycling gear | running gear | pe gear | sports gear
    dj gear | sound gear | bike gear | walking gear | hiking gear | diving gear | golf gear | kit
    garden gear | snow day | snow days | snowman | snowball | snowy | in the snow | the snow | snowed
    snowing | hay fever pills | vitamin | vitamins | paracetamol | antibiotics | the pill | contraceptive
    painkillers for | green party | greens | green space | greenhouse | grass cutting | cut the grass
    cutting the grass | mow | mowing | smoke alarm | smoke alarms | bbq | barbecue | powder paint
    """),
)
# Alcohol, and driving.
_c(
    "drink_amount",
    _split("""
    pints | a pint | few pints | couple of pints | six pints | five pints | four pints | three pints
    eight pints | ten pints | had a few | a few drinks | few drinks | a few beers | few beers
    a few bevvies | few bevvies | a few wines | bottle of wine | bottles of wine | a bottle of | skinful
    a skinful | shots | few shots | cans | tinnies | over the limit | tipsy | merry | pissed | drunk
    hammered | steaming | wasted | wrecked | smashed | legless | sloshed | half cut | half-cut | tiddly
    a few at | drinks at | 🍺 | 🍻 | 🍷 | 🥃 | 🍸 | 🍾
    """)
    + _cy("peintiau", "ychydig o ddiodydd", "wedi meddwi", "yn feddw", "potel o win"),
)
_c(
    "drive_act",
    _split("""
    driving home | drove home | drive home | drove back | driving back | drive back | drove to | drove
    driving | behind the wheel | got in the car | jumped in the car | hopped in the car | in the car home
    took the car | drove the kids | drove my | 🚗 | 🚙 | 🏎️
    """)
    + _cy("gyrru adre", "gyrru adref", "gyrrais i", "gyrru"),
)
_c(
    "drive_clean",
    _split("""
    taxi | uber | cab | a lift | got a lift | lift home | designated driver | dd tonight | walked home
    walk home | walking home | train home | bus home | the bus | the train | sober | lemonade | soft drinks
    on the water | not drinking | no drinking | didn't drive | did not drive | left the car | leave the car
    car stays | when i get home | when i get there | once i'm home | once home | later | tomorrow
    next morning | the morning after | before driving | before i drive | don't drink and drive
    never drink and drive | don't drink drive | drink driving campaign | zero alcohol | alcohol-free
    alcohol free | 0% | non-alcoholic | mocktail | mocktails | coke zero | driving lesson | driving test
    """)
    + _cy("tacsi", "lifft", "cerdded adre", "ar y bws", "ar y trên"),
)
# Age-restricted goods in Welsh (the English list is in lexicon.py).
_c("restricted_goods", _cy("fêps", "fêp", "feps", "sigaréts", "smôcs", "fodca", "seidr", "cwrw"))

# --- disparaging: idioms of contempt -----------------------------------------------------------------------
_c(
    "contempt",
    _split("""
    couldn't run a bath | couldn't run a whelk stall | couldn't run a tap | couldn't organise a
    couldn't teach a dog | couldn't teach a fish | couldn't lead a | couldn't manage a
    couldn't pour water | couldn't fight his way out | couldn't fight her way out | to save his life
    to save her life | to save their lives | to save his own life | from hell | parent from hell
    head from hell | boss from hell | like dirt | like rubbish | like muck | like crap | like garbage
    like skivvies | like slaves | like a doormat | like doormats
    shouldn't be teaching | should not be teaching | shouldn't be in teaching | shouldn't be anywhere near
    shouldn't be allowed near | has no business | have no business | no business teaching | beyond help
    beyond hope | a lost cause | lost cause | basket case | waste of a salary | waste of oxygen
    waste of skin | people skills of | charisma of | personality of | the morale of
    sinking ship | a zoo | an absolute zoo | a circus | an absolute circus | a madhouse | a mad house
    a car crash | a dumpster fire | a trainwreck | a train wreck | shower of | a rabble | rabble
    bunch of amateurs | going to the dogs | going to pot | thick as mince
    thick as two short planks | thick as a brick | thick as pigshit | dim as a | as much use as
    chocolate teapot | as useful as a | about as useful | not fit to | unfit to | run a mile | steer clear
    avoid this school | avoid them | avoid like the plague | avoid avoid | get out while you can
    don't send your kids | don't send your child | worst-run | worst run | badly run | poorly run
    run into the ground | running it into the ground | bled dry | treats its staff | treat their staff
    treats their staff | treats staff | walks all over | doesn't give a | don't give a
    needs a new career | in the wrong job
    shouldn't be in charge | should never have been | the blind leading the blind | headless chickens
    headless chicken | asleep at the wheel | nobody knows what's going on | no one knows what's going on
    nobody knows what they're doing
    the worst bunch | worst bunch | worst class | worst year | zero respect | no respect | not an ounce of
    beneath contempt
    """)
    + _cy(
        "draed moch",
        "yn draed moch",
        "fel sw",
        "fel syrcas",
        "llanast llwyr",
        "neb yn gwybod be",
        "neb yn gwybod beth",
        "dim syniad be",
        "fel baw",
        "osgowch",
        "cadwch draw",
        "gwastraff amser",
        "anobeithiol",
        "da i ddim",
        "yn dda i ddim",
    ),
)
# Grumbles about things, not people: the photocopier is not the school community.
_c(
    "equipment",
    _split("""
    photocopier | the photocopier | the copier | printer | the printer | printers | wifi | the wifi | wi-fi
    laminator | the laminator | coffee machine | the coffee machine | kettle | the kettle | the car park
    car park | the heating | heating | the boiler | the toilets | the lift | the projector | projector
    smartboard | the smartboard | the computers | computers | laptop | the laptop | the server | the network
    the system | the fridge | the microwave | the dishwasher | the vending machine
    """),
)
# Departments and teams of the school, as targets of remarks.
_c(
    "unit_word",
    _split("""
    department | departments | dept | faculty | the office | the finance office | finance office
    the bursar | bursar | office manager | the office manager | caretaker | the caretaker | site manager
    premises manager | receptionist | the receptionist | the cleaners | cleaner | the canteen staff
    kitchen staff | cook | the cook | lunchtime supervisor | lunch staff | the ta | a ta | the tas
    member of staff | members of staff | a certain member | member of the | maths team | english team
    science team | the team | pe department | science department | maths department | english department
    """)
    + _cy("adran", "yr adran", "gofalwr", "y gofalwr", "swyddfa", "y swyddfa", "staff y gegin"),
)

# --- defamatory: taking, cheating, drinking, in other words -------------------------------------------------
_c(
    "take_euph",
    _split("""
    helping himself to | helping herself to | helping themselves to | helped himself to | helped herself to
    helps himself to | helps herself to | help himself to | help herself to | pocketing | pocketed
    pockets the | dipping into | dipped into | dips into | skimming | skimmed | skims | siphoning | siphoned
    fiddling | fiddled | fiddles | flogging | flogged | flogs | nicking | nicks | pinching | pinches
    takes stuff | taking stuff | took stuff | takes things | taking things | takes food | taking food
    taking money | takes money | took money | taking cash | takes cash | took cash | walking off with
    walks off with | walked off with | lining his pockets | lining her pockets | lining their pockets
    hand in the till | on the fiddle | cooking the books | cooked the books | creaming off
    """)
    + _cy("dwyn", "yn dwyn", "cymryd", "yn cymryd", "gwerthu"),
)
_c(
    "take_obj",
    _split("""
    money | cash | funds | fund | budget | the budget | accounts | the accounts | expenses | the books
    tuck shop | tuck shop money | dinner money | trip money | pta money | raffle money | charity money
    donations | the float | petty cash | school laptops | laptops | ipads | equipment | stock | supplies
    stuff from | things from | food from | lunchboxes | lunch boxes | the kids' lunches | the kitty
    old laptops | the tablets | school's old | the school's | stationery | the uniform fund
    """)
    + _cy("arian", "pres", "bocsys bwyd", "bocs bwyd", "cyllideb", "cronfa"),
)
_c(
    "cheat_euph",
    _split("""
    marking generously | marks generously | very generously | generous marking | inflating grades
    inflated grades | inflating the grades | inflated the grades | bumping up the grades
    bumped up the grades | bumping up grades | massaging the figures | massaging the data
    massaged the data | fudging the data | fudged the data | doing the coursework for
    did the coursework for | does their coursework | giving them the answers | gave them the answers
    gives them the answers | helping them in the exam | changing the marks | changed the marks
    changes the marks | off-rolling | off rolling | offrolling | fixing the results | fixed the results
    cheating on | cheated on the | fiddling the results | fiddled the results | rigged the | rigging the
    making up the data | made up the data
    """)
    + _cy("newid y marciau", "twyllo yn yr arholiad"),
)
_c(
    "misconduct_drink",
    _split("""
    drinking | drinks | drinking in | boozing | necking | on the booze | smells of booze | smells of drink
    stinks of booze | stinks of drink | hungover | half cut | tipsy | drunk | pissed | had a drink
    """)
    + _cy("yfed", "yn yfed", "wedi meddwi", "yn feddw", "drewi o gwrw"),
)
_c(
    "at_work",
    _split("""
    at work | in work | at school | in school | in class | in lessons | in the classroom | on duty
    at lunchtime | at lunch | lunchtimes | during the day | in his car | in her car | in the car park
    in the staffroom | in the office | on the trip | on the school trip | in front of the kids
    in front of the children | before school | before work | during lessons | on the job
    """)
    + _cy("yn y gwaith", "yn yr ysgol", "amser cinio", "yn ei gar", "yn ei char", "yn y dosbarth"),
)

# --- personal data: health, status and family in other words ----------------------------------------------
_c(
    "pd_more",
    _split("""
    off with stress | signed off with | signed off sick | off sick with | stress again | anxiety again
    being assessed for | assessment for autism | assessed for autism | assessed for adhd | camhs | deported
    being deported | deportation | detained by immigration | her visa | his visa | their visa | overstayed
    no papers | undocumented | illegal immigrant | asylum claim | refugee status | back inside | banged up
    doing time | on remand | released from prison | just got out of prison | left the family home
    has moved out | dad's moved out | mum's moved out | walked out on them | walked out on the family
    in a refuge | women's refuge | restraining order | non-molestation order | domestic violence
    domestic abuse | on meds | his meds | her meds | take his meds | take her meds | sectioned
    nervous breakdown | in rehab | drink problem | drug problem | bailiffs | repossessed | evicted
    can't afford food | on universal credit | being fostered | going into care | taken into care
    """)
    + _cy(
        "wedi'i arestio",
        "wedi ei arestio",
        "yn y carchar",
        "wedi gadael y cartref",
        "wedi symud allan",
        "yn sâl",
        "sâl eto",
    ),
)

# --- confidential ---------------------------------------------------------------------------------------
_c(
    "security_code",
    _split("""
    alarm code | door code | keypad code | gate code | key safe code | keysafe code | the code is
    code for the | code's still | code is still | password is | passwords are | wifi password | pin is
    pin number | combination is | master key | keys under | spare key | key under | login is
    """)
    + _cy("cod y larwm", "cod y drws", "cyfrinair"),
)
_c(
    "security_gap",
    _split("""
    propped open | left unlocked | never locked | isn't locked | not locked | doesn't lock | don't lock
    never lock | unlocked | cctv doesn't work | cctv isn't working | cctv is broken | cameras don't work
    cameras aren't working | camera's broken | anyone could walk in | anyone can walk in
    anyone could get in | anyone can get in | walk straight in | nobody signs in | no one signs in
    alarm doesn't work | alarm isn't set | never set the alarm | alarm's broken
    """)
    + _cy("heb ei gloi", "unrhyw un yn gallu cerdded i mewn"),
)
_c(
    "security_place",
    _split("""
    fire exit | the fire exit | back gate | the back gate | side gate | the gate | front door | back door
    the door | the doors | the alarm | alarm | the building | the site | reception | the office | the server
    the school | school | the staff room | the staffroom | the safe | the cctv
    """)
    + _cy("allanfa dân", "giât", "drws", "larwm", "yr ysgol"),
)
# Secrecy, in more words.
_c(
    "conf_hush",
    _split("""
    don't tell the parents | dont tell the parents | don't tell the kids | don't tell the staff
    don't tell anyone yet | dont tell anyone yet | don't tell anybody | nobody's been told
    no one's been told | nobody has been told | no one has been told | not been told yet | nobody knows yet
    no one knows yet | haven't told anyone | keep it quiet | keep it to yourselves | keep it under your hat
    between us | between you and me | between ourselves | strictly between us | you didn't hear this from me
    you didn't hear it here | shh | shhh | shhhh | 🤫 | 🤐 | not official | not official yet | not public
    not announced | hasn't been announced | before it's announced | can't say who | won't say who
    i shouldn't say | i shouldn't be telling you | not supposed to tell | don't quote me
    heard on the grapevine | off the record
    """)
    + _cy(
        "dim gair wrth neb",
        "peidiwch â sôn",
        "peidiwch a sôn",
        "peidiwch sôn",
        "paid â sôn",
        "peidiwch â dweud",
        "rhyngom ni",
        "ddim yn swyddogol",
        "heb ei gyhoeddi",
        "neb yn gwybod eto",
    ),
)
# School matters that are news before they are announced.
_c(
    "conf_matter",
    _split("""
    stepping down | steps down | is stepping down | standing down | retiring | leaving at easter
    leaving at christmas | leaving in july | leaving at the end of | handing in her notice
    handing in his notice | handed in her notice | handed in his notice | new head starts | new head
    the new head | new headteacher | new deputy | inspection call | the call came | ofsted call
    ofsted are in | ofsted is in | they're in on | they're coming in | inspectors are in | inspection
    inspectors | ofsted | estyn | requires improvement | inadequate | special measures | good with
    outstanding | the report | report out | report's out | grade | judgement | posts will go | posts to go
    posts will have to go | will have to go | jobs will go | jobs to go | losing staff | lose staff
    losing two | losing three | cutting | cuts | cut the | shutting | shut the | closing | close the
    closure | merging | merger | takeover | taken over | being taken over | restructure | restructuring
    redundancies | redundant | deficit | in the red | overspent | over budget | can't afford | budget
    the budget | funding | being investigated | investigation | disciplinary | disciplined | suspended
    suspension | sacked | dismissed | excluded | exclusion | expelled | off-rolled | nursery class
    sixth form | the nursery | the unit | the pool | the library | breakfast club | after school club
    """)
    + _cy(
        "pennaeth newydd",
        "dirprwy newydd",
        "yn gadael",
        "gadael ddiwedd",
        "ymddeol",
        "arolygiad",
        "estyn",
        "cau",
        "toriadau",
        "diswyddo",
        "swyddi",
        "cyllideb",
        "uno",
        "wedi'i wahardd",
        "ymchwiliad",
    ),
)
# Money trouble and job losses that an insider would know before anyone else.
_c(
    "conf_cut",
    _split("""
    posts will have to go | posts will go | posts to go | two posts | three posts | jobs will go
    jobs to go | will lose their jobs | losing their jobs | lose their jobs | redundancies | redundancy
    let go | cutting posts | cut posts | cut two | cut three | in the red | budget deficit | a deficit
    £ in the red | can't afford to keep | can't afford the | closing the | shutting the | shutting our
    closing our | close our | shut our | to close | to shut | being closed | being shut | merging with
    merge with
    """)
    + _cy("colli swyddi", "diswyddiadau", "diffyg", "cau'r", "cau ein"),
)

# --- policy opinion -------------------------------------------------------------------------------------
_c(
    "po_opinion",
    _split("""
    not sure about | not so sure about | unsure about | not convinced | unconvinced | short-sighted
    short sighted | shortsighted | baffling | baffled | bizarre | a mistake | big mistake | huge mistake
    misguided | daft | silly | a shame | such a shame | disappointing | disappointed | pleased | delighted
    glad | thrilled | relieved | about time | makes sense | make sense | doesn't make sense | fuss over
    a lot of fuss | overkill | over the top | too strict | too soft | too harsh | heavy-handed | knee-jerk
    backfire | will backfire | won't last | if you ask me | tbh | to be honest | honestly | what do i know
    just saying | in my view | in my opinion | my two pence | my two pennies | my take | my view
    wrong call | right call | good call | bad call | the right decision | the wrong decision | good move
    bad move | step forward | step back | best change | worst change | brilliant | the best | the worst
    love it | hate it | can't see it working | can't see the point | see the point | no point | madness
    who signed that off | who signed this off | who thought this | who approved | whose idea was
    what's the point | hmm | 🤔 | 🙄 | 🤦 | 👏 | well overdue | long overdue | shambles | a joke | nonsense
    ridiculous | pointless | farce | waste of | welcome change | welcome move | good riddance | best in
    worst in | best ever | worst ever | best in the county | proud of our results | embarrassing
    """)
    + _cy(
        "ddim yn siŵr",
        "dwi ddim yn siŵr",
        "camgymeriad",
        "penderfyniad gwael",
        "penderfyniad da",
        "yn ein barn ni",
        "yn fy marn i",
        "gwarthus",
        "siomedig",
        "gwych",
        "syniad gwael",
        "hurt",
        "gwirion",
    ),
)
_c(
    "po_noun",
    _split("""
    uniform policy | new uniform | the new uniform | blazers | the blazers | homework timetable
    homework policy | phone ban | mobile phone ban | phone lockers | phone pouches | trip budget
    behaviour policy | new behaviour policy | marking policy | feedback policy | reward system
    house points | inclusion room | isolation room | detention policy | after school clubs
    after-school clubs | friday clubs | afternoon clubs | lunchtime clubs | breakfast club
    longer school day | four-day week | the restructure | the new structure | the new head's | slt's
    the governors' | governors' decision | leadership's | setting by ability | mixed ability classes
    new timetable | curriculum changes | exclusion policy | the new scheme | the new policy | new policy
    new rules | the new rules | teaching and learning policy | data drops | learning walks | the new system
    new system
    """)
    + _cy("polisi", "gwisg ysgol", "clwb brecwast", "rheolau newydd", "amserlen newydd", "y system newydd"),
)
# Words for a decision that need the school or its leaders in view to be a school policy.
_c(
    "po_subject",
    _split("""
    the decision | this decision | that decision | decision to | the change | the changes | changes to
    the vote | voted to | have voted | has voted | clubs | the clubs | detentions | the curriculum
    the timetable | the uniform | uniform | the homework | rules | budget cut | budget cuts | the cuts
    cuts | lunchtime | the school day | early finish | setting | lockers | the plan | the plans | this plan
    the idea
    """)
    + _cy("penderfyniad", "newidiadau", "amserlen", "y clwb", "rheolau", "dileu"),
)
_c(
    "po_decide",
    _split("""
    voted to | have voted to | has voted to | decided to | have decided | has decided | are scrapping
    is scrapping | scrapping | scrapped | to scrap | axe | axing | axed | to axe | to cut | cut trips
    cut the budget | cut the trip | cutting trips | cut funding | cutting funding | cut staff
    cutting staff | bring in | brought in | bringing in | ditched | ditching | getting rid of | got rid of
    banned | banning
    """)
    + _cy("wedi penderfynu", "dileu", "wedi dileu", "cyflwyno", "torri", "cael gwared"),
)

# --- copyright -------------------------------------------------------------------------------------------
_c(
    "copy_take",
    _split("""
    cropped | cropped out | cropped off | crop out | removed | took off | edited out | photoshopped out
    got rid of | rubbed out | blurred out | downloaded | grabbed | screenshotted | screenshot
    screen-grabbed | saved | uploaded | scanned | photocopied | copied | ripped | pinched | nicked | lifted
    borrowed | used | using | stuck it | stuck them | put it | put them | posted | reposted | shared
    sharing | printed off | sold | selling
    """)
    + _cy(
        "copïais",
        "copïo",
        "copio",
        "wedi copïo",
        "lawrlwytho",
        "lawrlwythais",
        "sganio",
        "rhannu",
        "defnyddio",
    ),
)
_c(
    "copy_theirs",
    _split("""
    watermark | the watermark | their watermark | photographer's | the photographer's | someone's
    someone else's | off someone | another teacher's | another school's | the paid | paid lesson
    paid resource | paid-for | bought from | i bought from | bought off | the full pdf | full pdf
    the whole book | the whole workbook | whole workbook | the entire book | entire book | the full book
    new book | whole scheme | the whole scheme | a cartoon i found | cartoon i found | image i found
    photo i found | picture i found | found on google | found online | from google | off google | off insta
    off instagram | off pinterest | off facebook | off tiktok | stock photo | stock photos | getty
    shutterstock | alamy | istock | their logo | his photo | her photo | their photo | their pictures
    their video | the author's | published | copyrighted | a textbook | the textbook | textbook pages
    """)
    + _cy(
        "llyfr gwaith cyfan", "y llyfr cyfan", "gwefan arall", "o wefan arall", "rhywun arall", "llun rhywun"
    ),
)
_c(
    "copy_free",
    _split("""
    for free | free download | free to download | free for all | for everyone | for anyone | for all
    anyone who wants | everyone can | didn't ask | did not ask | never asked | without asking
    didn't credit | no credit | uncredited | without credit | as my banner | my banner | as my own
    as my profile | passed off | pass it off | on my blog | on my website | on my page | on my tes
    knowledge should be free | who's going to know | who is going to know | nobody will know
    no one will know | they'll never know | won't notice | no idea who drew | no idea who took
    no idea who made | dunno who | 🤷 | 😅
    """)
    + _cy("am ddim", "pwy sy'n mynd i wybod", "heb ofyn", "heb ganiatâd", "i bawb", "ar fy mlog"),
)

# --- contact details and indirect contact -----------------------------------------------------------------
_c(
    "own_contact",
    _split("""
    my own number | my own phone | my own mobile | my personal mobile | my personal number
    my private number | my private mobile | my home number | my home phone | my landline | my mobile number
    my mobile | my own email | my private email | my personal email | my home email | my personal phone
    my own whatsapp | my personal whatsapp | my own snapchat | my personal account | my own account
    my private account | on my own number | on my mobile | on my personal
    """)
    + _cy("fy rhif personol", "fy rhif i", "fy ffôn personol", "fy ffôn symudol", "fy e-bost personol"),
)
_c(
    "reach_me",
    _split("""
    reach me | contact me | get hold of me | get me on | text me | ring me | call me | message me
    whatsapp me | email me | drop me a text | give me a ring | give me a call | you can reach | you can get
    set up this group | set up a group | set up a whatsapp | added you all | added you to | any time
    anytime | out of hours | over the holidays | at the weekend | evenings
    """)
    + _cy("cysylltu â fi", "ffoniwch fi", "tecstiwch fi", "os oes angen", "unrhyw bryd"),
)
_c(
    "relay_greeting",
    _split("""
    well done from me | from me | i said so | i said well done | tell him i said | tell her i said
    tell them i said | let him know | let her know | pass on my | pass on our | give him my | give her my
    say well done | say congratulations | say good luck | congratulations from | good luck from
    happy birthday from | proud of him | proud of her | so proud of him | so proud of her | give him a
    give her a | tell him well done | tell her well done | tell him good luck | tell her good luck
    tell him congratulations | tell her congratulations | best in the class | best in class
    """)
    + _cy("dywedwch wrtho", "dywedwch wrthi", "llongyfarchiadau ganddo i", "da iawn gen i"),
)

# --- political influence --------------------------------------------------------------------------------
_c(
    "party",
    _split("""
    labour | the labour party | tories | tory | the conservatives | conservatives | conservative party
    lib dems | lib dem | liberal democrats | the greens | green party | the green party | plaid
    plaid cymru | snp | reform uk | reform party | ukip | britain first | the brexit party | workers party
    the election
    """)
    + _cy("plaid cymru", "llafur", "y ceidwadwyr", "y blaid werdd", "etholiad"),
)
_c(
    "urge",
    _split("""
    the only party | only party that | only ones who | the only ones who | only people who | is the only
    are the only | will save | save this country | save our country | the right side | remember that
    don't forget | never forget | get your mums and dads to | get your parents to | get your mum and dad to
    tell your parents to | tell your mums and dads | make sure your parents | your parents might not like it
    your parents won't like it | whatever your parents say | when you're old enough to vote
    when you can vote | vote for | should vote | must vote | support the | believe me | trust me
    listen to me | take it from me
    """)
    + _cy("pleidleisio dros", "yr unig blaid", "cofiwch", "dywedwch wrth eich rhieni"),
)

# --- professional references ----------------------------------------------------------------------------
_c(
    "offer_write",
    _split("""
    happy to write | happy to give | happy to provide | happy to be | can write | will write | i'll write
    can give | will give | i'll give | offering | can provide | will provide | more than happy to
    just ask for | drop me a message for | ask me for
    """),
)
_c(
    "reference_word",
    _split("""
    references | reference | recommendations | recommendation | testimonials | testimonial | endorsements
    endorsement | referee | linkedin recommendations | linkedin recommendation
    """),
)

# --- discriminatory: stereotypes and exclusion -------------------------------------------------------------
_c(
    "stereotype",
    _split("""
    never get it | never understand | can't do | cannot do | can't handle | can't cope | can't be trusted
    too emotional | so emotional | hysterical | always cause | always causing | always causes
    cause the most trouble | causes the most trouble | the most trouble | always the ones | always the first
    always complaining | always moaning | always late | all the same | are all the same
    they're all the same | every single time | every time | naturally worse | not as good at
    aren't as good | are worse at | aren't cut out | not cut out | shouldn't be in charge
    shouldn't be leading | can't lead | can't teach | let them teach | let women teach | let men teach
    even let | should stay at home | belong at home | belong in the kitchen | no place for | no place in
    have no place | don't belong in | don't belong | not welcome | can't speak properly | can't even speak
    bring it on themselves | asking for it
    """)
    + _cy(
        "dim lle i",
        "does dim lle i",
        "does dim croeso i",
        "dim croeso i",
        "ddim yn perthyn",
        "dim lle i bobl",
    ),
)
_c(
    "prot_group",
    _split("""
    women | men | girls | boys | muslim | muslims | muslim parents | muslim families | jewish | jews | black
    blacks | black people | asian | asians | gay | gays | gay people | lesbian | lesbians | trans
    trans people | disabled | disabled people | immigrants | migrants | foreigners | polish | romanian
    eastern europeans | travellers | gypsies | old people | older people | young people | single mums
    catholics | christians | hindus | sikhs | atheists
    """)
    + _cy(
        "pobl hoyw",
        "hoyw",
        "lesbiaid",
        "pobl draws",
        "pobl ddu",
        "merched",
        "menywod",
        "mwslemiaid",
        "saeson",
    ),
)

# --- offensive: adult platforms and explicit markers ------------------------------------------------------
_c(
    "adult_platform",
    _split("""
    onlyfans | only fans | my of | fansly | pornhub | xhamster | xvideos | chaturbate | manyvids
    spicy content | spicy pics | adult content | 18+ content | exclusive content | premium snapchat
    premium snap | sugar daddy | sugar daddies | cam girl | camgirl | webcam model
    """),
)
_c(
    "explicit_marker",
    _split("""
    nsfw | not safe for work | x-rated | x rated | xxx | 🔞 | filthy | dirty pics | naughty pics | saucy
    raunchy | smutty | steamy | viewer discretion | not for the faint-hearted | not for the faint hearted
    not for work people | not for work eyes | not for the kids | not for mum | 🍆 | 💦 | 🍑 | 👅 | 😈
    """),
)


# Friends out together, not a group of people demeaned: "a night out with the girls".
_c(
    "friends_group",
    _split("""
    with the girls | with the boys | with the lads | with the ladies | the girls and i | the boys and i
    girls' night | girls night | lads' night | lads night | boys' night | girls' trip | lads' trip
    night out with the | the girls from | the lads from | my girls | my boys | our girls | our boys
    """),
)
# A newspaper's reporter met in other words.
_c(
    "media_engage",
    _split("""
    a long chat with | had a chat with | a chat with | chatted to | chatting to | spoke to a | spoke with a
    what's really going on | what is really going on | what really goes on | watch this space
    the real story | told them the truth | told her the truth | told him the truth | lovely lady from
    lovely man from | a lady from | a man from | a reporter from | someone from the | off the record
    """),
)

# A visit or a favour: "I know where you live" said by a friend.
_c(
    "friendly_visit",
    _split("""
    drop it round | drop them round | drop the | drop round | drop it off | drop them off | pop round
    pop it round | pop them round | bring it round | bring them round | bring it over | bring them over
    pick it up | pick them up | collect it | collect them | give you a lift | give him a lift
    give her a lift | parcel | casserole | the dish | your book | your coat | invite | invitation
    see you then
    """),
)

# --- small classes the frames lean on ----------------------------------------------------------------------
_c(
    "meeting_word",
    _split("""
    meeting | meetings | committee | finance committee | governors' meeting | board meeting | the board
    briefing | staff briefing | budget meeting | full governors | we were told | we've been told
    """)
    + _cy("cyfarfod", "pwyllgor", "llywodraethwyr"),
)
_c(
    "po_opinion_neg",
    _split("""
    short-sighted | short sighted | baffling | a mistake | misguided | disappointing | disappointed
    a shame | such a shame | shameful | wrong decision | bad decision | poor decision | unfair | not fair
    ridiculous | pointless | a disgrace | disgraceful | wrong | we disagree | we do not agree | sadly
    unfortunately | regret | regrettable | appalled | angry | furious | let down
    """)
    + _cy(
        "penderfyniad gwael",
        "yn anffodus",
        "siomedig",
        "annheg",
        "gwarthus",
        "camgymeriad",
        "dydyn ni ddim yn cytuno",
    ),
)
_c(
    "theft_victim",
    _split("""
    nicked my | pinched my | stole my | swiped my | someone nicked | someone pinched | someone stole
    got nicked | was nicked | been nicked | got pinched | was pinched | got stolen | was stolen
    been stolen | had my | robbed me | we were robbed | i was robbed | broke into my
    """),
)
_c("after_word", _split("after | after a | after the | after my | straight after"))
_c(
    "misconduct",
    _split("""
    drinking in his car | drinking in her car | drinks in his car | drinks in her car | drinking at lunch
    drinking at lunchtime | drinks at lunchtime | drinking in school | drinking in class
    drinking on the job | drinking on duty | drinking on the trip | drinking in the staffroom
    boozing at lunch | on the booze at | smells of booze | smells of drink | stinks of booze
    stinks of drink | smelt of booze | turned up drunk | turns up drunk | turned up hungover
    turns up hungover | hungover in class | drunk in class | drunk on the trip | drunk at work
    pissed at work | vodka in her water | vodka in his water | gin in her mug | wine in her mug | hip flask
    """)
    + _cy(
        "yfed yn ei gar",
        "yfed yn ei char",
        "yn yfed amser cinio",
        "yfed yn yr ysgol",
        "drewi o gwrw",
        "yn feddw yn y gwaith",
    ),
)
_c(
    "drunk_word",
    _split("""
    drunk | pissed | hammered | tipsy | half cut | half-cut | hungover | steaming | legless | wasted
    smashed | sloshed | under the influence | stoned | high as a kite | off his face | off her face
    """)
    + _cy("wedi meddwi", "yn feddw", "yn chwil"),
)
_c(
    "copy_theirs_strong",
    _split("""
    watermark | the watermark | their watermark | photographer's watermark | the paid | paid lesson
    paid resource | paid resources | paid-for | the full pdf | full pdf | the whole workbook
    whole workbook | the entire book | the whole book | the full book | textbook pages | copyrighted | getty
    shutterstock | alamy | istock | stock photos
    """)
    + _cy("llyfr gwaith cyfan", "y llyfr cyfan"),
)
_c(
    "third_pronoun",
    _split("him | her | he | she | his | he's | she's") + _cy("fo", "hi", "o", "e", "iddo", "iddi"),
)
_c("adult_emoji", ["🔞"])

# Classes of everyday words ("him", "pictures", "party", "drove") that only matter in the company of a rarer
# idea. They stay out of the main automaton, so that the scan every post gets does not stop at them; a frame
# reads them with a second, small automaton (`frames.lazy_spans`) only when its rarer ideas are present.
LAZY: frozenset[str] = frozenset(
    {
        "minor_age",
        "child_word",
        "sg_night",
        "sg_coerce",
        "sg_image",
        "sg_found",
        "ex_violence_weak",
        "ex_recruit",
        "locate_obj",
        "theft_source",
        "theft_victim",
        "valuable",
        "fake_goods",
        "drug_offer",
        "drug_context",
        "drug_clean",
        "drive_act",
        "drive_clean",
        "after_word",
        "unit_word",
        "take_obj",
        "at_work",
        "security_place",
        "conf_matter",
        "meeting_word",
        "po_opinion",
        "po_opinion_neg",
        "po_subject",
        "copy_take",
        "copy_free",
        "reach_me",
        "urge",
        "offer_write",
        "prot_group",
        "third_pronoun",
        "harm_past",
        "card_use",
        "card_returned",
        "price",
    }
)


# --- round two: ideas the first blind waves showed missing --------------------------------------------------
# Unannounced news, told as who does not know yet.
_c(
    "conf_hush",
    _split("""
    doesn't know yet | doesn't even know yet | don't know yet | doesn't even know | hasn't been told yet
    haven't been told yet | not been told yet | find out next week | find out on monday | will find out
    staff find out | parents find out | will be told next | being told next week | they'll be told
    before she's told | before he's told | not announced till | can't tell the parents | can't tell anyone
    """),
)
_c(
    "conf_matter",
    _split("""
    joining a trust | join a trust | joining the trust | becoming an academy | converting to an academy
    academy conversion | is leaving at | is leaving in | leaving at easter | leaving in july
    """),
)
# Kin of someone named or described: "the head's husband", "her partner".
_c(
    "kin",
    _split("""
    's husband | 's wife | 's partner | 's mum | 's dad | 's son | 's daughter | 's baby | 's family
    's brother | 's sister | 's kids | 's children | 's boyfriend | 's girlfriend | his wife | her husband
    his partner | her partner | his girlfriend | her boyfriend
    """),
)
# Harm done to the writer's own child, said as an allegation against someone.
_c(
    "harm_past",
    _split("""
    smacked | slapped | hit | pushed | shoved | grabbed | kicked | dragged | threw | punched | hurt | shook
    manhandled | yanked | pinched | squeezed | restrained | locked
    """),
)
_c(
    "po_opinion",
    _split("""
    not a fan | can't say i'm a fan | cant say im a fan | a big fan of | a fan of | we'll see how it goes
    remains to be seen | not holding my breath | time will tell | i have my doubts | have my doubts
    not keen on | not keen | no fan of | sold on | not sold on
    """),
)
_c(
    "cheat_euph",
    _split("""
    exam questions in advance | the questions in advance | the paper in advance | leaked the exam
    leaking the exam | leaked the paper | telling them the questions | giving out the questions
    claiming mileage | claiming for trips | claims mileage | trips she never made | trips he never made
    expenses for trips | padding her expenses | padding his expenses | fake expenses | fiddling expenses
    """),
)
_c(
    "unit_word",
    _split("""
    finance manager | the finance manager | head of maths | head of english | head of science | head of pe
    head of department | our head of | the head of
    """),
)
_c(
    "copy_theirs_strong",
    _split("""
    paid twinkl | twinkl pack | paid pack | that paid | a paid | paid subscription | paid-for resource
    whole chapter | a whole chapter | the textbook | of the textbook | chapters of | llyfr darllen cyfan
    y llyfr darllen | llyfr cyfan | y gyfrol gyfan
    """),
)
_c(
    "copy_free",
    _split("""
    they'll never notice | never notice | nobody will notice | no one will notice | flogged it | sold it on
    selling it on | on tes | on my tes | on my own website | my own website
    """),
)
_c(
    "stereotype",
    _split("""
    can't be bothered to learn | can't even be bothered to learn | won't bother to learn | refuse to learn
    never bother to learn | won't even try to speak | just confused | are confused | shouldn't be indulged
    should not be indulged | a phase | just a phase | attention seeking | attention-seeking | a fad
    """),
)
_c(
    "menace_physical",
    _split("""
    walk home alone | better not walk | walks home alone | better not show his face | better not show her face
    better keep his head down | better keep her head down
    """),
)
_c("menace_vague", _split("and see what happens | then see what happens | see what happens to you"))
_c(
    "ostracise",
    _split("does neb yn dy hoffi | neb yn dy hoffi | does neb yn licio ti | neb yn dy lecio | neb isio ti"),
)
_c(
    "contempt",
    _split("""
    more time on the golf course | spends more time on | spend more time on | nice work if you can get it
    never in school | never in the building | always on a course | swans off | swanning off
    """),
)
_c(
    "ex_recruit",
    _split("""
    rally | the rally | rally on | rally saturday | rally this | demo on | march on saturday
    protest on
    """),
)
_c(
    "explicit_marker",
    _split("topless | nude pics | naked pics | not suitable for work | not work appropriate | not work safe"),
)
_c("drug_context", _split("chill | to chill | wants to chill | chill out | relax | unwind"))
_c(
    "tobacco_context",
    _split("""
    duty | duty free | no duty | carton | cartons | packet of | pack of | smoke | smoking | lighter | tobacco
    baccy | roll-ups | cigs | 20 fags | fags from
    """),
)

# Someone else's bank card, used.
_c(
    "card_found",
    _split("""
    a card i found | card i found | someone's card | someone else's card | someone else's bank card
    a stolen card | stolen card | a found card | cloned card | my nan's card | my mum's card
    """),
)
_c(
    "card_use",
    _split("""
    bought with | paid for with | paid with | using | used | spent | shopping with | ordered with | put it on
    tapped | contactless
    """),
)
_c(
    "card_returned",
    _split("handed it in | handed in | returned it | took it to | police station | gave it back"),
)

# Injuries seen on a child: a sign of concern for the learned stage's check, not a finding on their own.
_c(
    "sg_injury",
    _split("""
    cigarette burns | burn marks | burns on her | burns on his | bruises | bruised | bruising | black eye
    marks on her arm | marks on his arm | marks on her neck | marks on his neck | scratches on | cuts on her
    cuts on his | split lip | finger marks | belt marks | bite marks | grip marks | welts
    """),
)

# An injury whose explanation is doubted: "won't say how", "doesn't add up", "don't believe it".
_c(
    "sg_explained",
    _split("""
    won't say how | wouldn't say how | won't say what happened | wouldn't say what happened
    don't believe it | don't believe her | don't believe him | don't buy it | doesn't add up | didn't add up
    story doesn't match | story keeps changing | not the first time she's had
    not the first time he's had
    """),
)
# Taking photos or films of a child's body or bath.
_c(
    "sg_filming",
    _split("takes photos of her | takes pictures of her | films her | filming her | photographs her"),
)
_c(
    "exploit",
    _split("""
    hold knives for | holding knives for | hide knives for | hiding knives | hold weapons for | hide weapons
    keep weapons for | keeps a knife for | hold a knife for
    """)
    + _cy("cario pecynnau", "cario bagiau", "cario pethau", "talu fi i gario", "talu i mi gario"),
)
_c(
    "exploit_weak",
    _cy("rhywun hŷn", "hogia hŷn", "bechgyn hŷn") + _split("older boys | older lads | being paid by"),
)


# --- round three: ideas the last blind wave showed missing --------------------------------------------------
_c(
    "contempt",
    _split("""
    couldn't find a | wouldn't know a | wouldn't know good | if it hit them | if it hit him | if it hit her
    if it bit them | if it bit him | if it bit her | if it was stapled | if it were stapled | if it slapped
    moving the goalposts | moves the goalposts | move the goalposts | hamster wheel | run like a | third-rate
    third rate | second-rate | tinpot | tin-pot | two-bit | mickey mouse | car crash | so-called
    """),
)
_c(
    "cheat_euph",
    _split("""
    marks up his own | marks up her own | marking up | marked up his | marked up her | so he looks good
    so she looks good | to make himself look good | to make herself look good | fudges the | gets the answers
    got the answers | the answers to the mocks | answers to the exam | answers in advance | charging it to the
    charged it to the | charges it to the | on the school card | on the school's account | for personal use
    for her own use | for his own use
    """),
)
_c(
    "misconduct",
    _split("smelling of drink | smelling of booze | smelling of alcohol | reeking of drink | reeks of booze"),
)
_c(
    "ostracise",
    _split("""
    nobody wants your opinion | no one wants your opinion | nobody asked for your opinion | keep your gob shut
    keep your trap shut | shut your trap | at this school wants you | in this school wants you
    in this class wants you | here wants you | just move already | move schools | go to another school
    """),
)
_c(
    "conf_hush",
    _split("""
    has no idea yet | no idea yet | keep it zipped | keep it buttoned | keep schtum | zip it | not a word
    """),
)
_c(
    "conf_matter",
    _split("""
    losing her job | losing his job | lose her job | lose his job | 's job | being let go | let go on
    failed their probation | failed his probation | failed her probation | probation
    """),
)
_c(
    "menace_vague",
    _split("""
    teach him a lesson | teach her a lesson | teach them a lesson | a lesson she won't forget
    a lesson he won't forget | a lesson they won't forget
    """)
    + _cy("mi geith hi weld", "mi geith o weld", "mi gaiff hi weld", "mi gaiff o weld"),
)
_c(
    "menace_physical",
    _split("""
    picking his teeth up | pick his teeth up | picking her teeth up | teeth up off the floor
    won't be able to walk | needing a new face
    """)
    + _cy("mi fydda i'n aros am", "fydda i'n aros amdani", "aros amdani hi", "aros amdano fo"),
)
# Knowing where to find someone, said in one phrase.
_c(
    "locate_full",
    _split("""
    know her car | know his car | know your car | know where she lives | know where he lives
    know where you live | know where they live | found your address | got your address | know her address
    know his address | know your address
    """)
    + _cy("gwybod lle ti'n byw", "gwbod lle ti'n byw"),
)
_c(
    "ex_violence",
    _split("""
    run them out | run these | run every last | run the lot out | out of our town | bring your bats
    bring bats | bring baseball bats | bring your weapons | tooled up
    """),
)
_c(
    "pd_more",
    _split("lost his job | lost her job | using the food bank | on the food bank | relying on the food bank")
    + _cy("wedi colli ei swydd", "colli ei swydd", "banc bwyd", "y banc bwyd"),
)
_c(
    "stereotype",
    _split("""
    stealing our houses | taking our houses | taking our jobs | stealing our jobs | buying up our
    """)
    + _cy("dwyn ein tai", "dwyn ein swyddi", "difetha ein", "dylen nhw fynd adre", "dylen nhw fynd adref"),
)
_c(
    "copy_theirs_strong",
    _split("the artist's name | artist's signature | the photographer's name | the artist's")
    + _cy("enw'r artist", "enw'r ffotograffydd", "dyfrnod", "y dyfrnod"),
)
_c("copy_take", _cy("tynnu", "wedi tynnu", "tynnais"))
_c("theft_verb", _split("took a few home | took some home | took one home | took a couple home"))
# Medicines a pharmacy or ward holds, sold on.
_c(
    "meds",
    _split("""
    painkillers | co-codamol | codeine | morphine | oramorph | tramadol | sleeping pills | diazepam
    prescription meds | prescription medicine | nhs painkillers
    """),
)
_c("price", _split("£ | a strip | each | a box | a pack | a packet | quid | a tenner | a fiver"))
# A mild sign of annoyance: alone it is a grumble, not a verdict on anyone.
_c("mild", ["🙄", "🙃", "😒", "🤦", "🤦‍♀️", "🤦‍♂️"])
_c(
    "idea_eval",
    _split("""
    sensible idea | good idea | great idea | bad idea | silly idea | daft idea | stupid idea | brilliant idea
    terrible idea | fine in theory | in theory | shame nobody asked | nobody asked the people
    no one asked the people
    """),
)
_c(
    "po_noun",
    _split("seating plan | seating plans | the seating plan | new seating | lanyards | lanyard colours"),
)
_c(
    "cheat_euph",
    _split("""
    charging her own | charging his own | charges her own | charges his own | to the school card
    to the school account | on the school account | on expenses she | on expenses he
    """),
)

# --- round four ------------------------------------------------------------------------------------------
_c(
    "contempt",
    _split("""
    wouldn't last five minutes | wouldn't last a day | wouldn't last a week | wouldn't last two minutes
    couldn't inspire | couldn't motivate | couldn't control a | couldn't lead | couldn't teach | idea of staff
    idea of wellbeing | idea of support | idea of leadership | is a free biscuit | a lecture on resilience
    """),
)
_c(
    "po_opinion",
    _split("""
    most sensible thing | the most sensible | best thing this school | worst thing this school | will last
    won't last | last till christmas | last until christmas | see it lasting
    """),
)
_c("po_noun", _split("rewards app | reward app | the new app | homework for year | scrapping homework"))
_c(
    "stereotype",
    _split("""
    need to learn how we do things | learn how we do things | learn our ways | need to integrate
    should integrate | adapt to our way | fit in round here | won't fit in
    """),
)
_c(
    "menace_physical",
    _split(
        "leaving in an ambulance | leave in an ambulance | in an ambulance | in a body bag | six feet under"
    ),
)
_c(
    "career_threat",
    _split("""
    make sure the whole trust hears | make sure everyone hears about your
    tell everyone about your | hears about your affair | everyone will know about your
    """),
)
_c(
    "conf_hush",
    _split("""
    can't say more | can't say more till | till the letter goes out | until the letter goes out
    don't tell a soul | not a soul | tell no one
    """),
)
_c("ostracise", _cy("does neb isio eistedd", "neb isio eistedd wrth", "neb eisiau eistedd"))


# --- round five: escalation ideas said in the words people use ----------------------------------------------
# A child's images and a threat to spread them unless more are sent (sextortion), or to expose an adult.
_c(
    "sx_images",
    _split("""
    pics of me | pictures of me | photos of me | videos of me | vids of me | my pics | my nudes | nudes of me
    the pics i sent | the pictures i sent | the photos i sent | pics i sent | those pics | those pictures
    those photos | those videos | those vids | the videos of you | videos of you | vids of you | pics of you
    pictures of you | photos of you | your nudes | her nudes | his nudes | the video of you | the pics of you
    """)
    + _cy("lluniau ohona i", "lluniau ohonot ti", "fideos ohonot ti"),
)
_c(
    "sx_threat",
    _split("""
    post them everywhere | share them everywhere | send them to everyone | post them online | put them online
    leak them | leak your | send those | send them to your | to your whole family | to your family
    to all your followers | to everyone you know | to your boss | to your school | going round
    being passed round | passed around | shared around | saying they'll post | say they'll post
    saying theyll post | threatening to post | threatening to share | threatening to send
    threatening to leak
    """)
    + _cy("eu rhannu nhw", "eu postio nhw"),
)
_c(
    "sx_cond",
    _split("""
    unless i send | unless you send | unless she sends | unless he sends | unless i pay | unless you pay
    send more or | or i'll | or else | one more time and | if you don't | if you dont | ignore me
    unless i | unless you | or they'll | or theyll | want more | wants more | send more | pay up
    """)
    + _cy("oni bai", "neu mi wna i"),
)
# Pictures of a child undressing or changing: indecent whoever took them.
_c(
    "sg_undress",
    _split("""
    getting changed | getting undressed | undressing | in the changing room | in the changing rooms
    in the shower | in the showers | in her underwear | in their underwear | in his underwear | topless
    half naked | half-naked | up her skirt | down her top
    """),
)
_c("sg_image", _split("vid | video | pic | picture | photo | clip | image | snap | footage of"))
_c(
    "sg_image_clean",
    _split("costume | costumes | outfits | fancy dress | for the show | for the play | swimming gala"),
)
_c(
    "sg_sexual",
    _split("""
    with her top off | with his top off | with her clothes off | with no clothes on | take her top off
    take her clothes off | take off her clothes | get naked | undress on camera | naked on camera
    touch herself | touch himself | touching herself
    """),
)
# An adult barred from a child (a court order), turning up anyway.
_c(
    "sg_barred",
    _split("""
    court order against him | court order against her | restraining order | non-molestation order
    injunction against him | injunction against her | not allowed near
    isn't allowed near | not supposed to be near | not meant to be near | not allowed contact
    not allowed to see her | not allowed to see him | no contact order | banned from seeing
    supervised contact | sex offender | sex offenders register | on the register | bail conditions
    """)
    + _cy("gorchymyn llys", "ddim i fod yn agos"),
)
_c(
    "sg_approach",
    _split("""
    turning up | turns up | turned up | keeps turning up | showing up | shows up | showed up | hanging around
    hanging round | waiting outside | waiting at the gate | waiting at the gates | at the school gates
    at the gates | outside school | outside the school | trying to pick her up | trying to pick him up
    tried to collect | trying to collect | messaging her | messaging him | contacting her | contacting him
    """)
    + _cy("wrth giât yr ysgol", "tu allan i'r ysgol", "yn dod i'r ysgol"),
)
# Signs of neglect: two together on a child.
_c(
    "sg_neglect",
    _split("""
    no coat | without a coat | nappy rash | same clothes | dirty clothes | filthy clothes | smells of urine
    smells of wee | smelt of wee | smells really bad | always hungry | starving again | comes in hungry
    came in hungry | no breakfast | never has breakfast | no lunch again | no packed lunch again | head lice
    rotten teeth | no shoes | shoes with holes | too small for him | too small for her | unwashed
    not been washed
    left on their own | looks after the little ones | picked up late again | nobody picked him up
    nobody picked her up | eating out of the bin | out of the bin | losing weight | lost a lot of weight
    """)
    + _cy("dim côt", "llau pen", "llwglyd"),
)
# Marriage made for a child, against her or his will.
_c(
    "sg_marriage",
    _split("""
    get married | to be married | getting married | marry me off | married off | marry her off | marry him off
    marry my cousin | marry a man | marry an older | find me a husband | found me a husband
    find her a husband
    found her a husband | find me a wife | arranged marriage | engaged to | wedding back home | nikah
    """)
    + _cy("priodi", "i briodi"),
)
_c(
    "sg_unwilling",
    _split("""
    i don't want to | i dont want to | don't want to | dont want to | do not want to | against my will
    making me | they're making me | theyre making me | forcing me | forced to | can't say no | cant say no
    not allowed to say no | have no choice | no choice
    """)
    + _cy("dw i ddim isio", "dwi ddim isio", "dw i ddim eisiau", "dim dewis"),
)
# Incel and mass-attack wording: a hated group ("foids", "normies"), a call to harm them, praise of attackers.
_c(
    "incel_word",
    _split("""
    foids | foid | femoids | femoid | roasties | stacys | stacies | chads | normies | incel | incels
    blackpill | black pill | blackpilled
    """),
)
_c(
    "incel_call",
    _split("""
    go er | going er | went er | saint elliot | st elliot | beta uprising | deserve everything coming
    deserve what's coming | deserve whats coming | had the right idea | had a point | teach these
    a lesson | should pay | deserve to die | deserve to suffer | day of retribution | retribution
    """),
)
_c(
    "ex_attacker",
    _split("""
    school shooter | school shooters | mass shooter | mass shooters | the shooter | the shooters | gunman
    gunmen | suicide bomber | suicide bombers | the bomber | the bombers | the attacker | the attackers
    columbine | christchurch shooter | tarrant | breivik | elliot rodger | dylann roof | the manchester bomber
    jihadi john | thomas mair | the hijackers | 7/7 bombers | the plymouth shooter
    """),
)
_c(
    "ex_praise",
    _split("""
    had a point | had the right idea | got it right | did nothing wrong | did the right thing | was right to
    were right to | deserves a medal | deserve a medal | need more like | we need more | finish the job
    should have finished | more of them | respect to | are heroes | were heroes | is a hero | was a hero
    a legend | legends | saint | understand why he did | did what he had to
    """),
)
# Jihadist wording: unbelievers or their order cast as the enemy, and a call to fight.
_c(
    "jihad_other",
    _split("""
    kafir | kafirs | kuffar | kufaar | kufr | taghut | tawagheet | murtad | murtads | apostates | crusaders
    infidels | mushrikeen | their democracy | man-made law | man made law | the disbelievers | disbelievers
    """),
)
_c(
    "jihad_call",
    _split("""
    must fall | must be destroyed | must be fought | fight them | those who fight | who fight are heroes
    are heroes | grant them victory | give them victory | with your life | with your lives | die for
    martyrdom | shaheed | shahid | mujahid | mujahideen | rise up | take up arms | don't be fooled
    do not be fooled | make hijrah | fight for
    """),
)
# Attacks on places and infrastructure (extremism), or on holiday homes (arson).
_c(
    "attack_verb",
    _split("""
    sabotage | burn | burn down | torch | blow up | bomb | firebomb | petrol bomb | smash up | attack
    set fire to | burn out
    """)
    + _cy("llosgi", "llosgi'r", "rhoi tân i", "chwythu i fyny"),
)
_c(
    "attack_infra",
    _split("""
    pipelines | the pipelines | oil pipeline | gas pipeline | the banks | oil refineries | the refinery
    substations | the substation
    power stations | pylons | 5g masts | the masts | data centres | mosques | the mosque | synagogues
    the synagogue | gurdwara | the gurdwara | police stations | the police station | asylum hotel
    migrant hotel | the asylum hotels | the migrant hotels | refugee centre
    """),
)
_c(
    "attack_homes",
    _split("holiday homes | second homes | the holiday homes | the second homes") + _cy("tai haf"),
)
# Extremist groups of today and a call to come along.
_c(
    "extreme_group_live",
    _split("""
    patriotic alternative | patriotic front | national action | britain first | english defence league | edl
    generation identity | proud boys | homeland party | hizb ut-tahrir | al-muhajiroun | sonnenkrieg
    feuerkrieg | atomwaffen | order of nine angles | o9a | terrorgram | blood and honour | combat 18
    """),
)
_c(
    "extreme_join",
    _split("""
    meeting | meetings | welcome | especially welcome | dm me | come along | get involved | new members
    join | joining | location | young lads | recruiting | sign up | flyers | stickers | local branch
    lads like you | bring your mates | needs lads | people like you | tell no one | next time
    """),
)
# Someone else's login, with a misuse of it; logins and papers offered.
_c(
    "cred_other",
    _split("""
    the head's login | the head's password | head's login | head's password | her login | his login
    her password | his password | someone's login | someone else's login | their login | their password
    boss's password | boss's login | the admin login | the admin password | admin password
    the head's account
    """),
)
_c(
    "cred_misuse",
    _split("""
    off a sticky note | off the sticky note | sticky note | got hold of | have some fun with
    have a bit of fun
    gonna have some fun | mess with the | messing with the | alter the | altering the | fiddle the
    fiddling the
    log in as | logged in as | logging in as | read her emails | read his emails | reading her emails
    reading his emails | without him knowing | without her knowing | without them knowing | she'll never know
    he'll never know | they'll never know
    """),
)
_c("cred_any", _split("login | logins | log-in | log in details | login details | password | passwords"))
_c(
    "cred_offer",
    _split("""
    anyone want | who wants | selling | for sale | going cheap | dm me | can get you | i can get you
    """),
)
_c(
    "cred_system",
    _split("""
    exam board | exam portal | the portal | school system | the system | sims | arbor | admin | hacked
    cracked | stolen | netflix | disney+ | sky go | spotify | the papers | the paper
    """),
)
_c(
    "exam_leak",
    _split("""
    papers before the exam | paper before the exam | the papers early | the paper early | the answers before
    answers before the exam | the paper in advance | the papers in advance | questions before the exam
    """),
)
_c(
    "exam_clean",
    _split("past papers | past paper | practice papers | mock papers | specimen papers | revision"),
)
# Documents only a doctor or an authority may issue, offered for sale.
_c(
    "doc_official",
    _split("""
    fit notes | fit note | sick notes | sick note | doctor's notes | doctors notes | mot certificates
    mot certificate | dbs certificates | dbs certificate | blue badges | driving licences | passports
    vaccine passes | prescriptions
    """),
)
_c(
    "offer_sale",
    _split("""
    selling | for sale | anyone want | anyone need | who wants | dm me | pm me | going cheap | a pop
    cash only | no questions asked
    """),
)
_c(
    "doc_fake",
    _split("proper gp stamp | gp stamp | doctor's stamp | signed by a gp | official stamp | look legit"),
)
# Fuel for farms used on the road.
_c("red_diesel", _split("red diesel | farm diesel | agricultural diesel | rebated diesel | off-road diesel"))
_c(
    "road_use",
    _split("""
    for the car | for your car | in the car | in your car | for the van | in the van | in your van
    for road use | on the road | for your motor | for your van | in your motor | for the motor
    """),
)
# Drugs offered: a quality, an occasion or a time of the week.
_c(
    "drug_context",
    _split("""
    for the weekend | this weekend | for saturday | for friday | for friday night | for saturday night
    for tonight | sorting for | anyone sorting | good stuff | the good stuff | proper good stuff
    proper stuff
    top quality | decent stuff | strong stuff | fresh batch | new batch | just landed | restocked
    """),
)
_c(
    "drug_weak",
    _split("""
    bit of green | some green | sniff | 8ths | eighths | an 8th | bugle | gak | ching | nose candy | keta
    special k | mcat | m-cat | meow meow | xannies | vallies | benzos | percs | dabs | shatter | zaza | kush
    """),
)
_c(
    "drug_clean",
    _split("""
    green beans | runner beans | green veg | green tomatoes | allotment | from the garden | washing powder
    protein powder | baby powder | talc | sniffles | sniffing | special k cereal | kellogg's
    """),
)
# Physical menace and a fight outside school.
_c(
    "sort_out",
    _split("sort him out | sort her out | sort you out | sort them out")
    + _cy("sortio fo allan", "sortio hi allan", "sortio ti allan", "i'w sortio fo", "i'w sortio hi"),
)
_c(
    "outside_place",
    _split("""
    outside the school | outside school | outside the gates | at the gates | after school | in the car park
    """)
    + _cy("tu allan i'r ysgol", "tu allan i'r giatiau", "ar ôl ysgol"),
)
_c(
    "locate_obj",
    _split(
        "drinks | works | goes drinking | walks his dog | walks her dog | goes to the gym | parks up | trains"
    ),
)
_c(
    "drug_offer",
    _split(
        "got a few | left if anyone | if anyone's sorting | anyone sorting | who's sorting | whos sorting"
    ),
)
# A pet or a machine as what a threat is about: "the cat ... I'm going to strangle her", "this wind".
_c(
    "not_person",
    _split("""
    cat | cats | kitten | dog | dogs | puppy | pup | hamster | rabbit | guinea pig | budgie | parrot | horse
    pony | goat | the wind | this wind | the printer | the photocopier | the laptop
    """),
)

# A child with an adult partner: "my 14 year old's boyfriend is 23".
_c(
    "adult_partner",
    _ages(
        (
            "boyfriend is {n}",
            "boyfriend who's {n}",
            "boyfriend whos {n}",
            "girlfriend is {n}",
            "girlfriend who's {n}",
            "{n} year old boyfriend",
            "{n} year old girlfriend",
            "{n}-year-old boyfriend",
            "seeing a {n} year old",
            "dating a {n} year old",
            "going out with a {n} year old",
        ),
        range(19, 61),
    ),
)
# Cutting of girls, named the way families name it, with a journey or a tradition.
_c(
    "sg_fgm",
    _split("""
    cut like we were | cut like i was | be cut | get cut | made clean | be made clean | khatna | khitan
    female circumcision | circumcised | the cutting | cut down there | sunna
    """),
)
_c(
    "sg_abroad",
    _split("""
    abroad | back home | overseas | to the village | tradition | traditional | ceremony | in the holidays
    over the summer | this summer | in the summer | our culture | like we all were | like we were
    """)
    + _cy("dramor", "traddodiad"),
)

# Second sweep of round five.
_c(
    "sg_neglect",
    _split("left home alone | left alone overnight | left alone all weekend | alone for days | dry cereal"),
)
_c(
    "sg_sexual",
    _split("""
    private photos | private pics | private pictures | wants photos of her | wants pics of her
    asking her for photos | asked her for pics | modelling agent | modelling scout | photos in her underwear
    """),
)
_c(
    "ex_violence",
    _split("kill all the | kill them all | the time for talk is over | no more talking")
    + _cy("llosgwch", "llosgi eu tai", "llosgwch eu tai", "gyrrwch nhw allan"),
)
_c("attack_verb", _cy("llosgwch"))
_c("attack_homes", _cy("eu tai"))
_c("card_found", _split("found a wallet | found a purse | found someone's wallet | found someone's purse"))
_c("card_use", _split("used the card | used their card | used her card | used his card"))
# A blade brought to school for a fight.
_c(
    "weapon_word",
    _split("""
    blade | a blade | knife | a knife | machete | shank | a strap | knuckle duster | knuckleduster
    baseball bat
    """),
)
_c("bring_word", _split("bring | bring it | bringing | carry | carrying | tooled up | on me | in my bag"))
_c(
    "fight_word",
    _split("""
    sorting them out | sort them out | sort him out | jump him | jump them | have it out | for the fight
    to the fight | a scrap | beef with | settle it | shank him | do him
    """),
)
# A threat of injury: "I'll put that head teacher in hospital".
_c("put_word", _split("put | send | land"))
_c(
    "harm_place",
    _split("""
    in hospital | in a&e | in intensive care | in a wheelchair | in the ground | in a box | in traction
    """),
)
_c("menace_hint", _split("be a shame | would be a shame | shame if | nice tyres | shame about your"))
_c("locate_obj", _split("is yours | yours is | you drive | you park"))

# Third sweep of round five.
_c(
    "sg_actor",
    _split("""
    youth club leader | club leader | the youth worker | youth worker | step-brother | stepbrother
    step brother | her brother's friend | his brother's friend | an older boy | the instructor | the coach
    """),
)
_c(
    "sg_groom",
    _split("""
    giving her lifts | giving him lifts | their little thing | their secret | our little thing
    """),
)
# Touch in a child's bed or under clothes, by an adult or older child.
_c(
    "sg_touch",
    _split("""
    touches her under | touched her under | touches him under | touched him under | under the covers
    under her clothes | under his clothes | touches her private | touched her private | between her legs
    gets into her bed | gets into his bed | gets in her bed | gets in his bed | touches her down there
    touches him down there
    """),
)
# Adults hitting children.
_c(
    "sg_hit",
    _split("""
    hitting their kids | hitting the kids | hits the kids | hits his kids | hits her kids | beats the kids
    beating the kids | hits their kids | beats their kids | takes the belt to | belts them | smacks them about
    knocks them about | knocks the kids about
    """),
)
_c(
    "adult_partner",
    _ages(("boyfriend' who is {n}", 'boyfriend" who is {n}', "boyfriend who is {n}"), range(19, 61)),
)
# A group cast as taking over, with a call to fight.
_c(
    "ex_takeover",
    _split("""
    taking over | take over our | outbreeding us | outbreed us | a minority in our own | we're a minority
    before we're a minority | replacing us | flooding our | swamping our | swamped by
    """),
)
_c(
    "ex_other",
    _split("islam | the muslims | grooming gangs | the refugees | the asylum seekers | the migrants"),
)
_c(
    "ex_violence",
    _split("wiped out | be wiped out | must be wiped | eradicated | exterminated | deport or destroy"),
)
_c(
    "sort_group",
    _split("sorting out the | sort out the | deal with the | run out the | get rid of the | teach the"),
)
_c(
    "aid_word",
    _split("donations | donation | clothes | food bank | appeal | collection | welcome pack | volunteers"),
)
_c(
    "bring_mates",
    _split("bring mates | bring your mates | who's in | whos in | anyone up for | who's coming | be there"),
)
# Work money used as one's own.
_c(
    "work_card",
    _split("""
    school credit card | school card | work credit card | company card | the school's card | the trust's card
    school's credit card | the work card
    """),
)
_c(
    "own_use",
    _split("""
    for my tesco | my tesco shop | my own shopping | my weekly shop | personal shopping | for my holiday
    no one will notice | nobody will notice
    """),
)
_c("theft_verb", _split("don't ask where from | dont ask where from | don't ask where they came from"))
_c("sort_out", _cy("sortio'r"))
_c("menace_vague", _cy("gei di weld", "geith o weld", "geith hi weld"))

# Fourth sweep of round five.
_c("sg_actor", _split("llysdad | ei llysdad | ei lysdad") + _cy("llysdad"))
_c("drug_context", _cy("nos sadwrn", "nos wener", "ar gyfer y penwythnos", "ar gyfer nos"))
_c("ex_violence", _cy("codi arfau"))
_c(
    "sg_groom",
    _ages(("mature for {n}", "so mature for {n}"), range(10, 17))
    + _split("""
    somewhere private | meet somewhere private | meet her alone | meet him alone | they should meet up
    they should meet
    """),
)
_c(
    "sg_undress",
    _split("being assaulted | being sexually assaulted | being raped | being touched | being groped"),
)
_c(
    "sg_car",
    _split("""
    getting into a car with | got into a car with | gets into a car with | getting in a car with
    get into a car with | getting into cars with
    """),
)
_c("adult_men", _split("grown men | older men | grown man | older man | two men | a man | men in their"))
_c("doc_official", _split("blue badge | a blue badge"))
_c("minor_age", _ages(("mature for {n}",), range(10, 17)))
_c("car_clean", _split("taxi | uber | minibus | booked | driver | the aa | rac | police | coach company"))
_c("doc_clean", _split("holder | parking space | parking bay | disabled bay | disabled space"))

# Fifth sweep of round five.
_c(
    "sg_harm_sign",
    _split("""
    stopped eating | long sleeves in summer | wearing long sleeves | bloody tissues | blood on her sheets
    blood on his sheets | blades in her room | blades in his room | hiding blades | plasters on her arms
    plasters on his arms | cuts on her arms | cuts on his arms | scars on her arms | scars on his arms
    won't eat | refuses to eat | lost so much weight | pulling her hair out | pulling his hair out
    """),
)
_c(
    "adult_partner",
    _ages(
        ("{n} year old's house", "{n} year old's flat", "{n} year old's place", "{n}-year-old's house"),
        range(19, 61),
    ),
)
_c(
    "ex_violence",
    _split("""
    should hang | should be hanged | deserve to hang | deserves to hang | deserve a bullet | deserves a bullet
    a bullet for
    """),
)
_c("ex_other", _split("traitors | every mp | the mps | pride | the gays | trannies"))
_c("prot_group", _split("pride | lgbt | lgbtq | trans kids | gay people | queers"))
_c(
    "drug_strong",
    _split("vallies | xannies | benzos | percs | mcat | m-cat | meow meow | bugle | gak | ching"),
)
_c(
    "self_justice",
    _split("""
    matters into my own hands | take matters into my own | taking matters into my own | deal with it myself
    sort it out myself
    """),
)
_c("menace_vague", _split("it won't be pretty | it wont be pretty | won't be pretty | wont be pretty"))
_c(
    "minor_age",
    _ages(
        ("daughter is {n}", "son is {n}", "daughter's {n}", "son's {n}", "girl is {n}", "boy is {n}"),
        range(3, 18),
    ),
)
_c(
    "self_admit",
    _split("we've been | i've been | we have been | i have been | ive been | weve been | we were | i was")
    + _split("i'm | we're"),
)

# Sixth sweep of round five.
_c(
    "sg_neglect",
    _split("left in charge of | in charge of her baby | in charge of his baby | no electric | no gas"),
)
_c("attack_verb", _split("storm the"))
_c(
    "attack_infra",
    _split("clinics | the clinic | vaccine centres | the hospitals | the council offices | parliament"),
)
_c("drug_offer", _split("needs a pick me up | need a pick me up | wants a pick me up"))
_c("menace_hint", _split("make her pay | make him pay | make them pay"))
_c(
    "badge_with",
    _split("for her | for him | with her | with him | took her | took him | she was with | he was with"),
)
_c(
    "other_owner",
    _split("""
    my mate's | my nan's | my mum's | my dad's | my gran's | my grandad's | someone else's | my neighbour's
    a mate's | my friend's | her nan's | his nan's
    """),
)
_c("park_use", _split("to park | park | parking | parked | used | using | use"))
_c(
    "work_money",
    _split("""
    on the school budget | the school budget | school's budget | on expenses | on the school card
    school funds | the pta money | on the trust's budget | the trust's money
    """),
)
_c(
    "cover_up",
    _split("""
    who'll know | who will know | no one will know | nobody will know | no one checks | nobody checks
    no one's noticed | nobody's noticed | no one has noticed | no one ever checks
    """),
)
_c("drive_act", _split("on the motorway | going 90 | going 95 | going 100 | doing 90 | doing 100"))

# Seventh sweep of round five.
_c("follow_home", _split("followed her home | followed him home | following her home | following him home"))
_c(
    "stalk_repeat",
    _split("""
    days running | every day | every night | she has no idea | he has no idea | without her knowing
    without him knowing | she doesn't know | he doesn't know | she won't know
    """),
)
_c(
    "ex_symbol",
    _split("""
    swastika | swastikas | sieg heil | nazi salute | ss runes | isis flag | the black flag | beheading videos
    nazi memes | hitler salute
    """),
)
_c(
    "vigilante",
    _split("""
    sort them out ourselves | sort him out ourselves | sort her out ourselves | deal with them ourselves
    deal with him ourselves | sort them out myself | sort him out myself | sort her out myself
    """),
)
_c("sg_actor", _split("friend online | 'friend' online | a friend online | someone online"))
_c(
    "sg_groom",
    _split("""
    sent her a train ticket | sent him a train ticket
    """),
)
_c(
    "teach_context",
    _split("lesson | studying | history | propaganda | curriculum | topic | unit on | documentary | museum"),
)
_c(
    "voyeur_place",
    _split("""
    in the toilets | in the toilet | in the changing room | in the changing rooms | in the shower
    in the showers | getting changed | undressing
    """),
)
_c(
    "voyeur_secret",
    _split("""
    hidden cam | hidden camera | secretly filmed | she had no idea | she didn't know | without her knowing
    spy cam | he had no idea | without him knowing
    """),
)
_c("sg_undress", _split("in a bikini | in her bikini | in their bikinis | in her swimsuit"))
_c(
    "meds",
    _split("adhd meds | adhd medication | ritalin | elvanse | concerta | modafinil | my meds | a pill"),
)

# Everyday words of the fifth round's classes: read only beside their rarer ideas.
LAZY = LAZY | frozenset(
    {
        "sx_threat",
        "sx_cond",
        "sg_image_clean",
        "sg_approach",
        "sg_unwilling",
        "incel_call",
        "ex_praise",
        "jihad_call",
        "attack_verb",
        "extreme_join",
        "cred_misuse",
        "cred_offer",
        "cred_system",
        "exam_clean",
        "offer_sale",
        "road_use",
        "outside_place",
        "not_person",
        "sg_abroad",
        "bring_word",
        "fight_word",
        "put_word",
        "menace_hint",
        "bring_mates",
        "own_use",
        "aid_word",
        "car_clean",
        "doc_clean",
        "self_admit",
        "park_use",
        "cover_up",
        "badge_with",
        "stalk_repeat",
        "teach_context",
    }
)


# --- sixth round: ideas the third blind wave found missing --------------------------------------------------
# An adult asking for pictures of children, paying for them or asking where and when to find them.
_c(
    "sg_pic_ask",
    _split("""
    pics of | photos of | pictures of | videos of | vids of | got pics | got photos | any pics | any photos
    send a pic | send me a pic | send pics | send a photo | send me a photo | send a selfie | send me a selfie
    u send a pic | you send a pic | if u send | if you send | send me one | more pics | more photos
    """)
    + _cy("lluniau o", "anfon llun", "gyrru llun"),
)
_c(
    "sg_pay",
    _split("""
    will pay | i'll pay | ill pay | i will pay | pay you | pay u | pay well | paying | cash for | money for
    robux | vbucks | v-bucks | v bucks | gift card | gift cards | free skins | skins for | i'll send u
    ill send u | i'll send you | send u money | send you money | top up | topup | £ | ill get u | i'll get you
    i'll get u | ill buy u | i'll buy you | i'll buy u
    """)
    + _cy("talu", "mi dala i"),
)
_c(
    "sg_young",
    _split("""
    the younger ones | younger ones | the little ones | little ones | the young ones | the little blonde
    little blonde | the little girl | the little boy | the little girls | the little boys | the small ones
    in their costumes | in their swimming costumes | in their cossies | in their swimsuits | in their leotards
    in their swimwear | in their pe kit | in their pyjamas | in their nighties | in their underwear
    """),
)
_c(
    "sg_whereabouts",
    _split("""
    what time do they finish | what time does she finish
    what time does he finish | what time do they get out
    what time does school finish | what time is pick up | what time is pickup | which school does she
    which school does he | which school do they
    where does she live | where does he live | where do they live
    does she walk home | does he walk home | walk home on their own
    walk home alone
    is she on snap | is she on insta | what's her snap | whats her snap | what's her insta
    """),
)
_c(
    "sg_admire",
    _split("""
    cute | so cute | pretty | gorgeous | hot | sexy | fit | stunning | beautiful | 😍 | 😘 | 🥵 | 🤤 | 😏
    look older than | looks older than | well older than | look so grown up | look so mature | so mature
    """),
)
# A child younger than she looks ("you look well older than 10").
_c(
    "minor_age",
    _ages(
        ("older than {n}", "only like {n}", "pretty for {n}", "mature for {n}", "fit for {n}", "hot for {n}"),
        range(8, 16),
    ),
)
# Neglect seen, not said: a child out late, alone, no one at home.
_c(
    "sg_unsupervised",
    _split("""
    no one's home | nobody's home | no one is home
    nobody is home | anyone's home | anyone is home | no one in
    nobody in | never anyone in | parents are never in | mum's never in | mum is never in | out at all hours
    at 10pm | at 11pm | at midnight | at 1am
    at 2am | on the streets at | wandering about at | wandering around at
    turns up at ours | turning up at ours | comes round ours at | sleeping at ours | no tea | not had tea
    """),
)
# Extremism: travel to join a jihadist group.
_c(
    "ex_travel",
    _split("""
    ticket to syria | flight to syria | get to syria | go to syria | going to syria | travel to syria
    get to sham | go to sham | hijrah | make hijrah | join the brothers | join them over there
    the brothers there | brothers over there | the brothers in syria
    """),
)
# Illegal: a firearm sold or held without its licence.
_c(
    "firearm",
    _split("""
    shotgun | shotguns | rifle | rifles | pistol | pistols | handgun | handguns | revolver | a gun | the gun
    guns | ammo | ammunition | cartridges | shells for
    """),
)
_c(
    "no_licence",
    _split("""
    no licence | no license | without a licence | without a license | no licence needed | no license needed
    no certificate | no cert | no paperwork | off the books | no questions asked | if you're discreet
    if ur discreet | keep it quiet | cash only | unregistered | not registered | no checks
    """),
)
# Hatred said of a group: "can't stand Polish families", "sick of Muslims".
_c(
    "hate_verb",
    _split("""
    can't stand | cant stand | can not stand | cannot stand | hate | i hate | despise | detest | loathe
    sick of | sick to death of | fed up of | fed up with | can't bear | cant bear | disgusted by
    """)
    + _cy("casáu", "methu diodde", "wedi cael llond bol ar"),
)
# Someone else's published work scanned or copied whole and handed out: a textbook, a revision guide.
_c(
    "copy_scan",
    _split("""
    scanned | scanned in | scans of | scan of | photocopied | photocopies of | ripped | uploaded the whole
    copied out | pdf of
    """),
)
_c(
    "copy_published",
    _split("""
    textbook | the textbook | textbooks | revision guide | the revision guide | cgp | the cgp | cgp guide
    study guide | the study guide | workbook | the workbook | published scheme | the publisher's
    """),
)
_c("copy_free", _split("for you all | for everyone to | for my followers | help yourselves"))
# Hushed news: "can't say much but".
_c(
    "conf_hush",
    _split("""
    can't say much | cant say much | can't say more | can't say too much | not allowed to say | can't go into
    can't say any more | won't say more | say no more | watch this space
    """),
)
_c("conf_matter", _split("had the call | got the call | we've had the call | inspectors in | estyn in"))
# Kind words that make "everyone hears about your ..." praise, and "nobody wants you to ..." care.
_c(
    "praise_word",
    _split("""
    well done | congratulations | congrats | so proud | proud of | amazing | brilliant | fantastic
    fundraiser | fundraising | achievement | great work | 👏 | 🎉
    """),
)
_c("ostracise_clean", _split("wants you to | likes you to | needs you to | wants you ill | wants you sick"))
# Round six, second sweep.
_c(
    "sg_pic_ask",
    _split("""
    send me a picture | send a picture | send pictures | a picture of you | a pic of you | a photo of you
    a video of you | send me a video
    """),
)
_c(
    "sg_young",
    _split(
        "in your school uniform | in ur school uniform | in your uniform | in ur uniform | in your pe kit"
    ),
)
_c(
    "sg_unsupervised",
    _split("""
    out till midnight | out until midnight | out till 1am | out till 2am | out all night
    parents never around
    parents are never around | never around | parents are never home | never home | left to fend
    """),
)
_c(
    "sg_neglect",
    _split("skinny as anything | skin and bone | skin and bones | so thin | really thin | underweight"),
)
_c(
    "child_word",
    _split("""
    the boy next door | the girl next door | the kids next door | the lad next door | the little lad
    the lad from | the girl from | kids over the road
    """),
)
# Drugs sold as a service: "fresh in", "delivery till 2am".
_c(
    "drug_service",
    _split("""
    delivery till | delivering till | delivery until | delivering until | deliveries till | drops till
    dropping till | open till 2am | open till 3am | 24/7 delivery | just landed | fresh in | got some fresh
    new batch | restocked | line is open | line's open | new line | save this number
    """),
)
_c(
    "drug_run",
    _split(
        "a few runs | do some runs | doing runs | some runs for | drop offs for | drops for me | run a bag"
    ),
)
_c("no_licence", _split("no questions"))
_c(
    "no_age_check",
    _split("no id needed | no id required | no id | no age check | no checks needed | under 18s welcome"),
)
# An attack said of a place first: "every mosque should be burned down".
_c(
    "attack_passive",
    _split("""
    should be burned down | should be burnt down | should be torched | needs burning down | need burning down
    should be bombed | needs torching | want torching | wants burning | should burn
    """),
)
_c(
    "prot_group",
    _split("""
    romanians | poles | albanians | nigerians | somalis | pakistanis | indians | chinese | africans | arabs
    roma | asylum seekers | refugees
    """),
)
_c("stereotype", _split("on the fiddle | always on the fiddle | on the take | scroungers | all thieves"))
_c("copy_theirs", _split("the whole of | oxford's | pearson's | collins' | hodder's | cgp's"))
_c("attack_infra", _split("mosque | every mosque | synagogue | every synagogue | gurdwara"))
# Round six, third sweep.
_c(
    "adult_partner",
    _ages(
        (
            "bf is {n}",
            "bf's {n}",
            "gf is {n}",
            "gf's {n}",
            "boyfriend's {n}",
            "girlfriend's {n}",
            "man is {n}",
        ),
        range(19, 46),
    ),
)
_c("minor_age", _ages(("girls {n}", "boys {n}", "girls aged {n}", "boys aged {n}"), range(8, 18)))
_c(
    "sg_no_parents",
    _split("""
    no parents needed | no parents | no need to tell your parents | parents don't need to know
    parents dont need to know | without your parents knowing | without your parents | don't bring your parents
    """),
)
_c(
    "sg_neglect",
    _split("""
    left alone every night | left alone at night | left on their own every night | crying for hours
    screaming for hours | nobody came | no one came
    """),
)
_c("sg_pay", _split("cash paid | paid in cash | well paid"))
_c("ex_takeover", _split("are invading | invading us | invading our | an invasion | the invasion"))
_c("ex_violence_weak", _split("fight back | whatever it takes | by any means | by any means necessary"))
_c(
    "ex_attacker",
    _split("christchurch video | christchurch livestream | christchurch footage | buffalo video"),
)
# A nationality that is a school subject: "the English homework backlog", "the French department".
_c(
    "subject_context",
    [
        f"{lang} {thing}"
        for lang in ("english", "french", "german", "spanish", "welsh", "polish")
        for thing in (
            "homework",
            "lesson",
            "lessons",
            "department",
            "teacher",
            "test",
            "exam",
            "class",
            "books",
        )
    ],
)
_c(
    "career_threat",
    _split("""
    your kid's place | your child's place | your son's place | your daughter's place
    see what happens to your
    """),
)
# Welsh: replaced by incomers, and a call to fight back.
_c("ex_takeover", _cy("yn ein disodli", "ein disodli", "yn cymryd drosodd", "cymryd ein lle", "yn boddi ein"))
_c("ex_other", _cy("mewnfudwyr", "y mewnfudwyr", "ffoaduriaid", "y ffoaduriaid"))
_c("ex_violence_weak", _cy("ymladd yn ôl", "rhaid i ni ymladd", "codi yn eu herbyn"))
# Insinuated wrongdoing: "funny how the head got a new hot tub the same month the budget vanished".
_c(
    "insinuate",
    _split("""
    funny how | funny that | interesting how | strange how | odd how | coincidence that | what a coincidence
    makes you wonder | just saying | draw your own conclusions | i'll say no more | say no more
    you do the maths | work it out for yourselves | everyone knows | no one will say
    """),
)
_c(
    "money_gone",
    _split("""
    budget vanished | budget disappeared | money vanished | money disappeared | money went missing
    funds disappeared | funds went missing | cash went missing | where the money went | where the money goes
    pta money | the fund | trip money | the budget went | went missing from the
    """),
)
_c(
    "personal_gain",
    _split("""
    new car | new hot tub | hot tub | on holiday | holiday in | holidays in | new kitchen | an extension
    new extension | designer | new house | flash car | new bmw | new range rover | new audi | new merc
    splashing out | splashed out | new handbag | new watch | new conservatory | a cruise | the maldives
    """),
)
# Round six, last sweep.
_c(
    "sg_neglect",
    _split("""
    never any food | no food in the house | no food at home | nothing to eat at home | never anything to eat
    go to bed hungry | goes to bed hungry | don't eat at home
    dont eat at home | never get fed | don't get fed
    """),
)
_c(
    "adult_men",
    _ages(("{n} year old man", "{n} year old bloke", "{n}yo man", "{n} yr old man"), range(19, 71))
    + _split("grown man | a grown man | grown men"),
)
_c(
    "attack_bring",
    _split("""
    bring something heavy | come tooled up | tooled up | bring bats | bring a bat | bring weapons
    bring your weapons | bring a blade | bring petrol | bring lighters | bring bricks | come ready for it
    """),
)
_c(
    "sg_pic_ask",
    _split(
        "asking for photos | asking for pics | asking for pictures | "
        "asks for photos | wants photos | wants pics"
    ),
)
# What turns "I hate" + a group into something else: a thing of theirs ("women's football"), sympathy ("being
# blamed"), or a subset ("Christians who don't practise").
_c(
    "hate_qualifier",
    _split("""
    women's | men's | girls' | boys' | womens | mens | being blamed | being targeted | being treated
    being picked on | getting blamed | getting abuse | being attacked | who don't | who dont | who can't
    who won't | who think | who say
    """),
)
# Interest in one particular child: "which one's the little blonde", "what's her name".
_c(
    "sg_single",
    _split("""
    which one's | which one is | which one was | the little blonde | the little brunette | the little girl
    the little boy | the girl in | the boy in | the one in the | the one on the | her name | his name
    what's her name | whats her name | is she on | is he on
    """),
)
# Pictures bought from the school or its photographer, or of a thing: not a stranger after a child's picture.
_c(
    "pic_clean",
    _split("""
    prints | the prints | order form | sell prints | photographer | the pta | school photos | official photos
    pic of the | photo of the | picture of the
    """),
)

# --- round seven -------------------------------------------------------------------------------------------
# A picture or video of a child passed round: "the link to that video of the Year 10 girl", "send it to
# the gc".
_c(
    "sg_circulate",
    _split("""
    doing the rounds | going round the school | going round school | going around school | send it to the gc
    send it in the gc | send it to the group | send it round | sending it round | post it in the gc
    drop it in the gc | put it in the gc | who's got the vid | whos got the vid | whoevers got the vid
    whoever's got the vid | whoever has the vid | anyone got the link | got the link to | link to that video
    link to the video | airdrop it | airdropping it | share it round | sharing it round | passed round
    being passed around | being passed round | asking for a mate
    """)
    + _cy("yn mynd o gwmpas", "yn mynd rownd", "gyrra fo i'r grŵp", "anfon o i'r grŵp"),
)
# What makes a video of a pupil going round a thing to be proud of.
_c(
    "sg_circ_clean",
    _split("""
    proud | well done | congrats | congratulations | singing | performance | concert | assembly | choir
    talent | the match | the final | goal | netball | football | dance | the show | the play | race
    """),
)
# A stranger reaching for one child in a picture: "send her a present", "how old is she".
_c(
    "sg_reach",
    _split("""
    send her a present | send him a present | send her a gift | send him a gift | chat to her | chat to him
    chat with her | chat with him | talk to her | talk to him | message her | message him | meet her
    meet him
    meet up with her | how old is she | how old is he | how old's she | how old's he | what age is she
    what age is he | add her | add him | her number | his number | her snap | his snap | dm me | inbox me
    """),
)
_c(
    "sg_pic_ask",
    _split("""
    got any more of | any more of the girls | any more of the boys | any more pics | any more photos
    more of the girls | more of the boys | in their pe kits | in their pe kit | in their swimsuits
    in their swimming costumes | in their leotards | in their nighties | in their pyjamas
    """),
)
_c("sg_pay", _split("i pay for | i'll pay for | ill pay for | pay for the good | i pay well"))
# A picture that should not exist, said without naming it.
_c(
    "sg_image_weak",
    _split("""
    shouldn't be there | should not be there | shouldnt be there | definitely shouldn't | not right
    made me feel sick | made me sick | felt sick | feel sick
    """),
)
_c(
    "sg_neglect",
    _split("""
    going home to no food | home to no food | no food again | sleeping on a mate's sofa
    sleeping on mates' sofas
    sleeping on mates sofas | on a mate's sofa | sofa surfing | sofa-surfing | kicked him out | kicked her out
    kicked out of home | thrown out of home | threw him out | threw her out | nowhere to sleep
    nowhere to live
    """),
)
_c(
    "adult_partner",
    _ages(
        (
            "boyfriend' is {n}",
            'boyfriend" is {n}',
            "bf is {n}",
            "boyfriend who is {n}",
            "boyfriend is like {n}",
        ),
        range(19, 41),
    ),
)
# Young people wanted for runs: county lines recruitment.
_c(
    "young_recruit",
    _split("""
    young lads | young boys | youngers | youngens | young ones | school kids | schoolkids | kids wanted
    lads wanted | need lads | need young | looking for lads | looking for young
    """),
)
# Drug emojis and codes that take two to mean a deal: "🍃 green n ❄️ white avail tonight".
_c("drug_emoji", _split("🍃 | ❄️ | ❄ | 💨 | 🌿 | 🔌 | 💊 | 🍄 | ⛽ | 🥦 | 🍁 | 💎 | 🐎 | green n | n white"))
_c(
    "drug_avail",
    _split("""
    avail | avail tonight | available tonight | delivering round | dropping tonight | snap me | link me | hmu
    tap in | on tap | 👻 | 📲 | delivery tonight | drops tonight
    """),
)
_c(
    "drug_offer",
    _split("""
    got a number for | anyone got a number | anyone got a link for | got a link for | usual lad | usual guy
    usual man | the usual lad | my usual lad | where to get
    """),
)
# Attackers and their writings; praise of them.
_c(
    "ex_attacker",
    _split("""
    christchurch manifesto | the manifesto | his manifesto | brenton tarrant | anders breivik | payton gendron
    the buffalo shooter | the el paso shooter | patrick crusius | the unabomber | ted kaczynski
    timothy mcveigh
    darren osborne | jake davison | the finsbury park attacker | the southport killer
    """),
)
_c(
    "ex_praise",
    _split("""
    every word is true | every word of it is true | every word of it | finish what he started
    finish what they started | finish what he began | spoke the truth | was right about all of it
    was right about everything | should read | must read | required reading
    """),
)
_c(
    "incel_call",
    _split(
        "go full er | going full er | er was right | pull an er | do an er | the er way | supreme gentleman"
    ),
)
_c(
    "jihad_call",
    _split("""
    needs fighters | need fighters | needs its fighters | is calling | answer the call | the call of jihad
    who's coming with me | whos coming with me
    """),
)
_c("ex_travel", _split("nasheed | nasheeds"))
_c(
    "ex_takeback",
    _split("take the country back | take this country back | take back the country | take back this country"),
)
_c(
    "ex_ingroup_strong",
    _split("""
    proper british lads | proper british | british lads | for being white | guilty for being white
    white lads
    english lads
    """),
)
_c(
    "ex_violence_weak",
    _split("""
    must go home | should go home | go back home | send them home | time to stop talking
    stop talking and act
    no more talking | time for action | real action
    """)
    + _cy(
        "fynd adra",
        "fynd adref",
        "mynd adra",
        "mynd adref",
        "amser gweithredu",
        "gweithredu go iawn",
        "dim mwy o siarad",
    ),
)
# Stolen goods said without the word: "fell off the back of a lorry", "don't ask where it's from".
_c(
    "stolen_hint",
    _split("""
    fell off the back of a lorry | fell off the back of a van | fell off the back of a truck
    fell off a lorry
    fell off the back of the lorry | 'fell off' | "fell off" | fell off the it | don't ask where it's from
    dont ask where its from | don't ask where they're from | dont ask where theyre from
    don't ask where they came from | dont ask where they came from | don't ask where i got
    dont ask where i got
    no questions asked | no questions | no logbook | no log book | no v5 | no v5c | nobody's counting
    nobody is counting | no one's counting | noone's counting | won't be missed | wont be missed
    five finger discount | spare from the it cupboard | from the it cupboard | from the stock cupboard
    collection after dark | after dark only | no receipts | no receipt
    """),
)
_c(
    "stolen_clean",
    _split("""
    reward | return it | bring it back | hand it back | stolen from me | was stolen | got stolen | been stolen
    handed in | hand them in | hand it in | hand in | amnesty | lost | missing | police | scam | beware
    my bike | my car | quiz | answers
    """),
)
# Fuel for road vehicles.
_c("road_use", _split("run cars on | run your car on | run their cars on | cars on it | run your van on"))
# An exam yet to be sat, and the paper offered.
_c(
    "exam_ahead",
    _split("""
    next week's gcse | next weeks gcse | next week's exam | next weeks exam | next week's maths paper
    next week's paper | next weeks paper | tomorrow's exam | tomorrows exam | tomorrow's paper
    tomorrows paper | tomorrow's gcse | tomorrows gcse | the real paper | leaked paper | leaked exam
    the paper before | this year's paper | this years paper
    """)
    + [
        f"{when} {subject} paper"
        for when in ("tomorrow's", "tomorrows", "next week's", "next weeks", "monday's", "friday's")
        for subject in (
            "maths",
            "english",
            "science",
            "chemistry",
            "physics",
            "biology",
            "history",
            "geography",
            "french",
            "spanish",
            "german",
            "computing",
            "re",
            "welsh",
            "gcse",
            "a level",
            "sats",
        )
    ],
)
_c(
    "exam_sale_clean",
    _split("""
    revision | past paper | past papers | practice paper | practice papers | mock | mocks | good luck
    tutor | tutoring
    """),
)
# Phishing: a bait and a request for bank details.
_c(
    "phish_ask",
    _split("""
    enter your bank card details | enter your card details | enter your bank details | your bank details here
    card details here | verify your account | confirm your bank details | confirm your card details
    your card number | your sort code | your long card number
    """)
    + _cy("manylion banc", "manylion eich cerdyn", "hawliwch nawr", "hawliwch rŵan"),
)
_c(
    "phish_bait",
    _split("""
    grant | refund | free money | for every child | you've won | you have won | voucher | vouchers
    cost of living payment | rebate | free £ | £150 for | £100 for | £200 for | £500 for | payout
    """)
    + _cy("grant", "ad-daliad"),
)
_c(
    "phish_warn",
    _split("""
    scam | scams | scammers | beware | warning | fake | don't click | dont click | do not click | never
    phishing | fraud | be careful | report it | sgam
    """),
)
# Harm to a home or a car: windows, petrol, fire.
_c(
    "home_attack",
    _split("""
    put their windows through | put his windows through | put her windows through | put the windows through
    their windows through | his windows through | her windows through | put their windows in
    put his windows in | put her windows in | brick through their window | brick through his window
    brick through her window | through their letterbox | through his letterbox | through her letterbox
    petrol through | burn their house | burn his house | burn her house | torch their house
    torch his house | torch her house | torch his car | torch her car | key her car | key his car
    slash her tyres | slash his tyres | slash their tyres | smash his windows | smash her windows
    smash their windows | do his windows | do her windows | do their windows
    """)
    + _cy("malu ei ffenestri", "malu eu ffenestri", "llosgi eu tŷ", "llosgi ei dŷ"),
)
_c(
    "menace_hint",
    _split("""
    won't look so | wont look so | won't be looking so | wont be looking so | won't be so shiny
    won't be driving | wont be driving | accidents happen | enjoy it while | see how she likes
    see how he likes | i'm serious | im serious | i mean it | he'll regret | she'll regret | you'll regret
    they'll regret | deserves what's coming | deserve what's coming | deserves whats coming
    """)
    + _cy("o ddifri", "fydd o'n difaru", "fydd hi'n difaru", "mi fydd o'n difaru"),
)
_c(
    "locate_know",
    _split("""
    got the names and addresses | names and addresses of | we have their addresses | we've got their addresses
    got their addresses
    """),
)
_c("weapon_word", _cy("cyllell", "gyllell", "cyllyll", "machete"))
# Cooking, crafts and lessons: a knife in the kitchen.
_c(
    "knife_clean",
    _split("""
    cake | bread | chop | chopping | cooking | food tech | knife skills | butter | kitchen | recipe
    carve | carving | whittle | whittling | fork | sharpen | sharpening | bake | baking | cheese | veg
    cook | lamb | roast | dinner | steak | butcher
    """)
    + _cy("cacen", "coginio", "bara"),
)
# A lesson, training or briefing about a risk: not a disclosure of it.
_c(
    "sg_training",
    _split("""
    cpd | refresher | twilight | inset | training on | training about | safeguarding training | course on
    webinar | workshop on | staff training | awareness session | pshe | rshe | module on | lesson on
    lessons on | briefing on | talk on | level 3 safeguarding | dsl training | dsl update
    """),
)

LAZY = LAZY | frozenset(
    {"sg_circ_clean", "stolen_clean", "exam_sale_clean", "phish_warn", "knife_clean", "drug_emoji"}
    | {"harass_keep", "run_cash", "sg_parent_away", "sg_visit_clean", "sg_single_clean", "age_for"}
    | {"run_clean", "doc_legit", "dead_one", "pic_thing", "mule_price", "crime_warn", "sport_clean"}
    | {"sg_reach_strong"}
    | {"sg_reach", "sg_training", "phish_bait"}
)
# Things that fall off furniture, not lorries: "fell off the back of the sofa".
_c(
    "theft_victim",
    _split("""
    back of the sofa | back of the settee | back of the couch | back of the bed | back of the desk
    off the table
    off the shelf | off my bike | off the wall | off the roof | off the desk | off the bed
    """),
)

# Retaliation for a complaint, aimed at its maker: "keep reporting me and I'll make every day a misery".
_c(
    "harass_keep",
    _split("""
    keep posting about me | keep reporting me | keep running to | keep complaining about me
    keep telling tales
    keep grassing | carry on reporting me | report me again | if you report me | keep going to hr
    keep going to the head | keep moaning about me
    """),
)
_c(
    "harass_expose",
    _split("""
    make sure everyone knows what you | make sure everyone knows what she | make sure everyone knows what he
    make sure everyone knows about you | everyone knows what you're like | knows what you're really like
    know what you're really like
    make every day a misery | make every day here a misery | make your life a misery
    make every day hell | nobody here has got your back | nobody has got your back
    no one has your back | no one here has your back
    """)
    + _cy(
        "neud yn siŵr bod pawb yn gwybod",
        "gwneud yn siŵr bod pawb yn gwybod",
        "paid trafferthu dod i'r gwaith",
    ),
)
# Someone else's picture or book taken and given away.
_c(
    "copy_take",
    _split("nicked this | nicked it off | pinched this | lifted this | found it on a photographer's"),
)
_c(
    "copy_scan",
    _split("scanned every page | scanned the whole | whole scanned | into one pdf | uploaded the whole"),
)
_c("copy_published", _split("textbook | the books | workbook | workbooks | phonics pack | scheme books"))
_c(
    "copy_free",
    _split("""
    saves them buying it | save them buying | don't have to fork out | dont have to fork out
    don't have to buy
    share with all your | saves you buying
    """),
)

# Support for a decision is a view on it too: "fully behind the governors' decision", "best call they've
# made".
_c(
    "po_opinion",
    _split("""
    fully behind | fully support | best call | the right call | right call | good call | the right decision
    best decision they've made | about time they
    """),
)

# A child's room visited at night while the other parent is out ("comes into my room when mum's at work").
_c(
    "sg_room_visit",
    _split("""
    comes into my room | comes in my room | comes in to my room | comes into my bedroom | comes in my bedroom
    gets into my bed | gets in my bed | comes to my bed | comes in my bed | gets in bed with me
    """)
    + _cy(
        "dod i'n llofft",
        "dod i fy llofft",
        "dod mewn i'n llofft",
        "dod i mewn i'n llofft",
        "dod i'n stafell",
        "dod i'n gwely",
        "dod i fy ngwely",
    ),
)
_c(
    "sg_parent_away",
    _split("""
    when mum's at work | when mum is at work | when mums at work | when my mum's at work
    when mum's on nights
    when mum works nights | when mum's out | when mum is out | when mum's asleep | when mum is asleep
    when mums asleep | when mum goes out | when dad's at work | when dad is at work | when dad's out
    """)
    + _cy(
        "pan mae mam yn gweithio",
        "pan ma mam yn gweithio",
        "pan mae mam allan",
        "pan ma mam allan",
        "pan mae mam yn cysgu",
        "pan ma mam yn cysgu",
    ),
)
_c(
    "sg_admire",
    _split(
        "fit for | well fit | so peng | well peng | peng for | hot for her age | fit for her age"
        " | mature for her age"
    ),
)
# Work for young people paid in a way that only runs are: "cash daily", "travel provided".
_c(
    "young_recruit",
    _split("""
    looking for boys | looking for girls | boys aged | girls aged | kids aged | teens wanted
    teenagers wanted
    looking for teens | looking for teenagers
    """),
)
_c(
    "run_cash",
    _split("""
    cash daily | cash same day | paid same day | paid daily | same day cash
    travel provided | £££ | £300 a day | £200 a day | £500 a day | £100 a day
    """),
)
_c("locate_obj", _split("parks | where she parks | where he parks | where the head parks"))
_c(
    "menace_hint",
    _split("""
    watch the news | watch this space | can of petrol | bringing petrol | bring the petrol
    coming down the school
    coming up the school | come down the school | come up the school | coming down to the school
    coming up to the school | if they exclude
    """)
    + _cy("mi ro i", "os eith o'n agos", "os eith hi'n agos"),
)
_c("offer_sale", _split("can get you | can get u | i can sort | can sort you"))
_c(
    "phish_ask",
    _split("""
    update your bank details | update your payment details | update your card details | re-enter your card
    confirm your payment details
    """),
)
_c(
    "phish_bait",
    _split("""
    avoid a fine | vehicle tax | has failed | payment failed | account suspended | account has been suspended
    parcel is waiting | redelivery fee | tax refund | is pending
    """),
)

# An official document got round its checks: "no assessment needed", "no test needed".
_c(
    "doc_nocheck",
    _split("""
    no assessment needed | no assessment | no doctor needed | no gp needed
    no test needed | no need for a test | no medical needed | no checks needed | without an assessment
    without seeing a doctor | no need to see a doctor
    """),
)
_c("drug_service", _split("tap me | tap me up | tap me on snap | hmu | link me | on snap for"))

# What makes a night-time visit or a question about a child ordinary.
_c(
    "sg_visit_clean",
    _split("""
    little brother | little sister | baby brother | baby sister | the dog | the cat | the puppy
    scared of the dark | nightmare | nightmares | bad dream | bad dreams | can't sleep | cant sleep
    """),
)
_c(
    "sg_single_clean",
    _split("""
    which one's yours | which one is yours | which ones yours | is she yours | is he yours | your daughter
    your son | your little one | your grandchild | your granddaughter | your grandson | how old is she now
    how old is he now | how old's she now | how old's he now
    """),
)
_c("age_for", [f"for {n}" for n in range(10, 18)] + [f"for a {n} year old" for n in range(10, 18)])
_c(
    "run_clean",
    _split("""
    fete | volunteer | volunteers | paid weekly | babysitting | paper round | paper rounds | car wash
    bake sale
    """),
)
_c("doc_legit", _split("renew | renewed | renewal | apply online | gov.uk | the council | official site"))
_c(
    "sg_reach",
    _split("what's her insta | whats her insta | what's her snap | whats her snap | her insta | his insta"),
)

_c("ex_attacker", _split("brenton | saint brenton | st brenton"))
_c("ex_praise", _split("showed us the way | showed the way | time for another one | another one soon"))
_c(
    "stolen_hint",
    _split("""
    came from a mate who works at | a mate who works at the warehouse | if you get me
    don't ask how i got | dont ask how i got | off face value | below face value
    """),
)
_c(
    "menace_hint",
    _split("been warned | she's been warned | he's been warned | consider yourself warned | cael sioc"),
)
_c("menace_hint", _cy("cael sioc heno", "cael sioc"))
_c(
    "phish_ask",
    _split("""
    text back your pin | reply with your pin | send your pin | your pin to claim | your login details
    confirm your password | send your password
    """),
)
_c("sx_cond", _split("if i dont send | if i don't send | if i dont send more | if i don't send more"))
_c(
    "sx_threat",
    _split(
        "post the ones i sent | post the ones | post them to everyone | share them with everyone"
        " | post my pics"
    ),
)
_c("sx_images", _split("the ones i sent | ones i sent"))
_c(
    "sg_neglect",
    _split("""
    sleeping in the park | slept in the park | sleeping rough | slept rough | said not to come back
    told me not to come back | kicked me out | chucked me out
    """),
)
# Sex with children excused: "age of consent is a social construct".
_c(
    "consent_denial",
    _split("""
    age of consent is a social construct | age of consent is just a number | age of consent should be lowered
    lower the age of consent | old enough to consent | age of consent is a joke | consent laws are a joke
    """),
)
_c(
    "friendly_visit",
    _split("""
    with cake | with a cake | with cakes | with balloons | with a card | with flowers | with prosecco
    with wine | surprise her | surprise him | surprise them
    """),
)
_c(
    "sg_circ_clean",
    _split(
        "sports day | relay | epic | brilliant | lovely | hilarious | nativity | the play | school show"
        " | trip"
    ),
)
_c("stolen_clean", _split("free | for free | giving away | give away | at work all day"))

# Pictures of children traded or paid for per piece.
_c(
    "sg_pic_ask",
    _split("""
    got loads of pics of | loads of pics of | got pics of | have pics of | any pics of | for every video of
    for every pic of | for every photo of | videos of little | pics of little | photos of little
    """),
)
_c("sg_pay", _split("swap for yours | swap pics | trade pics | swap some | swap you"))
# Welsh: a hotel for asylum seekers and petrol brought to it.
_c("attack_infra", _cy("gwesty lloches", "gwestai lloches", "mosg", "mosgiau"))
_c("attack_bring", _cy("dewch â phetrol", "dewch a phetrol", "dod â phetrol", "â phetrol"))
# "The only good X is a dead one."
_c("only_good", _split("the only good | only good"))
_c("dead_one", _split("is a dead one | is a dead | are dead ones | are the dead ones"))

# Pictures of a child's work or things: "send pics of your creations".
_c(
    "pic_thing",
    _split("""
    of your creations | of your work | of your models | of your baking | of your bakes | of your artwork
    of your art | of your drawings | of your projects | of your homework | of your garden | of your pets
    of your makes | of your lego | of your models | of your pumpkins | of your costumes for the parade
    """),
)
_c("young_recruit", _split("boys wanted | girls wanted | young driver | young drivers"))
_c("run_cash", _split("£100 a night | £200 a night | £300 a night | £500 a night"))
_c("drug_run", _split("do drops | to do drops | doing drops | carry a bag to | carry a bag for"))
_c("drug_strong", _cy("mwg drwg", "eira a gwair", "gwair ac eira"))
_c("drug_offer", _cy("ar gael heno", "neges os ti isio", "os ti isio", "negesa os ti isio"))
_c("menace_hint", _cy("gwyliwch y newyddion", "gwylia'r newyddion"))
_c(
    "stolen_hint",
    _split("head won't notice | won't notice | wont notice | nobody will notice | no one will notice"),
)

_c(
    "sg_groom",
    _split("""
    buys her vapes | buys him vapes | buys her things | drives her around | drives him around
    gives her lifts | gives him lifts | gives her money | gives him money
    """),
)
# Worn clothes of children wanted.
_c("sg_worn", _split("must be worn | worn by girls | worn by boys | unwashed"))
_c(
    "incel_call",
    _split("going full elliot | go full elliot | full elliot | pull an elliot | full rodger | dont come in"),
)
_c("incel_call", _split("don't come in"))
_c("stolen_hint", _split("clean logbooks | clean logbook | no mot needed"))
# An account lent for someone else's money: a money mule.
_c(
    "mule_ask",
    _split("""
    a mule for | be a mule | money go through your | money go through yours | money through your account
    use your bank account | borrow your bank account | lend me your account | your account for a few days
    """),
)
_c("mule_price", _split("£ | quid | cash | paid | pay you"))
# A warning about a crime is not the crime.
_c(
    "crime_warn",
    _split("""
    warning: | beware | scam alert | fraud alert | don't fall for | dont fall for | police are warning
    police warn | be aware | it's fraud | is fraud | mule fraud | is a scam | it's a scam
    """),
)

_c("child_word", _split("daughters | sons | granddaughters | nieces"))
_c(
    "sg_pic_ask",
    _split("""
    pics of their daughters | pics of your daughters | photos of their daughters | photos of your daughters
    building a collection | send a pic in | a pic in ur | a pic in your | in ur school uniform
    in your school uniform
    """),
)
_c("sg_admire", _split("mad mature | look mature | so mature in"))
_c("run_cash", _split("pays well | pay well | good money | decent money"))
_c(
    "home_attack",
    _split("""
    match to the head's house | match to his house | match to her house | match to their house
    match to the school | a match to the head's
    """),
)
_c("weapon_word", _cy("bat pêl fas", "bat criced", "morthwyl"))
_c("menace_hint", _cy("gwyliwch chi", "gwyliwch eich hunain", "gwylia di"))
_c(
    "sport_clean",
    _split("rounders | cricket | softball | baseball club | the match | the game | club | practice"),
)
_c("exam_ahead", _cy("papur arholiad tgau", "papur tgau", "papur arholiad yfory"))
_c("drug_avail", _split("discreet | all avail | avail now"))

_c(
    "sg_pic_ask",
    _split("pics of ur little sister | pics of your little sister | pics of ur sister | pics of your sister"),
)
_c(
    "sg_single",
    _split("who's the girl | whos the girl | who is the girl | the girl in the middle | with the pigtails"),
)
_c(
    "sg_reach_strong",
    _split(
        "want her number | want his number | her snap | her insta | send her a present | add her on | dm her"
    ),
)
_c(
    "attack_passive",
    _split("needs to burn | need to burn | should burn | must burn | needs burning | needs torching"),
)
_c("run_cash", _split("💷 daily | daily 💷"))
_c("locate_obj", _cy("ddreifio", "dreifio"))
_c("menace_hint", _split("got it coming | has it coming | had it coming") + _cy("biti os", "bechod os"))
_c(
    "home_attack",
    _split("keyed that | keyed her car | keyed his car | keyed that teacher's | key that teacher's car"),
)
# A crowd brought along: "I'll be at the gates with my lads".
_c(
    "gang_up",
    _split("with my lads | with my boys | bringing the lads | bring my lads | bringing my lads | mob handed"),
)
_c(
    "sg_circulate",
    _split("anyone got the vid | got the vid of | gettin jumped | getting jumped | being jumped"),
)
_c(
    "menace_hint",
    _split("need hanging | needs hanging | need stringing up | needs stringing up | deserve hanging"),
)
_c(
    "friendly_visit",
    _split(
        "we should hang out | hang out more | catch up soon | pop round for a cuppa | pop round for a brew"
    ),
)
# News reports of a risk: not a disclosure of it, not the crime itself.
_c(
    "sg_training",
    _split("bbc news | news: | sky news | itv news | documentary about | drama about"),
)
_c(
    "crime_warn",
    _split(
        "police appeal | appeal for witnesses | police are appealing | police said | were arrested | news:"
    ),
)
_c("young_recruit", _split("under 16s welcome | under-16s welcome | under 16s only"))
_c("run_cash", _split("cash paid | no parents needed"))
_c("run_clean", _split("fun day | family day | raffle"))
_c("ex_violence", _split("put on a boat and sunk | sink the boats | sink them all | every last one of them"))
_c(
    "home_attack",
    _split("burn her car out | burn his car out | burn their car out | burn her car | burn his car"),
)

# --- round eight -------------------------------------------------------------------------------------------
# Violence between the adults at a child's home, as a child tells it: "dad was smashing stuff again", "he
# pushed her into the door", "mae o'n taflu petha at mam".
_c(
    "sg_dv_act",
    _split("""
    smashing stuff again | smashing things again | smashing the house up | smashed the house up
    throwing things at mum | throwing things at my mum
    throwing stuff at mum | throwing stuff at my mum | threw things at mum | threw things at my mum
    pushed her into | pushed her down | pushed mum | pushed my mum | pushes mum
    pushes my mum | shoved her into | shoved mum | shoved my mum | hit mum | hit my mum | hitting mum
    hitting my mum | punched mum | punched my mum | kicked mum | kicked my mum | grabbed her by the throat
    grabbed mum | strangled her | choking her | hurting mum | hurting my mum | hurt mum again | hit her again
    hits her again | beating mum | beating my mum | screaming at mum and
    """)
    + _cy(
        "taflu petha at",
        "taflu pethau at",
        "taflu stwff at",
        "taro mam",
        "hitio mam",
        "curo mam",
        "brifo mam",
        "gwthio mam",
        "malu petha",
        "malu pethau",
    ),
)
# A child who does not want to go home, or hides there: "don't want to go home", "can I stay at breakfast
# club til late", "dwi'n cuddio'n y sied".
_c(
    "sg_avoid_home",
    _split("""
    don't want to go home | dont want to go home | don't want to come home | dont want to come home
    don't wanna go home | dont wanna go home | don't want to go back home | dont want to go back home
    don't want to go to his | dont want to go to his | don't want to go to dad's | dont want to go to dads
    scared to go home | scared to go back | too scared to go home | hiding in my room | hid in my room
    hiding in the shed | hiding under my bed | hid under my bed | can i stay at school | stay at school late
    stay at breakfast club | stay at after school club | can i stay at yours
    """)
    + _cy(
        "dwi'm isio mynd adra",
        "dwi ddim isio mynd adra",
        "ddim isio mynd adra",
        "dim isio mynd adra",
        "dwi'm isio mynd adre",
        "ddim eisiau mynd adre",
        "cuddio'n y sied",
        "cuddio yn y sied",
        "cuddio'n fy llofft",
        "cuddio yn fy llofft",
        "cuddio dan y gwely",
    ),
)
# An injury's cover story told, then denied: "she told miss it was the cupboard door. it wasn't".
_c(
    "sg_explained",
    _split("""
    wasnt the cupboard | wasn't the cupboard | wasn't the door | wasnt the door | wasn't an accident
    wasnt an accident | didn't walk into | didnt walk into | said she walked into | says she walked into
    """),
)
# A whole published book copied and given away, so nobody need buy it: "scanned the whole novel and put it on
# the blog, no need to buy a copy"; Welsh "sganio'r nofel gyfan ... dim angen prynu copi".
_c(
    "copy_scan",
    _split("scanned the whole | scanned the entire | photocopied the whole | uploaded the entire")
    + _cy("sganio", "wedi sganio", "'di sganio", "llungopïo", "llungopio"),
)
_c(
    "copy_published",
    _split("""
    the whole novel | the entire novel | the whole book | the entire book | the set text | the novel
    """)
    + _cy("nofel gyfan", "'r nofel", "y nofel", "llyfr cyfan", "gwerslyfr", "canllaw adolygu"),
)
_c(
    "copy_free",
    _split("""
    no need to buy | no need to buy a copy | don't need to buy | dont need to buy | save yourself buying
    instead of buying | no point buying
    """)
    + _cy("dim angen prynu", "ddim angen prynu", "ar y blog", "rhannwch efo'ch ffrindia"),
)
# A group cast as taking a school or a country over, and a call to act "one way or another".
_c("ex_other", _split("sharia | sharia law | sharia in"))
_c(
    "ex_takeover",
    _split("""
    being taken over | been taken over | getting taken over | taken over by | culture gets wiped out
    culture wiped out | culture is being wiped out | being wiped out | rewriting our history
    erasing our history
    """),
)
_c("ex_violence_weak", _split("one way or another | make them listen | by any means necessary"))
_c(
    "ex_recruit",
    _split("""
    come and find us | come find us | find us on telegram | telegram link | our telegram | join our telegram
    join the telegram | pull your kids out of these
    """),
)
# The echo: a group's name in triple brackets, a dog-whistle for a supposed Jewish plot.
_c("ex_echo", _split("(((they))) | (((them))) | (((their))) | (((the | (((globalist | (((bankers | (((media"))
# Saying you know where someone lives or what they drive, with a smile or a "go back" that makes it a threat.
_c(
    "menace_hint",
    _split("""
    😈 | go back where you came from | go back to where you came from | watch your back
    we're watching | we are watching | we'll be waiting | we will be waiting
    """),
)
# An exam paper got before the exam and sold: "got chem paper 2 for tmrw, mate's cousin invigilates, £30".
_c(
    "exam_named",
    _split("""
    exam paper | exam papers | the paper | the papers | paper 1 | paper 2 | paper 3 | chem paper
    chemistry paper | maths paper | physics paper | biology paper | english paper | science paper
    history paper | geography paper | mark scheme | the mark scheme | the answers | exam answers
    tomorrow's exam | tmrw's exam | the gcse paper | the a level paper | the mock paper
    """)
    + _cy("papur arholiad", "y papur", "cynllun marcio", "yr atebion"),
)
_c(
    "exam_inside",
    _split("""
    invigilates | is an invigilator | works as an invigilator | exams officer | leaked | got hold of
    an early copy
    before the exam | before it's sat | before anyone else | straight from the board | from the exam board
    sneak peek at | seen the paper | copy of the paper | copy of tomorrow's
    """)
    + _cy("wedi gollwng", "cyn yr arholiad"),
)
# Children recruited to drop packages: "need 2 young uns ... u just drop packages, dont tell ur olds".
_c("young_recruit", _split("young uns | young 'uns | young'uns | youngins | youngsters | young blood"))
_c(
    "drug_run",
    _split("""
    drop packages | drop parcels | drop off packages | drop a package | drop the packages | drop some packages
    carry packages | carry a package | run packages | runs after school | runs after skl
    """),
)
# A thing offered for money: "£30 on paypal and it's yours", "selling for a tenner".
_c(
    "sale_offer",
    _split("""
    and it's yours | and its yours | it's yours for | its yours for | on paypal | via paypal | paypal me
    selling for | selling it for | selling them for | for a tenner | for a fiver | first to pay | cash only
    £10 each | £20 each | £5 each | a tenner each | a fiver each
    """),
)
# Reading, copying or sharing a piece the press has published: not dealing with the press ("I copied the
# article from the Guardian into my lesson slides", "read a great piece in the Times").
_c(
    "media_read",
    _split("""
    copied the article | copied an article | copied this article | copied a chunk | copied a quote
    copied the quote | copied it into | pasted the article | pasted it into | read the article
    read an article
    read this article | read a great article | read a brilliant article | read the piece | read a piece
    reading the article | reading an article | shared the article | shared an article | shared this article
    saw an article | saw the article | saw this article | great article | brilliant article
    interesting article
    fascinating article | good article | worth a read | into my slides | into my lesson | in my lesson slides
    lesson slides | for my lesson
    """)
    + _cy("darllen yr erthygl", "darllen erthygl", "copïo'r erthygl", "erthygl dda"),
)
# Groups whose names are everyday words ("Active Club", "the Base"): extremist only beside the cause they
# serve and a call to join.
_c("ex_group_coded", _split("active club | active clubs | the base | white boy summer club"))
_c(
    "ex_coded_cause",
    _split("""
    defend your people | defend our people | your people | your race | your folk | our folk | our race
    white men | white lads | european men | men of european | european heritage | aryan | nationalist
    nationalists | our blood | your blood | our nation | the white race | white brotherhood
    """),
)
# Goods hinted stolen or got by fraud: "gift cards, don't ask how", "iPhones... don't ask".
_c(
    "stolen_hint",
    _split("""
    don't ask how | dont ask how | do not ask how | don't ask 🤫 | dont ask 🤫 | don't ask 🤐 | dont ask 🤐
    don't ask 😉 | dont ask 😉 | don't ask 😂 | dont ask 😂 | don't ask lol | dont ask lol | don't ask where
    dont ask where | don't ask who | dont ask who | ask no questions | don't ask questions
    dont ask questions
    """),
)
_c(
    "stolen_clean",
    _split("""
    don't ask how much | dont ask how much | don't ask how long | dont ask how long | don't ask how many
    dont ask how many | don't ask how old | dont ask how old | don't ask who won | dont ask who won
    don't ask where we went | don't ask where i've been
    """),
)
# A community cast as not belonging: its places multiplying ("another mosque??", "turning into Bradford") and
# its people as refusing to fit in ("won't even learn English").
_c(
    "disc_presence",
    _split("""
    another mosque | more mosques | another mosque?? | mosques everywhere | turning into bradford
    turning into londonistan | londonistan | turning into pakistan | turning into a third world | like a third
    world country | won't recognise this town | wont recognise this town | can't hear english spoken
    """)
    + _cy("mosg arall", "troi'n saesneg i gyd"),
)
_c(
    "disc_integrate",
    _split("""
    won't even learn english | wont even learn english | won't learn english | wont learn english
    can't even speak english | cant even speak english | don't even speak english | dont even speak english
    refuse to learn english | won't integrate | wont integrate | refuse to integrate | don't integrate
    dont integrate | never integrate | don't belong here | dont belong here | not welcome here
    expect me to be 'welcoming' | expect me to be welcoming | go back to their own | send them back
    """)
    + _cy("ddim yn dysgu cymraeg", "gwrthod dysgu cymraeg", "ddim yn perthyn yma"),
)
# More ways a child says home is not safe to go back to, or what they did while it happened.
_c(
    "sg_avoid_home",
    _split("""
    don't want to go back there | dont want to go back there | don't want to be at home
    dont want to be at home
    hate being at home | hate going home | scared to be at home | i hide | i hid | hiding in | hid in
    i'm scared | im scared | i was scared | i was so scared | was crying | i heard him | shouting til
    """)
    + _cy("dwi ofn", "ofn mynd adra", "o'n i ofn", "dwi'n cuddio", "o'n i'n cuddio"),
)
# Play, not violence: "hit my mum with a pillow lol", "throwing things at her in dodgeball".
_c(
    "sg_dv_play",
    _split("""
    pillow | pillows | pillow fight | dodgeball | hide and seek | play fight | play fighting | playfight
    snowball | snowballs | water fight | nerf | water balloon | lol | lmao | 😂 | 🤣 | haha | in the game
    """),
)
# Money taken for a job never done, said of a named person: "took a £900 deposit off my neighbour and never
# turned up", "paid him upfront and he vanished".
_c(
    "deposit_taken",
    _split("""
    deposit off | deposits off | deposit from | paid him upfront | paid her upfront | paid upfront
    took the money | took our money | took my money | took their money | took her money | took his money
    """),
)
_c(
    "job_failed",
    _split("""
    never turned up | never showed | vanished | disappeared | won't answer | wont answer | never finished
    never came back | did a runner | still waiting | no show | cowboy | ghosted us | ghosted me | ghosted her
    """),
)

# Round eight's everyday classes ("lol", "I'm scared", offers, "the paper"): read only when a frame
# asks, so they stay out of the main automaton and the learned stage's features.
LAZY = LAZY | frozenset(
    {"sg_dv_play", "sg_avoid_home", "sale_offer", "ex_coded_cause", "exam_named", "job_failed"}
)
