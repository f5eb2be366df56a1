/*
** Word lists of entities() (ext/entities.c): titles, name connectors,
** organisation and place words, given names, Chinese surnames and the
** characters of transliterated names.  Written by the newsext team from
** general knowledge of names in news; every list is folded (lower case,
** Simplified Chinese).  entities() loads them into one hash table of word
** classes per connection, so their order does not matter.
*/
#ifndef NEWSEXT_ENTITIES_WORDS_H
#define NEWSEXT_ENTITIES_WORDS_H

/* Titles before a person's name (Latin script, folded, without the dot). */
static const char *const azNxTitle[] = {
    "abgeordnete", "abgeordneter", "admiral", "ambassador", "archbishop",
    "ayatollah", "bischof", "bishop", "botschafter", "brig", "bundeskanzler",
    "bundeskanzlerin", "bundespräsident", "bundespräsidentin", "bürgermeister",
    "bürgermeisterin", "candidate", "capt", "captain", "cardinal", "ceo",
    "chairman", "chairwoman", "chancellor", "chef", "chefin", "col", "colonel",
    "commissioner", "congressman", "congresswoman", "coach", "cdr", "dame",
    "director", "don", "doña", "dr", "emperor", "frau", "fräulein", "gen",
    "general", "gouverneur", "gov", "governor", "herr", "herrn", "judge",
    "justice", "kaiser", "kanzler", "kanzlerin", "king", "könig", "königin",
    "lord", "lt", "m", "madame", "mademoiselle", "maire", "mayor",
    "minister", "ministerin", "ministerpräsident", "ministerpräsidentin",
    "ministre", "mlle", "mme", "monsieur", "mr", "mrs", "ms", "pope",
    "premier", "president", "presidenta", "presidente", "prime", "prince",
    "princess", "prinz", "prof", "professor", "präsident", "präsidentin",
    "président", "présidente", "queen", "rabbi", "rep", "representative",
    "reverend", "rev", "secretary", "sen", "senator", "senatorin", "sergeant",
    "sgt", "sheikh", "sir", "sr", "sra", "sénateur", "señor", "señora",
    "spokesman", "spokeswoman", "sprecher", "sprecherin", "st", "vorsitzende",
    "vorsitzender",
};

/* Lower-case words that may join the parts of a name ("Bank of England",
** "Ursula von der Leyen", "Charles de Gaulle"). */
static const char *const azNxConnector[] = {
    "al", "bin", "d'", "da", "das", "de", "del", "della", "der", "di", "do",
    "dos", "du", "el", "für", "la", "le", "of", "van", "von", "y", "zu",
};

/* Capitalised words that are not names when they start a sentence or stand
** alone: function words, pronouns, days and months, frequent sentence
** openers in en, de, fr, es, it, pt. */
static const char *const azNxStop[] = {
    "a", "about", "after", "again", "against", "al", "all", "also", "although",
    "am", "among", "an", "and", "another", "any", "april", "are", "as", "at",
    "auch", "auf", "aus", "august", "aujourd'hui", "aux", "bei", "before",
    "between", "both", "but", "by", "ce", "cela", "ces", "cette", "con",
    "dabei", "dafür", "damit", "danach", "dann", "das", "dass", "davon",
    "dazu", "de", "december", "dem", "den", "denn", "der", "des", "dez",
    "dezember", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses",
    "doch", "dort", "du", "during", "each", "ein", "eine", "einem", "einen",
    "einer", "eines", "el", "ella", "ellas", "ellos", "elle", "elles", "en",
    "er", "es", "esta", "este", "esto", "et", "etwa", "even", "every", "für",
    "februar", "february", "for", "freitag", "friday", "from", "further",
    "ha", "had", "has", "have", "he", "her", "here", "hier", "his", "how",
    "however", "i", "ich", "ihr", "ihre", "il", "ils", "im", "in", "inc",
    "indes", "into", "is", "it", "its", "ja", "jan", "januar", "january",
    "je", "jedoch", "juli", "july", "juni", "june", "kein", "keine", "la",
    "las", "le", "les", "lo", "los", "man", "many", "march", "mai", "may",
    "me", "mehr", "mit", "mittwoch", "monday", "montag", "more", "most",
    "much", "my", "nach", "neben", "new", "no", "noch", "nor", "not",
    "nothing", "nous", "november", "now", "nun", "o", "ob", "obwohl",
    "october", "oder", "of", "oktober", "on", "once", "one", "only", "or",
    "other", "our", "ous", "out", "over", "para", "per", "por", "pour",
    "quand", "que", "qui", "samstag", "saturday", "she", "sept", "september",
    "since", "sie", "sind", "so", "sobre", "sogar", "some", "sonntag",
    "such", "sunday", "sur", "than", "that", "the", "their", "them", "then",
    "there", "these", "they", "this", "those", "though", "through",
    "thursday", "to", "today", "tuesday", "um", "un", "una", "und", "une",
    "uno", "uns", "unter", "until", "up", "vom", "von", "vor", "was", "we",
    "wednesday", "wednesday", "weil", "wenn", "were", "what", "when", "where",
    "whether", "which", "while", "who", "why", "wie", "wir", "with", "without",
    "yesterday", "yet", "you", "your", "zu", "zum", "zur", "later",
    "earlier", "meanwhile", "still", "instead", "already", "last", "next",
    "first", "according", "despite", "under", "like", "unlike", "officials",
    "speaking", "asked", "just", "thus", "because", "if", "unless", "mit",
    "als", "aber", "so", "trotz", "laut", "seit", "während", "zudem",
    "außerdem", "selon", "mais", "dans", "avec", "pero", "según", "tras",
    "durante", "también", "aussi", "puis", "ainsi", "lors", "depuis", "après",
    "avant", "entre", "sans", "sous", "chez", "vers", "contre",
};

