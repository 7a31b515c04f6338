/// Invented names and common news words for synthetic stories.
enum Vocabulary {
    static let countries: [(String, String, String)] = [
        ("Japan", "Tokyo", "Japanese"), ("China", "Beijing", "Chinese"), ("Taiwan", "Taipei", "Taiwanese"),
        ("South Korea", "Seoul", "South Korean"), ("United States", "Washington", "US"),
        ("Russia", "Moscow", "Russian"), ("Ukraine", "Kyiv", "Ukrainian"), ("India", "New Delhi", "Indian"),
        ("Philippines", "Manila", "Philippine"), ("Australia", "Canberra", "Australian"),
        ("France", "Paris", "French"), ("Germany", "Berlin", "German"), ("Brazil", "Brasilia", "Brazilian"),
        ("Vietnam", "Hanoi", "Vietnamese"), ("Indonesia", "Jakarta", "Indonesian"), ("Iran", "Tehran", "Iranian"),
    ]
    static let givenNames = ["Aiko", "Kenji", "Mei", "Wei", "Hiroshi", "Yuna", "Min-jun", "Olena", "Dmitri",
                             "Priya", "Rahul", "Maria", "Jose", "Claire", "Lukas", "Ana", "Tran", "Siti", "Omar",
                             "Leila", "Sofia", "Daniel", "Grace", "Tomas", "Ingrid", "Kwame", "Amara", "Haruto"]
    static let surnames = ["Arakawa", "Okabe", "Lin", "Zhou", "Park", "Kovalenko", "Ivanova", "Sharma", "Reyes",
                           "Dubois", "Keller", "Nguyen", "Santoso", "Haddad", "Rahimi", "Moreau", "Fischer",
                           "Tanabe", "Sato", "Mendoza", "Osei", "Larsen", "Petrov", "Chen", "Kimura", "Wang"]
    static let roles = ["Foreign Minister", "Prime Minister", "Defence Minister", "Trade Minister", "President",
                        "government spokeswoman", "central bank governor", "Economy Minister"]
    static let descriptions = ["a professor at a Tokyo university", "an analyst at a Singapore think tank",
                               "a procurement manager at a Nagoya parts supplier", "a former diplomat",
                               "a researcher at the national space agency", "a fisherman in the port town"]
    static let agencies = ["AFP", "UPI", "SPX", "XNA"]
    static let sections = ["China News", "Space News", "Energy News", "Defense News", "Asia Pacific News", "Trade News"]
    static let categories = ["TAIWAN NEWS", "TRADE WARS", "SPACE TRAVEL", "NUCLEAR ENERGY", "MILITARY SPACE", "DIPLOMACY"]
    static let topics = ["rare earth exports", "seafood imports", "coast guard patrols", "chip controls",
                         "a lunar mission", "fishing rights", "tariff talks", "a gas pipeline", "missile tests"]
    static let headlineVerbs = ["warns over", "pushes back on", "weighs", "signals shift on", "defends", "condemns"]
    static let headlineEvents = ["steps up pressure", "calls for talks", "reports record trade", "holds drills",
                                 "recalls envoy", "eases curbs"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let monthNames = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
    static let speechVerbs = ["said", "warned", "argued", "noted", "told reporters", "insisted"]
    static let verbs = ["would review", "has expanded", "could restrict", "is preparing", "will discuss", "rejected",
                        "welcomed", "is monitoring", "may suspend", "plans to boost", "criticised", "backed"]
    static let adjectives = ["new", "strict", "bilateral", "regional", "temporary", "annual", "key", "broader",
                             "economic", "military", "diplomatic", "maritime", "fragile", "unprecedented"]
    static let nouns = ["measures", "exports", "agreements", "talks", "sanctions", "patrols", "investment",
                        "security ties", "supply chains", "tariffs", "exercises", "negotiations", "projects"]
    static let prepositions = ["with", "against", "toward", "for", "alongside", "despite", "over"]
    static let fillers = [
        "the", "government", "officials", "said", "ministry", "market", "prices", "week", "month", "year", "trade",
        "border", "security", "talks", "agreement", "economy", "growth", "exports", "imports", "energy", "oil",
        "gas", "power", "plant", "nuclear", "satellite", "launch", "mission", "rocket", "orbit", "lunar", "probe",
        "defence", "military", "navy", "coast", "guard", "island", "waters", "fishing", "boats", "vessels",
        "summit", "leaders", "minister", "president", "election", "parliament", "vote", "party", "opposition",
        "policy", "reform", "tax", "budget", "bank", "rates", "inflation", "currency", "investors", "shares",
        "companies", "industry", "factories", "workers", "jobs", "supply", "chips", "semiconductors", "steel",
        "cars", "batteries", "minerals", "rare", "earths", "seafood", "rice", "wheat", "farmers", "climate",
        "emissions", "carbon", "storm", "flood", "drought", "relief", "aid", "hospital", "health", "vaccine",
        "students", "universities", "research", "scientists", "data", "report", "survey", "analysts", "experts",
        "a", "an", "and", "of", "to", "in", "on", "that", "which", "while", "after", "before", "during", "its",
        "their", "new", "first", "last", "next", "major", "recent", "long", "term", "plans", "deal", "dispute",
        "tensions", "relations", "ties", "cooperation", "pressure", "warning", "response", "statement", "visit",
        "delegation", "envoy", "embassy", "consulate", "travel", "advisory", "tourists", "pandas", "zoo", "bears",
        "ceasefire", "strike", "drones", "missiles", "radar", "airspace", "drills", "exercise", "fleet", "base",
    ]
}
