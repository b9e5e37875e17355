"""Word lists for the synthetic generator: names in their own scripts, places, posts, phrases.

All of it is invented or generic. Names are common given names and surnames, combined at
random, so no generated person is meant to be anyone real. Companies, outlets and NGOs carry
"(fictional)".
"""

from __future__ import annotations

# --- nationals: (latin, native, gender) given names and (latin, native) surnames per language ---
# Each language also gives home states with a few districts each.

LANGUAGES: dict[str, dict] = {
    "Hindi": {
        "given": [
            ("Amit", "अमित", "male"),
            ("Rahul", "राहुल", "male"),
            ("Sanjay", "संजय", "male"),
            ("Priya", "प्रिया", "female"),
            ("Neha", "नेहा", "female"),
            ("Vikas", "विकास", "male"),
            ("Pooja", "पूजा", "female"),
            ("Rajesh", "राजेश", "male"),
            ("Sunil", "सुनील", "male"),
            ("Anjali", "अंजलि", "female"),
            ("Manoj", "मनोज", "male"),
            ("Ritu", "रितु", "female"),
        ],
        "surname": [
            ("Sharma", "शर्मा"),
            ("Verma", "वर्मा"),
            ("Singh", "सिंह"),
            ("Yadav", "यादव"),
            ("Gupta", "गुप्ता"),
            ("Mishra", "मिश्रा"),
            ("Chauhan", "चौहान"),
            ("Tiwari", "तिवारी"),
        ],
        "states": {
            "Uttar Pradesh": ["Gorakhpur", "Lucknow", "Varanasi", "Kanpur Nagar"],
            "Bihar": ["Patna", "Gaya", "Siwan", "Muzaffarpur"],
            "Rajasthan": ["Jaipur", "Chittorgarh", "Jodhpur", "Kota"],
            "Madhya Pradesh": ["Indore", "Bhopal", "Rewa"],
            "Haryana": ["Rohtak", "Hisar", "Karnal"],
        },
    },
    "Marathi": {
        "given": [
            ("Sachin", "सचिन", "male"),
            ("Prakash", "प्रकाश", "male"),
            ("Swati", "स्वाती", "female"),
            ("Mahesh", "महेश", "male"),
            ("Ashwini", "अश्विनी", "female"),
            ("Nitin", "नितीन", "male"),
        ],
        "surname": [
            ("Patil", "पाटील"),
            ("Jadhav", "जाधव"),
            ("Kulkarni", "कुलकर्णी"),
            ("Deshmukh", "देशमुख"),
            ("Pawar", "पवार"),
        ],
        "states": {"Maharashtra": ["Pune", "Nashik", "Kolhapur", "Satara", "Nagpur"]},
    },
    "Bengali": {
        "given": [
            ("Sourav", "সৌরভ", "male"),
            ("Arijit", "অরিজিৎ", "male"),
            ("Moumita", "মৌমিতা", "female"),
            ("Debjani", "দেবযানী", "female"),
            ("Partha", "পার্থ", "male"),
            ("Tanmoy", "তন্ময়", "male"),
        ],
        "surname": [("Das", "দাস"), ("Ghosh", "ঘোষ"), ("Sen", "সেন"), ("Roy", "রায়"), ("Dutta", "দত্ত"), ("Bose", "বসু")],
        "states": {"West Bengal": ["Kolkata", "Howrah", "Nadia", "Hooghly", "Purba Medinipur"]},
    },
    "Tamil": {
        "given": [
            ("Karthik", "கார்த்திக்", "male"),
            ("Senthil", "செந்தில்", "male"),
            ("Lakshmi", "லட்சுமி", "female"),
            ("Murugan", "முருகன்", "male"),
            ("Divya", "திவ்யா", "female"),
            ("Arun", "அருண்", "male"),
        ],
        "surname": [("Subramanian", "சுப்பிரமணியன்"), ("Raman", "ராமன்"), ("Krishnan", "கிருஷ்ணன்"), ("Natarajan", "நடராஜன்")],
        "states": {"Tamil Nadu": ["Chennai", "Madurai", "Tiruchirappalli", "Thoothukudi", "Ramanathapuram"]},
    },
    "Telugu": {
        "given": [
            ("Srinivas", "శ్రీనివాస్", "male"),
            ("Venkatesh", "వెంకటేష్", "male"),
            ("Lavanya", "లావణ్య", "female"),
            ("Ramesh", "రమేష్", "male"),
            ("Sravani", "శ్రావణి", "female"),
        ],
        "surname": [("Reddy", "రెడ్డి"), ("Naidu", "నాయుడు"), ("Rao", "రావు"), ("Chowdary", "చౌదరి")],
        "states": {
            "Telangana": ["Hyderabad", "Nalgonda", "Karimnagar", "Warangal"],
            "Andhra Pradesh": ["Visakhapatnam", "Guntur", "East Godavari", "Srikakulam"],
        },
    },
    "Kannada": {
        "given": [
            ("Manjunath", "ಮಂಜುನಾಥ್", "male"),
            ("Kavya", "ಕಾವ್ಯ", "female"),
            ("Raghu", "ರಘು", "male"),
            ("Shruthi", "ಶ್ರುತಿ", "female"),
        ],
        "surname": [("Gowda", "ಗೌಡ"), ("Hegde", "ಹೆಗ್ಡೆ"), ("Shetty", "ಶೆಟ್ಟಿ")],
        "states": {"Karnataka": ["Bengaluru Urban", "Mysuru", "Udupi", "Dakshina Kannada"]},
    },
    "Malayalam": {
        "given": [
            ("Anil", "അനിൽ", "male"),
            ("Biju", "ബിജു", "male"),
            ("Deepa", "ദീപ", "female"),
            ("Jijo", "ജിജോ", "male"),
            ("Sreeja", "ശ്രീജ", "female"),
        ],
        "surname": [("Nair", "നായർ"), ("Menon", "മേനോൻ"), ("Pillai", "പിള്ള"), ("Thomas", "തോമസ്"), ("Kurian", "കുര്യൻ")],
        "states": {"Kerala": ["Kottayam", "Ernakulam", "Thrissur", "Kollam", "Kozhikode"]},
    },
    "Gujarati": {
        "given": [
            ("Hitesh", "હિતેશ", "male"),
            ("Nilesh", "નિલેશ", "male"),
            ("Komal", "કોમલ", "female"),
            ("Jignesh", "જીગ્નેશ", "male"),
        ],
        "surname": [("Patel", "પટેલ"), ("Shah", "શાહ"), ("Desai", "દેસાઈ"), ("Mehta", "મહેતા")],
        "states": {"Gujarat": ["Ahmedabad", "Surat", "Vadodara", "Kutch", "Rajkot"]},
    },
    "Punjabi": {
        "given": [
            ("Gurpreet", "ਗੁਰਪ੍ਰੀਤ", "male"),
            ("Harjit", "ਹਰਜੀਤ", "male"),
            ("Manpreet", "ਮਨਪ੍ਰੀਤ", "female"),
            ("Jaswinder", "ਜਸਵਿੰਦਰ", "male"),
        ],
        "surname": [("Singh", "ਸਿੰਘ"), ("Gill", "ਗਿੱਲ"), ("Sandhu", "ਸੰਧੂ"), ("Dhillon", "ਢਿੱਲੋਂ")],
        "states": {"Punjab": ["Ludhiana", "Amritsar", "Jalandhar", "Moga", "Hoshiarpur"]},
    },
    "Odia": {
        "given": [
            ("Debasish", "ଦେବାଶିଷ", "male"),
            ("Subrat", "ସୁବ୍ରତ", "male"),
            ("Smita", "ସ୍ମିତା", "female"),
            ("Prasanta", "ପ୍ରଶାନ୍ତ", "male"),
        ],
        "surname": [("Mohanty", "ମହାନ୍ତି"), ("Panda", "ପଣ୍ଡା"), ("Sahoo", "ସାହୁ")],
        "states": {"Odisha": ["Cuttack", "Ganjam", "Khordha", "Balasore"]},
    },
    "Urdu": {
        "given": [
            ("Imran", "عمران", "male"),
            ("Farhan", "فرحان", "male"),
            ("Ayesha", "عائشہ", "female"),
            ("Salman", "سلمان", "male"),
            ("Zainab", "زینب", "female"),
        ],
        "surname": [("Khan", "خان"), ("Qureshi", "قریشی"), ("Ansari", "انصاری"), ("Siddiqui", "صدیقی")],
        "states": {
            "Uttar Pradesh": ["Aligarh", "Moradabad", "Rampur"],
            "Telangana": ["Hyderabad"],
            "Jammu and Kashmir": ["Srinagar", "Anantnag"],
        },
    },
}
LANGUAGE_WEIGHTS = {
    "Hindi": 30,
    "Marathi": 7,
    "Bengali": 8,
    "Tamil": 9,
    "Telugu": 9,
    "Kannada": 5,
    "Malayalam": 11,
    "Gujarati": 6,
    "Punjabi": 8,
    "Odia": 3,
    "Urdu": 6,
}