/* Words that make a capitalised run an organisation (any position). */
static const char *const azNxOrgWord[] = {
    "academy", "ag", "agency", "airlines", "airways", "akademie", "alliance",
    "amt", "assembly", "association", "associated", "authority", "bank",
    "bv", "cabinet", "college", "commission", "committee", "co", "company",
    "confederation", "congress", "corp", "corporation", "council", "court",
    "department", "foundation", "front", "fund", "gmbh", "group", "gruppe",
    "holding", "holdings", "inc", "institut", "institute", "kg", "league",
    "llc", "llp", "ltd", "ministerium", "ministry", "movement", "nv", "oao",
    "office", "organisation", "organization", "parliament", "partei", "party",
    "plc", "police", "polizei", "press", "sa", "school", "se", "senate",
    "service", "society", "spa", "stiftung", "team", "times", "union",
    "united", "universidad", "university", "universität", "université",
    "verband", "verein", "zeitung", "club", "fc", "records", "recordings",
    "studios", "entertainment", "media", "network", "hospital", "hotel",
    "airport", "station", "academy", "army", "navy", "corps", "regiment",
    "brigade", "squadron", "fleet", "battalion", "division", "force", "bureau",
    "orchestra", "band", "choir", "museum", "theatre", "theater", "gallery",
    "library", "centre", "center", "mall", "stadium", "arena", "verlag",
    "konzern", "werke", "gesellschaft", "kammer", "hochschule", "schule",
    "gymnasium", "kirche", "église", "ministère", "banque", "société",
    "compagnie", "parti", "partido", "ministerio", "banco", "compañía",
    "empresa", "agencia", "agence", "journal", "post", "herald", "tribune",
    "gazette", "daily", "news", "magazine", "radio", "tv", "television",
    "broadcasting", "motors", "airways", "railways", "railway", "railroad",
    "systems", "technologies", "pharmaceuticals", "energy", "capital",
    "partners", "ventures", "labs", "laboratory", "laboratories", "trust",
    "federation", "federal", "reserve", "administration", "commission",
    "tribunal", "gericht", "landtag", "bundestag", "senat", "rat", "rathaus",
};

/* Words that make a capitalised run a place. */
static const char *const azNxPlaceWord[] = {
    "avenue", "bay", "beach", "city", "county", "district", "fort", "island",
    "islands", "lake", "mount", "mountains", "ocean", "port", "province",
    "region", "river", "saint", "sea", "state", "street", "valley",
};

