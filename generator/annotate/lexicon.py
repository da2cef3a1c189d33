"""Word lists the rules read: speech verbs, titles, first names, organisation and place words, numbers.

General knowledge of English news prose, not of any one article; extend a list here and every rule
that reads it follows.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Iterable


def alternation(words: Iterable[str], escape: bool = False) -> str:
    """A regex alternation of the words, longest first, so that "shot back" is tried before "shot"."""
    return "|".join(re.escape(w) if escape else w for w in sorted(words, key=lambda w: (-len(w), w)))


def _forms(base: str) -> set[str]:
    """A regular verb's forms: warn → warn, warns, warned, warning."""
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    if base.endswith("y") and base[-2] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    forms = {base, base + "s", base + "ed", base + "ing"}
    if len(base) > 2 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}  # admit → admitted, admitting
    return forms


_REGULAR_SPEECH = """add acknowledge admit advise affirm agree allege announce answer argue ask assert assure
boast caution charge chide cite claim comment complain concede conclude confirm contend continue counter
cry declare decry demand deny describe emphasize emphasise estimate exclaim explain gush insist interject
joke lament mention muse note object observe plead pledge point post predict proclaim promise protest
question quip recall recount reiterate remark repeat reply report respond retort reveal scoff scream shout
snap sneer state stress suggest tweet urge vow warn wonder yell testify recommend acknowledge indicate
assess forecast opine conclude inform blast slam criticize criticise accuse praise dismiss label brand
dub call describe insist hail laud tout""".split()
_IRREGULAR_SPEECH = {"said", "say", "says", "saying", "told", "tell", "tells", "telling", "wrote", "write",
                     "writes", "writing", "written", "spoke", "speak", "speaks", "thought", "think",
                     "thinks", "sang", "sing", "sings", "read", "reads", "put", "puts", "went", "goes",
                     "quipped", "committed", "foretold"}
SPEECH_VERBS = frozenset(set().union(*(_forms(v) for v in _REGULAR_SPEECH)) | _IRREGULAR_SPEECH
                         | {"emphasised"}) - {"calling", "posting"}
# Verbs after which a quotation may follow directly ("Smith said: ..."), the core of attribution.
SAY_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "wrote",
                       "writes", "declared", "insisted", "warned", "explained", "noted", "argued",
                       "claimed", "stated", "announced", "continued", "replied", "responded", "answered",
                       "recalled", "remarked", "observed", "suggested", "acknowledged", "admitted",
                       "conceded", "complained", "predicted", "promised", "vowed", "tweeted", "posted",
                       "reported", "testified", "countered", "concluded", "urged", "joked", "quipped",
                       "cried", "shouted", "screamed", "exclaimed", "boasted", "alleged", "contended",
                       "maintained", "asserted", "emphasized", "emphasised", "stressed", "recounted",
                       "confirmed", "denied", "lamented", "mused", "wondered", "repeated", "reiterated",
                       "agreed", "began", "went", "yelled", "retorted", "snapped", "pleaded", "wrote",
                       "writes", "sang", "chanted", "explains", "notes", "adds", "argues", "claims",
                       "warns", "insists", "recalls", "tweets", "continues", "asks", "states", "read",
                       "reads", "thought", "thinks", "saying", "telling", "adding", "asking", "writing",
                       "explaining", "noting", "arguing", "warning", "insisting", "declaring",
                       "cautioned", "commented", "interjected", "proclaimed", "protested", "scoffed",
                       "sneered", "gushed", "pointed", "objected", "spoke", "blasted", "slammed",
                       "charged", "revealed", "estimated", "predicts", "stresses", "recommended",
                       "demanded", "demands", "pressed", "challenged", "shot back", "fired back"})
# Verbs that take the reported clause itself ("said that …", "believes the plan …"): the cues of reported
# speech without quotation marks. Narrower than SAY_VERBS, whose "went", "read" or "began" only lead into a
# quotation.
CLAUSE_SPEECH_VERBS = frozenset("""said says told tells added claimed claims argued argues insisted insists warned
warns explained noted stated announced acknowledged admitted admits repeated reiterated predicted believes believed
suggested contended maintained asserted conceded confirmed denied promised vowed testified complained alleged wrote
writes tweeted assured informed reported estimated""".split())
AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "is", "are", "would", "will", "could",
                         "should", "may", "might", "must", "did", "does", "do", "also", "later", "then",
                         "again", "previously", "earlier", "recently", "once", "simply", "just", "only", "long",
                         "reportedly", "repeatedly", "often", "never", "not", "further", "finally",
                         "publicly", "privately", "frankly", "bluntly", "flatly", "quickly", "already",
                         "even", "still", "first", "subsequently", "separately", "angrily", "calmly",
                         "tearfully", "defiantly", "proudly", "openly", "famously", "memorably",
                         "succinctly", "simply", "immediately", "been", "be", "being"})