KIN_RELATIONSHIPS = {
    "male": ["wife", "father", "mother", "brother", "sister", "son", "daughter"],
    "female": ["husband", "father", "mother", "brother", "sister", "son", "daughter"],
}
KIN_GENDER = {
    "wife": "female",
    "husband": "male",
    "father": "male",
    "mother": "female",
    "brother": "male",
    "sister": "female",
    "son": "male",
    "daughter": "female",
}

# occupation, workplace, the occupation's plural as it reads in a title ("able seamen"):
# plurals are data, never a suffix added in code.
OCCUPATIONS = [
    ("Plant engineer", "Cement works", "plant engineers"),
    ("Electrical technician", "Power station project", "electrical technicians"),
    ("Site supervisor", "Road construction project", "site supervisors"),
    ("Chief officer", "Merchant vessel", "chief officers"),
    ("Able seaman", "Merchant vessel", "able seamen"),
    ("Second engineer", "Oil tanker", "second engineers"),
    ("Drilling supervisor", "Oilfield services", "drilling supervisors"),
    ("Instrumentation engineer", "Gas processing plant", "instrumentation engineers"),
    ("Accountant", "Trading company", "accountants"),
    ("Telecom field engineer", "Mobile network rollout", "telecom field engineers"),
    ("Nurse", "District hospital", "nurses"),
    ("Software developer", None, "software developers"),
    ("Student", None, "students"),
    ("Trekker (tourist)", None, "trekkers"),
    ("Mining engineer", "Gold mine", "mining engineers"),
    ("Crane operator", "Port terminal", "crane operators"),
    ("Welder", "Shipyard", "welders"),
    ("Site safety officer", "Solar farm construction", "site safety officers"),
]