/* Given names frequent in international news (en, de, fr, es, it, pt, and
** romanised Arabic, Russian, Chinese, Japanese and Korean ones). */
static const char *const azNxGiven[] = {
    "abdul", "abdullah", "adam", "adrian", "ahmed", "alain", "alan", "albert",
    "alberto", "alejandro", "aleksandr", "alex", "alexander", "alexandra",
    "alexei", "alexis", "alfred", "ali", "alice", "alicia", "alison", "amanda",
    "amy", "ana", "andre", "andrea", "andreas", "andrew", "andrés", "andrzej",
    "angela", "angelika", "ann", "anna", "anne", "annalena", "anthony",
    "antoine", "anton", "antonio", "antony", "ashley", "barack", "barbara",
    "ben", "benjamin", "bernard", "bernd", "bernie", "bill", "bob", "boris",
    "brad", "brian", "bruce", "bruno", "carl", "carlos", "carmen", "caroline",
    "catherine", "charles", "charlie", "chris", "christian", "christina",
    "christine", "christoph", "christopher", "claude", "claudia", "colin",
    "cristina", "dan", "daniel", "daniela", "david", "dennis", "diana",
    "diego", "dieter", "dmitry", "dominic", "donald", "doug", "douglas",
    "ed", "edward", "elena", "elizabeth", "ellen", "emily", "emma",
    "emmanuel", "enrique", "eric", "erik", "ernst", "eva", "fabian", "felix",
    "fernando", "francesco", "francis", "francisco", "franco", "frank",
    "franz", "françois", "frederic", "friedrich", "gabriel", "gary", "george",
    "georg", "gerhard", "giorgia", "giovanni", "giuseppe", "gordon", "greg",
    "gregor", "guido", "günter", "hans", "harald", "harry", "heinrich",
    "heinz", "helen", "helmut", "henry", "herbert", "hillary", "horst",
    "hubert", "hugo", "ian", "igor", "ivan", "jack", "jacob", "jacques",
    "jake", "james", "jan", "jane", "janet", "jason", "javier", "jean",
    "jeff", "jennifer", "jens", "jeremy", "jerome", "jessica", "jim",
    "jimmy", "joachim", "joe", "johann", "johannes", "john", "jonathan",
    "jordan", "jorge", "josé", "joseph", "josef", "juan", "julia", "julian",
    "julie", "jürgen", "justin", "kamala", "karen", "karin", "karl", "kate",
    "katharina", "keir", "kevin", "kim", "klaus", "kurt", "larry", "laura",
    "lee", "leo", "linda", "lisa", "liz", "lothar", "louis", "luca", "lucas",
    "luis", "lukas", "manfred", "manuel", "marc", "marcel", "marco",
    "margaret", "maria", "marie", "marine", "mario", "mark", "markus",
    "marta", "martin", "mary", "matt", "matteo", "matthew", "matthias", "max",
    "michael", "michel", "michelle", "miguel", "mike", "mikhail", "mohammed",
    "muhammad", "nancy", "natalie", "nicholas", "nick", "nicolas", "nikolai",
    "nina", "norbert", "olaf", "oliver", "olivier", "pablo", "patricia",
    "patrick", "paul", "paolo", "pedro", "peter", "petra", "philip",
    "philipp", "philippe", "pierre", "rachel", "rainer", "ralf", "ralph",
    "raúl", "rebecca", "richard", "rick", "rishi", "robert", "roberto",
    "robin", "roger", "roland", "rolf", "ron", "ronald", "rudolf", "rudy",
    "ryan", "sabine", "sam", "samuel", "sandra", "sarah", "scott",
    "sebastian", "sergei", "sergey", "silvio", "simon", "sophie", "stefan",
    "stephan", "stephanie", "stephen", "steve", "steven", "susan", "susanne",
    "sven", "thomas", "tim", "timothy", "tom", "tony", "ulrich", "ursula",
    "uwe", "valérie", "vladimir", "volker", "walter", "werner", "william",
    "wolfgang", "xavier", "yuri",
};

/* Chinese surnames (Simplified), common enough to start a name. */
static const char *const azNxZhSurname2[] = {
    "上官", "东方", "公孙", "司徒", "司马", "宇文", "慕容", "欧阳", "诸葛",
    "长孙", "令狐", "夏侯", "皇甫", "尉迟",
};
static const char zNxZhSurname[] =
    "王李张刘陈杨黄赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡"
    "杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪廖贾夏韦邹孟熊秦邱尹薛闫段侯史陶黎贺顾毛"
    "郝龚邵钱严覃戴莫孔汤温习胡俞赖倪殷乔邢";

/* Characters frequent in Chinese given names. */
static const char zNxZhGiven[] =
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华文辉建国新玉春红海云峰林"
    "东亮志宏晓永斌鹏飞龙俊波兰梅琳燕玲萍凤莉欣佳婷雪慧颖丹宁晶鑫浩宇轩博思雨"
    "子涵梓泽晨嘉昊然天一鸿德福生庆荣祥宝安忠成立力光金振民学善兴良家贵秋冬美"
    "芬琴素翠淑珍瑞雅婉惠怡洁萱蕾璐薇菲莹琪晴健彬琦楠岩鹤锋锦铭祖焕熙彦逸凯"
    "瑶婕蓉毅刚豪诚江河山松柏青清源智勤耀鸣维仁义礼信卫武雄威斌涌舟远近平";

/* Characters of transliterated foreign names (Simplified). */
static const char zNxZhTranslit[] =
    "阿埃艾爱安昂奥巴拜班邦鲍贝本比彼宾波伯博布查达戴丹道德迪蒂丁杜顿多厄恩法"
    "菲费芬弗福富盖冈戈格古哈海汉豪赫亨胡华霍基吉加贾杰捷金卡凯坎康柯科克肯库"
    "拉莱赖兰朗劳勒雷蕾里利莉丽列林琳隆卢鲁路伦罗洛马麦曼梅门蒙米姆莫默穆纳娜"
    "奈内妮尼涅努诺欧帕佩彭皮普奇乔切钦琼萨塞桑瑟森沙尚舍什施斯松苏索塔泰坦汤"
    "特提廷图托瓦威韦维温沃乌西希锡谢辛休雅亚扬耶伊因英尤约泽扎詹朱兹佐"
    "尔夫登娅丝娃芙黛薇露赛夏霍兰瑟蒂基莫克里顿伯纳诺茨";

#endif /* NEWSEXT_ENTITIES_WORDS_H */