# Words that open a clause inside a noun phrase: 'about 9% of what the ministry says is needed'.
WH_WORDS = frozenset({"what", "which", "whatever", "how"})
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m", "hers": "f"}
# Nouns for someone of one sex: 'My mother … she said' is the mother, not the last woman named.
GENDERED_NOUNS = {**dict.fromkeys("""father husband son brother man boy uncle grandfather nephew""".split(), "m"),
                  **dict.fromkeys("""mother wife daughter sister woman girl aunt grandmother niece widow""".split(), "f")}
# Titles before a name. Stripped from the name, kept as evidence that the name is a person's.
TITLES = frozenset("""Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sen Sen. Rep Rep. Gov Gov. Gen Gen.
Lt Lt. Col Col. Capt Capt. Sgt Sgt. Adm Adm. Maj Maj. Rev Rev. Fr Fr. Del Del. Atty Supt Supt. Pres Pres.
Sir Dame Lord Lady Judge Justice President Senator Governor Congressman Congresswoman Representative
Mayor Secretary Minister Chancellor Premier King Queen Prince Princess Pope Ambassador Commissioner
Chairman Chairwoman Chair Speaker Director Chief Sheriff Officer Detective Sergeant Captain Colonel General
Admiral Lieutenant Major Professor Doctor Pastor Bishop Cardinal Rabbi Imam Councilman Councilwoman
Councillor Alderman Attorney Coach Leader Vice Deputy Former Acting Interim Lady First Agent
Assemblyman Assemblywoman Delegate Commander Corporal Private Envoy""".split())
MALE_TITLES = frozenset({"Mr", "Mr.", "Sir", "Lord", "King", "Prince", "Congressman", "Chairman",
                         "Councilman", "Assemblyman", "Fr", "Fr."})
FEMALE_TITLES = frozenset({"Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady", "Queen", "Princess",
                           "Congresswoman", "Chairwoman", "Councilwoman", "Assemblywoman"})
# Lower-case nouns naming what a person is: "press secretary Josh Earnest", "the Russian leader".
ROLE_NOUNS = frozenset("""president leader prime minister premier chancellor secretary senator governor
congressman congresswoman representative mayor spokesman spokeswoman spokesperson official officials
minister ambassador adviser advisor aide strategist economist lawyer attorney chairman chairwoman chair
director chief executive ceo founder professor analyst commander general colonel officer candidate
nominee speaker judge justice king queen prince princess pope diplomat envoy negotiator head widow
widower founder host anchor reporter correspondent columnist editor author writer historian scientist
expert researcher activist organizer organiser campaigner pollster manager owner partner mother father
wife husband son daughter brother sister niece nephew businessman businesswoman billionaire developer
commissioner sheriff detective doctor surgeon physician nurse teacher student pastor bishop rabbi imam
priest lawmaker legislator politician councilman councilwoman councillor delegate strongman dictator
monarch tycoon mogul star singer actor actress rapper comedian coach player veteran soldier general
inspector investigator prosecutor counsel whip deputy treasurer clerk warden superintendent principal
dean provost emperor autocrat regent worker narrator announcer moderator interviewer questioner caller panelist
witness plaintiff defendant composer artist musician poet novelist filmmaker playwright architect designer chef
photographer journalist commentator blogger lobbyist consultant agent trooper firefighter paramedic pilot
curator coroner examiner trustee auditor comptroller administrator referee umpire planner engineer biologist
physicist epidemiologist virologist psychologist psychiatrist therapist pharmacist dentist veterinarian juror
guard ranger mechanic electrician accountant banker broker investor entrepreneur executive""".split())
# People by what they are rather than by office: 'said one woman', 'the person said', 'one person
# briefed on the talks said', 'An old man there told me'.
PERSON_NOUNS = frozenset("""woman man person girl boy child kid teen teenager women men persons children kids
teens teenagers parent parents victim victims survivor survivors passenger passengers driver drivers
customer customers shopper shoppers patient patients fan fans visitor visitors tourist tourists employee
employees staffer staffers user users farmer farmers homeowner homeowners tenant tenants landlord buyer
seller investor investors trader traders listener listeners viewer viewers reader readers mourner mourners
onlooker onlookers bystander bystanders commuter commuters refugee refugees migrant migrants immigrant
immigrants villager villagers citizen citizens someone somebody traveler traveller attendee participant volunteer
spectator diner gunman attacker suspect shooter assailant intruder robber thief killer""".split())
# Capitalised labels an editor puts before a note: "CLARIFICATION: …" is nobody's turn in an interview.
EDITORS_LABELS = frozenset({"CLARIFICATION", "CORRECTION", "UPDATE", "UPDATED", "NOTE", "EDITOR'S NOTE",
                            "EDITOR’S NOTE", "EDITORS NOTE", "DISCLOSURE", "DISCLAIMER", "WATCH", "READ",
                            "RELATED", "VIDEO", "PHOTO", "PHOTOS", "SOURCE", "SOURCES", "CORRECTIONS",
                            "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "ADVERTISEMENT",
                            # a fact-check's verdict and headings: 'RATING: False', 'CLAIM: …'
                            "RATING", "VERDICT", "CLAIM", "THE CLAIM", "FACT", "FACT CHECK", "THE FACTS", "RULING",
                            "OUR RULING", "BOTTOM LINE", "CONTEXT", "BACKGROUND", "SUMMARY", "TRANSCRIPT",
                            "CAPTION", "TIMELINE", "LIVE", "FILE", "OUR RATING", "LIVE UPDATES", "READ MORE",
                            "ICYMI", "PHOTO GALLERY", "BREAKING NEWS", "SEE ALSO", "ALSO READ", "WATCH LIVE",
                            "LISTEN", "THE LATEST", "LATEST", "DEVELOPING", "JUST IN", "TOP STORIES", "MORE"})