# --- posts abroad and the places their cases happen ----------------------------------------

#: Nouns the case texts use in the singular or plural, by count.
NATIONAL = ("national", "nationals")

# code, name, kind, country, city, IANA zone, country calling code, police force, towns
# (town, region, latitude, longitude). The first four match seeds/demo so they are shared.
POSTS = [
    (
        "BAM",
        "Embassy of India, Bamako",
        "embassy",
        "ML",
        "Bamako",
        "Africa/Bamako",
        "223",
        "Gendarmerie nationale",
        [
            ("Kayes", "Kayes Region", 14.45, -11.44),
            ("Mopti", "Mopti Region", 14.49, -4.18),
            ("Sikasso", "Sikasso Region", 11.32, -5.67),
            ("Ségou", "Ségou Region", 13.43, -6.26),
        ],
    ),
    (
        "ABJ",
        "High Commission of India, Abuja",
        "high_commission",
        "NG",
        "Abuja",
        "Africa/Lagos",
        "234",
        "Nigeria Police Force",
        [
            ("Sapele", "Delta State", 5.89, 5.68),
            ("Port Harcourt", "Rivers State", 4.82, 7.03),
            ("Kaduna", "Kaduna State", 10.52, 7.44),
            ("Warri", "Delta State", 5.52, 5.75),
        ],
    ),
    (
        "LFW",
        "Embassy of India, Lomé",
        "embassy",
        "TG",
        "Lomé",
        "Africa/Lome",
        "228",
        "Police nationale",
        [
            ("Lomé", "Maritime Region", 6.13, 1.22),
            ("Kara", "Kara Region", 9.55, 1.19),
            ("Dapaong", "Savanes Region", 10.86, 0.21),
        ],
    ),
    (
        "KTM",
        "Embassy of India, Kathmandu",
        "embassy",
        "NP",
        "Kathmandu",
        "Asia/Kathmandu",
        "977",
        "Nepal Police",
        [
            ("Kyanjin Gompa", "Rasuwa District", 28.21, 85.56),
            ("Pokhara", "Kaski District", 28.21, 83.99),
            ("Lukla", "Solukhumbu District", 27.69, 86.73),
        ],
    ),
    (
        "NIM",
        "Embassy of India, Niamey",
        "embassy",
        "NE",
        "Niamey",
        "Africa/Niamey",
        "227",
        "Gendarmerie nationale",
        [
            ("Agadez", "Agadez Region", 16.97, 7.99),
            ("Tillabéri", "Tillabéri Region", 14.21, 1.45),
            ("Diffa", "Diffa Region", 13.32, 12.61),
        ],
    ),
    (
        "OUA",
        "Embassy of India, Ouagadougou",
        "embassy",
        "BF",
        "Ouagadougou",
        "Africa/Ouagadougou",
        "226",
        "Gendarmerie nationale",
        [
            ("Djibo", "Sahel Region", 14.10, -1.63),
            ("Fada N'Gourma", "Est Region", 12.06, 0.36),
            ("Dori", "Sahel Region", 14.03, -0.03),
        ],
    ),
    (
        "MGQ",
        "Embassy of India, Mogadishu",
        "embassy",
        "SO",
        "Mogadishu",
        "Africa/Mogadishu",
        "252",
        "Somali Police Force",
        [("Kismayo", "Lower Juba", -0.36, 42.55), ("Bosaso", "Bari", 11.28, 49.18), ("Baidoa", "Bay", 3.11, 43.65)],
    ),
    (
        "KRT",
        "Embassy of India, Khartoum (Port Sudan office)",
        "embassy",
        "SD",
        "Port Sudan",
        "Africa/Khartoum",
        "249",
        "Sudan Police Force",
        [
            ("Port Sudan", "Red Sea State", 19.62, 37.22),
            ("Kassala", "Kassala State", 15.45, 36.40),
            ("Atbara", "River Nile State", 17.70, 33.98),
        ],
    ),
    (
        "TIP",
        "Embassy of India, Tripoli",
        "embassy",
        "LY",
        "Tripoli",
        "Africa/Tripoli",
        "218",
        "Criminal Investigation Department",
        [
            ("Tripoli", "Tripoli District", 32.89, 13.19),
            ("Sabha", "Fezzan", 27.04, 14.43),
            ("Misrata", "Misrata District", 32.38, 15.09),
        ],
    ),
    (
        "BGW",
        "Embassy of India, Baghdad",
        "embassy",
        "IQ",
        "Baghdad",
        "Asia/Baghdad",
        "964",
        "Iraqi Police",
        [
            ("Mosul", "Nineveh Governorate", 36.34, 43.13),
            ("Basra", "Basra Governorate", 30.51, 47.78),
            ("Kirkuk", "Kirkuk Governorate", 35.47, 44.39),
        ],
    ),
    (
        "SAN",
        "Embassy of India, Sana'a (operating from Djibouti)",
        "embassy",
        "YE",
        "Sana'a",
        "Asia/Aden",
        "967",
        "Ministry of Interior police",
        [
            ("Aden", "Aden Governorate", 12.79, 45.03),
            ("Mukalla", "Hadramaut", 14.54, 49.13),
            ("Hodeidah", "Hodeidah Governorate", 14.80, 42.95),
        ],
    ),
    (
        "KBL",
        "Embassy of India, Kabul",
        "embassy",
        "AF",
        "Kabul",
        "Asia/Kabul",
        "93",
        "Afghan National Police",
        [
            ("Kabul", "Kabul Province", 34.53, 69.17),
            ("Herat", "Herat Province", 34.35, 62.20),
            ("Mazar-i-Sharif", "Balkh Province", 36.71, 67.11),
        ],
    ),
    (
        "MNL",
        "Embassy of India, Manila",
        "embassy",
        "PH",
        "Manila",
        "Asia/Manila",
        "63",
        "Philippine National Police",
        [
            ("Zamboanga City", "Zamboanga Peninsula", 6.92, 122.08),
            ("Jolo", "Sulu", 6.05, 121.00),
            ("Cotabato City", "Bangsamoro", 7.22, 124.25),
        ],
    ),
    (
        "KHT",
        "Consulate General of India, Kandahar (desk in Kabul)",
        "consulate",
        "AF",
        "Kandahar",
        "Asia/Kabul",
        "93",
        "Afghan National Police",
        [("Kandahar", "Kandahar Province", 31.61, 65.71), ("Lashkar Gah", "Helmand Province", 31.59, 64.37)],
    ),
]
POST_WEIGHTS = {
    "BAM": 9,
    "ABJ": 14,
    "LFW": 4,
    "KTM": 5,
    "NIM": 7,
    "OUA": 6,
    "MGQ": 8,
    "KRT": 6,
    "TIP": 9,
    "BGW": 8,
    "SAN": 6,
    "KBL": 7,
    "MNL": 8,
    "KHT": 3,
}

