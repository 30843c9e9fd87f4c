"""Cue words and phrases, English and Welsh, each tagged with what it signals.

Detectors never search the text themselves for these: `profile.CompiledProfile` puts every phrase below,
with every roster name and school identifier, into one Aho-Corasick automaton, and `analysis.Analysis`
runs it once per post. A detector then asks which tags occur and where.

Conventions: phrases are lower case with straight apostrophes; a trailing `*` matches any word ending
(`disgrace*` finds "disgraceful"); phrases listed under `_cy(...)` also match their Welsh mutated forms
(soft, nasal and aspirate mutation, and h- before a vowel), so "plant" also finds "blant", "mhlant", "phlant".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache

# Welsh initial-consonant mutations (radical -> mutated forms). Digraphs are tried first.
_MUTATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ll", ("l",)),
    ("rh", ("r",)),
    ("ch", ()),
    ("ph", ()),
    ("th", ()),
    ("ff", ()),
    ("dd", ()),
    ("ng", ()),
    ("p", ("b", "mh", "ph")),
    ("t", ("d", "nh", "th")),
    ("c", ("g", "ngh", "ch")),
    ("b", ("f", "m")),
    ("d", ("dd", "n")),
    ("g", ("", "ng")),
    ("m", ("f",)),
)
_VOWELS = "aeiouwyâêîôûŵŷ"


def welsh_forms(word: str) -> list[str]:
    """The word and its mutated forms, e.g. "plant" -> plant, blant, mhlant, phlant."""
    forms = [word]
    head = word[:1]
    if head and head in _VOWELS:
        forms.append("h" + word)
        return forms
    for radical, mutated in _MUTATIONS:
        if word.startswith(radical):
            rest = word[len(radical) :]
            forms.extend(m + rest for m in mutated if len(m + rest) >= 3)
            break
    return forms


def _cy(*phrases: str) -> list[str]:
    out: list[str] = []
    for p in phrases:
        out.extend(welsh_forms(p))
    return out


def _split(block: str) -> list[str]:
    return [p.strip() for line in block.strip().splitlines() for p in line.split("|") if p.strip()]


def _years(*templates: str) -> list[str]:
    out: list[str] = []
    for t in templates:
        for n in range(1, 14):
            out.append(t.format(n=n))
    return out


TAGS: dict[str, list[str]] = {}


def _add(tag: str, phrases: Iterable[str]) -> None:
    TAGS.setdefault(tag, []).extend(phrases)


# --- school and work context ---------------------------------------------------------------------------
_add(
    "school_word",
    _split("""
    school | schools | our school | my school | this school | that school | the school | classroom
    classrooms
    staff room | staffroom | school gate | school gates | playground | academy | school's | primary school
    secondary school | high school | sixth form | school office | school hall | school website | school field
    """)
    + _cy("ysgol", "ystafell ddosbarth", "iard yr ysgol", "ysgolion"),
)
_add(
    "school_event",
    _split("""
    inset | inset day | inset days | training day | parents' evening | parents evening | parent's evening
    sports day | school trip | class trip | field trip | residential | nativity | assembly | assemblies
    school play | christmas play | school concert | open evening | prize giving | speech day | school fair
    summer fair | christmas fair | school disco | world book day | book week | mock exams | mocks
    staff meeting | staff meetings | staff training | ofsted | estyn | inspection | lesson observation
    observations | report writing | school reports | marking | lesson planning | lesson plans | ppa
    detention | detentions | break duty | lunch duty | playground duty | bus duty | exam season
    school holidays | end of term | last day of term | first day of term | new term | school year
    """)
    + _cy(
        "mabolgampau",
        "trip ysgol",
        "taith ysgol",
        "noson rieni",
        "diwrnod hyfforddiant",
        "eisteddfod ysgol",
        "cyngerdd ysgol",
        "gwasanaeth boreol",
        "arolygiad",
        "marcio",
        "gwers",
        "gwersi",
        "cynllunio gwersi",
        "tymor newydd",
        "diwedd tymor",
    ),
)
_add(
    "pupil_word",
    _split("""
    pupil | pupils | pupil's | student | students | my class | our class | the class | my form | form group
    tutor group | my tutees | tutees | reception class | nursery class | my kids at school | my learners
    learners | the children in my class | kids in my class | children in my class | my class's | ex-pupil
    ex-pupils | former pupil | former pupils | old pupil | ex-student | former student | sixth formers
    year sixes | year sevens | the year group | my set | top set | bottom set | class of
    """)
    + _years("year {n}", "year {n}s", "yr {n}", "yr{n}", "y{n}s", "year {n} class", "year {n} pupils")
    + _cy(
        "disgybl", "disgyblion", "dosbarth", "dysgwyr", "plant y dosbarth", "plant yr ysgol", "cyn-ddisgybl"
    )
    + [m for n in range(1, 14) for m in welsh_forms(f"blwyddyn {n}")],
)
_add(
    "kids_word",
    _split("""
    kid | kids | child | children | boy | boys | girl | girls | lad | lads | teen | teens | teenager
    teenagers
    youngster | youngsters | little ones | minor | minors | schoolchildren | schoolkids | toddler
    """)
    + _cy("plant", "plentyn", "bachgen", "bechgyn", "merch", "merched", "hogyn", "hogan", "hogia"),
)
_add(
    "own_family",
    _split("""
    my son | my daughter | my kids | my children | my boys | my girls | my little one | my little boy
    my little girl | my baby | our kids | our children | my son's | my daughter's | my kids' | my nephew
    my niece | my grandson | my granddaughter | my own kids | my boy | my girl | my stepson | my stepdaughter
    """)
    + _cy("fy mab", "fy merch", "fy mhlant", "ein plant", "fy wyres", "fy ŵyr"),
)
_add(
    "staff_word",
    _split("""
    colleague | colleagues | my colleague | our head | head teacher | headteacher
    head teacher's | headteacher's | headmaster | headmistress | deputy head | the deputy | assistant head
    slt | smt | senior leadership | senior leaders | leadership team | management team | the management
    governor | governors | governing body | chair of governors | teacher | teachers | teaching assistant
    teaching assistants | senco | head of department | head of year | line manager | the staff | our staff
    staff | supply teacher | the office staff | caretaker | dinner lady | dinner ladies | business manager
    executive head | head of school | the principal | principal | trustees | the trust | the mat | dsl
    """)
    + _cy(
        "pennaeth",
        "dirprwy bennaeth",
        "athro",
        "athrawes",
        "athrawon",
        "cydweithiwr",
        "cydweithwyr",
        "llywodraethwr",
        "llywodraethwyr",
        "cymhorthydd",
        "uwch dîm rheoli",
        "staff",
    ),
)
_add(
    "leader_word",
    _split("""
    our head | head teacher | headteacher | head teacher's | headteacher's | headmaster | headmistress
    deputy head | assistant head | slt | smt | senior leadership | senior leaders | leadership team
    management team | the management | governors | governing body | chair of governors | colleagues
    my colleagues | the staff | our staff | executive head | head of school | the trust | the mat | the office
    the teachers | teachers at | the parents | parents at | the governors | the deputy | senco
    """)
    + _cy("pennaeth", "dirprwy bennaeth", "llywodraethwyr", "cydweithwyr", "yr athrawon", "uwch dîm rheoli"),
)
_add(
    "parent_word",
    _split("""
    parent | parents | mum | mums | dad | dads | carer | carers | the parents | a parent | one of the mums
    one of the dads | her mum | his mum | her dad | his dad | their parents | her parents | his parents
    mum of | dad of | guardian
    """)
    + _cy("rhiant", "rhieni", "mam", "tad", "gofalwr", "gofalwyr"),
)
_add(
    "teacher_self",
    _split("""
    teacher here | as a teacher | i'm a teacher | i am a teacher | im a teacher | teacher at | teaching at
    i work at | i teach at | i teach | my job at | working at | my new classroom | my classroom | ta at
    teaching assistant at | headteacher at | head teacher at | governor at | work at | my pupils | my class
    """)
    + _cy(
        "athro yn",
        "athrawes yn",
        "athro ydw i",
        "athrawes ydw i",
        "dysgu yn",
        "gweithio yn",
        "fy nosbarth",
        "fy nisgyblion",
    ),
)
_add(
    "edu_word",
    _split("""
    education | curriculum | ofsted | estyn | teaching profession | teachers' pay | teacher pay | sats | gcse
    gcses | a-levels | a levels | exam board | dfe | department for education | neu | nasuwt | ucac
    teacher training | pgce | ect | nqt | pupils | lesson | lessons | marking | safeguarding training
    """)
    + _cy("addysg", "cwricwlwm", "athrawon", "cyflog athrawon"),
)
_add(
    "not_school",
    _split("""
    school run | old school | school of thought | school of rock | high school musical | driving school
    after school club? | school of life | at school when i | when i was at school | back in my school days
    """),
)
_add(
    "photo_word",
    _split("""
    photo | photos | photograph | photographs | pic | pics | picture | pictures | video | videos | snaps
    selfie | selfies | footage | clip | clips | photo's | pics of | photos of
    """)
    + _cy("llun", "lluniau", "fideo", "fideos", "ffoto"),
)
_add(
    "logo_word",
    _split("""
    logo | school logo | badge | school badge | crest | school crest | branding | emblem
    """)
    + _cy("logo'r ysgol", "bathodyn"),
)

# --- disclaimers ------------------------------------------------------------------------------------------
_add(
    "disclaimer",
    _split("""
    views my own | views are my own | views are mine | views mine | my views are my own | opinions my own
    opinions are my own | opinions mine | my own views | my own opinions | my opinions are my own
    personal views | personal opinions | views expressed are my own | views expressed here are my own
    views expressed here are mine | the views i express here are mine | views i express here are mine alone
    do not reflect the views | don't reflect the views | does not reflect the views
    doesn't reflect the views
    do not necessarily reflect | not the views of my employer | not on behalf of
    not representing my employer
    do not represent | don't represent | does not represent | views do not represent | personal account
    all views my own | all opinions my own | tweets my own | posts my own | speaking for myself
    speaking on my own behalf | views in this posting do not represent
    """)
    + _cy(
        "barn fy hun",
        "fy marn fy hun",
        "fy marn i fy hun",
        "fy marn i",
        "barn bersonol",
        "safbwyntiau fy hun",
        "fy safbwyntiau i",
        "sylwadau personol",
        "nid barn fy nghyflogwr",
        "nid yw'n adlewyrchu",
        "cyfrif personol",
        "fy marn bersonol",
        "barn bersonol yn unig",
    ),
)

# --- evaluation, insults, allegations --------------------------------------------------------------------
_add(
    "neg_eval",
    _split("""
    nightmare | pathetic | disgrace | disgrace* | shambles | shambolic | useless | incompetent | clueless
    hopeless | awful | terrible | rubbish | a joke | is a joke | are a joke | joke of a | laughable
    ridiculous
    worst | dreadful | appalling | atrocious | shocking | a mess | a farce | farce | abysmal | embarrassment
    embarrassing | hate | hates | can't stand | cannot stand | sick of | fed up with | spineless | arrogant
    two-faced | snake | vile | horrible | nasty | toxic | lazy | stupid | thick | brainless | idiot | idiots
    moron | morons | clown | clowns | feral | brat | brats | little sod | little sods | waste of space
    no idea what | doesn't have a clue | hasn't got a clue | haven't got a clue | not a clue | no clue
    thinks he runs the place | thinks she runs the place | thinks they run the place | runs the place like
    full of himself | full of herself | full of themselves | power trip | power mad | jobsworth
    out of control
    unteachable | should be sacked | should be fired | should be ashamed | shame on | unprofessional
    bully | bullies | bullying | were animals | are animals | like animals | behaved like animals
    bunch of animals | pack of animals | hellhole | dump | sucks | suck | crap | crappy | trash | garbage
    a liar | liar | liars | disgusting | despicable | pitiful | poor excuse | worse than useless | dire
    can't teach | cannot teach | can't manage | failing | failed us | let down | let us down | letting down
    """)
    + _cy(
        "gwarthus",
        "gwarth",
        "cywilydd",
        "twp",
        "diog",
        "celwyddgi",
        "celwyddog",
        "anobeithiol",
        "ofnadwy",
        "da i ddim",
        "hunllef",
        "sbwriel",
        "ffiaidd",
        "dwl",
        "hurt",
        "jôc",
        "anghymwys",
        "llanast",
        "casáu",
        "digywilydd",
        "pathetig",
        "cachu rwtsh",
        "rwtsh",
        "gwastraff lle",
    ),
)
_add(
    "insult",
    _split("""
    idiot | idiots | moron | morons | clown | loser | losers | scum | scumbag | prat | muppet | numpty
    tosser
    wanker | dickhead | bitch | cow | pig | fat pig | slag | slut | cretin | imbecile | retard | freak
    weirdo
    creep | creepy | pervert | perv | nonce | paedo | pedo | psycho
    """)
    + _cy("ffŵl", "hurtyn", "penbwl", "mochyn", "llo", "twpsyn", "bitsh", "coc oen"),
)
_add(
    "allegation",
    _split("""
    liar | liars | lying | lied | lies to | stole | steals | stealing | stolen from | theft | thief | thieves
    fraud | fraudster | fiddling | fiddled | fiddles | embezzl* | corrupt | corruption | bribe | bribes
    bribed | backhander | backhanders | cheated | cheats | cheating | cover up | covered up | covering up
    cover-up | abuser | abused a | hit a child | hits the kids | hits kids | hit a pupil | drunk at work
    drunk on duty | drunk in school | turned up drunk | on drugs | high at work | affair with | sleeping with
    racist | is a racist | fake qualifications | falsified | fiddled the results | cooked the books
    cooking the books | took money | taking money | pocketing | pocketed | helped themselves to | assaulted
    grabbed a child | grabbed a pupil | manhandled | shouts at the kids | screams at the kids | rigged
    """)
    + _cy("celwyddgi", "celwydd", "dweud celwydd", "dwyn", "lleidr", "twyll", "twyllo", "llwgr"),
)
_add(
    "profanity",
    _split("""
    fuck* | f*ck* | f**k* | f***ing | f*** | fck | fcking | fuk | fuking | fukin | fuckin | fcuk
    motherfucker
    shit | shite | shits | shitty | sh*t | sh1t | bullshit | cunt | cunts | c*nt | c**t | twat | twats
    tw*t | wanker | wankers | w*nker | wank | bollocks | dickhead | dick | prick | arsehole | arseholes
    asshole | a**hole | bastard | bastards | b*stard | bitch | bitches | b*tch | slag | slut | whore | wtf
    stfu | piss off | pissing | porn | porno | pornographic | nudes | nude pics | naked pics | sex tape
    sexting | dick pic | dick pics | blowjob | horny | shag | shagging
    """)
    + _cy("cachu", "ffwcio", "ffycin", "cont", "twat", "basdad"),
)
# --- discrimination ---------------------------------------------------------------------------------------
_add(
    "slur",
    _split("""
    paki | pakis | p*ki | nigger | niggers | n*gger | nigga | coon | coons | chink | chinks | gook | kike
    kikes
    wog | wogs | raghead | ragheads | towelhead | towelheads | gyppo | gyppos | pikey | pikeys | tinker
    tinkers
    faggot | faggots | fag | fags | f*ggot | poof | poofs | poofter | dyke | dykes | tranny | trannies
    shemale | retard | retards | retarded | spastic | spaz | spacker | mong | mongs | mongoloid | cripple
    sand n* | half-caste | golliwog | darkie | darkies
    """)
    + _cy("sais uffar"),
)
_add(
    "group",
    _split("""
    those people | these people | their kind | people like that | people like them | that lot | them lot
    immigrants | immigrant | migrants | refugees | asylum seekers | foreigners | muslims | muslim | jews | jew
    jewish people | hindus | sikhs | christians | catholics | blacks | black people | asians | pakistanis
    indians | africans | arabs | romanians | poles | polish people | eastern europeans | gypsies | travellers
    roma | gays | gay people | lesbians | homosexuals | trans people | transgender people | trans women
    trans men | transgenders | disabled people | the disabled | disabled kids | women | females | girls
    old people | pensioners | the elderly | the english | english people | the welsh | welsh people
    """)
    + _cy(
        "mewnfudwyr",
        "ffoaduriaid",
        "saeson",
        "mwslemiaid",
        "iddewon",
        "hoywon",
        "pobl anabl",
        "merched",
        "menywod",
        "y bobl yna",
    ),
)
_add(
    "dehumanise",
    _split("""
    are animals | were animals | like animals | vermin | parasites | parasite | cockroaches | savages | savage
    scum | filth | subhuman | sub-human | plague | infestation | invaders | breed like | swarm | swarming
    disease | diseased | primitive | backwards | backward | inferior | not human | less than human
    """)
    + _cy("anifeiliaid", "pla", "baw"),
)
_add(
    "expel",
    _split("""
    shipped out | ship them out | ship them all out | sent back | send them back | send them all back
    go back to | go back home | deport | deported | deport them | kicked out of this country
    out of this country | out of our country | out of the country | don't belong here | do not belong here
    not welcome here | not welcome in | should be banned | ban them | shouldn't be allowed
    should not be allowed
    gas them | wipe them out | get rid of them | belong in the kitchen | shouldn't be teaching
    shouldn't have rights | should be locked up | ruining this country | taking over | taking our jobs
    """)
    + _cy("allan o'r wlad", "ewch adref", "anfon nhw'n ôl"),
)
_add(
    "all_are",
    _split("""
    are all | all of them are | they're all | they are all | every single one of them | are always
    always are
    """),
)

# --- threats, violence, crime -----------------------------------------------------------------------------
_add(
    "violent_verb",
    _split("""
    kill | murder | stab | shoot | punch | smash | batter | beat up | beat him up | beat her up | burn down
    beat them up | beat you up | torch | bomb | blow up | hurt | break his | break her | break your
    knock his
    knock her | knock your | glass him | glass her | set fire to | run him over | run her over | run you over
    slash | strangle | smack | slap | deck him | deck her | kick his | kick her | kick your | do him in
    attack | wreck | trash | vandalise | key his car | key her car
    slash his tyres | slash her tyres | brick through | put a brick through | firebomb | petrol bomb
    """)
    + _cy("lladd", "malu", "curo", "trywanu", "llosgi", "saethu", "dyrnu", "chwalu", "brifo"),
)
_add(
    "threat_intent",
    _split("""
    i'll | i will | i'm going to | im going to | i am going to | gonna | going to | i'd | we'll | we will
    someone should | somebody should | should be shot | deserves to be | wait till | wait until
    i swear i'll | i swear | next time i see | if i see
    """)
    + _cy("dw i'n mynd i", "rydw i'n mynd i", "mi wna i", "wna i", "mi fydda i", "dwi am"),
)
_add(
    "threat_object",
    _split("""
    windows | window | car | house | home | tyres | tires | classroom | building | the head | teacher | him
    her | them | you | ya | u | that school | the school | this school | staff | head | face | legs | neck
    """)
    + _cy("ffenestri", "ffenest", "car", "tŷ", "ysgol", "athro", "athrawes", "pennaeth"),
)
_add(
    "figurative",
    _split("""
    kill for | could kill for | would kill for | i'd kill for | killing it | killed it | kill it | smashed it
    smash it | smashing it | smashed the | bomb it | bombed it | murder a | dying to | to die for | kill time
    killing time | kill myself laughing | killing me | killed me | kills me | killer | dead tired | dead good
    shoot me a | shoot me an | photo shoot | beat the traffic | smash the exam | smashed our
    smashed my | smash my | hit me up | hit me with | beat me at | beat me to | cutting myself a
    cut myself a
    hurt my back | hurt my | hurts my | hurt myself | get him a | get her a | get him to | get her to
    get them to | get you to | get you a | get them a | bombshell | blew up my phone | blow up my phone
    dog grooming | pet grooming | grooming salon | grooming parlour | suicide squad
    kill the lights | kill the engine | smash the target | smash that target | smash that | smash this
    smashed that | trash talk | attack of the | heart attack | panic attack | attack mode | shoot hoops
    shooting hoops | shooting stars | photo-shoot | hurt feelings | hurt their feelings | get her back to
    get him back to | i could murder | murder mystery | gonna get you a | diet coke | coke zero | can of coke
    a coke | bottle of coke | weed killer | weedkiller | weeding | pull weeds | pulling weeds
    """),
)
_add(
    "intimidate",
    _split("""
    i know where you live | know where you live | watch your back | watch yourself | you'll regret
    you will regret | you'll pay for | you will pay for | you'll be sorry | you will be sorry | i'll get you
    i'm coming for you | coming for you | better watch out | everyone hates you | nobody likes you
    no one likes you | noone likes you | kill yourself | kys | go die | you're dead | you are dead | ur dead
    dead meat | make your life hell | make your life a misery | i will find you | i'll find you
    you won't get away with | we know where you live | sleep with one eye open | you're finished
    you are finished | i'll ruin you | i will ruin you | i'll destroy you | expose you | everyone report
    everyone block | let's all report | lets all report | unfollow her | unfollow him | boycott her
    """)
    + _cy("gwylia dy gefn", "dw i'n gwybod lle ti'n byw", "ti wedi gorffen", "lladda dy hun"),
)
_add(
    "second_person",
    _split("""
    you | you're | youre | you are | ur | u r | u are | your | you've | you were | ya | ye
    """)
    + _cy("ti", "ti'n", "chi'n", "rwyt ti", "dych chi", "rydych chi"),
)
_add(
    "counterfeit",
    _split("""
    fake designer | knock-off | knock-offs | knockoff | knockoffs | knock off bags | replica bags
    replica watches | replica designer | replicas | counterfeit | counterfeits | fake handbags | fake bags
    fake trainers | fake watches | fake perfume | fakes | dupes that look real | fake rolex | fake gucci
    fake louis vuitton | copies of designer | designer copies | moody gear | dodgy gear | hooky
    fell off the back of a lorry | fell off a lorry | stolen goods | knocked off | hot goods | fake ids
    fake id | fake sick notes | fake sick note | fake doctor's note | fake doctors note | fake passports
    dodgy dvds | pirate dvds | pirated | cracked software | dodgy firesticks | dodgy fire sticks
    """)
    + _cy("ffug", "nwyddau wedi'u dwyn"),
)
_add(
    "drugs",
    _split("""
    weed | cannabis | skunk | coke | cocaine | mdma | ecstasy | pills | ket | ketamine | spliff
    spliffs | edibles | thc | nitrous | lsd | acid tabs | shrooms | magic mushrooms | ecstasy pills
    heroin | crack cocaine | meth | xanax | vapes with thc | thc vapes | baggies | weed brownies | space cakes
    """)
    + _cy("canabis", "cyffuriau"),
)
_add(
    "sell_cue",
    _split("""
    selling | for sale | sell | sells | buy | buying | dm me | message me | pm me | inbox me | going cheap
    cheap | £ | cash | delivery | delivered | drop off | hit me up | who wants | anyone want | anyone need
    got some | got loads | in stock | price | prices | quid | for a tenner | smoking | smoked | smoke
    did a line | line of | high on | off my face | getting high | got high | score some | scored some
    """)
    + _cy("gwerthu", "prynu", "ar werth", "rhad"),
)
_add(
    "crime_other",
    _split("""
    revenge porn | upskirt | hacked into her | hacked into his | hack into | hacked her account
    hacked his account
    downblouse | spy cam | hidden camera | stalking her | stalking him | stalk her | stalk him | dox | doxx
    doxxed | leaked her nudes | leaked his nudes | share her nudes | share his nudes | carry a knife
    carrying a knife | bring a knife | brought a knife | pulled a knife | got a knife | blade on me | a shank
    """),
)

# --- safeguarding and extremism --------------------------------------------------------------------------
_add(
    "secrecy",
    _split("""
    keep it secret | keep it a secret | keep this secret | keep this a secret | keep it quiet | our secret
    our little secret | a secret between us | don't tell your | dont tell your | do not tell your
    don't tell anyone | dont tell anyone | do not tell anyone | don't tell your mum | don't tell your parents
    keep it between us | keep this between us | between you and me | delete this message | delete the messages
    delete these messages | delete our chat | delete our messages | delete the chat | no one needs to know
    nobody needs to know | no one has to know | nobody has to know | asks me to keep | told me to keep
    asked me to keep | wants me to keep | keep it secret from | mustn't tell | must not tell | not to tell
    """)
    + _cy(
        "cyfrinach",
        "cadw fo'n gyfrinach",
        "cadw hi'n gyfrinach",
        "paid â dweud",
        "paid deud",
        "paid dweud",
        "dileu'r neges",
        "dileu'r negeseuon",
        "paid â sôn",
    ),
)
_add(
    "surprise",
    _split("""
    surprise | surprise party | birthday surprise | present for | gift for | secret santa | leaving do
    leaving present | retirement | proposal | engagement | baby shower | gender reveal
    """)
    + _cy("syrpreis", "anrheg"),
)
_add(
    "sexual_request",
    _split("""
    send me pictures | send me pics | send me photos | send me a picture | send me a pic | send me a photo
    send pics | send nudes | send me nudes | nudes | sends me pictures | sends me pics | sends me photos
    sent me pictures | sent me pics | sent me photos | asks for pictures | asks for pics | asks for photos
    asked for pictures | asked for pics | asked for photos | asks me for pictures | asks me for pics
    asked me for pictures | asked me for pics | pics of you | pictures of you | photos of yourself
    pictures of yourself | pics of yourself | what are you wearing | show me your | on webcam | on cam
    meet up | meet me | come round when | sexy | naked | undressed | in your underwear | take your top off
    special friend | mature for your age | our relationship | you're my girlfriend | you're my boyfriend
    be my girlfriend | be my boyfriend | kiss you | sleep with you | sleepover at mine | come to mine
    """)
    + _cy("anfon lluniau", "anfon llun", "lluniau ohonot ti", "cyfarfod fi", "dere draw"),
)
_add(
    "minor_self",
    _split("""
    i'm 11 | i'm 12 | i'm 13 | i'm 14 | i'm 15 | i'm 16 | i'm 17 | im 11 | im 12 | im 13 | im 14 | im 15
    im 16 | im 17 | i am 11 | i am 12 | i am 13 | i am 14 | i am 15 | i am 16 | i am 17 | i'm only 13
    i'm only 14 | i'm only 15 | i'm only 12 | i'm only 16 | in year 7 | in year 8 | in year 9 | in year 10
    in year 11 | underage | under age | dw i'n 13 | dw i'n 14 | dw i'n 15 | dwi'n 13 | dwi'n 14 | dwi'n 15
    """),
)
_add(
    "adult_other",
    _split("""
    he's 20 | he's 21 | he's 22 | he's 23 | he's 24 | he's 25 | he's 26 | he's 27 | he's 28 | he's 29
    he's 30 | he's 31 | he's 32 | he's 33 | he's 34 | he's 35 | he's 36 | he's 38 | he's 40 | he's 42
    he's 45 | he's 50 | she's 20 | she's 25 | she's 30 | she's 35 | she's 40 | older man | older guy
    grown man | grown woman | adult man | old man | much older | years older | 30-year-old | 40-year-old
    20-year-old | 25-year-old | 35-year-old | 45-year-old | 50-year-old | older boyfriend | older girlfriend
    a man online | a guy online | someone online | stranger online | man from online | met online
    """),
)
_add(
    "selfharm",
    _split("""
    self harm | self-harm | self harming | self-harming | selfharm | cutting myself | cuts on my
    kill myself | killing myself | end it all | ending it all | end my life | want to die | wanna die
    want to be dead | don't want to be here anymore | dont want to be here anymore | don't want to live
    dont want to live | suicide | suicidal | take my own life | taking my own life | overdose | overdosed
    nobody would miss me | no one would miss me | better off without me | hurting myself
    """)
    + _cy(
        "hunan-niweidio",
        "hunan niweidio",
        "lladd fy hun",
        "eisiau marw",
        "isio marw",
        "am ladd fy hun",
        "neb yn fy ngholli",
    ),
)
_add(
    "abuse",
    _split("""
    hits me | hit me | beats me | beat me | hurts me | hurt me | touches me | touched me | touching me
    abuses me | abused me | sexually abused | molested | groped | groping | not allowed to eat | locked me in
    locks me in | no food at home | scared to go home | afraid to go home | frightened to go home | bruises
    he makes me | she makes me | makes me do things | grooming | groomed | child sexual exploitation | cse
    fgm | forced marriage | county lines | being exploited | exploiting | trafficked | runs drugs for
    made me touch | forced me | kicked me out | sleeping rough | sofa surfing
    """)
    + _cy("yn fy nghuro", "yn fy mrifo", "ofn mynd adref", "cam-drin", "camdriniaeth", "yn cyffwrdd â fi"),
)
_add(
    "child_sexual",
    _split("""
    indecent images | indecent image | indecent photos | child porn | child pornography | cp links | csam
    underage pics | underage nudes | pics of kids | naked kids | naked children | sexual images of children
    images of children | indecent pictures | child abuse images | child abuse material
    """)
    + _cy("delweddau anweddus"),
)
_add(
    "safeguard_neutral",
    _split("""
    awareness | training | course | session | policy | prevention | charity | fundraiser | fundraising
    campaign | webinar | workshop | lesson on | assembly on | week | month | helpline | samaritans | childline
    """),
)
_add(
    "extreme_strong",
    _split("""
    white power | heil hitler | sieg heil | 1488 | 14 words | rahowa | race war | white genocide
    great replacement | blood and soil | ethnostate | kill the infidels | kill all infidels
    kuffar | zog | the jews control | jews control | remigration now | white pride worldwide | holy war
    join the jihad | jihad is | glory to the caliphate | hail victory | day of the rope
    """),
)
_add(
    "extreme_org",
    _split("""
    isis | isil | daesh | islamic state | caliphate | jihad | jihadi | jihadis | mujahideen | al-qaeda
    al qaeda | taliban | national action | combat 18 | atomwaffen | patriotic alternative | kkk | ku klux klan
    nazi | nazis | neo-nazi | third reich | hitler | british movement | national front | far right | far-right
    """),
)
_add(
    "extreme_promote",
    _split("""
    join | support | glory | long live | rise up | take up arms | we need | sign up | proud to | hail
    fight for
    was right | were right | did nothing wrong | the only answer | martyr | martyrs | martyrdom | our people
    wake up | our race | our nation | recruit | recruiting | brothers | the cause | come and fight
    """),
)
_add(
    "news_cue",
    _split("""
    news | attack | attacks | victims | victim | condemn | condemned | history lesson | documentary | ww2
    world war | holocaust memorial | remembrance | lesson about | learned about | learnt about | film about
    book about | against | anti | prevent training | radicalisation training
    """),
)

# --- contact, references, media, copyright ----------------------------------------------------------------
_add(
    "contact_verb",
    _split("""
    friend request | friend requests | friend requested | accepted her request | accepted his request
    accepted their request | accepted the request | accepted a request | added her | added him | added them
    add me | adding me | follow me | followed | following | follow | follows | followers | dm | dm'd | dms
    dmed | direct message | messaged | message | messages | messaging | texted | texting | text me | text
    snap | snapped | snapchat | snapchatted | whatsapp | whatsapped | whatsapp group | group chat | insta
    instagram | tiktok | facebook friends | friends on facebook | chatting with | chatted with | inbox
    befriended | friended | friend them | friends with
    """)
    + _cy(
        "dilyn",
        "neges",
        "negeseuon",
        "tecstio",
        "tecst",
        "ffrind",
        "ffrindiau",
        "cais ffrind",
        "grŵp whatsapp",
        "sgwrs",
        "sgwrsio",
        "ychwanegu",
    ),
)
_add(
    "decline",
    _split("""
    declined | decline | declining | ignored | ignore | blocked | block | blocking | reported it | reported to
    reported them | refused | deleted the request | won't accept | will not accept | didn't accept
    did not accept | never accept | not accepting | don't accept | do not accept | must not | should not
    shouldn't | not allowed | reminder | remind
    """)
    + _cy("gwrthod", "wrthod", "blocio", "adrodd", "peidiwch", "ddim yn cael"),
)
_add(
    "contact_give",
    _split("""
    text me | call me | ring me | phone me | whatsapp me | message me on | message me | dm me | my number
    my mobile | my personal number | my phone number | my personal email | my personal phone | my email is
    my email | email me at | email me on | add me | follow me | find me on | my snapchat | my snap | my insta
    my instagram | my tiktok | my facebook | my home address | i live at | pop round to mine | my address
    reach me on | contact me on | get me on | my whatsapp | my cell | here's my number | heres my number
    """)
    + _cy(
        "tecstiwch fi",
        "ffoniwch fi",
        "ffonia fi",
        "tecstia fi",
        "fy rhif",
        "fy ffôn",
        "fy e-bost",
        "fy nghyfeiriad",
        "ychwanega fi",
    ),
)
_add(
    "platform",
    _split("""
    snapchat | snap | insta | instagram | tiktok | whatsapp | facebook | fb | twitter | discord | telegram
    kik | messenger | bluesky | youtube | twitch | linkedin
    """),
)
_add(
    "third_party_possessive",
    _split("""
    her number | his number | their number | her mobile | his mobile | her address | his address
    their address | her email | his email | her phone | his phone | lives at | lives on | her home | his home
    """),
)
_add(
    "endorse",
    _split("""
    endorse | endorsed | endorsing | endorsement | endorsements | recommend him | recommend her
    recommend them
    highly recommend him | highly recommend her | reference for | references for | recommendation for
    wrote a recommendation | write a recommendation | linkedin recommendation | vouch for | would hire
    i'd hire | hire him | hire her | skills endorsement | recommend him for | recommend her for
    """)
    + _cy("cymeradwyo", "geirda", "argymell"),
)
_add(
    "person_pronoun",
    _split("""
    him | her | them | he | she | colleague | colleagues | teacher | manager | team member | candidate
    """),
)
_add(
    "media_entity",
    _split("""
    journalist | journalists | reporter | reporters | the press | newspaper | newspapers | tabloid
    tabloids | the daily mail | daily mail | the guardian | the telegraph | bbc | itv | sky news | channel 4
    local news | the gazette | the chronicle | wales online | daily post | s4c | the local paper | local paper
    a documentary | news desk | news editor | press office
    """)
    + _cy(
        "newyddiadurwr",
        "newyddiadurwraig",
        "newyddiadurwyr",
        "y wasg",
        "papur newydd",
        "gohebydd",
        "papur lleol",
    ),
)
_add(
    "media_engage",
    _split("""
    contacted me | got in touch | rang me | called me | messaged me | dm'd me | emailed me | asked me
    interview
    interviewed | quote | quoted | talk to | talked to | spoke to | speak to | speaking to | told the
    gave them
    tip off | tipped off | sold my story | sell my story | selling my story | paid | pay me | paying me
    offered me | money for | for a story | the story | my story | exclusive | on the record | comment on
    comment for | a comment | article | wants to know | asking about
    """)
    + _cy("cysylltu", "siarad", "cyfweliad", "talu", "stori", "wedi cysylltu"),
)
_add(
    "copy",
    _split("""
    found this online | found it online | found this on google | found on google | from google images
    google images | not my photo | not my picture | not my pic | not my image | not my video
    don't know who took | dont know who took | don't know who made | credit to owner | credit to the owner
    no copyright intended | no copyright infringement | all rights to the owner | rights to the owner
    copied from | copied and pasted | copy and paste | copy-paste | ripped from | stole this from
    nicked this from | pinched from | pinched this | borrowed this from | reposting without | reposted without
    without credit | without crediting | passed it off as | pass it off as | took their photo
    used their photo
    used his photo | used her photo | copied their | copied her | copied his | plagiar*
    """)
    + _cy("wedi'i gopïo", "heb ganiatâd", "copïo"),
)
_add(
    "copy_ok",
    _split("""
    with permission | shared with permission | credited | credit to | photo credit | photo by | courtesy of
    reposted with permission | used with permission
    """),
)

# --- confidential and personal data ----------------------------------------------------------------------
_add(
    "conf_secret",
    _split("""
    not public yet | not yet public | isn't public | not public | not been announced | hasn't been announced
    has not been announced | haven't announced | not announced yet | not announced | before it's announced
    before it is announced | before the announcement | unannounced | keep this quiet | keep it quiet
    keep it under wraps | under wraps | between ourselves | off the record | confidential
    strictly confidential
    don't tell anyone | dont tell anyone | don't repeat this | don't share this | you didn't hear it from me
    didn't hear it from me | not supposed to say | not meant to say | shouldn't be saying | can't say too much
    haven't told the parents | haven't told parents | parents don't know yet | staff don't know yet
    leaked | insider info | hush hush | on the quiet | not official yet | embargo | embargoed
    report isn't out | report's not out | report is not out | before it's published | not to be shared
    """)
    + _cy("cyfrinachol", "dim yn gyhoeddus eto", "heb ei gyhoeddi", "rhyngom ni", "cyfrinach"),
)
_add(
    "conf_secret_weak",
    _split("""
    heads up | between us | will be announced | announcement next week | before the report | report comes out
    isn't official | not official | parents don't know | staff don't know | rumour | rumours | apparently
    """),
)
_add(
    "conf_topic_strong",
    _split("""
    suspended | suspension | disciplinary | sacked | sacking | been fired | getting fired | been dismissed
    redundancy | redundancies | restructure | restructuring | being investigated | under investigation
    gardening leave | grievance | capability procedure | signed off with stress | off with stress | excluded
    exclusion | exclusions | expelled | permanently excluded | managed move | allegation against | lado
    special measures | notice to improve | deficit | overspent | budget cuts | job losses | cuts to staff
    academisation | academy conversion | school is closing | closing the school | shutting the school
    """)
    + _cy(
        "wedi'i wahardd",
        "wedi'i gwahardd",
        "gwaharddiad",
        "diswyddo",
        "ymchwiliad",
        "toriadau",
        "diffyg ariannol",
        "cau'r ysgol",
        "ailstrwythuro",
        "diswyddiadau",
    ),
)
_add(
    "conf_topic_weak",
    _split("""
    ofsted result | ofsted results | ofsted grade | ofsted report | ofsted judgement | ofsted outcome | ofsted
    estyn report | estyn | inspection result | inspection outcome | inspection report | inspection | budget
    finances | staffing | staff changes | contracts | pay cut | pay freeze | plans for | next year's plans
    new building | plans | new head | new headteacher | resigning | resigned | resignation
    handed in her notice
    handed in his notice | leaving at christmas | leaving at easter | leaving in july | lose its
    about to lose
    going to lose | losing staff | merger | merging with | closure | inadequate | requires improvement
    funding cut | in debt | cuts
    """)
    + _cy("adroddiad estyn", "cyllideb", "arolygiad"),
)
_add(
    "sensitive",
    _split("""
    diagnosed | diagnosis | adhd | autism | autistic | asd | dyslexia | dyslexic | dyspraxia | epilepsy
    epileptic | diabetes | diabetic | cancer | chemo | pregnant | pregnancy | miscarriage | depression
    depressed | anxiety | mental health | on medication | medication | in hospital | hospitalised
    eating disorder
    anorexia | anorexic | bulimia | self-harm | self harm | disability | disabled | special needs
    ehcp | iep | sen register | sen needs | free school meals | fsm | pupil premium | looked after
    in care | foster | fostered | foster care | adopted | social services | social worker | child protection
    cp plan | child in need | on a plan | safeguarding concern | police involved | arrested | in prison | jail
    divorce | divorcing | divorced | splitting up | split up | separated | separating | custody | affair
    bereaved | bereavement | passed away | died | terminal | bankrupt | debts | evicted | homeless
    on benefits | grades | her results | his results | reading age | behind in | her attendance | truant
    truanting
    excluded | exclusion | behaviour plan | medical condition | allergy | allergies | surgery | rehab
    alcoholic | drinking problem | addict | addiction | miscarried | ivf | hiv | transitioning
    sexuality | coming out | came out | asylum | immigration status | criminal record | home address
    lives at | phone number
    """)
    + _cy(
        "wedi ysgaru",
        "ysgariad",
        "gwahanu",
        "anghenion dysgu ychwanegol",
        "ady",
        "gwasanaethau cymdeithasol",
        "gofal maeth",
        "salwch",
        "ysbyty",
        "diagnosis",
        "canser",
        "iselder",
        "pryder",
        "canlyniadau",
        "graddau",
        "marw",
    ),
)
_add(
    "third_pupil",
    _split("""
    one of my pupils | one of my students | one of my kids | a boy in my class | a girl in my class
    a pupil in | a child in my class | a kid in my class | one of the kids in | one of my year
    the boy in | the girl in | her mum | his mum | her dad | his dad | her parents | his parents | her family
    his family | their family | poor kid | poor child | poor lad | poor girl | poor boy | this kid
    this child
    that kid | that child | her grades | his grades | her reading | his reading | her behaviour
    his behaviour
    """)
    + _cy("un o'r plant", "un o fy nisgyblion", "ei fam", "ei thad", "ei rieni", "ei rhieni"),
)

# --- opinions on policy; political and religious influence -----------------------------------------------
_add(
    "policy_noun",
    _split("""
    policy | policies | new rule | new rules | the new system | new system | decision | decisions
    the decision
    slt's decision | slt decided | governors decided | leadership decided | management decided | head decided
    behaviour system | marking scheme | uniform policy | homework policy | phone ban | behaviour policy
    marking policy | attendance policy | detention policy | new timetable | the timetable | new initiative
    new approach | the new approach | the new policy | school rules | directive | mandate
    """)
    + _cy("polisi", "polisïau", "penderfyniad", "rheolau newydd", "rheol newydd", "system newydd"),
)
_add(
    "policy_exclude",
    _split("""
    privacy policy | insurance policy | returns policy | cookie policy | government policy | government's
    foreign policy | immigration policy | tax policy | refund policy | energy policy | the government
    """),
)
_add(
    "opinion",
    _split("""
    i think | i don't think | i dont think | i disagree | don't agree | dont agree | do not agree | disagree
    makes no sense | doesn't make sense | ridiculous | pointless | waste of time | love the new | great idea
    brilliant idea | best decision | terrible idea | worst idea | bad idea | stupid idea | madness | nonsense
    a joke | joke | not happy | unfair | not fair | won't work | doesn't work | will never work | bonkers
    barmy
    crazy | insane | absurd | idiotic | mad | worst | rubbish | awful | terrible | hate | love | brilliant
    fantastic | genius | well done slt | thank goodness | about time | in my opinion | imo | imho | personally
    seriously | what were they thinking | who thought | unworkable | backwards step | step backwards
    """)
    + _cy(
        "gwirion",
        "hurt",
        "dw i ddim yn cytuno",
        "dwi ddim yn cytuno",
        "syniad gwael",
        "gwastraff amser",
        "syniad da",
        "annheg",
        "yn fy marn i",
        "gwarthus",
        "ofnadwy",
        "twp",
    ),
)
_add(
    "persuade",
    _split("""
    vote for | vote labour | vote tory | vote conservative | vote reform | vote green | vote plaid | vote snp
    vote lib dem | should vote | must vote | tell your parents to vote | join | come to | come along to
    sign up | convert | converting | become a christian | become a muslim | believe in | pray with | pray to
    recruit | recruiting | support the | back the | march with | protest with | canvass | canvassing | leaflet
    hand out leaflets | spread the word | follow jesus | accept jesus | give your life to
    """)
    + _cy("pleidleisio dros", "ymuno", "dewch i", "cefnogi"),
)
_add(
    "politics",
    _split("""
    labour party | labour | tory | tories | conservative party | conservatives | lib dems | liberal democrats
    reform uk | green party | the greens | plaid cymru | snp | ukip | britain first | communist | communists
    socialist | socialists | socialist workers | the party | my party | our party | election | referendum
    brexit | rally | protest | church | our church | my church | chapel | mosque | temple
    synagogue | jesus | allah | bible | quran | prayer meeting | christianity | islam | gospel | salvation
    evangelical
    """)
    + _cy("eglwys", "capel", "mosg", "duw", "iesu", "ffydd", "etholiad", "plaid"),
)

# --- negation (checked just before a cue) ------------------------------------------------------------------
_add(
    "negation",
    _split("""
    not | never | no | n't | isn't | wasn't | aren't | weren't | don't | doesn't | didn't | won't | can't
    cannot | hardly | without | nothing | nobody | none | far from | anything but | not at all | never been
    """)
    + _cy("ddim", "nid", "dim", "nac", "byth", "heb"),
)


# --- further cues, kept together by what they add -----------------------------------------------------
_add("school_word", _split("in class | in lessons | in school | at school today | in school today"))
# School work that says the post is about school life, without being a reference to the school itself.
_add(
    "schoolwork",
    _split("homework | spellings | times tables | phonics | reading books | revision | coursework"),
)
_add("schoolwork", _cy("gwaith cartref"))
_add("violent_verb", _split("burn | stab him | stab her"))
_add(
    "abuse",
    _split("""
    hits her | hits him | beats her | beats him | hurts her | hurts him | touches her | touched her
    touches him
    touched him | abusing her | abusing him | hit her | hit him
    """),
)
_add(
    "contact_verb",
    _split("snapchatting | snapchatted | dming | dm-ing | whatsapping | facetimed | facetiming"),
)


_add(
    "neg_eval",
    _split("""
    terror | little terror | a handful | rudest | rude | laziest | worst teacher | idiotic | couldn't organise
    couldn't run | couldn't manage | piss-up in a brewery | going downhill | doesn't listen | don't listen
    haven't a clue | hasn't a clue | haven't got a clue | wouldn't know | nothing but trouble | money-grabbing
    slop | avoid at all costs | unworkable | funny how | off 'sick' | 'sick' | skiving | sickie
    needs sacking
    waste of money | kicked off again | trouble again | excuse for a teacher | pathetic excuse | rubbish at
    clowns | clown show | circus | no backbone | can't control | has no control | lost the plot
    """)
    + _cy("fel baw", "dim clue", "yn useless", "gwarthus", "anobeithiol"),
)
_add("insult", _split("pathetic | useless | a joke | bully | a disgrace | pathetig | excuse for a"))
_add(
    "leader_word",
    _split("""
    the head's | the head is | the head has | the head knows | the head just | the head said | the head wants
    the head never | mae'r head | y head | the school's | the academy | their school
    """),
)
_add(
    "figurative",
    _split("""
    terrible news | awful news | dreadful news | sad news | terrible shock | awful shock | terrible time
    awful time | hate to see | hate seeing | so sorry | terrible for | awful for | thoughts are with
    """),
)
_add(
    "teacher_self",
    _split("""
    as a science teacher | as a maths teacher | as an english teacher | as a primary teacher | as a pe teacher
    as a secondary teacher | as a history teacher | as a music teacher | as a ta | as a headteacher
    as a head teacher | as a deputy head | as a senco | as a governor | as a teaching assistant
    as an educator
    day teaching | teaching today | taught today | teaching phonics | teaching maths | teaching english
    teaching science | teaching reading | loved teaching | love teaching | teaching year | teaching reception
    proud to work for | proud to work at | my school community
    """),
)
_add(
    "school_event",
    _split("""
    staff panto | staff party | staff do | staff night out | staff briefing | staff football | staff quiz
    school choir | our choir | urdd | eisteddfod | science week | book fair | sports fixture | our team won
    """)
    + _cy("côr yr ysgol", "cyngerdd"),
)
_add(
    "schoolwork",
    _split("""
    a-level | a-levels | a level | gcse | gcses | predictions | predicted grades | mock | mocks | exam | exams
    sats | reading age | report card | coursework | revision guide
    """),
)
_add(
    "disclaimer",
    _split("""
    personal view | personal views | not my school's | not my employer's | not my employers | own views
    in a personal capacity | views are my own | not the school's view | not the views of the school
    """),
)
_add(
    "conf_secret",
    _split("""
    nothing's been announced | nothing has been announced | not been told | haven't been told
    hasn't been told | staff haven't been told | can't say much | cannot say much | parents haven't been told
    """)
    + _cy("ddim yn gwybod eto", "heb gael gwybod"),
)
_add("conf_secret_weak", _split("rumour is") + _cy("rhwng ni"))
_add(
    "conf_topic_weak",
    _split("""
    planning to close | to close the | close the | closing | merging | merging us | takeover | taken over
    """)
    + _cy("cau", "uno"),
)
_add(
    "sensitive",
    _split("""
    antidepressants | anti-depressants | maternity leave | sick leave | off sick | on sick leave | therapy
    counselling | self-harming | self harming | prison | jailed | arrested | sectioned | breakdown
    lives on | leukaemia | leukemia | tumour | dementia | autism assessment
    """)
    + _cy("sy'n byw ar", "yn byw ar", "carchar"),
)
_add("safeguarding_third", _split(""))
_add("platform", _split("fortnite | roblox | minecraft | xbox | playstation | ps5 | call of duty | among us"))
_add("contact_verb", _split("playing | played | gaming with | gaming | online with | on xbox with"))
_add(
    "profanity",
    _split("""
    🍆💦 | 💦🍆 | 🍑🍆 | 🍆🍑 | piss-up | dickhead | c**t | f off | fuk off | stfu
    """)
    + _cy("ffycin", "cachu", "c4chu"),
)
_add(
    "explicit_image",
    _split("""
    naked | nude | topless | explicit | sexual | lewd | obscene | middle finger | giving the finger
    flipping off
    flipping the bird | stripper | strippers | sex toy | genitals | penis | crotch | mooning | vomiting
    passed out
    bong | lines of | rolling a joint | sexually
    """)
    + _cy("noeth", "bys canol"),
)
_add(
    "group",
    _split("""
    wheelchair users | staff over | over 55 | over 50 | over 60 | over-55s | older teachers | older staff
    trans kids | trans pupils | trans students | trans | polish | romanian | foreign | foreigners
    from poland
    gypsy | gipsies | immigrant kids | refugee kids | muslim kids | the gays | single mums | young mums
    """)
    + _cy("o wlad pwyl", "mewnfudwyr", "sipsiwn", "saeson"),
)
_add(
    "demean",
    _split("""
    special treatment | aren't cut out | are not cut out | not cut out for | can't keep up | cannot keep up
    should be made to retire | mental illness | a mental illness | thieving | filthy | scroungers
    spongers | benefit scroungers | don't belong | do not belong | not fit to | shouldn't be teaching
    shouldn't be allowed | should go back | lazy | criminals | thieves | all the same | inferior
    shouldn't have | don't deserve | ruining | taking over | breeding
    """)
    + _cy("ddim yn ffit", "fynd adre", "mynd adre", "mynd adref", "budr", "lladron"),
)
_add(
    "intimidate",
    _split("""
    everyone laughs at you | laughs at you | laugh at you | behind your back | do us all a favour | just leave
    see what happens to you | what happens to you | make sure everyone knows | everyone should message
    tell him what a | tell her what a | tell them what a | i'll be waiting for | be waiting for him
    be waiting for her | waiting for you outside | you'd better | you better watch
    """)
    + _cy("chwerthin am dy ben", "dy wylio", "fydda i'n dy wylio", "gwylio di"),
)
_add(
    "violent_verb",
    _split("cweir | rhoi cweir | stid | rhoi stid | colbio | be waiting for him") + _cy("cweir"),
)
_add(
    "crime_other",
    _split("""
    cloned cards | cloned bank cards | stolen cards | stolen bank cards | fake notes | counterfeit notes
    fake money | no prescription needed | without a prescription | no prescription | card details for sale
    selling fake | selling stolen
    """),
)
_add("drugs", _split("diazepam | valium | tramadol | oxycodone | codeine | prescription pills | steroids"))
_add(
    "secrecy",
    _split("""
    lil secret | our lil secret | delete after | delete this after | delete after reading | if i tell anyone
    if you tell anyone | if she tells anyone | if he tells anyone
    """),
)
_add(
    "sexual_request",
    _split("""
    mature 4 ur age | mature for ur age | so mature for | sent me a pic | sent me pics | post mine
    post my pics
    share my pics | send him pics | send her pics | pic of you | pics of u
    """),
)
_add(
    "child_sexual",
    _split("teen pics | the younger the better | young teens | jailbait | barely legal | underage girls"),
)
_add(
    "abuse",
    _split("""
    left on his own | left on her own | home alone all night | left alone all night | neglected | neglect
    no food in the house | goes hungry | never fed | not being fed
    """)
    + _cy("ar ben ei hun drwy'r nos", "cael ei adael", "cael ei gadael", "dim bwyd"),
)
_add(
    "selfharm",
    _split("don't want to live | dont wanna live")
    + _split("""
    torri fy hun | dorri fy hun | isho byw | ddim isio byw | ddim eisiau byw | ddim isho byw | isio marw
    """),
)
_add(
    "extreme_strong",
    _split("""
    britain for the british | take our country back | take back our country | white race | race traitors
    get trained and get ready | by any means necessary | wales for the welsh | drive them out
    """)
    + _cy("trwy rym", "yrru'r mewnfudwyr allan", "gyrru'r mewnfudwyr allan", "cymru i'r cymry"),
)
_add(
    "allegation",
    _split("""
    nephew a job | niece a job | jobs for the boys | nepotism | only joined | cooks its | cooks the
    cooking its
    claiming expenses | fiddling expenses | expenses for trips | never took | robbing | robbing the | crook
    crooks | swindl* | on the take | fiddle the | massaging the figures | fudging | fudged | lied about
    """),
)
_add(
    "copy",
    _split("""
    scanned it myself | scanned it | scanned the whole | full pdf | whole book | free download
    download for free
    copied the whole | copied someone else's | someone else's blog | someone else's work | they won't mind
    ripped the | pirated copy
    """)
    + _cy("lawrlwythwch o am ddim", "wedi'i sganio"),
)
_add(
    "media_entity",
    _split("""
    daily star | daily mirror | evening post | evening standard | echo | gazette | chronicle | herald
    journo | journos | the telegraph | radio | tv crew | film crew
    """)
    + _cy("golwg360", "newyddion"),
)
_add(
    "media_engage",
    _split("rang about | rang me about | told her | told him | what i know | offered me | paid me"),
)
_add(
    "politics",
    _split("""
    vote labour | vote tory | vote conservative | vote reform | vote green | vote plaid | vote snp
    vote lib dem
    my church | church youth | youth night
    """),
)
_add("persuade", _split("come and give | give your life | are all welcome at my | welcome at my"))
_add("contact_give", _split("my personal email | my personal mobile | my personal phone | drop me a line"))


_add(
    "opinion",
    _split("""
    pleased with | delighted with | disappointed with | disappointed by | long overdue | glad they
    thrilled with
    fully support | don't support | do not support | against the
    """),
)
_add("neg_eval", _split("wrost | wost | worste | useles | pathertic | disgrase"))


# --- breadth: wider cues for posts the lists above have not seen ----------------------------------------
# Each block widens one signal with the many ways people say the same thing, English and Welsh. Where a
# word is only a signal in company (a drug's street name, a counterfeit product), it gets its own tag and
# the detector asks for the company.

_add(
    "neg_eval",
    _split("""
    absolute pain | a pain | such a pain | right pain | pain in the neck | pain in the backside
    a disaster | an absolute disaster | total disaster | complete disaster | is a disaster | disastrous
    pointless | inept | ineffective | a liability | unfit | not fit for purpose | good for nothing
    can't be trusted | cannot be trusted | untrustworthy | dishonest | spiteful | petty | vindictive
    disrespectful | condescending | patronising | smug | sneaky | workshy | bone idle | gormless | dozy
    deluded | pompous | self-important | out of touch | out of their depth | out of his depth
    out of her depth | in over his head | in over her head | laughing stock | shameful | scandalous
    outrageous | unacceptable | diabolical | woeful | shoddy | sloppy | slapdash | chaotic | madhouse
    horrendous | horrific | soul-destroying | tyrant | dictator | power-hungry | control freak
    micromanag* | backstabbing | backstabber | backstabbers | weasel | coward | cowards | cowardly
    gutless | hypocrite | hypocrites | hypocritical | greedy | can't be bothered | couldn't care less
    doesn't care | don't care about | never bothers | never listens | never listen | ignores us
    ignored us | treats us like | treat us like | talks down to | unhelpful | useless at | hopeless at
    worst ever | the pits | gone downhill | downhill fast | gone to pot | gone to the dogs | a failure
    should resign | needs to resign | should quit | should be struck off | needs to go | has to go
    get rid of her | get rid of him | taking the mick | having a laugh | fed up | sick to death
    sick and tired | had enough of | moaning | whinging | whining | moaners | whingers | mardy | stroppy
    foul | obnoxious | insufferable | unbearable | annoying | irritating | infuriating | a nuisance
    a menace | unruly | badly behaved | troublemaker | troublemakers | trouble maker | spoilt | spoiled
    entitled | some families | these families | some parents | certain parents | helicopter parents
    pushy parents | late again | always late | turned up late | never on time | didn't bother turning up
    some of us actually | some of us have to | the rest of us have to | not pulling their weight
    not pulling her weight | not pulling his weight | does nothing | do nothing all day | sits on her backside
    sits on his backside | swans off | swanned off | skives | skiving off | nobody has a clue
    no one has a clue | noone has a clue | none of them have a clue | no idea what they're doing
    don't know what they're doing | doesn't know what she's doing | doesn't know what he's doing
    haven't got the foggiest | a shambles | shambles of a | joke of a school | state of it | state of them
    embarrassment to | a disgrace to | useless lot | bunch of clowns | bunch of idiots | amateur hour
    amateurs | amateurish | car crash | trainwreck | train wreck | dumpster fire | clown car
    🙄 | 🤡 | 🤦 | 😤 | 🤬 | 💩 | 👎 | 😒 | 🐍
    """)
    + _cy(
        "di-glem",
        "diglem",
        "di-werth",
        "diwerth",
        "cywilyddus",
        "gwael",
        "annifyr",
        "afiach",
        "anghwrtais",
        "neb yn gwrando",
        "byth yn gwrando",
        "ddim yn gwrando",
        "dim syniad",
        "dim clem",
        "methiant",
        "yn fethiant",
        "rybish",
        "iwsles",
        "llond bol",
        "wedi cael llond bol",
        "dim byd ond trafferth",
        "ffiaidd",
        "pathetig",
        "gwarth o ysgol",
        "diog",
        "yn ddiog",
    ),
)
# Said to someone, or of a named person: these make an insult.
_add(
    "insult",
    _split("""
    knob | knobhead | bellend | plonker | pillock | wally | twit | dimwit | halfwit | nitwit | dipstick
    melt | worthless | waste of space | lowlife | low life | scumbag | parasite | leech | hag | old bag
    battleaxe | snob | saddo | skank | skanky | minger | tramp | chav | scrubber | gimp | div | wrong'un
    two-faced cow | snake | liar | embarrassment | useless | thick | stupid
    ugly | fat | disgusting | vile | pathetic | creep
    """)
    + _cy("lembo", "sguthan", "hen ast", "mwnci", "ffŵl", "twpsyn", "hurtyn", "llo", "penbwl"),
)
_add(
    "profanity",
    _split("""
    shit* | bullshit* | apeshit | batshit | horseshit | dipshit | chickenshit | clusterfuck* | motherfuck*
    fck* | fkn | fkin | fking | fk off | cunt* | twat* | wank* | bollock* | bastard* | bitch* | arsehole*
    asshole* | pissed | piss take | taking the piss | piss poor | pissed off | knobhead | bellend
    cocksucker | cockwomble | tits up | shagged | handjob | hand job | boner | hard-on | 🖕 | 🖕🏻 | 🖕🏼
    """)
    + _cy("ffwc*", "ffyc*", "ffacin", "ffycio", "coc", "cocyn", "cachu*", "basdad*"),
)

# --- discrimination -----------------------------------------------------------------------------------------
# Telling people to go back where they came from is about their origin whoever "they" are.
_add(
    "expel_strong",
    _split("""
    send them back where they came from | send them all back where they came from
    go back where they came from | go back to where they came from | go back where you came from
    go back to where you came from | sent back where they came from | ship them back where
    send them back to their own country | go back to your own country | go back to their own country
    send them home | send them all home | deport the lot | deport them all | go back to africa
    go back to pakistan | go back to poland
    """)
    + _cy("yn ôl i le daethon nhw", "yn ôl i'w gwlad eu hunain"),
)
_add(
    "group",
    _split("""
    can't speak english | cant speak english | can't even speak english | don't speak english
    doesn't speak english | eastern european | polish families | foreign families | foreign kids
    immigrant families | muslim families | asian families | black families | black kids | asian kids
    chinese | nigerians | somalis | syrians | afghans | albanians | bangladeshis | pakis | indians
    the gay | gay teachers | gay men | lesbians | bisexuals | the trans | trans teachers | autistic kids
    sen kids | send kids | special needs kids | the autistic | women teachers | female teachers
    male teachers | old teachers | older women | young girls | fat people | fat kids | jews | jewish
    """)
    + _cy("pobl ddu", "pobl hoyw", "mewnfudwyr", "Saeson", "plant anabl", "Pwyliaid"),
)
_add(
    "dehumanise",
    _split("""
    rats | locusts | apes | monkeys | infest* | invasion | overrun | swamped | flooding in | pouring in
    dirty | smelly | they stink | uncivilised | sick in the head | an abomination | unnatural | freaks
    """),
)
_add(
    "demean",
    _split("""
    shouldn't be allowed anywhere near | should not be allowed near | shouldn't be around kids
    keep them away from | a danger to kids | a danger to children | perverts | not normal | choose to be
    get everything handed | handed everything | should retire | need to retire | past it | past their sell-by
    dinosaurs | too old to teach | women can't | girls can't | can't do the job | all terrorists
    """),
)

# --- harassment -------------------------------------------------------------------------------------------
_add(
    "intimidate",
    _split("""
    i know where you work | know where you work | know where you park | know where your kids
    know what car you drive | know which car is yours | consider yourself warned
    you'll get what's coming | get what's coming
    you'll get yours | i'll make you pay | make you pay | we'll be waiting | outside your house
    at your house | come round to your house | turn up at your house | find out where you live
    we know your address | know your address | i know your address | got your address
    shut your mouth | shut your face | shut your gob | keep your mouth shut
    """)
    + _cy(
        "mi gei di weld",
        "gei di dalu",
        "dwi'n gwbod lle ti'n byw",
        "gwybod lle ti'n byw",
        "gwbod lle ti'n byw",
        "gwybod dy gyfeiriad",
        "cau dy geg",
    ),
)
# A crowd set on someone: "everyone report her account", "send him abuse".
_add(
    "pile_on",
    _split("""
    everyone report | everybody report | everyone go and report | go and report | go report
    report her account | report his account | report their account | report her profile
    report his profile | mass report | everyone message | everybody message | everyone spam
    everybody spam | spam his | spam her | spam their | spam miss | spam mr | spam mrs | spam sir
    send him abuse | send her abuse | send them abuse | send abuse | everyone send | everyone tell
    let's all tell | lets all tell | let's make her | let's make him | get her sacked | get him sacked
    get her fired | get him fired | name and shame | share this everywhere | make this go viral
    expose her | expose him | troll her | troll him | trolling her | trolling him | see how she likes it
    see how he likes it | pile on | flood her | flood his | bombard her | bombard him | everyone block
    everyone unfollow | let's all report | lets all report | everyone should report | you should all report
    """)
    + _cy("pawb i riportio", "riportiwch hi", "riportiwch o", "pawb i yrru neges"),
)
# Words that insult when said to someone ("you're fat", "u r worthless").
_add(
    "insult_direct",
    _split("fat | ugly | worthless | nothing | a nobody | sad | weird | a loser | a joke | disgusting"),
)

# --- crime -------------------------------------------------------------------------------------------------
_add(
    "fake_adj",
    _split("""
    fake | replica | replicas | knock-off | knockoff | knock off | counterfeit | bootleg | dodgy | moody
    snide | hooky | 1:1 | aaa quality
    """)
    + _cy("ffug"),
)
_add(
    "goods",
    _split("""
    trainers | bags | handbags | handbag | watches | watch | perfume | aftershave | clothes | shirts | tops
    hoodies | jackets | coats | shoes | boots | sunglasses | jewellery | airpods | headphones | phones
    iphones | cigarettes | cigs | tobacco | vapes | notes | £20 notes | £10 notes | £50 notes | money
    cash | id | ids | passports | passport | driving licence | licences | certificates | tickets | kits
    football shirts | nikes | jordans | gucci | louis vuitton | chanel | rolex | north face | canada goose
    stone island | uggs | designer | dvds | firesticks | fire sticks | sick notes | fit notes
    """)
    + _cy("arian", "dillad"),
)
# Street names for drugs that are also ordinary words: a drug only beside a price, an amount or a sale.
_add(
    "drug_slang",
    _split("""
    bud | buds | zoot | zoots | mandy | molly | xans | xannies | oxy | oxys | dabs | thc carts
    pre-rolls | prerolls | nug | nugs | kush | some draw | pingers
    """),
)
_add(
    "drug_unit",
    _split("""
    a bag | £10 a bag | £20 a bag | a ten bag | ten bag | dime bag | dimebag | an eighth | a quarter
    an ounce | half an ounce | oz | half oz | per g | a g | a gram | grams | £10 bags | £20 bags
    per gram | a henry | 3.5g | 7g | 28g | 1g | 2g | for a score | for a tenner | for a twenty
    """),
)
_add(
    "drugs",
    _split("""
    cannabis | marijuana | mdma | ketamine | cocaine | heroin | crack cocaine | methamphetamine
    amphetamine | speed pills | psilocybin | nos canisters | laughing gas canisters | weed | skunk
    """),
)
_add(
    "crime_other",
    _split("""
    zombie knife | zombie knives | knuckle duster | knuckledusters | knuckle dusters | flick knife
    butterfly knife | cs gas | pepper spray for sale | selling a taser | tasers for sale | drove home drunk
    drove home pissed | drove home hammered | drink drove | drink-drove | drink driving | drink-driving
    drove home after | shoplifting | shoplifted | nicked it from | five finger discount | robbed a
    broke into | broken into his | broke into her | benefit fraud | fiddling my benefits | cash in hand
    and claiming | fake insurance claim | insurance scam | doctored the | forged his | forged her
    forged a | forging | set fire to | torched | arson | vandalised | keyed his car | keyed her car
    """),
)
_add(
    "violent_verb",
    _split("""
    lamp him | lamp her | chin him | chin her | knock him out | knock her out | knock you out
    stab you | kill you | end you | hurt you | kick your head in | kick his head in | kick her head in
    smash your face | smash his face | smash her face | put you in hospital | put him in hospital
    put her in hospital | burn your house | burn his house | burn her house | break her jaw
    break his jaw | break your jaw | break your legs | break his legs | break her legs | snap her
    snap his | slit | throttle | give him a kicking | give her a kicking | give you a kicking | deck you
    """)
    + _cy("dy ladd di", "ei ladd o", "ei lladd hi", "malu dy wyneb", "rhoi cweir i ti"),
)
_add(
    "threat_intent",
    _split("""
    i'll come down there and | i'm coming down there | i'll be round | i'm gonna | im gonna | i will
    someone needs to | somebody needs to | needs a slap | needs a good slap | needs a good hiding
    deserves a beating | deserves a slap | deserves a good hiding | one day i'll | one of these days
    """),
)

# --- safeguarding ------------------------------------------------------------------------------------------
# An adult drawing children away: sweets, lifts, photographs by strangers.
_add(
    "lure",
    _split("""
    offering sweets | offered sweets | offering them sweets | offering the kids | gave them sweets
    get in the car | get in his car | get into his car | get in her car | get in a car | get in the van
    get into the van | into a van | into his van | luring | lured | approached kids | approaching kids
    approaching children | approached children | approached pupils | approaching pupils
    hanging around the school | hanging round the school | hanging around outside the school
    filming kids | filming children | filming the kids | taking photos of kids | taking photos of children
    taking pictures of kids | taking pictures of children | photographing children | photographing kids
    offered her a lift | offered him a lift | offered them a lift
    """)
    + _cy("dyn dieithr", "cynnig lifft", "cynnig da-da", "cynnig fferins"),
)
# Signs of exploitation: an older person paying a child to carry, hold or deliver.
_add(
    "exploit",
    _split("""
    carry packages | carrying packages | carries packages | deliver packages | delivering packages
    delivering parcels | deliver parcels | hold stuff for | holding stuff for | holding drugs
    running drugs | run drugs | bought her a phone | bought him a phone | going missing | gone missing
    goes missing | missing from home | stays out all night | staying out all night | comes home with money
    meeting older men | meeting older | in a car with older | sleeping at his | sleeping at an older
    """)
    + _cy("mynd ar goll", "wedi mynd ar goll"),
)
# Weaker signs of exploitation: two of them together, with a child in view.
_add(
    "exploit_weak",
    _split("""
    paying her to | paying him to | paid her to | paid him to | pays her to | pays him to | older lad
    older lads | older boy | older boys | older guy | older guys | older men | gave her gifts
    gives her gifts | buys her things | buys him things | gives her money | gives him money
    new phone from | expensive new trainers | new trainers and money
    """)
    + _cy("dyn hŷn", "dynion hŷn", "talu iddi", "talu iddo"),
)
_add(
    "sexual_request",
    _split("""
    you looked so grown up | so grown up | looking so grown up | you can trust me | i won't tell anyone
    won't tell anyone | when your mum's out | when your parents are out | when your mum is out
    come round when | meet me after school | meet me after | i'll pick you up | i'll give you a lift
    i'll buy you | buy you a | send me one | send me a selfie | send a selfie | show me | private chat
    secret chat | snap me | add me on snap
    """)
    + _cy(
        "luniau ohona i",
        "lluniau ohona i",
        "lluniau ohonof i",
        "lluniau ohonat ti",
        "gofyn am luniau",
        "gofyn am lun",
        "isio lluniau",
        "eisiau lluniau",
        "anfon llun",
        "yrru llun",
        "gyrru lluniau",
    ),
)
_add(
    "secrecy",
    _split("""
    don't tell anyone we | dont tell anyone we | just between us | just between you and me | not to tell
    said not to tell | says not to tell | told me not to tell | tells me not to tell | keep it from your
    don't tell your mum we | this stays between us | our secret ok | delete it after | delete this chat
    """)
    + _cy(
        "am beidio dweud",
        "peidio dweud wrth neb",
        "peidio â dweud wrth neb",
        "paid â dweud wrth neb",
        "paid deud wrth neb",
        "peidio deud wrth neb",
        "rhwng ni'n dau",
    ),
)
_add(
    "adult_other",
    _split("""
    a man on snap | a man on snapchat | a guy on snap | a man on insta | a man on tiktok | some man
    a man online | older man | grown man | a guy from | a man from | some guy | this guy online
    he's much older | she's much older | man in his 30s | man in his 40s | man in his twenties
    """)
    + _cy("dyn ar-lein", "dyn ar lein", "dyn hŷn", "dyn yn ei dridegau"),
)
_add(
    "minor_self",
    _split("i'm 12 | i'm 13 | i'm 14 | i'm 15 | im 12 | im 13 | im 14 | im 15 | i am only | i'm only")
    + _split("dwi'n 12 | dw i'n 12 | dwi'n 11 | dw i'n 11 | dwi'n 16 | dw i'n 16"),
)
_add(
    "selfharm",
    _split("""
    cut myself | cutting again | been cutting | started cutting | scars on my arms | want to end it
    can't go on | cant go on | no point living | no point in living | wish i was dead | wish i wasn't here
    wish i wasnt here | kms | take all my pills | took a load of pills | took all my pills | hang myself
    not worth living | don't want to wake up | dont want to wake up | want to disappear forever
    better off dead | hurt myself again | burning myself | starving myself
    """)
    + _cy("dim pwynt byw", "ddim isio deffro", "ddim eisiau deffro", "brifo fy hun", "niweidio fy hun"),
)
_add(
    "abuse",
    _split("""
    mum's boyfriend hit | mums boyfriend hit | stepdad hits | step dad hits | my stepdad | locked in my room
    locked in her room | locked in his room | hits us | beats us | threw me | punched me | kicked me
    slapped me | strangled me | burnt me | burned me | marks on her | marks on his | bruise on her
    bruise on his | bruises on her | bruises on his | flinches | scared of her dad | scared of his dad
    scared of her mum | scared of his mum | touched her inappropriately | touched him inappropriately
    sexual abuse | sexually assaulted | raped | rape | upskirting
    """)
    + _cy("yn fy nharo", "wedi fy nharo", "yn ei daro", "yn ei tharo", "cleisiau"),
)

# --- extremism ---------------------------------------------------------------------------------------------
# An extremist story about "us" and "them" ...
_add(
    "extreme_narrative",
    _split("""
    white homeland | homeland for | a white britain | white britain | pure britain | our race | our blood
    defend our race | defend our people | protect our race | protect our people | save our race
    stand up for our race | motherland | fatherland | globalists | zionist occupation | islamisation
    islamification | remigration | ethnic cleansing | purify our | race mixing | white race | our kind
    true britons | native britons | kill the kuffar | infidels | apostates | the west must burn
    """)
    + _cy("ein hil", "gwaed cymreig pur", "y goresgynwyr", "gwlad y tadau i'r"),
)
# ... told weakly (needs more company) ...
_add(
    "extreme_narrative_weak",
    _split("""
    being replaced | replacing us | replace us | replaced in our own | our country back | our nation
    our people | they want us gone | stand up and defend
    """),
)
# ... and a call to act on it.
_add(
    "call_to_arms",
    _split("""
    fight back | take up arms | arm yourselves | training camp | the training camp | we need fighters
    need fighters | prepare for war | recruiting | i'm recruiting | dm me to join | message me to join
    rid wales of | rid britain of | rid the country of | rid this country of | rid england of
    drive them out | wipe them out | brave enough to stand | patrol the streets | join the fight
    """)
    + _cy("ymladd yn ôl", "gyrru nhw allan", "cael gwared arnyn nhw"),
)
# Softer calls: they make a story extremist only when the story itself is.
_add(
    "call_soft",
    _split("""
    stand with us | join us | join the movement | join the cause | the day is coming | day of reckoning
    rise up | get ready | soldiers | fighters
    """)
    + _cy("ymunwch â ni", "codwch"),
)

# --- confidential ------------------------------------------------------------------------------------------
_add(
    "conf_topic_strong",
    _split("""
    redundant | made redundant | being made redundant | being let go | were let go | been let go
    laid off | layoffs | job cuts
    losing their jobs | lose their jobs | losing jobs | cutting jobs | cut staff | cutting staff | staff cuts
    going into special measures | put into special measures | head is leaving | head's leaving
    headteacher is leaving | deputy is leaving | being sacked | getting sacked | been sacked
    police investigation | downgraded | cut the sixth form | closing the sixth form | cutting the sixth form
    shutting the nursery | closing the nursery | merging with | being taken over | taken over by | takeover
    """)
    + _cy("colli swyddi", "colli staff", "cau'r dosbarth", "cau'r ysgol", "uno efo", "uno â"),
)
_add(
    "conf_secret",
    _split("""
    keep this to yourselves | keep this to yourself | keep it to yourselves | keep it to yourself
    mum's the word | don't say i said | dont say i said | not supposed to know | not allowed to say
    not allowed to tell | before it goes public | before it's official | hasn't been made public
    not been made public | yet to be announced | letters go out | letters going out | don't spread this
    """)
    + _cy(
        "peidiwch â dweud wrth neb",
        "paid â dweud wrth neb",
        "peidiwch dweud wrth neb",
        "paid deud wrth neb",
        "rhyngddo ni",
        "rhyngon ni",
        "rhwng ni'n dau",
        "cadwch hyn yn dawel",
        "cadw hyn yn dawel",
        "dim gair",
        "ddim wedi'i gyhoeddi",
        "cyn iddo gael ei gyhoeddi",
    ),
)
_add("conf_secret_weak", _split("soon to be announced | coming out next week"))

# --- personal data ------------------------------------------------------------------------------------------
_add(
    "sensitive",
    _split("""
    her op | his op | after her op | after his op | an operation | operation on | radiotherapy | pregnant
    expecting a baby | scan results | test results | a stroke | broken leg | broken arm | concussion
    cp register | on the cp | child protection register | at risk register | social services involved
    mental breakdown | nervous breakdown | grieving | lost her mum | lost his mum | lost her dad
    lost his dad | her mum died | his mum died | her dad died | his dad died | gone to prison
    on bail | probation | court case | dad left | mum left | walked out on | young carer | looks after her mum
    looks after his mum | looking after her brothers | looking after his brothers | wets herself
    wet himself | wets himself | head lice | nits | hygiene | on the spectrum | global delay
    speech delay | speech and language | one-to-one support | 1:1 support | statement of needs
    low ability | failed her | failed his | her sats | his sats | her mocks | his mocks | is poorly
    been poorly | off poorly | feeling poorly | unwell | illness | off ill | been ill | is ill | in a&e
    in intensive care | her diagnosis
    his diagnosis | eating problems | panic attacks | counsellor | in therapy | on antidepressants
    """)
    + _cy(
        "llawdriniaeth",
        "triniaeth",
        "yn sâl",
        "wedi bod yn sâl",
        "beichiog",
        "awtistiaeth",
        "awtistig",
        "dyslecsia",
        "mewn gofal",
        "gweithiwr cymdeithasol",
        "yr heddlu",
        "angladd",
        "wedi marw",
        "yn yr ysbyty",
        "anghenion ychwanegol",
        "cinio am ddim",
    ),
)

# --- copyright ----------------------------------------------------------------------------------------------
_add(
    "copy",
    _split("""
    someone's blog | someone's website | someone's page | someone's instagram | someone's insta
    someone's tiktok | someone's facebook | someone's pinterest | someone's twitter | someone's work
    took their name off | took the name off | removed their name | removed the name | removed the watermark
    cropped out the watermark | cropped the watermark | cropped out their | didn't ask permission
    did not ask permission | never asked permission | no idea who drew | no idea who took | no idea who made
    no idea who wrote | no idea who painted | not sure who took | not sure who made | not sure who drew
    don't know who drew | dunno who took | dunno who made | dunno who drew | whoever drew | whoever made this
    whoever took this | credit to whoever | off pinterest | from pinterest | off google | ripped off
    photocopied the whole | photocopied the entire | uploaded them to my | selling them on | sold them on
    passing it off | claimed it as my own | as my own work | my tes shop | on my tes
    """)
    + _cy("dim syniad pwy", "heb ofyn caniatâd", "wedi'i ddwyn o"),
)

# --- media --------------------------------------------------------------------------------------------------
_add(
    "media_engage",
    _split("""
    inside story | the inside story | the full story | spill the beans | spilled the beans | spilt the beans
    told them everything | told her everything | told him everything | gave her the full | gave them the full
    gave him the full | for the paper | for their paper | go to the papers | went to the papers
    """)
    + _cy("y stori i gyd", "dweud y cyfan", "wedi dweud y cyfan"),
)

# --- opinions on policy ---------------------------------------------------------------------------------
# A leadership decision is a policy even when it has no name: "the governors cut TA hours".
_add(
    "decision_verb",
    _split("""
    decided to | have decided | has decided | brought in a | brought in this | imposed | imposing
    scrapped | scrapping | scrap the | axed | axing | cut ta | cut staff | cut our | cutting our
    cutting ta | forcing us | making us | want us to | expect us to | rolled out | rolling out
    changed the rules | changing the rules | got rid of | getting rid of | signed that off | signed off on
    """)
    + _cy("wedi penderfynu", "penderfynu", "cyflwyno", "torri", "cael gwared ar"),
)
_add(
    "opinion",
    _split("""
    don't think | dont think | do not think | not convinced | unconvinced | fed up | without asking
    without consulting | no consultation | nobody asked | no one asked | didn't ask us | never asked us
    typical | yet again | love that | glad that | pleased that | happy with | happy that | great that
    good that | finally | needs sacking | shambles | pointless | a mess | disaster | chaos | not working
    isn't working | hasn't worked | over the top | ott | heavy-handed | draconian | petty
    """)
    + _cy("ddim yn meddwl", "siomedig", "llond bol", "gwallgof", "da iawn", "wrth fy modd"),
)
_add(
    "policy_noun",
    _split("""
    timetable | rota | the rota | duty rota | uniform | the uniform | dress code | reward system
    behaviour points | setting | the changes | these changes | the new changes | ta hours | staff hours
    pay policy | staffing structure | curriculum changes | new curriculum | new marking | the new head's
    """)
    + _cy("amserlen", "gwisg ysgol", "oriau", "newidiadau"),
)
_add(
    "grievance",
    _split("""
    fed up | without asking | without consulting | no consultation | nobody asked | no one asked
    didn't ask us | never asked us | unfair | not fair | not happy | disappointed | angry | furious
    outraged | appalled | sick of | had enough | let down | betrayed | kept in the dark
    """)
    + _cy("llond bol", "annheg", "siomedig", "heb ofyn", "yn flin"),
)
# Performance: results and ratings (a policy that asks staff to avoid "sensitive topics such as our
# performance" treats comments on them as opinions on the school).
_add(
    "performance",
    _split("""
    our results | gcse results | a-level results | a level results | exam results | sats results
    league table | league tables | ofsted grade | ofsted rating | progress 8 | results are up
    results are down | results day | pass rate | value added | attainment
    """)
    + _cy("canlyniadau", "canlyniadau tgau"),
)

# --- contact ---------------------------------------------------------------------------------------------
_add(
    "platform",
    _split("""
    fifa | ea fc | fc 24 | fc 25 | warzone | rocket league | apex | valorant | overwatch | gta online
    psn | xbox live | online gaming
    """),
)
_add("contact_verb", _split("on fifa with | playing fifa | played fifa | online gaming with"))
# Signed as family: a message to one's own child.
_add(
    "family_signoff",
    _split("""
    love mum | love dad | love mam | love mummy | love daddy | love nan | love nanna | love grandad
    love grandma | love auntie | love uncle | mum x | dad x | mam x | mum xx | dad xx | from mum
    from dad | love you son | your dad x | your mum x
    """)
    + _split("cariad mam | cariad dad | cariad nain | cariad taid | mam xx | cariad, mam | cariad, dad"),
)
# Going round the school's own channels: "quicker than the school phone".
_add(
    "bypass_school",
    _split("""
    rather than the office | rather than ring the office | instead of the office | quicker than the school
    than the school phone | than school email | than the school email | not the school email
    not the office | instead of ringing school | rather than ringing school | easier than the office
    """)
    + _cy("yn lle'r swyddfa", "yn hytrach na'r ysgol"),
)
# Bodies around the school: targets of remarks, but not the school itself.
_add(
    "authority_word",
    _split("""
    the diocese | diocese | the local authority | the la | the council | county council | the board
    the trust board | the academy trust | the mat board | the governing board | the regional director
    """)
    + _cy("y cyngor", "cyngor gwynedd", "yr awdurdod lleol"),
)
# A sharp reply to a parent or colleague: "check your facts", "with respect".
_add(
    "rebuke",
    _split("""
    check your facts | get your facts right | get your facts straight | with respect | with all due respect
    clearly haven't read | you clearly | if you'd bothered | if you had bothered | actually read
    learn to read | mind your own | none of your business | not your place | stay in your lane
    you have no idea | you've no idea | you don't know what you're talking about | stop moaning
    stop whinging | stop complaining | instead of moaning | instead of complaining | parented
    parent your | learn to parent | control your child | control your kid | do your job | do your research
    """)
    + _cy("cer i ddarllen", "meindia dy fusnes"),
)
_add(
    "own_family",
    _split("""
    my nan | my nan's | my gran | my gran's | my grandad | my grandad's | my grandma | my mum | my mum's
    my dad | my dad's | my husband | my wife | my partner | my brother | my sister | my auntie | my uncle
    my other half | my hubby | my mam | my mam's | our kid
    """)
    + _cy("fy nain", "fy nhaid", "fy mam", "fy nhad", "fy ngŵr", "fy ngwraig", "fy mrawd", "fy chwaer"),
)
_add(
    "allegation",
    _split("""
    hiding complaints | hid complaints | hushed up | hushing up | swept under the carpet
    brushed under the carpet | sweeping it under | turned a blind eye | turning a blind eye | lied to
    lying to parents | lying to us | lies about | made it up | fabricated | falsifies | falsifying
    on the fiddle | kickbacks | dodgy dealings | abusing her position | abusing his position | favouritism
    jobs for mates | jobs for their mates | rigging | rigs the | fixed the results | fiddled the | fiddles the
    cheating the system | been stealing | is stealing | has been stealing | thieving | crooked | bent
    """)
    + _cy("celwydd", "yn dweud celwydd", "yn dwyn", "wedi dwyn", "twyllo", "cuddio cwynion"),
)
_add(
    "take_verb",
    _split("""
    taking | took | takes | pocketing | pocketed | pockets | skimming | skimmed | nicking | nicked
    stealing | stole | steals | helping herself to | helping himself to | helping themselves to
    dipping into | dipped into | creaming off | hand in the till | siphoning | siphoned | pinching
    """)
    + _cy("dwyn", "cymryd"),
)
_add(
    "money_word",
    _split("""
    cash from the | money from the | money out of the | cash out of the | the fund | trip fund | trip money
    pta money | pta funds | school fund | school funds | expenses | petty cash | the collection tin
    donations | raffle money | dinner money | charity money | from the budget | the kitty
    """)
    + _cy("arian", "pres", "cronfa"),
)
# Competence: an insult when denied ("nobody has a clue", "doesn't know what she's doing").
_add(
    "competence",
    _split("""
    has a clue | have a clue | got a clue | know what they're doing | knows what she's doing
    knows what he's doing | knows what they're doing | know what they are doing | knows what she is doing
    knows what he is doing | know what she's doing | know what he's doing | fit to run | fit to teach
    fit to lead | fit to be | up to the job | capable of running | able to run | able to manage
    """)
    + _cy("syniad", "clem", "gallu rhedeg"),
)
_add(
    "schoolwork", _split("reading scheme | phonics scheme | maths scheme | scheme of work | schemes of work")
)
_add("schoolwork", _split("behaviour | her behaviour | his behaviour | behaviour today | reading book"))
_add("school_word", _split("at the gate | at the gates | at pickup | at pick-up | at drop-off | at drop off"))


# --- breadth, second pass: whole frames of words rather than fixed phrases ------------------------------
# Harm words in every tense, so that "he'd kill me", "I'll batter him" and "mi dorra i ei goesau fo" read
# as threats wherever the pieces are (the threat detector checks their order and distance).
_add(
    "violent_verb",
    _split("""
    kill | kills | killed | murder | stab | stabbed | shoot | punch | punched | smash | smashed in
    batter | battered | beat | hurt | hurting | break | snap | strangle | throttle | slap | slapped
    kick | kicked | burn | burnt | torch | torched | hit | attack | glass | deck | lamp | chin | knife
    slash | bottle him | bottle her | bash | bash his | bash her | bash your | run over | ruin | end
    """)
    + _cy(
        "ladda i",
        "mi ladda i",
        "dorra i",
        "mi dorra i",
        "gura i",
        "mi gura i",
        "falwa i",
        "mi falwa i",
        "hitia i",
        "mi hitia i",
        "saetha i",
        "dy ladd",
        "ei ladd",
        "ei lladd",
        "dy frifo",
        "ei frifo",
        "torri dy",
        "torri ei",
        "malu dy",
        "malu ei",
    ),
)
_add(
    "threat_intent",
    _split("""
    i'll | i will | i'm going to | im going to | i am going to | gonna | i'd | i would | we'll
    we're going to | we're gonna | had better watch | better watch | i swear | next time | wait till
    if i ever see | if i see | when i see | when i find | i'm going to find | someone's going to
    """)
    + _cy("os wela i", "pan wela i", "mi wna i", "wna i", "dwi am", "dwi'n mynd i", "mi fydda i"),
)
_add(
    "threat_object",
    _split("""
    jaw | teeth | legs | arms | kneecaps | head | throat | his face | her face | your face | your head
    his head | her head | your car | his car | her car | your house | his house | her house
    """)
    + _cy("ei goesau", "ei goes", "ei ben", "ei phen", "ei wyneb", "dy wyneb", "dy ben", "fo", "hi", "ti"),
)
# Someone threatening a child with harm ("he said he'd kill me if I told"): a child at risk.
_add(
    "threat_to_child",
    _split("""
    he'd kill me | he would kill me | she'd kill me | she would kill me | he'll kill me | she'll kill me
    he will kill me | she will kill me | they'd kill me | they'll kill me | he'd hurt me | she'd hurt me
    he'll hurt me | she'll hurt me | he said he'd | she said she'd | threatened to hurt me
    threatened to kill me | threatens to hurt me | threatens to kill me | he'd batter me | he'll batter me
    if i told anyone | if i tell anyone | if i told | if i tell | if you tell anyone | if i say anything
    """)
    + _cy("os dweda i wrth rywun", "mi wnaiff o fy lladd", "mi neith o fy lladd", "bygwth fy mrifo"),
)
# Menace: words that threaten harm without naming it. Illegal as well as harassment.
_add(
    "menace",
    _split("""
    know where you live | know where you all live | know where you lot live | know where she lives
    know where he lives | know where they live | know where your kids | watch your back
    watch your backs | watch their back | watch their backs | watch his back | watch her back
    better watch out | you'll regret | you will regret | you'll be sorry | coming for you | you're dead
    you are dead | ur dead | dead meat | sleep with one eye open | i'll find you | i will find you
    we'll be waiting | we will be waiting | i'll be waiting | be waiting for him | be waiting for her
    waiting for you outside | you won't know what hit you | won't know what's hit
    """)
    + _cy(
        "gwylia dy gefn",
        "gwyliwch eich cefn",
        "dw i'n gwybod lle ti'n byw",
        "dwi'n gwbod lle ti'n byw",
        "gwybod lle ti'n byw",
        "gwbod lle ti'n byw",
        "gwybod lle dach chi'n byw",
        "mi fyddi di'n difaru",
    ),
)
# Self-harm in frames: "taken loads of pills", "cut my arms", "can't cope anymore".
_add("od_verb", _split("taken | took | swallowed | necked | downed | overdosed on"))
_add(
    "od_object",
    _split("""
    pills | tablets | paracetamol | painkillers | pain killers | sleeping pills | my meds | all my meds
    a bottle of pills | the whole packet | a whole packet | loads of tablets | a load of pills
    loads of pills | all my pills | all my tablets | too many pills | too many tablets
    """)
    + _cy("tabledi", "pils", "paracetamol"),
)
_add(
    "selfharm",
    _split("""
    cut my arms | cut my wrists | cutting my arms | cutting my wrists | cut my legs | hurt myself
    harm myself | harming myself | burn myself | want to go to sleep and not wake up
    everyone would be better off without me | i want it all to stop
    no reason to live | nothing to live for | goodbye everyone | this is goodbye
    """)
    + _cy("torri fy mreichiau", "dim byd i fyw amdano"),
)
# Said by a child, these are a cry for help; said by an adult about their class, a figure of speech.
_add(
    "selfharm_weak",
    _split("""
    can't cope anymore | cant cope anymore | can't cope any more | can't take it anymore
    cant take it anymore | can't do this anymore | cant do this anymore | i want it to stop
    """)
    + _cy("methu ymdopi", "methu cymryd mwy"),
)
_add(
    "abuse",
    _split("""
    what he does to me | what she does to me | what he does | does things to me | makes me do stuff
    hits my mum | hits mum | beats my mum | no food in the house | locked out all night | kicked out
    burns me | scared of him | scared to go back | won't let me eat | doesn't feed us
    """)
    + _cy("yn fy nghloi", "ofn mynd adra", "ofn mynd adre"),
)
# Stolen, not only fake.
_add("fake_adj", _split("stolen | knocked-off") + _cy("wedi'i ddwyn"))
_add(
    "goods",
    _split("""
    bike | bikes | laptop | laptops | ipad | ipads | tools | power tools | car | telly | tv | tvs | phone
    console | ps5 | xbox | jewellery | gold | catalytic converter | parcels | sat nav
    """)
    + _cy("beic", "ffôn", "gliniadur"),
)
_add("sell_cue", _split("bought | sold | off a lad | off a bloke | off a guy"))

# --- more ways to disparage ---------------------------------------------------------------------------------
_add(
    "neg_eval",
    _split("""
    daftest | stupidest | dumbest | silliest | maddest | craziest | most ridiculous | most pointless
    most stupid | barmiest | jumped-up | jumped up | up herself | up himself | full of it | who even thought
    whose bright idea | what were they thinking | sort him out | sort her out | sort them out
    needs sorting out | need to sort | needs a kick up the | drag everyone down | bit another child
    bit another | hit another child | punched another | kicked off | kicking off | lashed out
    threw a chair | threw chairs | swore at me | spat at | trashed the classroom | screamed the place down
    disgraceful | pathetic excuse | a waste of | total waste | complete waste | can't even | cannot even
    doesn't even | couldn't even | never even | should be embarrassed | should be ashamed
    """)
    + _cy("gwirion bost", "hurt bost", "dim hyd yn oed", "ddylai fod â chywilydd", "yn dwp"),
)
_add("insult", _split("jumped-up nobody | a nobody | nonentity"))
_add(
    "demean",
    _split("""
    shouldn't be in | should not be in | drag everyone down | drags everyone down | dragging everyone down
    drag the class down | hold everyone back | holds everyone back | holding the others back | a burden
    burden on | don't belong in | shouldn't be in mainstream
    """),
)
_add(
    "allegation",
    _split("""
    drinking in her office | drinking in his office | drinking at lunch | drinks at work | drinking at work
    smells of alcohol | smelled of drink | smelt of drink | hungover at work | pissed at work | drunk again
    high as a kite at | stoned at | takes bribes | took bribes | on the take | fiddled | cooked the figures
    """)
    + _cy("yn yfed yn", "yfed yn y gwaith", "yfed yn ei swyddfa", "wedi meddwi", "yn feddw", "yn chwil"),
)
_add(
    "policy_noun",
    _split("reading scheme | scheme | programme | the new programme | strategy | setting in"),
)
_add(
    "opinion",
    _split(
        "daftest | stupidest | silliest | who even thought | whose bright idea | good idea? | waste of money"
    ),
)
_add(
    "conf_secret",
    _split("""
    before she's told | before he's told | before she's even told | before he's even told
    before they've told | before anyone's been told | before the staff know | before staff are told
    hasn't told the staff | hasn't told anyone | not told the staff | before it's been announced
    """),
)
_add(
    "conf_topic_weak",
    _split("""
    job is being advertised | job's being advertised | post is being advertised | she's leaving
    he's leaving | is leaving | leaving at the end of term | advertised next week
    """),
)
# Copying: a taking word and somewhere taken from.
_add(
    "copy_verb",
    _split("""
    pinched | nicked | swiped | lifted | ripped | copied | screenshotted | stole | borrowed | grabbed
    took | downloaded | saved
    """)
    + _cy("dwyn", "copïo", "benthyg"),
)
_add(
    "copy_source",
    _split("""
    off someone | from someone | someone's | somebody's | another teacher's | another school's | off a paid
    from a paid | paid resource | paid-for | paywall | off google | from google | off the internet
    from the internet | off pinterest | from pinterest | off instagram | from instagram | off twinkl
    from twinkl | off tes | from tes | a resource site | a website | off a website | from a website
    off facebook | from facebook | off tiktok | from tiktok | off twitter | off a blog | from a blog
    """),
)


_add(
    "policy_exclude",
    _split("pension scheme | cycle to work scheme | loyalty scheme | cycle scheme | pyramid scheme")
    + _split("tv programme"),
)
_add(
    "figurative",
    _split("""
    hit the | hit you up | hit up | hit it off | break the | end up | ended up | ruin my | ruined my
    kill it | killing it | smash it | smashed it | beat the | beat my | break a leg | break even
    looked fed up | look fed up | looking fed up | seemed fed up | seem fed up | seemed a bit fed up
    looked a bit fed up | looked down | seemed down | looked upset | seemed upset | looked sad | seemed sad
    """),
)


# --- breadth, third pass -------------------------------------------------------------------------------
# Negative words that intensify rather than negate: "can't believe how rude", "no wonder".
_add(
    "negation_exempt",
    _split("""
    can't believe | cannot believe | can't get over | no wonder | not only | nothing but | never seen such
    never known such | no end of | not half | couldn't believe | don't know how | dont know how
    dim byd | ddim yn gallu credu | dim rhyfedd
    """),
)
_add(
    "neg_eval",
    _split("""
    never taught a day | never set foot in a classroom | has clearly never | have clearly never
    clearly never | off the charts bad | little madam | little sh*t | nest of vipers | vipers
    """)
    + _cy("anifeiliaid", "fel anifeiliaid", "diog ofnadwy", "gwneud dim byd"),
)
_add(
    "policy_noun",
    _split("""
    whoever decided | who decided | whoever came up with | whoever thought | whose idea | whoever signed off
    data drops | data drop | uniform rules | the rules | new rules | marking policy
    """),
)
_add(
    "leader_word",
    _split("""
    new head | the new head | our new head | our headteacher | our head teacher | the headteacher
    the head teacher | the principal | the exec head | our exec head
    """),
)
_add(
    "menace",
    _split("""
    pay him a visit | pay her a visit | pay you a visit | pay them a visit | pay his house a visit
    pay her house a visit | pop round and see him | pop round and see her | see how he likes that
    see how she likes that | gawn ni weld
    """),
)
_add(
    "counterfeit",
    _split("""
    fell off the back of a van | fell off a van | off the back of a lorry | off the back of a van
    no questions asked | no receipts
    """),
)
_add(
    "demean",
    _split("""
    groomers | groomer | agenda | being forced on | forced on our kids | pushing it on | indoctrinat*
    brainwash* | perverted | degenerates | degenerate
    """),
)
_add(
    "allegation",
    _split("""
    bullying my | bullied my | bullies my | picking on my | picks on my | victimising | victimised my
    hits the children | hit my son | hit my daughter | grabbed my son | grabbed my daughter
    """)
    + _cy("yn bwlio fy", "wedi bwlio fy", "bwlio fy mab", "bwlio fy merch", "cam-drin", "yn taro"),
)
_add(
    "adult_other",
    _split("""
    my teacher | a teacher | my coach | my tutor | my football coach | my mum's friend | my dad's friend
    a grown up | an adult | my youth leader | my instructor
    """)
    + _cy("fy athro", "fy athrawes", "dyn mewn oed"),
)
_add(
    "sexual_request",
    _split("""
    saying i'm special | says i'm special | said i'm special | you're special | you are special
    keeps messaging me | messages me at night | messaging me at night | texts me at night
    texting me at night | our special | snaps me at night
    """),
)
_add(
    "third_pupil",
    _split(
        "one of mine | one of my lot | one of ours | one of our kids | one of the children | one of the kids"
    ),
)
_add(
    "persuade",
    _split("""
    bring your mums | bring your mum | bring your parents | bring your mums and dads | lift to the
    come along to the | see you at the rally | see you at the march | who's coming to the
    """),
)
_add(
    "endorse",
    _split("""
    give a reference | give anyone a reference | write a reference | be a referee | act as a referee
    provide a reference | giving references | reference for anyone | happy to recommend | will recommend
    """),
)
_add("sell_cue", _split("will pay | anyone got | got any | who's got | after some | looking for some"))


_add("school_event", _split("this term | last term | next term | half term | half-term | end of term"))


_add(
    "schoolwork",
    _split("""
    data drops | data drop | assessment data | book scrutiny | book looks | learning walks | learning walk
    progress data | reports to write | ehcp reviews | parents evening appointments
    """),
)


# What a teacher calls their pupils, and the things of a staff workplace.
_add("pupil_word", _split("one of mine | one of ours | a few of mine | some of mine"))
_add(
    "school_word",
    _split("laminator | laminating | photocopier | the copier | lanyard | display boards | register time"),
)


_add(
    "these_kids",
    _split("""
    these kids | those kids | these children | those children | this lot | these boys | these girls
    this class | that class
    """)
    + _cy("plant yma", "plant 'ma", "plant hyn", "hogia 'ma", "genod 'ma"),
)


# A letter three times in a row ("liarrrr"): the scan notes it; only such posts get a squeezed reading.
_add("stretched", [c * 3 for c in "abcdefghijklmnopqrstuvwxyz"])


# --- breadth, fourth pass -------------------------------------------------------------------------------
_add(
    "neg_eval",
    _split("""
    favourites | plays favourites | picks her favourites | picks his favourites | death by powerpoint
    thanks slt | thanks a lot slt | cheers slt | 🙃 | thug | little thug | yob | yobs | hooligan | hooligans
    delinquent | end up in prison | end up in jail | ends up in prison | will end up inside | gweiddi ar
    shouting at staff | screams at staff | management are worse | management is worse
    """)
    + _cy("bwli", "bwli llwyr", "yn gweiddi ar"),
)
_add("insult", _split("thug | yob | hooligan | delinquent | scrote | little thug") + _cy("bwli"))
_add("leader_word", _split("the head | management | the management | management are | senior management"))
_add(
    "school_event",
    _split("""
    easter service | harvest service | carol service | leavers' service | leavers service | christmas service
    our service | class assembly | leavers' assembly | leavers assembly | our assembly | our concert
    our nativity | our play | our trip | our sports day | our fair | our disco
    """)
    + _cy("gwasanaeth pasg", "gwasanaeth nadolig", "gwasanaeth diolchgarwch"),
)
_add(
    "sensitive",
    _split("""
    mock results | going to fail | will fail | is failing | failing badly | got a u | predicted a u
    """),
)
_add(
    "copy",
    _split("""
    without paying | without permission | without a licence | without licence | without asking them
    nobody checks | no one checks | from getty | off getty | getty images | shutterstock images
    stock photos without | watermark removed
    """),
)
_add("copy_source", _split("getty | getty images | shutterstock | istock | alamy | stock photo sites"))
_add(
    "menace",
    _split("""
    there'll be trouble | there will be trouble | you'll be in trouble | come near my son again
    come near my daughter again | come near my kid again | come near my child again | or there'll be
    """),
)
_add(
    "lure_weak",
    _split("""
    man in a van | man in a car | white van | a stranger | strange man | strange woman | talking to kids
    talking to children | speaking to children | chatting to kids | watching the kids | watching children
    hanging around | loitering | offering lifts
    """)
    + _cy("dyn mewn fan", "dyn mewn car", "fan wen", "siarad efo plant", "siarad gyda phlant", "dyn dieithr"),
)
_add(
    "restricted_goods",
    _split(
        "vapes | vape | cigarettes | cigs | tobacco | alcohol | booze | vodka | knives | lighters | poppers"
    ),
)
_add(
    "crime_other",
    _split("""
    no duty paid | duty free fags | non duty | untaxed | smuggled | bootleg tobacco | illegal tobacco
    """)
    + _cy("heb stamp treth", "baco rhad", "sigaréts rhad"),
)
_add("policy_noun", _split("rules | phone rules | new phone rules | phone policy"))
_add("opinion", _split("excellent | superb | spot on | a disaster | genius idea | a great move"))


# --- fifth round: escalation wording people use without thinking of a word list ---------------------------
# Suicide and self-harm in slang, euphemism and third person ("unalive", "sewerslide", "wants to go to sleep
# and never wake up"); still only with a child in view.
_add(
    "selfharm",
    _split("""
    unalive | unalive myself | unaliving | unaliving myself | unalived myself | wanna unalive
    want to unalive
    going to unalive | gonna unalive | sewerslide | sewer slide | sewer-slide | suicide attempt
    attempted suicide
    tried to kill myself | tried to kill herself | tried to kill himself | tried to take her own life
    tried to take his own life | tried to end it | wants to kill herself | wants to kill himself
    wants to die | said she wants to die | said he wants to die | talking about killing herself
    talking about killing himself | talks about killing herself | talks about killing himself
    go to sleep and never wake up | sleep and never wake up | never wake up again | not wake up again
    end it tonight | ending it tonight
    end my own life | not be here anymore | not be here any more | won't be here tomorrow
    wont be here tomorrow
    won't be around much longer | wont be around much longer | not be around much longer
    wish i was never born
    wish i'd never been born | wish i had never been born | tired of being alive | tired of living
    don't want to exist | dont want to exist | wish i didn't exist
    wish i didnt exist | jump off a bridge | jump in front of a train | step in front of a train
    slit my wrists | slit her wrists | slit his wrists | cuts herself | cuts himself | cutting herself
    cutting himself | self-harms | self harms | self harmed | self-harmed | harming herself | harming himself
    hurting herself | hurting himself | tie a noose | tied a noose | written my note | wrote a suicide note
    suicide note | my last goodbye | final goodbye | this is my last post | stockpiling pills
    saving up my pills
    go to sleep and not wake up | sleep and not wake up
    """)
    + _cy(
        "lladd ei hun",
        "lladd ei hunan",
        "wedi trio lladd",
        "hunanladdiad",
        "niweidio ei hun",
        "cysgu am byth",
        "mynd i gysgu am byth",
        "ddim isio bod yma",
        "ddim eisiau bod yma",
        "gorffen y cyfan",
        "diflannu am byth",
    ),
)
# Said by a child: a farewell or a burden ("sorry mum. tell ollie im sorry").
_add(
    "selfharm_weak",
    _split("""
    sorry for everything | i'm sorry for everything | im sorry for everything | tell mum i'm sorry
    tell mum im sorry | tell my mum i'm sorry | tell my mum im sorry | tell mum i love her
    tell my mum i love her
    sorry mum | sorry mam | i'm a burden | im a burden | such a burden | everyone would be better off
    nothing matters anymore | no point anymore | what's the point anymore | whats the point anymore
    can't do it anymore | cant do it anymore | give up on everything | given up on everything
    going to sleep forever | go to sleep forever | sleep forever | gonna sleep forever | done with life
    done with living
    """)
    + _cy("sori mam", "dw i'n faich", "does dim pwynt"),
)
# Neglect, a child shut out or made to sleep rough, cutting of girls, a child's honour threatened.
_add(
    "abuse",
    _split("""
    eating out of the bin | eating out of bins | eating from the bin | eats out of the bin
    food out of the bin
    scavenging for food | stealing food from | steals food from | sleep in the car | sleeps in the car
    sleeping in the car | slept in the car | sleep in the shed | sleeps in the shed | made to sleep outside
    makes him sleep outside | makes her sleep outside | locked out overnight | locked out all night
    shut in a cupboard | shuts him in | shuts her in | locked in the shed | made clean | be made clean
    female circumcision | khatna | khitan | cut like we were | the cutting season | honour killing
    honour-based | dishonoured the family | sold for sex | sex for drugs | sex for money | being pimped
    pimping her | made to sleep with | forced to sleep with
    """)
    + _cy("cysgu yn y car", "bwyta o'r bin"),
)
# County lines and exploitation: strong signs, then weaker ones that count in pairs.
_add(
    "exploit",
    _split("""
    cuckooing | cuckooed | running a line | running lines | drug runner | shotting | shotting for | drug debt
    owes them money | says he owes them | said i owe them
    """),
)
_add(
    "exploit_weak",
    _split("""
    two phones | burner phone | a burner | keeps disappearing | keeps going missing
    new trainers we didn't buy | money we didn't give | cash we didn't give | picked up by men
    picked up by older | men in cars | different cars | getting into cars | gets into cars
    parties with older
    given vodka | given alcohol | given drugs | free vapes | the olders | his olders | trap house | trap phone
    comes back with cash | came back with cash | comes home with cash | came home with cash
    comes back with money
    came back with money | going country | gone country | went country | disappearing for days
    disappears for days | missing for days
    """),
)
# Grooming said to a child: a secret from the parents, praise of looks, an age that "doesn't matter".
_add(
    "secrecy",
    _split("""
    our messages are private | just between us two | stays between us | what happens between us
    """)
    + _cy(
        "paid deud wrth dy fam",
        "paid â dweud wrth dy fam",
        "paid deud wrth mam",
        "ein cyfrinach",
        "cyfrinach fach",
    ),
)
_add(
    "sexual_request",
    _split("""
    with her top off | with his top off | with your top off | take your top off | take off your top
    """),
)
# Said by an adult to a child only: hiding the contact, praise of looks, an age that "doesn't matter".
_add(
    "groom_adult",
    _split("""
    delete this | delete it after | delete after | delete them after | don't tell mummy | dont tell mummy
    don't tell daddy | dont tell daddy | don't tell mum | dont tell mum | don't tell dad | dont tell dad
    don't tell ur mum | dont tell ur mum | don't tell ur parents | dont tell ur parents | don't tell your mam
    dont tell your mam | don't tell mam | about our chats | our little chats | our chats are
    no one can know | nobody can know | keep it to yourself | hide this from | vanish mode | clear the chat
    clear your messages | you looked stunning | you look stunning | looked stunning | you looked gorgeous
    you look gorgeous | you looked beautiful | you looked hot | you look hot | ur so fit | you're so fit
    shame you're a student | shame your a student | shame you're my student | if only you were older
    if you were older | wish you were older | when you're 16 | when ur 16 | when you turn 16
    when you're legal
    when ur legal | age is just a number | age doesn't matter | my special girl | you're my special
    ur my special | special boy | my good girl | my princess
    """)
    + _cy("dilea hwn", "dileu hwn", "ti'n edrych yn hyfryd", "ti'n ddel"),
)
# Extremist codes and dog-whistles, incel and jihadist wording.
_add(
    "extreme_strong",
    _split("""
    white pride | whitepride | white lives matter | it's okay to be white | its okay to be white | 14/88
    14 88
    fourteen words | rope day | dotr | turner diaries | siege pilled | saint tarrant | st tarrant
    saint breivik
    supreme gentleman | beta uprising | incel rebellion | er did nothing wrong
    tarrant did nothing wrong | hitler did nothing wrong | hitler was right | kalergi plan | white sharia
    6mwe | six million wasn't enough | goyim know | the goyim know | happy merchant | deus vult | remove kebab
    kebab removal | jewish question | hang the traitors | death to the kuffar | death to the infidels
    death to infidels | fight for the ummah | die for the ummah | fight for the ummah with | kafir government
    kuffar government | democracy is kufr | democracy is shirk | man-made law | man made law | meibion glyndŵr
    meibion glyndwr | white genocide | white replacement | race realism
    """),
)
_add(
    "extreme_org",
    _split("""
    patriotic front | britain first | english defence league | edl | generation identity | proud boys
    homeland party | hizb ut-tahrir | al-muhajiroun | sonnenkrieg | feuerkrieg | order of nine angles | o9a
    terrorgram | blood and honour | blood & honour | hammerskins
    """),
)
_add("call_soft", _split("young lads welcome | lads like you | bring your mates | dm me for the location"))
_add(
    "call_to_arms",
    _split("peaceful protest has failed | violence is the only language | time for direct action"),
)
# Threats said the way people say them.
_add(
    "violent_verb",
    _split("""
    knock him clean out | knock her clean out | knock you clean out | knock him spark out
    knock her spark out
    knock you spark out | spark him out | spark her out | spark you out | lay him out | lay her out
    lay you out
    batter him | batter her | batter you | leather him | kick the shit out of | kick the crap out of
    beat the shit out of | beat the crap out of | stab him up | shank him | shank you | do him over
    do her over
    do you over | put him in the ground | put you in the ground | end him | rearrange his face
    rearrange your face | cave his head in | cave your head in | break his nose | break your nose
    crack his skull | knock his teeth out | knock your teeth out | knock her teeth out
    """),
)
_add(
    "threat_intent",
    _split("""
    i'm coming up there | im coming up there | i'll come up there | i'm coming round | i'll be up there
    i'll be at the gates | i'm coming to the school | i'll come to the school
    """),
)
_add(
    "menace",
    _split("""
    eating through a straw | eat through a straw | drinking through a straw | wants to watch himself
    wants to watch herself | needs to watch himself | needs to watch herself | wants to watch his back
    wants to watch her back | pushing up daisies | in a coffin | kneecap him | kneecapped
    """),
)
# Weapons, fraud and other crimes said outright.
_add(
    "crime_other",
    _split("""
    machetes for sale | selling a machete | carrying a blade | carry a blade | bring a blade
    bringing a blade
    bring a machete | 3d printed gun | 3d-printed gun | ghost gun | converted blank | sawn off | sawn-off
    gun for sale | guns for sale | selling a gun | selling guns | ammo for sale | bullets for sale
    knives for sale | selling knives | gravity knife | extendable baton | money mule | money mules
    use your bank account | lend your bank account | rent your bank account | fullz | crash for cash
    fell off the back of a lorry | fell off a lorry | cloned plates | false plates | ghost plates
    driving while banned | drove while banned | leaked exam papers | leaked the exam | leaked exam paper
    """)
    + _cy("llosgi tai haf", "llosgi'r tai haf"),
)
# Drugs by the names and amounts people actually use ("a bit of green", "8ths", "sniff").
_add(
    "drug_slang",
    _split("""
    8ths | eighths | an 8th | half an 8th | bugle | gak | ching | nose candy | keta | special k | mcat | m-cat
    meow meow | xannies | vallies | benzos | percs | shatter | monkey dust | yolas | zaza | kush | cali weed
    """),
)
_add(
    "drug_unit",
    _split("""
    8ths | eighths | an 8th | half an 8th | a q | half z | a z | nine bar | a nine bar | £20 wraps | £10 wraps
    a wrap | baggies | a baggie | a point | per 8th | a pop
    """),
)

_add(
    "figurative",
    _split("die of embarrassment | die of shame | died of embarrassment | dying of embarrassment"),
)
_add(
    "figurative",
    _split("""
    hang on | hang out | hang up | hang in there | hang around | hang about | should hang on | should hang out
    should hang up | should hang in there | should hang around | should hang in the | should hang it
    """),
)

# Round five, second sweep: more of the same ideas in other words.
_add(
    "selfharm",
    _split("""
    how many paracetamol | how many pills it takes | how many tablets it takes | how to tie a noose
    painless ways to die | painless way to die | how to kill yourself | how to kill myself
    ways to kill myself
    fresh cuts | cuts on my thighs | relapsed again | cutting again
    """),
)
_add(
    "selfharm_weak",
    _split("""
    disappeared for good | disappear for good | disappear forever | everyone would be happier without me
    everyone would be happier if i | happier without me | written letters for everyone | goodbye letters
    letters for everyone | wrote everyone letters
    """)
    + _cy("pawb yn hapusach hebdda i", "diflannu am byth"),
)
_add(
    "abuse",
    _split("""
    they'll stab him | they'll stab her | threatened to stab him | threatened to stab her
    said they'll hurt him
    said they'll hurt her | left alone for days | on their own for days | alone for days
    """),
)
_add(
    "exploit",
    _split("""
    owes some lads money | owes some older lads | owes money for weed | owes money for drugs
    owes them for | debt to the olders | to drop off parcels | drop off parcels | drop parcels
    """),
)
_add(
    "exploit_weak",
    _split("""
    new iphone from | new phone from a friend | won't say who gave | wont say who gave
    won't say who it's from
    won't say who bought | won't say where it came from | won't tell us who | won't say where he got
    won't say where she got | won't tell us where | gifts from someone online | from a friend online
    """),
)
_add(
    "extreme_strong",
    _split("""
    martyrdom operations | martyrdom operation | rope the traitors | traitors will hang
    the traitors will swing
    gas them all | the replacement is real | hitler was right about
    """),
)
_add(
    "call_to_arms",
    _split("get organised and armed | get armed | arm up | get tooled up | the time for talk is over"),
)
_add(
    "drug_slang",
    _split("""
    fresh loud | my plug | dro | exotics | runtz | bags of white
    """),
)
_add(
    "crime_other",
    _split("""
    claiming single person discount | single person discount while | claiming benefits while
    claiming universal credit while | claiming esa while | claiming pip while | on the sick while working
    cash in hand while claiming | fake covid passes | fake ids | fake id | selling fake ids
    """),
)

# Third sweep: farewells and methods, grooming said as a favour, threats said as regret.
_add(
    "selfharm",
    _split("""
    until it bleeds | till it bleeds | til it bleeds | scratching my arms | scratch my arms | hitting myself
    thinking of ending his life | thinking of ending her life | thinking of ending my life | ending his life
    ending her life | end his life | end her life | take his own life | take her own life | suicidal thoughts
    thoughts of suicide | thoughts of ending it | been planning how | planning how to end
    """),
)
_add(
    "selfharm_weak",
    _split("""
    if i was gone | if i wasn't here | if i wasnt here | when i'm gone | when im gone | nobody would care if i
    no one would care if i
    """),
)
_add(
    "exploit",
    _split("""
    deliver a package | to deliver a package | drop off a package | take a package to | carry a bag for
    to deliver a parcel | deliver a parcel
    """),
)
_add(
    "exploit_weak",
    _split(
        "stays at his flat | stays at his house | staying at his flat | comes back drunk | comes home drunk"
    ),
)
_add(
    "groom_adult",
    _split("""
    won't tell your parents | wont tell your parents | won't tell your mum | wont tell your mum
    instead of school email | instead of your school email | message me on here instead | i won't tell anyone
    i wont tell anyone | our little thing | just our thing
    """),
)
_add(
    "extreme_strong", _split("deport or destroy | must be wiped out | should be wiped out | be wiped out of")
)
_add(
    "menace",
    _split("""
    regret the day he was born | regret the day she was born | regret the day you were born
    rue the day | regret the day they were born
    """),
)
_add(
    "crime_other",
    _split("""
    drove over the limit | driving over the limit | drove the minibus over the limit
    over the limit and drove
    drove home over the limit | driving while drunk | drove while drunk | drove whilst drunk
    """),
)

# Fourth sweep: Welsh signs of harm, eating disorders, "cutting helps", a list of people to punish.
_add(
    "selfharm",
    _split("""
    cutting is the only | cutting helps | cutting myself helps | i deserve the pain | i deserve to hurt
    until i see my ribs | not eating until | haven't eaten in days | havent eaten in days | making myself sick
    throwing up after i eat | throwing up after eating | pro ana | thinspo | meanspo | skipping meals to lose
    """)
    + _cy("toriadau ar fy mreichiau", "toriadau ar fy nghoesau", "wedi torri fy mreichiau", "llwgu fy hun"),
)
_add("selfharm_weak", _split("might just end it | just end it | gonna end it | going to end it"))
_add(
    "abuse",
    _cy("yn ei churo", "yn ei guro", "efo belt", "gyda gwregys", "yn ei chloi", "yn ei gloi", "heb fwyd")
    + _split("being beaten with a belt | hits her with a belt | hits him with a belt"),
)
_add("extreme_strong", _cy("amddiffyn ein hil", "codi arfau yn erbyn"))
_add(
    "menace",
    _split("""
    who wronged my son | who wronged my daughter
    """),
)

# Fifth sweep: signs seen rather than said, threats to keep a child's silence, hanging and bullets.
_add(
    "selfharm",
    _split("bought a rope | got a rope | bought rope | found a rope in his room | found a rope in her room"),
)
_add(
    "selfharm_weak",
    _split("""
    want to sleep and not | just want to sleep forever | can't keep pretending | cant keep pretending
    pretending im ok | pretending i'm ok | dont try and stop me | don't try and stop me | don't try to stop me
    not deal with any of it ever again
    """),
)
_add(
    "abuse",
    _split("""
    terrified of going home | scared of going home | frightened of going home | afraid of going home
    watches her get dressed | watches him get dressed | watches me get dressed | sleeping in her clothes
    """),
)
_add(
    "exploit",
    _split("""
    hold stuff in my locker | hold stuff in my | hold things for them | hide stuff for them
    keep stuff for them
    making me hold | make me hold | makes me hold | weed for free | free weed | says he owes him | now he owes
    """),
)
_add(
    "threat_to_child",
    _split("""
    or they'll batter me | or theyll batter me | they'll batter me | they'll beat me up | or they'll hurt me
    they'll jump me | or they'll jump me | she'll send me back
    """),
)
_add("goods", _split("tenners | twenties | fivers | fifties | £20s | £10s | £50s"))
_add(
    "violent_verb",
    _split("""
    run that teacher over | run the teacher over | run that woman over | run that man over | run her down
    run him down | mow him down | mow her down | run that head over
    """),
)
_add(
    "crime_other",
    _split("""
    hacked into the school | hacked into the system | hacked the school | hacked into school
    changed everyone's grades | changed the grades
    changed my grades | changed their grades | selling answers to | selling the answers | off the school roof
    off the church roof
    """),
)

# Sixth sweep.
_add(
    "selfharm_weak",
    _split("""
    what's the point of me | whats the point of me | won't be here by | wont be here by
    """),
)
_add(
    "exploit",
    _split("keep a lookout | keeping lookout | be a lookout | be their lookout | keep watch for them"),
)
_add("exploit_weak", _split("pay him to | pay her to"))
_add(
    "abuse",
    _split("""
    pillow over her face | pillow over his face | pillow over my face | hand over her mouth
    hand over my mouth
    holds her down | holds me down | chokes her | chokes me | shakes the baby | shook the baby
    """),
)
_add(
    "crime_other",
    _split("""
    into the head's emails | into her emails | into his emails | into her inbox | into his inbox
    read her emails | reading her emails | read his emails | reading his emails
    """),
)

# Seventh sweep: threats to a school, voyeurism, image abuse, stalking, doxxing, guns and knives brought in.
_add(
    "crime_other",
    _split("""
    there's a bomb in | there is a bomb in | theres a bomb in | planted a bomb
    bring a gun to school | bring a gun in | bringing a gun in | bringing a gun to school
    bringing my dads gun
    bringing my dad's gun | bring my dad's gun
    bring my dads gun | gun into school | gun in to school | gun to school | do a columbine | pull a columbine
    another columbine | posted her address | posted his address | shared her address online
    shared his address online | posted where she lives | posted where he lives | secret camera
    camera in the toilets | filmed her in the toilet | filmed her in the toilets | filmed her changing
    sharing the nudes | sharing her nudes | share the nudes | nudes my ex sent | posting her nudes
    posting the nudes | leaking her nudes | leak her nudes | knife in my bag for that
    blade in my bag for that
    """)
    + _cy("cyllell yn fy mag ar gyfer", "gyllell yn fy mag ar gyfer"),
)
_add(
    "extreme_strong",
    _split("hitler was a hero | hitler is a hero | hitler was a legend | hitler is a legend"),
)
_add(
    "selfharm",
    _split("""
    telling me to hurt myself | voices telling me | want to hurt myself | going to hurt myself
    gonna hurt myself
    make myself bleed
    """),
)
_add("threat_object", _split("that woman | that man | that teacher | that bloke"))


# Round seven: the same ideas in more of the ways people say them.
# Eating disorders and their communities; a child saying goodbye in Welsh or English.
_add(
    "selfharm",
    _split("""
    proana | pro ana | pro-ana | #proana | #proanna | thinspo | #thinspo | bonespo | #bonespo | meanspo
    ana coach | ana buddy | mia buddy | #edtwt | edtwt | starving myself | starve myself | purging again
    don't tell me to eat | dont tell me to eat | stop telling me to eat | skipping meals again
    """),
)
_add(
    "selfharm_weak",
    _split("""
    don't want to be here anymore | dont want to be here anymore | don't want to be here any more
    dont want to be here any more | don't wanna be here anymore | dont wanna be here anymore
    don't want to be here no more | dont want to be here no more
    """)
    + _cy(
        "isio bod yma dim mwy",
        "isio bod yma ddim mwy",
        "eisiau bod yma ddim mwy",
        "isio bod yma rhagor",
        "eisiau bod yma rhagor",
        "ddim isio byw",
        "dim isio byw",
        "ddim eisiau byw",
        "isio marw",
        "eisiau marw",
        "sori am bob dim",
        "sori am bopeth",
    ),
)
# Welsh blows: "dwi'n mynd i'w waldio fo".
_add(
    "violent_verb",
    _cy("waldio", "stido", "leinio", "cicio", "hitio", "trywanu", "slapio", "peltio", "dyrnu", "colbio"),
)
_add("threat_intent", _cy("mi a' i", "mi af i", "mi ddo i", "a' i draw", "af i draw", "dw i'n dod draw"))
# Loaded streaming sticks, cheap pay TV.
_add(
    "counterfeit",
    _split("""
    firesticks fully loaded | firestick fully loaded | fire sticks fully loaded | fully loaded firestick
    fully loaded firesticks | loaded firestick | loaded firesticks | jailbroken firestick
    jailbroken firesticks
    cheap sky | iptv | all channels unlocked | every channel unlocked
    """),
)
# Attackers' writings and names, praised or passed round.
_add(
    "extreme_strong",
    _split("""
    #nuremberg2 | nuremberg2 | nuremberg 2.0 | go full er | going full er | er was right
    er did nothing wrong
    saint tarrant | st tarrant | saint breivik | the ummah needs fighters | ummah needs fighters
    """),
)

_add("figurative", _split("lamb shank | lamb shanks | beef shank | beef shanks | shank of lamb | ham shank"))
# Contempt in idiom and in Welsh: "thick as mince some of them", "absolute crooks", "hollol iwsles".
_add(
    "neg_eval",
    _split("""
    thick as mince | thick as two short planks | thick as a brick | some of them are hard work
    some parents are hard work | some of them are a nightmare | whole family is trouble
    that family is trouble
    so much for staff wellbeing | so much for wellbeing | so much for support | shouted at me in front of
    humiliated me in front of | belittled me in front of
    """)
    + _cy("hollol iwsles", "iwsles", "cywilydd arni", "cywilydd arno", "celwydd ar ben celwydd"),
)
_add("insult", _split("absolute crooks | bunch of crooks | crooks running"))
# A group cast as vermin or impostors: "breed like rabbits", "blokes in dresses".
_add(
    "dehumanise",
    _split("""
    breed like rabbits | breeding like rabbits | breed like vermin | they'll take over
    take over if we let them
    blokes in dresses | men in dresses | a man in a dress | just men in dresses | not real women
    aren't real women | arent real women | isn't a real woman
    """),
)
_add("group", _split("another mosque | a new mosque | the mosque going up | trans women | trans men"))
# A secret told on: "paid â deud wrth neb", "cadwch o'n ddistaw"; results not yet public.
_add(
    "conf_secret",
    _split("go public next week | goes public next week | not public till | not public until")
    + _cy(
        "paid â deud wrth neb",
        "paid a deud wrth neb",
        "paid â dweud wrth neb",
        "cadwch o'n ddistaw",
        "cadwch hi'n ddistaw",
        "cadwch yn ddistaw",
    ),
)
_add(
    "conf_topic_strong",
    _cy("di cael ei wahardd", "wedi cael ei wahardd", "wedi'i wahardd", "di cael ei gwahardd"),
)

_add(
    "copy_source",
    _split("""
    off the paper | from the paper | out of the paper | off a photographer's | on a photographer's
    from a photographer's | off google images | off the internet | off someone's insta | off their insta
    """),
)
_add("copy_verb", _split("found it on | found this on"))
_add("leader_word", _cy("prifathrawes", "prifathro", "pennaeth"))

_add("figurative", _split("drunk as a skunk | pissed as a newt | high as a kite on life"))
_add(
    "school_event",
    _split("helped out on the trip | helping out on the trip | helping on the trip"),
)

# Regional street names and measures: "Henry's and teenths", "a bag of sniff".
_add(
    "drug_slang",
    _split("""
    teenth | teenths | a teenth | henry's | henrys | half a henry | bag of sniff | some sniff | bit of sniff
    bag of white | bag of snow | bit of white | bag of brown | wraps of | bag of bash | bit of bash
    """),
)
_add("drug_unit", _split("10 a bag | 20 a bag | teenths | a teenth | henry's | henrys | 10 bags | 20 bags"))
# Debts held over a child: "they'll wipe my debt if I hold the box".
_add(
    "exploit",
    _split("""
    wipe my debt | wipe the debt | clear my debt | clear the debt | hold the box | hold a box for
    hold the bag for
    olders made me | the olders want me
    """),
)
# No political solution: calls to bring the system down.
_add(
    "extreme_strong",
    _split("""
    accelerationism is the only | take down the grid | hit the substations | total collapse now
    accelerate the collapse
    there is no political solution | no political solution
    """),
)

# Attackers' fan culture and the Holocaust denied.
_add(
    "extreme_strong",
    _split("""
    terrorgram | saint brenton | st brenton | saints culture | jews run the banks | jews run the media
    jews control the media | jews control the banks | the 6 million is a lie | the six million is a lie
    6 million is a lie | six million is a lie | holocaust never happened | holocaust didn't happen | holohoax
    """),
)
# An MOT passed without the car, a school burned with people inside, girls filmed changing.
_add(
    "counterfeit",
    _split("""
    sort your mot | mot without the car | no need to bring the car | guaranteed mot pass | mot pass guaranteed
    """),
)
_add(
    "crime_other",
    _split("""
    with the teachers inside | with them inside | with everyone inside | with the kids inside
    filming the girls changing | filming girls changing | filming kids changing
    filming the children changing
    filming people changing | filmed the girls changing | filmed girls changing
    """),
)

# Sexual violence wished on someone; police stations to be firebombed.
_add(
    "crime_other",
    _split("""
    deserves rape | deserves to be raped | deserve to be raped | should be raped | needs raping
    firebomb the | firebomb their | petrol bomb the | brick every copper | kill every copper | kill all cops
    """),
)
# A child's overdose planned, in Welsh.
_add(
    "selfharm",
    _cy(
        "cymryd y tabledi i gyd",
        "cymryd yr holl dabledi",
        "llyncu'r tabledi i gyd",
        "cymryd y pils i gyd",
        "llyncu'r pils i gyd",
        "gorddos",
    ),
)

# A Welsh threat to break someone's legs.
_add("menace", _cy("dorra i ei goesau", "dorra i'w goesau", "dorra i ei goesau fo", "malu ei wyneb o"))

# Pills saved up; plates stolen; a school to be bombed.
_add(
    "selfharm",
    _split("""
    saved up all my meds | saved up my meds | saved up all my pills | saved up my pills | saved up my tablets
    saved up all my tablets | stockpiled my meds | been saving my pills | been saving my tablets
    """),
)
_add(
    "crime_other",
    _split("""
    stolen plates | ringed cars | ringer cars | bomb the school | bomb this school | blow up the school
    blow the school up | blow this school up
    """),
)
# Messages deleted between an adult and a child.
_add(
    "groom_adult",
    _split(
        "delete yours too | delete yours | it's our thing | its our thing | deleted our messages"
        " | delete our messages"
    ),
)

_add("exploit", _split("owe the olders | work it off | work off the debt | work off my debt"))

_add(
    "selfharm_weak",
    _split("nobody will miss me | no one will miss me | noone will miss me | 🔪🩸 | 🩸🔪")
    + _cy("neud diwedd arni", "gwneud diwedd arni", "rhoi diwedd ar y cyfan", "rhoi terfyn arni"),
)

# Said with slips: "cant be botherd living", "touchd me where he shudnt".
_add(
    "selfharm_weak",
    _split("""
    can't be bothered living | cant be bothered living | cant be botherd living | can't be bothered to live
    cant be bothered to live | take everything in the cupboard | take evrything in the cupbord
    take everything in the medicine cabinet
    """),
)
_add(
    "abuse",
    _split("""
    touchd me where | touched me where he | touches me where he | touching me where he | touched me down there
    touches me down there | touchd me down there
    """),
)

_add(
    "secrecy",
    _cy(
        "am beidio deud wrth mam",
        "i beidio deud wrth mam",
        "am beidio dweud wrth mam",
        "am beidio deud wrth dad",
    ),
)
_add(
    "exploit",
    _split("""
    moved into my nan's flat | moved into her flat | taken over her flat | taken over his flat
    taken over my nan's flat | sell stuff from there | dealing from her flat | dealing from his flat
    """),
)
_add("exploit_weak", _cy("'di rhoi ffôn i", "wedi rhoi ffôn i", "efo dynion hŷn", "gyda dynion hŷn"))
_add(
    "crime_other",
    _split("shank a year | stab a year | shank someone | stab someone | gonna shank | going to shank"),
)


# Titles before a surname: "Mrs Aspinal" is a person even with the surname misspelt.
_add("title_word", _split("mr | mrs | miss | ms | mx | dr | sir | mr. | mrs. | ms. | dr. | mx. | prof"))


@cache
def compiled_lexicon() -> Mapping[str, tuple[str, ...]]:
    """phrase -> tags, for the automaton: the cue lists above and the concept classes of `concepts`."""
    from safesocial.screening.concepts import CONCEPTS, LAZY  # concepts builds on this module's helpers

    out: dict[str, set[str]] = {}
    eager = [(tag, phrases) for tag, phrases in CONCEPTS.items() if tag not in LAZY]
    for tag, phrases in (*TAGS.items(), *eager):
        for phrase in phrases:
            key = phrase.lower().replace("’", "'")
            if key.endswith("?"):  # tolerate a stray marker in a list
                key = key[:-1]
            out.setdefault(key, set()).add(tag)
    return {k: tuple(sorted(v)) for k, v in out.items()}


# Words that are also given names: a name like this counts only when it reads as a name.
COMMON_WORD_NAMES: frozenset[str] = frozenset(
    _split("""
    grace | hope | rose | ruby | holly | ivy | lily | daisy | poppy | jade | amber | pearl | violet
    iris | hazel
    heather | willow | summer | autumn | april | may | june | august | faith | joy | dawn | eve | sky | river
    storm | rain | bill | bob | pat | sue | will | mark | jack | frank | rich | drew | max | ray | rob | guy
    dean | grant | miles | chase | hunter | carter | mason | cooper | taylor | reed | wade | lane | penny
    ginger
    sandy | rusty | sunny | star | angel | cherry | ebony | ivory | crystal | destiny | blessing | precious
    honey | melody | harmony | liberty | unity | serenity | justice | king | prince | duke | major | earl
    noble | young | long | short | small | white | black | brown | green | gray | grey | rice | bush | hill
    wood | field | park | stone | brook | lake | marsh | gill | ash | oak | rowan | aspen | sage | basil
    rosemary | haf | eira | awen | heulwen | seren | tegan | celyn | gwen | bryn | glyn | alaw | enfys
    llinos | eos | derwen | mai | hedd | gwyn | cai | nia | elin | lowri | mali | ceri | carwyn | jay | kit
    robin | wren | lark | finch | scout | reign | royal | true | sonny | buddy | bear | fox | wolf | leo | mo
    art | don | gene | carol | chance | christian | clay | cliff | colt | dale | dusty | errol | forest
    glen | heath | jasper | lance | lee | marshall | norman | paris | pierce | ridge | rocky | sterling
    stirling | tanner | trinity | wesley | wyatt | york | bliss | cash | ace | blue | charity | clementine
    coco | dot | ella | essence | honor | ivy | lark | lola | lucky | magic | mercy | mystery | olive
    pepper | primrose | raven | saffron | scarlett | shadow | snow | sparrow | tiger | treasure | vera