# Roles that are offices, not family ties: 'Ana Ruiz, president of the union' (not 'like his father').
OFFICE_NOUNS = ROLE_NOUNS - frozenset("""mother father wife husband son daughter brother sister niece nephew widow
widower student""".split())
# An office after a name, with up to three words before it ('political science professor'), none of them a
# word that makes it something else ('like his father', 'as mayor', 'accompanied by her husband').
OFFICE_PHRASE = (r"(?!(?:and|or|but|nor|with|who|which|whose|his|her|their|its|our|my|like|as|not|along|"
                 r"herself|himself|itself|themselves|once|now|also|still|even|only|just|then|including)\b)"
                 r"(?![a-z]+(?:ed|ing)\b)(?:[a-z][\w’'-]*\s+){0,3}(?:" + alternation(OFFICE_NOUNS) + ")")

# Lower-case nouns of media and bodies: "the tabloid Komsomolskaya Pravda" is not a person.
ORG_NOUNS = frozenset("""newspaper paper tabloid daily weekly magazine journal broadcaster network channel
station agency outlet website site blog outlet firm company group organisation organization party
ministry department committee council union bank fund institute university think-tank thinktank
programme program show podcast publication wire service army navy military government administration
regime parliament court coalition alliance campaign charity foundation commission authority
watchdog regulator museum hospital school college library zoo club team league board embassy consulate
police prison utility airline carrier insurer manufacturer retailer studio label publisher""".split())
ORG_WORDS = frozenset("""Party Committee Council Commission Department Ministry Agency Administration Bureau
Office Service Services Corps Army Navy Force Forces Guard Institute Institution University College School
Academy Foundation Association Union Bank Fund Group Company Corporation Corp Corp. Inc Inc. Ltd LLC Co Co.
Times Post News Journal Herald Tribune Gazette Telegraph Guardian Press Review Magazine Network Channel
Radio TV Television Broadcasting Daily Weekly Mail Mirror Sun Star Express Observer Independent Economist
Chronicle Examiner Inquirer Register Globe Bulletin Reporter Monitor Wire Media Show Hour Today Tonight
Kremlin Pentagon Congress Senate House Court Parliament Government Club League Center Centre Caucus Campaign
Reuters Politico PolitiFact Twitter Facebook Google Instagram YouTube Microsoft Apple Amazon Fargo Airlines
Federation Alliance Coalition Organization Organisation Board Authority Council Assembly Church Cathedral
Museum Hospital Clinic Society Trust Partners Capital Holdings Industries Energy Motors Systems Fox
Pravda Izvestia Xinhua Tass Interfax Bloomberg Breitbart Vox Axios Slate Salon Newsweek Atlantic Hill
Courier Dispatch Sentinel Standard Statesman Record Republic Project Initiative Council Watch Network
Treasury Cabinet Duma Rada Bundestag Knesset Embassy Consulate Police Patrol Command Coast Department
Commons Lords Conference Summit Olympics Games Cup Festival Awards Prize Act Bill Law Amendment Treaty
Accord Agreement Plan Program Programme Initiative Report Study Survey Poll Index Fund Policy Doctrine
Street Avenue Road Square Park Bridge Airport Station Tower Hall Building Palace Castle Plaza Memorial
Center Centre Stadium Arena Theater Theatre Hotel Tower Base Camp Prison Jail Zero
Nations International Cross Crescent Frontieres Borders Monde Spiegel Figaro Welt Zeitung País
Coal Oil Gas Steel Mining Petroleum Pharmaceuticals Technologies Communications Airways
Investigations""".split())
KNOWN_ORGS = frozenset("""Kremlin Pentagon NATO UN EU FBI CIA NSA IMF WHO OPEC NYPD GOP DNC RNC AP AFP BBC CNN
NBC CBS ABC MSNBC NPR PBS ESPN HBO ITV RT TASS Reuters Politico PolitiFact Congress Senate Parliament
Twitter Facebook Google Instagram YouTube Amazon Apple Microsoft Interpol Europol Hamas Hezbollah Taliban
ISIS ISIL Daesh Nasdaq Nato Opec Unesco Unicef""".split()) | {"Al Qaeda", "al-Qaeda"}
# Organisation words that are also surnames: after a first name they are the surname ('David Steel').
SURNAME_ORG_WORDS = frozenset("""Cross Steel Park Hall Hill Church House Street Bridge Star Post Mail Sun Bank
Tower Palace Castle Gas Oil Coal Press Times Record Standard Trust Fox Guard Court Arena Camp""".split())
_KNOWN_ORGS_FOLDED = frozenset(org.lower() for org in KNOWN_ORGS)