# Local names for counterparts, per country.
LOCAL_NAMES = {
    "francophone": (
        [
            "Moussa",
            "Aminata",
            "Ibrahim",
            "Fatoumata",
            "Oumar",
            "Mariam",
            "Boubacar",
            "Kadiatou",
            "Seydou",
            "Awa",
            "Koffi",
            "Akossiwa",
        ],
        ["Traoré", "Coulibaly", "Keïta", "Diallo", "Sangaré", "Konaté", "Ouédraogo", "Mensah", "Issoufou", "Sawadogo"],
    ),
    "nigeria": (
        ["Chinedu", "Aisha", "Emeka", "Tunde", "Ngozi", "Musa", "Funmilayo", "Ibrahim"],
        ["Okafor", "Bello", "Nwosu", "Adeyemi", "Eze", "Abubakar", "Okonkwo", "Lawal"],
    ),
    "arabic": (
        ["Ahmed", "Khaled", "Fatima", "Omar", "Mahmoud", "Layla", "Yousef", "Hassan", "Mariam"],
        ["Al-Rashid", "Mansour", "Haddad", "El-Tayeb", "Saleh", "Al-Obaidi", "Ben Ali", "Qasim"],
    ),
    "somali": (
        ["Abdirahman", "Hodan", "Mohamed", "Ayaan", "Abdullahi", "Faadumo"],
        ["Farah", "Warsame", "Abdi", "Hassan", "Jama", "Osman"],
    ),
    "afghan": (
        ["Ahmad Shah", "Mohammad", "Farida", "Abdul Wahid", "Zarmina", "Gul Agha"],
        ["Noori", "Karimi", "Ahmadzai", "Popal", "Sultani", "Hotak"],
    ),
    "nepali": (
        ["Pasang", "Nima", "Sita", "Ram Bahadur", "Bikash", "Sarita"],
        ["Sherpa", "Tamang", "Gurung", "Thapa", "Shrestha", "Rai"],
    ),
    "filipino": (
        ["Maria", "Jose", "Ramon", "Cristina", "Angelito", "Rowena"],
        ["Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza", "Hassan"],
    ),
}
COUNTRY_NAMES = {
    "ML": "francophone",
    "NE": "francophone",
    "BF": "francophone",
    "TG": "francophone",
    "NG": "nigeria",
    "LY": "arabic",
    "IQ": "arabic",
    "YE": "arabic",
    "SD": "arabic",
    "SO": "somali",
    "AF": "afghan",
    "NP": "nepali",
    "PH": "filipino",
}