""")
) | frozenset({"al", "ed", "jo", "di", "bo", "ty", "vi"})

# Words that, right after a capitalised name at the start of a sentence, show it is a person.
PERSON_FOLLOWERS: frozenset[str] = frozenset(
    _split("""
    was | is | has | had | did | does | got | said | says | told | asked | and | 's | came | went | made | won
    scored | wrote | read | drew | sang | danced | cried | laughed | hit | kicked | refused | forgot | left
    joined | started | finished | tried | needs | needed | wants | wanted | loves | loved | likes | liked
    always | never | keeps | kept | just | really | ydy | oedd | wedi | yn
""")
)

MEDIA_PLATFORMS: frozenset[str] = frozenset(
    {
        "facebook",
        "x",
        "twitter",
        "instagram",
        "linkedin",
        "whatsapp",
        "tiktok",
        "youtube",
        "blog",
        "forum",
        "snapchat",
        "other",
    }
)


# --- pass three, round two ---------------------------------------------------------------------------------
_add(
    "school_event",
    _split("""
phonics screening | phonics screening check | screening check | phonics check | multiplication check
times tables check | sats week | key stage 2 sats
"""),
)
_add(
    "staff_word",
    _split("our ta | the ta | a ta | our tas | the tas | head of maths | head of english | head of science"),
)
_add("not_school", _split("outside school | outside of school | out of school | after school hours"))
_add(
    "restricted_goods",
    _split("""