def organisation_name(words: list[str]) -> bool:
    """'PolitiFact' or 'Politifact', 'USA TODAY': a known organisation, or a name with an organisation's
    word in it (after its first word, unless it has one: 'Red Cross', not 'Park' alone)."""
    if " ".join(words).lower() in _KNOWN_ORGS_FOLDED:
        return True
    return any(w in ORG_WORDS or (w.isupper() and w.title() in ORG_WORDS) for w in words[1:] or words)


# Capitalised common nouns a caption or a heading runs into a name: 'President Obama Speech at …'.
NOUNS_AFTER_NAMES = frozenset("""Speech Speeches Rally Rallies Interview Interviews Address Remarks Statement
Video Videos Photo Photos Election Debate Debates Event Presidency Years Campaign Supporters Voters Fans
Critics Aides Allies""".split())

# Names of no one that look like a person's.
NOT_PEOPLE = frozenset({"Jim Crow", "Uncle Sam", "Mother Nature", "Santa Claus", "Big Brother", "Lady Liberty"})

# Capitalised words that start sentences or name things other than people.
NOT_NAME_WORDS = frozenset("""The A An And But Or Nor So Yet For If As At In On Of To From By With Without
Since Because While When Whenever Where Wherever After Before Until Though Although Even Meanwhile However
Still Also Then Now Today Yesterday Tomorrow Tonight Last Next This That These Those There Here It Its
He She They We I You Me Him Her Them Us My Our Your Their His Hers Theirs Who Whom Whose What Which Why
How Officially Indeed Instead Moreover Furthermore Nevertheless Nonetheless Thus Therefore Hence Perhaps
Maybe Yes No Not Only Just All Some Many Much Most More Few Several Each Every Both Either Neither Other
Another One Two Three Four Five Six Seven Eight Nine Ten First Second Third Fourth Fifth Later Earlier
According Asked Speaking Read Follow Click Watch See Photo Image Video Getty Updated
Advertisement Related Sign Subscribe Share Dear Hi Hello Thank Thanks Please Let Oh Well Sure Okay OK
Mostly Sadly Fortunately Unfortunately Together Finally Overall Again Already Among Amid Across Against
Despite During Except Inside Outside Over Under Within Upon Via Like Unlike Than Whether Once Twice
Such Sources Officials Experts Critics Supporters Analysts Residents Voters People Police Protesters
Democrats Republicans Americans Europeans Russians Ukrainians Thousands Hundreds Millions Dozens
Is Are Was Were Be Been Do Does Did Have Has Had Will Would Can Could Should May Might Must Shall
Breaking Exclusive Update Note Editor Editors Clarification Correction Source Sources Credit Copyright
Chapter Section Part Page Article Volume Episode Season Figure Table Level Route Highway Interstate
God Lord Christ Jesus Allah Internet Web Following Democratic Republican Libertarian Conservative
Liberal Progressive Regarding Concerning Given Having Asked Told Added Speaking Writing Responding""".split())
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                       "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEMONYMS = {
    "Russian": "Russia", "Ukrainian": "Ukraine", "American": "United States", "British": "Britain",
    "English": "England", "Scottish": "Scotland", "Welsh": "Wales", "Irish": "Ireland", "French": "France",
    "German": "Germany", "Italian": "Italy", "Spanish": "Spain", "Portuguese": "Portugal", "Dutch": "Netherlands",
    "Belgian": "Belgium", "Swiss": "Switzerland", "Austrian": "Austria", "Polish": "Poland", "Czech": "Czech Republic",
    "Slovak": "Slovakia", "Hungarian": "Hungary", "Romanian": "Romania", "Bulgarian": "Bulgaria", "Greek": "Greece",
    "Turkish": "Turkey", "Swedish": "Sweden", "Norwegian": "Norway", "Danish": "Denmark", "Finnish": "Finland",
    "Estonian": "Estonia", "Latvian": "Latvia", "Lithuanian": "Lithuania", "Belarusian": "Belarus",
    "Moldovan": "Moldova", "Georgian": "Georgia", "Armenian": "Armenia", "Serbian": "Serbia", "Croatian": "Croatia",
    "Chinese": "China", "Japanese": "Japan", "Korean": "Korea", "Indian": "India", "Pakistani": "Pakistan",
    "Afghan": "Afghanistan", "Iranian": "Iran", "Iraqi": "Iraq", "Syrian": "Syria", "Israeli": "Israel",
    "Palestinian": "Palestine", "Egyptian": "Egypt", "Saudi": "Saudi Arabia", "Lebanese": "Lebanon",
    "Jordanian": "Jordan", "Yemeni": "Yemen", "Qatari": "Qatar", "Emirati": "United Arab Emirates",
    "Libyan": "Libya", "Tunisian": "Tunisia", "Moroccan": "Morocco", "Algerian": "Algeria", "Nigerian": "Nigeria",
    "Kenyan": "Kenya", "Ethiopian": "Ethiopia", "Somali": "Somalia", "Sudanese": "Sudan", "Ghanaian": "Ghana",
    "Canadian": "Canada", "Mexican": "Mexico", "Brazilian": "Brazil", "Argentine": "Argentina",
    "Argentinian": "Argentina", "Chilean": "Chile", "Colombian": "Colombia", "Venezuelan": "Venezuela",
    "Peruvian": "Peru", "Cuban": "Cuba", "Australian": "Australia", "Zealander": "New Zealand",
    "Indonesian": "Indonesia", "Malaysian": "Malaysia", "Filipino": "Philippines", "Thai": "Thailand",
    "Vietnamese": "Vietnam", "Burmese": "Burma", "Taiwanese": "Taiwan", "Kazakh": "Kazakhstan",
    "European": "Europe", "African": "Africa", "Asian": "Asia", "Soviet": "Soviet Union", "Crimean": "Crimea",
    "Chechen": "Chechnya", "Kurdish": "Kurdistan", "Venezuelan": "Venezuela", "Nicaraguan": "Nicaragua",
}
COUNTRY_DEMONYM = {country: demonym for demonym, country in DEMONYMS.items()}
COUNTRY_DEMONYM.update({"Russian Federation": "Russian", "US": "American", "U.S.": "American",
                        "USA": "American", "America": "American", "UK": "British", "Britain": "British",
                        "United Kingdom": "British", "North Korea": "North Korean", "South Korea": "South Korean"})