GROUPS = [
    "Unidentified armed group",
    "Criminal kidnap-for-ransom gang",
    "Local militia (unnamed)",
    "Armed bandits operating on the highway",
    "Faction of a non-state armed group",
    "Smuggling network",
    "Pirate action group",
]

COMPANIES = [
    "{town} Cement Works (fictional)",
    "Sahel Road Builders Ltd (fictional)",
    "{town} Power Project Consortium (fictional)",
    "Trans-Coastal Shipping Co. (fictional)",
    "Greenline Solar EPC (fictional)",
    "Meridian Oilfield Services (fictional)",
    "{town} Gold Mining SA (fictional)",
    "Orbit Telecom Networks (fictional)",
]
OUTLETS = [
    "The Deccan Ledger (fictional)",
    "National Wire Service (fictional)",
    "Morning Courier (fictional)",
    "Sahel Radio Network (fictional)",
    "Coastal Times (fictional)",
]
NGOS = [
    "Humanitarian Dialogue Forum (fictional)",
    "Red Crescent volunteer branch (fictional)",
    "Seafarers' Welfare Mission (fictional)",
    "Mountain Rescue Trust (fictional)",
]

# --- phrases --------------------------------------------------------------------------------

CASE_TITLES = {
    "abduction": [
        "{n} Indian {nationals} abducted near {town}",
        "{occupation} kidnapped on the road to {town}",
        "Indian {workers} taken from a work site near {town}",
    ],
    "hostage_taking": [
        "{n} Indian {nationals} taken hostage at {town}",
        "Hostage-taking of Indian crew near {town}",
        "Indian {workers} held by an armed group in {region}",
    ],
    "wrongful_detention": [
        "Indian national detained without charge in {town}",
        "Indian {workers} held by authorities at {town}",
        "Seafarer detained at port of {town}",
    ],
    "missing_person": [
        "Indian national missing near {town}",
        "Indian {worker} missing in {region}",
        "Trekker missing above {town}",
    ],
    "other": ["Indian {nationals} in distress near {town}", "Welfare case: Indian {workers} stranded in {town}"],
}