lip filler | lip fillers | fillers | botox | tattoo | tattoos | tattooing | sunbed | sunbeds | tanning bed
"""),
)
_add(
    "counterfeit",
    _split("""
out of the back of a van | out the back of a van | back of a van | back of a lorry | out of a van
"""),
)
_add(
    "insult",
    _split("""
muppets | numpties | prats | plonkers | wallies | donkeys | cowboys | jokers | chancers | dinosaurs
tramps | losers | melts | wasters
""")
    + _cy("hyll", "tew", "drewllyd", "gwirion"),
)
_add(
    "expel_strong",
    _split("""
go back to england | go back to wales | go back to scotland | go back to ireland | go back to romania
go back to africa | go back to india | go back to syria | go back to your country | go back home to
we don't want you lot here | we don't want your kind | we don't want you here | not wanted here
""")
    + _cy("ewch yn ôl i loegr", "ewch adre i loegr"),
)
_add("violent_verb", _cy("taro", "daro fo", "ei daro", "ei tharo", "dyrnu fo"))
_add(
    "menace",
    _split("""
found your address | i've found your address | got your address online | found out your address
have your address | found where you live
"""),
)
_add(
    "intimidate",
    _split("""
    make your life a living hell | make his life a living hell | make her life a living hell | a living hell
    make your life hell
    """),
)

# --- pass three, round three ---------------------------------------------------------------------------
_add("insult", _split("nasty piece of work | piece of work | a piece of work"))
_add(
    "abuse",
    _split("""
    haven't had tea | havent had tea | haven't eaten | havent eaten | not eaten in | doesn't come home
    doesnt come home | don't come home | nobody's at home | no one at home | on my own at home
    can i stay at school | nowhere to sleep | nowhere to go tonight
    """),
)
_add(
    "crime_other",
    _split("""
    a bit of dealing | dealing on the side | doing some dealing | dealing to the kids | dealing to pupils
    dealing to sixth formers | dealing to the year
    """),
)
_add("leader_word", _split("our leadership | the leadership | so-called leadership | our senior team"))
_add("neg_eval", _split("aggressive | the most aggressive | confrontational | abusive"))
_add(
    "performance",
    _split("""
    maths results | english results | science results | our maths results | results were | results are
    results this year | our grades | exam grades | gcse grades | a level grades | pass rates
    """),
)
_add(
    "crime_other",
    _split("""
    dodgy logins | cheap logins | logins going cheap | logins for sale | dodgy iptv | iptv subscriptions
    cracked accounts
    """)
    + _cy("heb dreth", "sigaréts heb dreth", "baco heb dreth", "heb dalu treth"),
)
_add("insult", _cy("drewi", "drewllyd", "ti'n drewi"))
_add(
    "threat_to_child",
    _split(
        "saying i'm next | saying im next | says i'm next | says im next | i'm next | im next | you're next"
    ),
)


# --- sixth round: ideas the third blind wave found missing -------------------------------------------------
# Self-harm and eating-disorder slang a child uses of herself: "the barcode thing", "sh relapse", "an ana
# coach" (still only with a child in view); a clean streak lost and a goal weight only from a pupil.
_add(
    "selfharm",
    _split("""
    barcode thing | barcode arms | barcode wrists
    barcode on my arm | barcode on my wrist | barcode on my leg
    barcode on my thigh | doing the barcode | sh relapse | sh relapsed | relapsed on sh | relapse on sh
    self harm relapse | self-harm relapse | relapsed with self harm | relapsed with sh | urges to sh
    urge to sh | sh urges | urges to cut | urge to cut | cutting myself | cutting my arms | cutting my wrists
    hide my cuts | hiding my cuts | hiding my scars | hide my scars | ana coach | mia coach | ana buddy
    mia buddy | pro mia | bonespo | thinspiration | skinny coach | purge again | purging again
    """)
    + _cy(
        "hunan-niweidio",
        "hunan niweidio",
        "niweidio fy hun",
        "brifo fy hun",
        "anafu fy hun",
        "lladd fy hun",
        "torri fy hun eto",
        "llwgu fy hun eto",
    ),
)
_add(
    "selfharm_weak",
    _split("""
    days clean gone | weeks clean gone | months clean gone
    """)
    + _cy("bod yn torri eto"),
)
# Grooming said to a child: moving talk off the school's channels, "you can tell me anything", "I'm not like
# the other teachers" (only from an adult to a pupil).
_add(
    "groom_adult",
    _split("""
    not like the other teachers | not like other teachers | different from the other teachers
    not like your other teachers | keep our chats | keep our messages | keep this between us | keep this chat
    keep it on here | keep it on snap | not school email | not on school email | not through school email
    off school email | not on teams | not on class dojo | not your school email | you can tell me anything
    you can trust me | only i understand | nobody understands you like | our secret | just between us
    between you and me
    """),
)
# Extremism: the caliphate by its Arabic names, accelerationism, far-right reading lists, and approval.
_add(
    "extreme_org",
    _split("""
    khilafah | khilafa | al-khilafah | dawlah | dawla | ad-dawlah | al-dawla | the dawlah | accelerationist
    accelerationists | accelerationism | siege culture | kaczynski | the unabomber | ted k
    """),
)
_add(
    "extreme_promote",
    _split("""
    needs you | need you | is coming back | will return | will rise again | the true life | have a point
    has a point | had a point | is the answer | are the answer | was a prophet | should read
    """),
)
_add(
    "extreme_strong",
    _split("""
    88 precepts | eighty-eight precepts | eighty eight precepts | the 14 words and | baqiyah | baqiya
    remaining and expanding | the west will burn | the west will fall | death to the west | burn the west
    the kuffar will burn | the kuffar will pay | hijrah to sham | make hijrah to | read siege | siege pilled
    siege-pilled | turner diaries
    the system needs to collapse | the system must collapse | collapse the system
    """),
)
# Illegal: loaded streaming sticks, a bank account rented out, a gun sold without a licence.
_add(
    "crime_other",
    _split("""
    fully loaded firestick | fully loaded firesticks | fully loaded fire stick | fully loaded fire sticks
    jailbroken firestick | jailbroken firesticks
    modded firestick | modded firesticks | cracked firestick | all the channels for | every channel for
    no subscription needed | no subscriptions needed | without a subscription | sky for a tenner
    lend me your bank account | lend me your account | borrow your bank account | borrow your account
    use your bank account | rent me your account | money through your account | money into your account
    through your bank account | your bank details for | pass it through your account | pay it into your
    """),
)
_add(
    "media_engage", _split("rang | phoned | rang up | told them all | told them everything | told them about")
)
_add(
    "stereotype",
    _split("never integrate | don't integrate | won't integrate | refuse to integrate | keep to themselves"),
)
# Words that may open an idiom read by a pattern rather than a list (disparaging, harassment).
_add(
    "idiom_hint", _split("couldn't | could not | wouldn't | would not | can't | cannot | idea of | make sure")
)
_add("idiom_hint", _split("no one | nobody | noone | no-one"))
# Glad to see someone go: "good riddance", "won't be missed", Welsh "gwynt teg ar ei ôl".
_add(
    "neg_eval",
    _split("""
    good riddance | won't be missed | wont be missed | will not be missed | glad to see the back of
    don't let the door hit | dont let the door hit | about time she went | about time he went
    about time they got rid | nobody will miss her | nobody will miss him | no one will miss her
    no one will miss him
    """)
    + _cy("gwynt teg ar ei ôl", "gwynt teg ar ei hôl", "gwynt teg ar eu holau"),
)
# A game or app account named as such: "my username is BakerBoy77", "my gamertag's TomB_88".
_add("platform", _split("username | user name | gamertag | gamer tag | gamer name | epic name | psn id"))
# Round six, second sweep: more of the same ideas in other words.
_add(
    "od_verb",
    _split("taking all of | take all of | take all my | swallow all | swallowing all | take the lot"),
)
_add(
    "selfharm",
    _split("""
    hid the blades | hide the blades | hid my blades | hide my blades | hiding the blades | hiding my blades
    ed coach | an ed coach | i relapsed | relapsed last night | relapsed tonight
    """),
)
_add(
    "crime_other",
    _split("""
    cloned plates | cloned number plates | cloned reg plates | ghost plates | cloned cards | cloned card
    your debit card and pin | your bank card and pin | your card and pin | card and pin number
    tax-free tobacco | tax free tobacco | tax-free rolling tobacco | tax free rolling tobacco | tax-free fags
    tax free fags | tax-free cigs | tax free cigs | no duty paid
    """),
)
# Round six, third sweep.
_add(
    "selfharm",
    _split("purging after | been purging | purged again | purging every | making myself throw up"),
)
_add(
    "groom_adult",
    _split("""
    don't mention our chats | dont mention our chats | don't mention this to | dont mention this to
    wouldn't understand what we have | wouldnt understand what we have | what we have is special
    they wouldn't understand us | no one would understand us | nobody would understand us
    """),
)
_add(
    "crime_other", _split("dodgy box | dodgy boxes | kodi box | loaded kodi | jailbroken box | dodgy sky box")
)
# The author's own work given away, not someone else's.
_add(
    "copy_own",
    _split("""
    my own | i made | i wrote | i created | i designed | made by me | written by me | designed by me
    our own | we made | we wrote | we created
    """),
)
_add("idiom_hint", _cy("does neb", "does dim un"))
# Round six, last sweep.
_add(
    "selfharm_weak",
    _split("""
    bought razor blades | bought blades | bought some blades
    """),
)
_add(
    "extreme_promote",
    _split("had some good ideas | had good ideas | had the right ideas | got some things right"),
)
_add(
    "crime_other",
    _split(
        "siphoned it | siphoned petrol | siphoned diesel | "
        "siphoning petrol | siphoning diesel | siphoned from"
    ),
)
# A source's words to a reporter (the media detector reads the shape around them).
_add(
    "media_source",
    _split("""
    quote me | my name out | my name off | without my name | without using my name | use my name
    print my name | not for attribution | hear it from me | hear this from me | hear that from me
    off the record | on background | on the record | for your story | for your article | for your piece
    for your paper | for your column | for your feature | anonymous source | unnamed source
    cadwch fy enw | gadewch fy enw | defnyddio fy enw | heb fy enw | chlywsoch chi | oddi ar y record
    give you a quote | what really happened | really going on | for the story | the real story
    to be quoted
    the inside story | ddigwyddodd go iawn
    """),
)
# Words that may open reuse of music or paid-for writing (the copyright detector reads the shape).
_add(
    "reuse_hint",
    _split("""
    song | songs | track | tracks | music | tune | tunes | soundtrack | soundtracks | paywall | paywalled
    subscriber | subscribers | premium article
    """),
)
# Round eight: mental health and care in Welsh and English, as a post about a pupil's family says it.
_add(
    "sensitive",
    _split("mental health unit | psychiatric ward | psych ward | sectioned again | been sectioned")
    + _cy(
        "iechyd meddwl",
        "uned iechyd meddwl",
        "ward seiciatryddol",
        "gorbryder",
        "hunan-niweidio",
        "gweithiwr cymdeithasol",
        "mewn gofal",
        "prydau ysgol am ddim",
        "awtistiaeth",
        "awtistig",
        "dyslecsia",
        "beichiog",
    ),
)