PLACES = frozenset("""Russia Ukraine America Britain England Scotland Wales Ireland France Germany Italy Spain
Portugal Netherlands Holland Belgium Switzerland Austria Poland Hungary Romania Bulgaria Greece Turkey Sweden
Norway Denmark Finland Estonia Latvia Lithuania Belarus Moldova Georgia Armenia Azerbaijan Serbia Croatia
Bosnia Kosovo Albania Slovakia Slovenia China Japan Korea India Pakistan Afghanistan Iran Iraq Syria Israel
Palestine Gaza Egypt Lebanon Jordan Yemen Qatar Kuwait Bahrain Oman Libya Tunisia Morocco Algeria Nigeria
Kenya Ethiopia Somalia Sudan Ghana Uganda Rwanda Congo Angola Zimbabwe Canada Mexico Brazil Argentina Chile
Colombia Venezuela Peru Cuba Haiti Australia Indonesia Malaysia Philippines Thailand Vietnam Burma Myanmar
Taiwan Kazakhstan Uzbekistan Crimea Donbas Donbass Donetsk Luhansk Chechnya Europe Asia Africa Antarctica
Arctic Moscow Kyiv Kiev Kharkiv Mariupol Odesa Odessa Lviv Kherson Minsk Warsaw Berlin Paris London Rome
Madrid Lisbon Brussels Vienna Prague Budapest Bucharest Sofia Athens Ankara Istanbul Stockholm Oslo Helsinki
Copenhagen Dublin Edinburgh Amsterdam Geneva Zurich Beijing Shanghai Tokyo Seoul Pyongyang Delhi Mumbai
Islamabad Kabul Tehran Baghdad Damascus Jerusalem Cairo Beirut Riyadh Dubai Doha Tripoli Nairobi Lagos
Ottawa Toronto Montreal Vancouver Havana Caracas Sydney Melbourne Canberra Manila Bangkok Hanoi Jakarta
Washington Chicago Boston Philadelphia Houston Dallas Atlanta Miami Seattle Denver Phoenix Detroit Baltimore
Cleveland Pittsburgh Charlotte Orlando Tampa Nashville Memphis Louisville Milwaukee Minneapolis Portland
Sacramento Honolulu Anchorage Tulsa Omaha Richmond Raleigh Brooklyn Manhattan Harlem Queens Bronx Hollywood
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin
Wyoming Midwest Mideast Balkans Caucasus Siberia Scandinavia Bethesda Harvard Yale Princeton Stanford
Oxford Cambridge Westminster Whitehall Brexit Honduras Guatemala Panama Ecuador Bolivia Uruguay Paraguay
Iceland Malta Cyprus Luxembourg Monaco Singapore Nepal Bangladesh Sri Lanka Mongolia Tibet Xinjiang Hong
Kong Macau Latvia Chernobyl Sevastopol Bakhmut Irpin Bucha Kramatorsk Zaporizhzhia Dnipro Mykolaiv""".split()
                   ) | {"New York", "New Jersey", "New Mexico", "New Hampshire", "New Orleans", "New Delhi",
                        "North Carolina", "South Carolina", "North Dakota", "South Dakota", "West Virginia",
                        "Rhode Island", "Los Angeles", "San Francisco", "San Diego", "Las Vegas", "St Louis",
                        "St. Louis", "Salt Lake City", "Kansas City", "United States", "United Kingdom",
                        "North Korea", "South Korea", "Saudi Arabia", "South Africa", "New Zealand",
                        "Middle East", "Latin America", "North America", "South America", "Central America",
                        "Soviet Union", "Russian Federation", "European Union", "Hong Kong", "Sri Lanka",
                        "Czech Republic", "Ivory Coast", "Puerto Rico", "Silicon Valley", "Wall Street",
                        "Capitol Hill", "Ground Zero", "White House", "Downing Street", "Red Square",
                        "Gulf Coast", "East Coast", "West Coast", "United Arab Emirates", "Western Europe",
                        "Eastern Europe", "Northern Ireland", "West Bank", "Persian Gulf", "Black Sea",
                        "Sea of Azov", "US", "U.S.", "USA", "UK", "U.K.", "D.C.", "Washington D.C."}