# Circumstances: sentences shared by every kind, and sentences for one kind.
CIRCUMSTANCE_COMMON = [
    "The {nationals} had been working in {region} for between one and three years.",
    "The family in India learned of the incident from the employer's head office.",
    "The post was informed by telephone and opened a case the same day.",
    "Phones belonging to the {nationals} have been switched off since the incident.",
    "The host government has set up a crisis cell and has asked that requests go through the foreign ministry.",
    "The travel advisory for {region} already advised against all but essential travel.",
]
CIRCUMSTANCE_BY_KIND = {
    "abduction": [
        "According to the employer, armed men stopped the vehicle on the road outside {town} and took the {nationals} away.",
        "The driver was left at the scene and reported the abduction to the police an hour later.",
        "No group has claimed responsibility so far, and the motive is not known.",
        "The area had seen several kidnappings for ransom in the preceding months.",
    ],
    "hostage_taking": [
        "Armed men arrived at about dawn in several vehicles, overran the site guards and left within half an hour.",
        "The site guards withdrew after a short exchange of fire; nobody else was reported injured.",
        "An armed group active in {region} is suspected, but its statements so far do not mention the {nationals}.",
        "Local authorities launched a security operation around {town} the same morning.",
    ],
    "wrongful_detention": [
        "The {nationals} were taken from the workplace by plain-clothes officers and have not been charged.",
        "No consular notification was received; the post learned of the detention from the employer.",
        "Requests for consular access have so far gone unanswered.",
        "A local lawyer has been engaged by the employer and has not been allowed to see the file.",
    ],
    "missing_person": [
        "The {nationals} left for a day's travel near {town} and did not return as planned.",
        "The alarm was raised that evening; a search by police and volunteers began the next morning.",
        "There is no indication of criminal involvement so far.",
        "Weather and terrain have limited the search on several days.",
    ],
    "other": [
        "The {nationals} were stranded near {town} after fighting closed the roads.",
        "The employer has been unable to arrange safe passage out of the area.",
    ],
}