# US states as news style abbreviates them ("Ana Ruiz, of Ashton, Md., said"): places, not people.
STATE_ABBREVIATIONS = frozenset("Ariz Calif Colo Conn Fla Md Mich Minn Neb Nev Okla Tenn Vt Va Wis Wyo".split())
PLACES |= STATE_ABBREVIATIONS
# Organisations named like places: "White House said", "Downing Street said".
PLACE_ORGS = frozenset({"White House", "Downing Street", "Whitehall", "Capitol Hill", "Wall Street",
                        "Washington", "Moscow", "Beijing", "Kyiv", "Kiev", "Westminster", "Brussels"})

# First names, male and female, of people in the news: evidence that a capitalised pair is a person.
MALE_NAMES = frozenset("""Aaron Abraham Adam Adrian Al Alan Albert Alec  Alexander Alexei Alexey Alfred Jan
Ali Allen Andre Andrew Andy Angus Anthony Antonio Antony Arnold Arthur Ashton Barack Barry Ben Benjamin Bernie
Bernard Bill Billy Bob Bobby Boris Brad Bradley Brandon Brendan Brett Brian Bruce Bryan Carl Carlos Chad
Charles   Christian Christopher Chuck Clarence Claude Clint Colin Craig Dan Daniel Danny Darren
Dave David Dean Dennis Derek Dick Dmitry Dmitri Don Donald Doug Douglas  Duncan Dwight Eddie Edward
Elijah Elon Emmanuel Eric Ernest Eugene Evan Frank Fred Frederick Gary Gavin Gene George Gerald Gordon Graham
Greg Gregory Hans Harold Harry Henry Herbert Howard Hugh Ian Igor Isaac Ivan Jack Jacob Jake James Jared Jason
Jay Jeb Jeff Jeffrey Jeremy Jerome Jerry Jim Jimmy Joe Joel John Johnny Jon Jonathan Jordan Jorge Jose Joseph
Josh Joshua Juan Julian Justin Karl Keith Ken Kenneth Kevin Kim Kirk Kyle Lance Larry Lawrence Lee Leon
Leonard Lindsey Lloyd Louis Luis Luke Marco Marcus Mario Mark Martin Matt Matthew Max Michael Mick Miguel
Mike Mikhail Mitch Mitt Mohammed Muhammad Narendra Nathan Neil Nicholas Nick Nigel Noah Oliver Oscar Owen
Patrick Paul Pete Peter Phil Philip Pierre Rafael Ralph Randy Ray Raymond Recep Reince Richard Rick Rob
Robert Robby Rod Roger Ron Ronald Ross Roy Rudy Rupert Russell Ryan  Samuel Scott Sean Sergei Sergey
Seth Shane Simon Stan Stanley Stephen Steve Steven Stuart Ted Terry Thomas Tim Timothy Todd Tom Tommy Tony
Travis Trevor Tyler Victor Vince Vincent Vladimir Volodymyr Walter Warren Wayne Wesley Will William Xi Yuri
Zach Zachary Dmytro Oleksiy Oleksandr Andriy Vitali Vitaly Viktor Petro Mykola Sergiy Serhiy Anatoly Yevgeny
Nikolai Valery Gennady Ramzan Sadiq Keir Rishi Jens Olaf Emmanuel Mateusz Andrzej Viktor Giorgia Pedro
Justin Jair Luiz Javier Santiago Enrique Andres Hassan Hamid Abdul Ahmed Omar Khalid Yousef Benny Yair
Naftali Ehud Shimon Ariel Moshe Jean Francois Nicolas Jacques Gerhard Helmut Angelo Matteo Silvio Giuseppe
Mario Wolfgang Frank Heinz Dietrich Shinzo Fumio Yoshihide Moon Yoon Rodrigo Ferdinand Joko Imran Nawaz
Ashraf Hamid Bashar Hosni Abdel Recep Ilham Nikol Alexander Kassym Emomali Saddam Muammar Fidel Raul Hugo
Nicolas Evo Kofi Nelson Jacob Cyril Uhuru Paul Yoweri Robert Ellen""".split())
FEMALE_NAMES = frozenset("""Abigail Ada Alice Alicia Alison Amanda Amber Amy Ana Andrea Angela Angelina Anita
Ann Anna Anne Annie Barbara Betsy Betty Beverly Brenda Bridget Brittany Carla Carly Carol Caroline Carolyn
Catherine Cathy Charlotte Chelsea Cheryl Christina Christine Cindy Claire Claudia Condoleezza Cynthia Dana
Deborah Debbie Debra Denise Diana Diane Donna Doris Dorothy Elaine Eleanor Elena Elizabeth Ellen Emily Emma
Erin Esther Eva Evelyn Florence Frances Gail Gina Gloria Grace Gwen Hannah Heather Heidi Helen Hillary Holly
Hope Irene Iris Jackie Jacqueline Jane Janet Janice Jean Jeanne Jennifer Jenny Jessica Jill Joan Joanna Jodi
Josephine Joy Joyce Judith Judy Julia Julie Karen Kate Katherine Kathleen Kathy Katie Kay Kelly Kellyanne
Kim Kimberly Kirsten Kristen Kristin Laura Lauren Laurie Leah Lena Lesley Leslie Linda Lisa Liz Loretta
Louise Lucy Lynn Madeleine Maggie Marcia Margaret Maria Marian Marie Marilyn Marsha Martha Mary Megan Melania
Melanie Melissa Michele Michelle Mildred Monica Nancy Naomi Natalie Nicola Nicole Nikki Nina Nora Olga
Pamela Patricia Patty Paula Pauline Peggy Penny Rachel Rebecca Regina Rita Roberta Robin Rosa Rose Ruth
Sally Samantha Sandra Sara Sarah Sharon Sheila Shirley Sonia Sophia Sophie Stacey Stephanie Sue Susan
Suzanne Sylvia Tammy Tanya Teresa Theresa Tiffany Tina Tracy Ursula Valerie Vanessa Veronica Victoria
Virginia Wendy Yulia Yuliya Olena Iryna Oksana Natalia Nataliya Svetlana Tatiana Tatyana Lyudmila Maria
Marine Ségolène Angela Theresa Liz Nicola Priti Kamala Ivanka Tiffany Tulsi Alexandria Ilhan Rashida Ayanna
Jacinda Sanna Kaja Mette Giorgia Dilma Cristina Benazir Indira Aung Suu Golda Gwen Jacklyn Krystal Azucena
Ariana Adriana Stephanie Sonya Pamela Christina Julie Elise Ava Malkia Quina Hope Brianna Gennifer Mary""".split())
# Where the president, not a prime minister, leads: 'the French leader' is the president
PRESIDENTIAL_COUNTRIES = frozenset({"United States", "Russia", "France", "Ukraine", "Turkey", "Brazil", "Mexico",
                                    "China", "Indonesia", "Philippines", "Argentina", "Venezuela", "Belarus", "Egypt",
                                    "Nigeria", "Kenya", "Colombia", "Chile", "Iran", "Syria", "Kazakhstan",
                                    "South Korea", "South Africa"})
# Parties and camps: 'the West Virginia Democrat' is a description, no one called 'Virginia Democrat'
AFFILIATIONS = frozenset("""Democrat Democrats Republican Republicans Libertarian Tory Tories Socialist
Socialists""".split())  # not Green, Liberal or Independent: Al Green, Damian Green are people
# Names given to women and men alike: a first name, but no sign of 'he' or 'she' ('Terry Strada … she said')
# (in the census lists neither sex bears them five times as often as the other; Jean is French for John)
UNISEX_NAMES = frozenset("""Terry Dana Leslie Jamie Taylor Kerry Casey Lynn Lee Pat Jessie Morgan Jody Marion Angel
Sydney Frankie Jean Kim Kelly Jordan Tracy Shannon Billie Carroll""".split())
# First names of people in the news whose sex the census lists tell (or, for a few, get wrong: 'Sidney
# Powell', 'Robin Vos'; a pronoun that fits no one else then corrects the guess)
MORE_FIRST_NAMES = frozenset("""Sidney Cameron Avery Riley Jesse Stacy Robin Chris Sam Alex Charlie Drew""".split())
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES | UNISEX_NAMES | MORE_FIRST_NAMES


def _sex_of_first_names() -> dict[str, str]:
    """'Ingrid' → 'f': a long list, from census data, that only tells 'he' from 'she' (it would find far too
    many people if it were evidence that a capitalised pair is a person: 'Virginia Beach', 'Georgia Power')."""
    path = Path(__file__).with_name("data") / "first_names.txt"
    pairs = (line.split() for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return {name: sex for name, sex in pairs}


SEX_OF_FIRST_NAME = _sex_of_first_names()


# Census first names that open sentences as ordinary words far more often ('Will Trump win?', 'Long Beach')
_ORDINARY_WORDS = frozenset("""Will May Can Long Major Rich Chance Page Star Grace Hope Joy June April Art Guy Young
Case Lane Price Chase Hunter Summer Dawn Faith Miles Royal Rock Storm Cash Honor Glory Precious Sterling King Prince
Duke Earl Baron Marshal Deputy General Judge Rod Bob Sunny Ivy Holly Iris Jewel Penny Crystal Amber Ruby Pearl
Destiny Trinity Unique Harmony Liberty Justice Ebony Patience Mercy Constance Charity Temperance""".split())


def is_first_name(word: str) -> bool:
    """A first name of the news or of the census lists: 'Gerald', 'Grant', 'Lucía' (not 'Will', 'Long')."""
    return word in FIRST_NAMES or (word not in _ORDINARY_WORDS and sex_of_first_name(word) is not None)


# Surnames that come first in Chinese, Korean and Vietnamese names ('Li Qiang', 'Kim Jong Un'), which the
# census lists know as (American) first names
SURNAMES_FIRST = frozenset("""Li Kim Lee Park Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He
Lin Moon Yoon Choi Jung Kang Cho Xi Han Shin Song Lim Oh Ng Tan Wong Nguyen Tran Pham Le Hoang""".split())


def sex_of_first_name(name: str) -> str | None:
    """'Lucía' → 'f', 'António' → 'm': the census lists are written without accents."""
    if name in SURNAMES_FIRST or name in UNISEX_NAMES:
        return None
    sex = SEX_OF_FIRST_NAME.get(name)
    if sex is None and not name.isascii():
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        sex = SEX_OF_FIRST_NAME.get(plain)
    return sex

# Numbers written as words.
UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
          "b": 1_000_000_000, "k": 1_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000}