CONTACT_SUBJECTS = {
    "host_government": [
        "Call with {role} on progress of the search",
        "Meeting at the foreign ministry on the case",
        "Note verbale delivered requesting information",
        "Update from {org} on security operations",
        "Follow-up with {role} on consular access",
    ],
    "police": [
        "Police update on the investigation",
        "Call with {role} about the investigation file",
        "Meeting with {role}: witness statements",
        "Police confirm search of the area around {town}",
    ],
    "military": ["Briefing by {role} on operations", "Military liaison: situation around {town}"],
    "employer": [
        "Employer update on staff welfare",
        "Call with {name} ({org}) about the site",
        "Employer shares personnel records",
        "Employer security manager: movement restrictions",
    ],
    "family": [
        "Scheduled call with the family ({relationship})",
        "Family call: update and questions",
        "Family asks about welfare and medicines",
        "Message to the family with the agreed update",
    ],
    "media": ["Media enquiry from {org}", "Journalist asks for comment on reports"],
    "ngo": ["Call with {org} about welfare access", "NGO contact offers help with family support"],
    "other_government": [
        "Sitrep to the ministry control room",
        "Call with the territorial division",
        "Daily brief to the ministry desk",
    ],
    "intermediary": ["Approach by a self-described intermediary", "Further contact from the intermediary"],
    "other": ["Call about the case", "Contact regarding the case"],
}

NOTE_SENTENCES = [
    "{name} said the security forces were still deployed around {town} and that the roads out of the area were restricted.",
    "I explained again what the embassy is doing and what we can and cannot say at this stage.",
    "There is no new information on the whereabouts of the {nationals}, but nothing suggests that anyone has been hurt.",
    "The caller asked whether the embassy had been contacted by anyone claiming to hold the {nationals}; I said no.",
    "We agreed to speak again in two days, or sooner if there is news.",
    "I asked for the investigation reference number and a copy of the complaint filed by the employer.",
    "The family asked about medicines; I said we had raised it with every official we speak to but could promise nothing.",
    "The official repeated that the matter has the attention of the highest levels of government.",
    "The employer confirmed that salaries continue to be paid to the families and that the insurer has been notified.",
    "I reminded the caller not to speak to journalists and to refer any enquiries to the embassy.",
    "He said that local community leaders had been asked to pass on any information they hear.",
    "The gendarmerie have interviewed the guards and two drivers; their accounts broadly agree.",
    "Weather has slowed the search; helicopters could not fly for most of the day.",
    "She asked whether she could travel to {town}; I explained that it is not safe and that it would not help.",
    "The duty officer took note and promised to pass the request to the crisis cell.",
    "We discussed the wording of the next statement so that nothing in it could endanger the {nationals}.",
    "The intermediary asked again for money for transport and phone credit; as agreed, nothing was offered.",
    "I checked the contact details we hold for the next of kin and corrected one phone number.",
    "The authorities have not yet granted consular access; a second note verbale will be sent.",
    "The lawyer said the hearing had been postponed and that no charge has been filed so far.",
    "I passed on the family's question and will report the answer at the next scheduled call.",
    "The ministry desk asked for a short written update by noon local time.",
    "Reports on social media about a release are not confirmed by any official source.",
    "The employer's security manager described new movement restrictions for the remaining staff.",
    "All other Indian nationals in the area have been contacted and are safe.",
    "I noted that the next of kin would like calls in the evening, India time.",
    "The welfare kit and letters from the families are ready at the embassy if a channel is found.",
    "He said the hostages might be moved further from the border as the operation continues.",
    "A proof of life has been requested through the official channel; none has been received yet.",
    "The prosecutor's office confirmed that the case file is open and that the investigation continues.",
    "The embassy will send a consular officer to {town} as soon as the road is considered safe.",
    "The caller was calm and asked good questions; I answered what I could and said when I would call again.",
    "We reviewed the list of open tasks and agreed who would follow up with the authorities.",
    "Nothing was said about demands; the official declined to speculate about who is responsible.",
    "The next of kin thanked the embassy and asked that the other families be kept equally informed.",
]
OUTCOMES = [
    "No change; next call as per plan.",
    "Information passed to the ministry desk.",
    "Follow-up agreed: written request to be sent.",
    "Family informed of the agreed update.",
    "Request for consular access renewed.",
    "Assessment note to be prepared.",
    "Nothing to share with the family beyond the agreed line.",
    "Contact details updated.",
]