# "thousands of refugees": at least the scale.
VAGUE = {"dozens": 24, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
         "scores": 40, "tens of thousands": 10_000, "hundreds of thousands": 100_000,
         "tens of millions": 10_000_000, "hundreds of millions": 100_000_000}
FRACTIONS = {"a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75,
             "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "half": 0.5,
             "a half": 0.5, "one half": 0.5, "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1,
             "one in ten": 0.1, "one in five": 0.2, "one in four": 0.25, "one in three": 1 / 3}
HEDGES = ("as high as", "as many as", "as much as", "as few as", "as low as", "more than", "fewer than",
          "less than", "at least", "at most", "up to", "upwards of", "in excess of", "close to", "just over",
          "just under", "well over", "nearly", "almost", "about", "around", "roughly", "approximately",
          "some", "over", "under", "an estimated", "estimated", "a further", "another", "only", "just")
# Qualifiers that say nothing about the size: "a further 16,153" is exactly 16,153 more.
NEUTRAL_HEDGES = frozenset({"a further", "another", "only", "just", "estimated", "an estimated"})
CURRENCIES = {"$": "USD", "US$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₴": "UAH", "₽": "RUB"}
TIME_UNITS = frozenset("""second seconds minute minutes hour hours day days week weeks month months year
years decade decades century centuries night nights weekend weekends term terms""".split())
# Words after a number that make it a label or position, not a count.
NOT_COUNT_AFTER = frozenset("""a.m. p.m. a.m p.m am pm o'clock o’clock th st nd rd per""".split())
NOT_COUNT_BEFORE = frozenset("""no. no number # route section article chapter page pages room level
highway interstate flight platform gate exit channel rule paragraph clause amendment verse psalm
district ward precinct bus line tier phase stage version year years aged age ages""".split())