TASK_TITLES = [
    "Send note verbale to the foreign ministry",
    "Obtain employee records from the employer",
    "Call the family as per the agreed plan",
    "Request consular access",
    "Prepare daily brief for the ministry desk",
    "Verify the intermediary's bona fides through the authorities",
    "Arrange medicines and welfare kit",
    "Obtain the investigation reference from the police",
    "Update the travel advisory wording",
    "Arrange repatriation travel and documents",
    "Brief the ambassador before the meeting with the minister",
    "Check on the other Indian nationals in the region",
    "Send written update to the family",
]
TASK_NOTES = [
    "Done.",
    "Sent and acknowledged.",
    "Completed; copy on file.",
    "Done; nothing further needed.",
    "Completed by phone; written confirmation requested.",
]

MILESTONE_TEXT = {
    "incident": ("Incident at {town}", "The {nationals} {verb} at {town}."),
    "claim": (
        "Claim of responsibility reported",
        "A group claimed responsibility in a statement circulated online; unverified.",
    ),
    "demand": (
        "Demand communicated to the employer",
        "A demand was passed to the employer by phone. The embassy is not party to any negotiation.",
    ),
    "proof_of_life": (
        "Proof of life: {name}",
        "A short audio message attributed to {name} was received and is being assessed.",
    ),
    "welfare_report": (
        "Second-hand welfare report",
        "A local source reported that the {nationals} had been seen alive and being fed.",
    ),
    "public_statement": (
        "Ministry statement on the case",
        "The ministry called on the host government to secure the safe and early release.",
    ),
    "travel_advisory": (
        "Advisory to Indian nationals in the region",
        "Indian nationals were advised to stay alert, avoid travel and keep in touch with the embassy.",
    ),
    "release": ("Release", "The {nationals} {were} released and handed over to the authorities."),
    "repatriation": ("Repatriation", "The {nationals} returned to India with embassy assistance."),
}

STAFF_NAMES = [
    ("Aditi", "Rao"),
    ("Rohan", "Bhatia"),
    ("Kavita", "Menon"),
    ("Sameer", "Qureshi"),
    ("Nandini", "Iyer"),
    ("Harsh", "Vardhan"),
    ("Leela", "Krishnan"),
    ("Tarun", "Malhotra"),
    ("Shreya", "Ghosh"),
    ("Vivek", "Patnaik"),
    ("Ila", "Chatterjee"),
    ("Arjun", "Saxena"),
    ("Maya", "Fernandes"),
    ("Kabir", "Sethi"),
    ("Ritika", "Joshi"),
    ("Dev", "Banerjee"),
]
