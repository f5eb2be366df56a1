-- money_usd(), money_amount(), money_currency() and fx_rates: our own phrases in
-- en, zh, ja, de, fr, es (and a few pt, it, ru), with the exact amount and currency,
-- then what is not money, ambiguity rules, dates, rates and bad input.

-- ---- English ----

-- @test en: Apple paid $3.2 billion for the startup
SELECT money_amount('Apple paid $3.2 billion for the startup'), money_currency('Apple paid $3.2 billion for the startup');
-- > 3200000000.0|USD

-- @test en: a fine of €500 million
SELECT money_amount('a fine of €500 million'), money_currency('a fine of €500 million');
-- > 500000000.0|EUR

-- @test en: revenue rose to £1.25bn last year
SELECT money_amount('revenue rose to £1.25bn last year'), money_currency('revenue rose to £1.25bn last year');
-- > 1250000000.0|GBP

-- @test en: The deal is worth US$450m.
SELECT money_amount('The deal is worth US$450m.'), money_currency('The deal is worth US$450m.');
-- > 450000000.0|USD

-- @test en: shares closed at HK$12.40
SELECT money_amount('shares closed at HK$12.40'), money_currency('shares closed at HK$12.40');
-- > 12.4|HKD

-- @test en: a C$75 million contract
SELECT money_amount('a C$75 million contract'), money_currency('a C$75 million contract');
-- > 75000000.0|CAD

-- @test en: A$2.5 billion in new debt
SELECT money_amount('A$2.5 billion in new debt'), money_currency('A$2.5 billion in new debt');
-- > 2500000000.0|AUD

-- @test en: an S$300,000 grant
SELECT money_amount('an S$300,000 grant'), money_currency('an S$300,000 grant');
-- > 300000.0|SGD

-- @test en: the phone costs ₹4,999
SELECT money_amount('the phone costs ₹4,999'), money_currency('the phone costs ₹4,999');
-- > 4999.0|INR

-- @test en: a ₩1.2 trillion budget
SELECT money_amount('a ₩1.2 trillion budget'), money_currency('a ₩1.2 trillion budget');
-- > 1200000000000.0|KRW

-- @test en: a ₽50 billion loan
SELECT money_amount('a ₽50 billion loan'), money_currency('a ₽50 billion loan');
-- > 50000000000.0|RUB

-- @test en: USD 5m in fees
SELECT money_amount('USD 5m in fees'), money_currency('USD 5m in fees');
-- > 5000000.0|USD

-- @test en: tickets at 5 EUR each
SELECT money_amount('tickets at 5 EUR each'), money_currency('tickets at 5 EUR each');
-- > 5.0|EUR

-- @test en: raised 12 million dollars
SELECT money_amount('raised 12 million dollars'), money_currency('raised 12 million dollars');
-- > 12000000.0|USD

-- @test en: two million dollars in aid
SELECT money_amount('two million dollars in aid'), money_currency('two million dollars in aid');
-- > 2000000.0|USD

-- @test en: three hundred fifty thousand dollars
SELECT money_amount('three hundred fifty thousand dollars'), money_currency('three hundred fifty thousand dollars');
-- > 350000.0|USD

-- @test en: a million dollars
SELECT money_amount('a million dollars'), money_currency('a million dollars');
-- > 1000000.0|USD

-- @test en: nearly $4 million
SELECT money_amount('nearly $4 million'), money_currency('nearly $4 million');
-- > 4000000.0|USD

-- @test en: more than 1,000 U.S. dollars
SELECT money_amount('more than 1,000 U.S. dollars'), money_currency('more than 1,000 U.S. dollars');
-- > 1000.0|USD

-- @test en: a $5-10 million round
SELECT money_amount('a $5-10 million round'), money_currency('a $5-10 million round');
-- > 5000000.0|USD

-- @test en: Tokyo set aside ¥300 billion
SELECT money_amount('Tokyo set aside ¥300 billion'), money_currency('Tokyo set aside ¥300 billion');
-- > 300000000000.0|JPY

-- @test en: CHF 20 million
SELECT money_amount('CHF 20 million'), money_currency('CHF 20 million');
-- > 20000000.0|CHF

-- @test en: 20 Swiss francs
SELECT money_amount('20 Swiss francs'), money_currency('20 Swiss francs');
-- > 20.0|CHF

-- @test en: stamps cost 50 cents
SELECT money_amount('stamps cost 50 cents'), money_currency('stamps cost 50 cents');
-- > 0.5|USD

-- @test en: Rs 500 crore
SELECT money_amount('Rs 500 crore'), money_currency('Rs 500 crore');
-- > 5000000000.0|INR

-- @test en: NT$3,000 per month
SELECT money_amount('NT$3,000 per month'), money_currency('NT$3,000 per month');
-- > 3000.0|TWD

-- @test en: a $1.5tn stimulus
SELECT money_amount('a $1.5tn stimulus'), money_currency('a $1.5tn stimulus');
-- > 1500000000000.0|USD

-- @test en: a £30k salary
SELECT money_amount('a £30k salary'), money_currency('a £30k salary');
-- > 30000.0|GBP

-- @test en: MX$200 per night
SELECT money_amount('MX$200 per night'), money_currency('MX$200 per night');
-- > 200.0|MXN

-- @test en: USD 1,234.56
SELECT money_amount('USD 1,234.56'), money_currency('USD 1,234.56');
-- > 1234.56|USD

-- @test en: fined 4.3 billion euros
SELECT money_amount('fined 4.3 billion euros'), money_currency('fined 4.3 billion euros');
-- > 4300000000.0|EUR

-- @test en: R$10 billion in bonds
SELECT money_amount('R$10 billion in bonds'), money_currency('R$10 billion in bonds');
-- > 10000000000.0|BRL

-- @test en: a $15 ticket
SELECT money_amount('a $15 ticket'), money_currency('a $15 ticket');
-- > 15.0|USD

-- @test en: about 250 million pounds
SELECT money_amount('about 250 million pounds'), money_currency('about 250 million pounds');
-- > 250000000.0|GBP

-- @test en: EUR20 per share
SELECT money_amount('EUR20 per share'), money_currency('EUR20 per share');
-- > 20.0|EUR

-- @test en: 10 dollars and 25 cents
SELECT money_amount('10 dollars and 25 cents'), money_currency('10 dollars and 25 cents');
-- > 10.25|USD

-- @test en: a budget of $ 48.2 million
SELECT money_amount('a budget of $ 48.2 million'), money_currency('a budget of $ 48.2 million');
-- > 48200000.0|USD

-- @test en: 3 bn euros
SELECT money_amount('3 bn euros'), money_currency('3 bn euros');
-- > 3000000000.0|EUR

-- @test en: roughly 40,000 yen
SELECT money_amount('roughly 40,000 yen'), money_currency('roughly 40,000 yen');
-- > 40000.0|JPY

-- @test en: a 2 billion yuan fund
SELECT money_amount('a 2 billion yuan fund'), money_currency('a 2 billion yuan fund');
-- > 2000000000.0|CNY

-- @test en: 35 lakh rupees
SELECT money_amount('35 lakh rupees'), money_currency('35 lakh rupees');
-- > 3500000.0|INR

-- @test en: 12,34,567.89 rupees
SELECT money_amount('12,34,567.89 rupees'), money_currency('12,34,567.89 rupees');
-- > 1234567.89|INR

-- @test en: £5.50 a pint
SELECT money_amount('£5.50 a pint'), money_currency('£5.50 a pint');
-- > 5.5|GBP

-- @test en: under $100
SELECT money_amount('under $100'), money_currency('under $100');
-- > 100.0|USD

-- @test en: revenue of 120 MEUR
SELECT money_amount('revenue of 120 MEUR'), money_currency('revenue of 120 MEUR');
-- > 120000000.0|EUR

-- @test en: $10K bonus
SELECT money_amount('$10K bonus'), money_currency('$10K bonus');
-- > 10000.0|USD

-- @test en: between $2 and $3 billion
SELECT money_amount('between $2 and $3 billion'), money_currency('between $2 and $3 billion');
-- > 2000000000.0|USD

-- ---- Chinese ----

-- @test zh: 营收达92亿美元
SELECT money_amount('营收达92亿美元'), money_currency('营收达92亿美元');
-- > 9200000000.0|USD

-- @test zh: 融资5000万美元
SELECT money_amount('融资5000万美元'), money_currency('融资5000万美元');
-- > 50000000.0|USD

-- @test zh: 融资5000 万美元
SELECT money_amount('融资5000 万美元'), money_currency('融资5000 万美元');
-- > 50000000.0|USD

-- @test zh: 投资两千亿元
SELECT money_amount('投资两千亿元'), money_currency('投资两千亿元');
-- > 200000000000.0|CNY

-- @test zh: 罚款三千万人民币
SELECT money_amount('罚款三千万人民币'), money_currency('罚款三千万人民币');
-- > 30000000.0|CNY

-- @test zh: 奖金一百五十万元
SELECT money_amount('奖金一百五十万元'), money_currency('奖金一百五十万元');
-- > 1500000.0|CNY

-- @test zh: 人民币50亿元
SELECT money_amount('人民币50亿元'), money_currency('人民币50亿元');
-- > 5000000000.0|CNY

-- @test zh: 港币3亿
SELECT money_amount('港币3亿'), money_currency('港币3亿');
-- > 300000000.0|HKD

-- @test zh: 约1.2万亿日元
SELECT money_amount('约1.2万亿日元'), money_currency('约1.2万亿日元');
-- > 1200000000000.0|JPY

-- @test zh: 近500亿港元
SELECT money_amount('近500亿港元'), money_currency('近500亿港元');
-- > 50000000000.0|HKD

-- @test zh: 逾3亿欧元
SELECT money_amount('逾3亿欧元'), money_currency('逾3亿欧元');
-- > 300000000.0|EUR

-- @test zh: 超过100万英镑
SELECT money_amount('超过100万英镑'), money_currency('超过100万英镑');
-- > 1000000.0|GBP

-- @test zh: 不到10元
SELECT money_amount('不到10元'), money_currency('不到10元');
-- > 10.0|CNY

-- @test zh: 售价为￥88
SELECT money_amount('售价为￥88'), money_currency('售价为￥88');
-- > 88.0|CNY

-- @test zh: 售价为¥88元
SELECT money_amount('售价为¥88元'), money_currency('售价为¥88元');
-- > 88.0|CNY

-- @test zh: 5至10亿美元
SELECT money_amount('5至10亿美元'), money_currency('5至10亿美元');
-- > 500000000.0|USD

-- @test zh: 1亿2000万元
SELECT money_amount('1亿2000万元'), money_currency('1亿2000万元');
-- > 120000000.0|CNY

-- @test zh: 新台币 177.1 亿元
SELECT money_amount('新台币 177.1 亿元'), money_currency('新台币 177.1 亿元');
-- > 17710000000.0|TWD

-- @test zh: 四十九兆九千五百九十二億元
SELECT money_amount('四十九兆九千五百九十二億元'), money_currency('四十九兆九千五百九十二億元');
-- > 49959200000000.0|CNY

-- @test zh: 五元三毛
SELECT money_amount('五元三毛'), money_currency('五元三毛');
-- > 5.3|CNY

-- @test zh: 3.5万亿韩元
SELECT money_amount('3.5万亿韩元'), money_currency('3.5万亿韩元');
-- > 3500000000000.0|KRW

-- @test zh: 十美元
SELECT money_amount('十美元'), money_currency('十美元');
-- > 10.0|USD

-- @test zh: 美金200万
SELECT money_amount('美金200万'), money_currency('美金200万');
-- > 2000000.0|USD

-- @test zh: 850万瑞士法郎
SELECT money_amount('850万瑞士法郎'), money_currency('850万瑞士法郎');
-- > 8500000.0|CHF

-- @test zh: 100万澳元
SELECT money_amount('100万澳元'), money_currency('100万澳元');
-- > 1000000.0|AUD

-- @test zh: 2000万加元
SELECT money_amount('2000万加元'), money_currency('2000万加元');
-- > 20000000.0|CAD

-- @test zh: 1200亿卢布
SELECT money_amount('1200亿卢布'), money_currency('1200亿卢布');
-- > 120000000000.0|RUB

-- @test zh: 人民币 8千元
SELECT money_amount('人民币 8千元'), money_currency('人民币 8千元');
-- > 8000.0|CNY

-- @test zh: 八千块
SELECT money_amount('八千块'), money_currency('八千块');
-- > 8000.0|CNY

-- @test zh: 1,280元
SELECT money_amount('1,280元'), money_currency('1,280元');
-- > 1280.0|CNY

-- @test zh: １２万元
SELECT money_amount('１２万元'), money_currency('１２万元');
-- > 120000.0|CNY

-- @test zh: 两美元又三美分
SELECT money_amount('两美元又三美分'), money_currency('两美元又三美分');
-- > 2.03|USD

-- @test zh: 50元6角3分
SELECT money_amount('50元6角3分'), money_currency('50元6角3分');
-- > 50.63|CNY

-- @test zh: 3千万亿日元
SELECT money_amount('3千万亿日元'), money_currency('3千万亿日元');
-- > 3.0e+15|JPY

-- @test zh: 宝安以每股1.95港元收购
SELECT money_amount('宝安以每股1.95港元收购'), money_currency('宝安以每股1.95港元收购');
-- > 1.95|HKD

-- @test zh: 央行5306亿新台币
SELECT money_amount('央行5306亿新台币'), money_currency('央行5306亿新台币');
-- > 530600000000.0|TWD

-- @test zh: 壹万贰仟元
SELECT money_amount('壹万贰仟元'), money_currency('壹万贰仟元');
-- > 12000.0|CNY

-- @test zh: 九百亿美元
SELECT money_amount('九百亿美元'), money_currency('九百亿美元');
-- > 90000000000.0|USD

-- ---- Japanese ----

-- @test ja: 35億円
SELECT money_amount('35億円'), money_currency('35億円');
-- > 3500000000.0|JPY

-- @test ja: 1,280円です
SELECT money_amount('1,280円です'), money_currency('1,280円です');
-- > 1280.0|JPY

-- @test ja: これは7万円です
SELECT money_amount('これは7万円です'), money_currency('これは7万円です');
-- > 70000.0|JPY

-- @test ja: 千円あります
SELECT money_amount('千円あります'), money_currency('千円あります');
-- > 1000.0|JPY

-- @test ja: 1200億ドルが流出
SELECT money_amount('1200億ドルが流出'), money_currency('1200億ドルが流出');
-- > 120000000000.0|USD

-- @test ja: 約5000万ユーロ
SELECT money_amount('約5000万ユーロ'), money_currency('約5000万ユーロ');
-- > 50000000.0|EUR

-- @test ja: 2ドル3セント
SELECT money_amount('2ドル3セント'), money_currency('2ドル3セント');
-- > 2.03|USD

-- @test ja: 2222円13銭
SELECT money_amount('2222円13銭'), money_currency('2222円13銭');
-- > 2222.13|JPY

-- @test ja: 10億香港ドル
SELECT money_amount('10億香港ドル'), money_currency('10億香港ドル');
-- > 1000000000.0|HKD

-- @test ja: 36.57億人民元
SELECT money_amount('36.57億人民元'), money_currency('36.57億人民元');
-- > 3657000000.0|CNY

-- @test ja: 価格は¥500です
SELECT money_amount('価格は¥500です'), money_currency('価格は¥500です');
-- > 500.0|JPY

-- @test ja: 四十九兆九千五百九十二億円
SELECT money_amount('四十九兆九千五百九十二億円'), money_currency('四十九兆九千五百九十二億円');
-- > 49959200000000.0|JPY

-- @test ja: 三百万円
SELECT money_amount('三百万円'), money_currency('三百万円');
-- > 3000000.0|JPY

-- @test ja: 1万億円
SELECT money_amount('1万億円'), money_currency('1万億円');
-- > 1000000000000.0|JPY

-- @test ja: 百億円の赤字
SELECT money_amount('百億円の赤字'), money_currency('百億円の赤字');
-- > 10000000000.0|JPY

-- @test ja: 15ポンドの本
SELECT money_amount('15ポンドの本'), money_currency('15ポンドの本');
-- > 15.0|GBP

-- @test ja: 3000ウォン
SELECT money_amount('3000ウォン'), money_currency('3000ウォン');
-- > 3000.0|KRW

-- @test ja: 5,000ルピー
SELECT money_amount('5,000ルピー'), money_currency('5,000ルピー');
-- > 5000.0|INR

-- @test ja: 2億ルーブル
SELECT money_amount('2億ルーブル'), money_currency('2億ルーブル');
-- > 200000000.0|RUB

-- @test ja: 100米ドル
SELECT money_amount('100米ドル'), money_currency('100米ドル');
-- > 100.0|USD

-- @test ja: 7  万  円
SELECT money_amount('7  万  円'), money_currency('7  万  円');
-- > 70000.0|JPY

-- @test ja: 1.0092スイス・フラン
SELECT money_amount('1.0092スイス・フラン'), money_currency('1.0092スイス・フラン');
-- > 1.0092|CHF

-- @test ja: 5人民元と3角
SELECT money_amount('5人民元と3角'), money_currency('5人民元と3角');
-- > 5.3|CNY

-- @test ja: 545ドルと5セント
SELECT money_amount('545ドルと5セント'), money_currency('545ドルと5セント');
-- > 545.05|USD

-- @test ja: ２０００円
SELECT money_amount('２０００円'), money_currency('２０００円');
-- > 2000.0|JPY

-- ---- German ----

-- @test de: Umsatz: 50 Mio. US-Dollar
SELECT money_amount('Umsatz: 50 Mio. US-Dollar'), money_currency('Umsatz: 50 Mio. US-Dollar');
-- > 50000000.0|USD

-- @test de: 3,5 Milliarden Euro
SELECT money_amount('3,5 Milliarden Euro'), money_currency('3,5 Milliarden Euro');
-- > 3500000000.0|EUR

-- @test de: 1 Billion Euro
SELECT money_amount('1 Billion Euro'), money_currency('1 Billion Euro');
-- > 1000000000000.0|EUR

-- @test de: zwei Millionen Euro
SELECT money_amount('zwei Millionen Euro'), money_currency('zwei Millionen Euro');
-- > 2000000.0|EUR

-- @test de: rund 12.500 Euro
SELECT money_amount('rund 12.500 Euro'), money_currency('rund 12.500 Euro');
-- > 12500.0|EUR

-- @test de: knapp 1,2 Mrd. Euro
SELECT money_amount('knapp 1,2 Mrd. Euro'), money_currency('knapp 1,2 Mrd. Euro');
-- > 1200000000.0|EUR

-- @test de: über 300 Tsd. Euro
SELECT money_amount('über 300 Tsd. Euro'), money_currency('über 300 Tsd. Euro');
-- > 300000.0|EUR

-- @test de: zwischen 3 und 4 Mio. Euro
SELECT money_amount('zwischen 3 und 4 Mio. Euro'), money_currency('zwischen 3 und 4 Mio. Euro');
-- > 3000000.0|EUR

-- @test de: siebenhundert Euro
SELECT money_amount('siebenhundert Euro'), money_currency('siebenhundert Euro');
-- > 700.0|EUR

-- @test de: achtundsiebzig Millionen Dollar
SELECT money_amount('achtundsiebzig Millionen Dollar'), money_currency('achtundsiebzig Millionen Dollar');
-- > 78000000.0|USD

-- @test de: 20 Franken
SELECT money_amount('20 Franken'), money_currency('20 Franken');
-- > 20.0|CHF

-- @test de: 100 Pfund
SELECT money_amount('100 Pfund'), money_currency('100 Pfund');
-- > 100.0|GBP

-- @test de: 15 Dollar und 15 Cent
SELECT money_amount('15 Dollar und 15 Cent'), money_currency('15 Dollar und 15 Cent');
-- > 15.15|USD

-- @test de: zwei Euro fünfzig
SELECT money_amount('zwei Euro fünfzig'), money_currency('zwei Euro fünfzig');
-- > 2.5|EUR

-- @test de: 1.234,56 €
SELECT money_amount('1.234,56 €'), money_currency('1.234,56 €');
-- > 1234.56|EUR

-- @test de: 5 Mio. EUR
SELECT money_amount('5 Mio. EUR'), money_currency('5 Mio. EUR');
-- > 5000000.0|EUR

-- @test de: Das dürften ca. 99 $ sein.
SELECT money_amount('Das dürften ca. 99 $ sein.'), money_currency('Das dürften ca. 99 $ sein.');
-- > 99.0|USD

-- @test de: 300 000 GBP
SELECT money_amount('300 000 GBP'), money_currency('300 000 GBP');
-- > 300000.0|GBP

-- @test de: 3 Billionen Yen
SELECT money_amount('3 Billionen Yen'), money_currency('3 Billionen Yen');
-- > 3000000000000.0|JPY

-- @test de: 12 500 EUR
SELECT money_amount('12 500 EUR'), money_currency('12 500 EUR');
-- > 12500.0|EUR

-- @test de: 1’250.50 CHF
SELECT money_amount('1’250.50 CHF'), money_currency('1’250.50 CHF');
-- > 1250.5|CHF

-- @test de: 100 DM
SELECT money_amount('100 DM'), money_currency('100 DM');
-- > 100.0|DEM

-- @test de: eine Milliarde Dollar
SELECT money_amount('eine Milliarde Dollar'), money_currency('eine Milliarde Dollar');
-- > 1000000000.0|USD

-- @test de: 16,4 Millionen kanadische Dollar
SELECT money_amount('16,4 Millionen kanadische Dollar'), money_currency('16,4 Millionen kanadische Dollar');
-- > 16400000.0|CAD

-- @test de: fünfundvierzig Euro
SELECT money_amount('fünfundvierzig Euro'), money_currency('fünfundvierzig Euro');
-- > 45.0|EUR

-- @test de: 2,5 Mio USD
SELECT money_amount('2,5 Mio USD'), money_currency('2,5 Mio USD');
-- > 2500000.0|USD

-- @test de: dreitausend Euro
SELECT money_amount('dreitausend Euro'), money_currency('dreitausend Euro');
-- > 3000.0|EUR

-- ---- French ----

-- @test fr: 50 millions de dollars
SELECT money_amount('50 millions de dollars'), money_currency('50 millions de dollars');
-- > 50000000.0|USD

-- @test fr: deux milliards d'euros
SELECT money_amount('deux milliards d''euros'), money_currency('deux milliards d''euros');
-- > 2000000000.0|EUR

-- @test fr: 1,5 milliard d’euros
SELECT money_amount('1,5 milliard d’euros'), money_currency('1,5 milliard d’euros');
-- > 1500000000.0|EUR

-- @test fr: environ 300 000 euros
SELECT money_amount('environ 300 000 euros'), money_currency('environ 300 000 euros');
-- > 300000.0|EUR

-- @test fr: près de 20 millions de livres sterling
SELECT money_amount('près de 20 millions de livres sterling'), money_currency('près de 20 millions de livres sterling');
-- > 20000000.0|GBP

-- @test fr: 10 francs suisses
SELECT money_amount('10 francs suisses'), money_currency('10 francs suisses');
-- > 10.0|CHF

-- @test fr: plus de 4 Md€
SELECT money_amount('plus de 4 Md€'), money_currency('plus de 4 Md€');
-- > 4000000000.0|EUR

-- @test fr: 5 M€ de budget
SELECT money_amount('5 M€ de budget'), money_currency('5 M€ de budget');
-- > 5000000.0|EUR

-- @test fr: un billion d'euros
SELECT money_amount('un billion d''euros'), money_currency('un billion d''euros');
-- > 1000000000000.0|EUR

-- @test fr: vingt-cinq euros
SELECT money_amount('vingt-cinq euros'), money_currency('vingt-cinq euros');
-- > 25.0|EUR

-- @test fr: quatre-vingt-dix dollars
SELECT money_amount('quatre-vingt-dix dollars'), money_currency('quatre-vingt-dix dollars');
-- > 90.0|USD

-- @test fr: 1 200 euros
SELECT money_amount('1 200 euros'), money_currency('1 200 euros');
-- > 1200.0|EUR

-- @test fr: 12,5 millions de dollars américains
SELECT money_amount('12,5 millions de dollars américains'), money_currency('12,5 millions de dollars américains');
-- > 12500000.0|USD

-- @test fr: 3 000 milliards de yens
SELECT money_amount('3 000 milliards de yens'), money_currency('3 000 milliards de yens');
-- > 3000000000000.0|JPY

-- @test fr: 30 millions de yuans
SELECT money_amount('30 millions de yuans'), money_currency('30 millions de yuans');
-- > 30000000.0|CNY

-- @test fr: 12,5 $
SELECT money_amount('12,5 $'), money_currency('12,5 $');
-- > 12.5|USD

-- @test fr: deux cents euros
SELECT money_amount('deux cents euros'), money_currency('deux cents euros');
-- > 200.0|EUR

-- @test fr: treize euros et quarante-cinq centimes
SELECT money_amount('treize euros et quarante-cinq centimes'), money_currency('treize euros et quarante-cinq centimes');
-- > 13.45|EUR

-- @test fr: mille euros
SELECT money_amount('mille euros'), money_currency('mille euros');
-- > 1000.0|EUR

-- @test fr: 7,5 milliards de dollars canadiens
SELECT money_amount('7,5 milliards de dollars canadiens'), money_currency('7,5 milliards de dollars canadiens');
-- > 7500000000.0|CAD

-- ---- Spanish ----

-- @test es: 50 millones de dólares
SELECT money_amount('50 millones de dólares'), money_currency('50 millones de dólares');
-- > 50000000.0|USD

-- @test es: mil millones de euros
SELECT money_amount('mil millones de euros'), money_currency('mil millones de euros');
-- > 1000000000.0|EUR

-- @test es: dos millones de dólares
SELECT money_amount('dos millones de dólares'), money_currency('dos millones de dólares');
-- > 2000000.0|USD

-- @test es: 3.000 millones de euros
SELECT money_amount('3.000 millones de euros'), money_currency('3.000 millones de euros');
-- > 3000000000.0|EUR

-- @test es: 1,5 billones de pesos
SELECT money_amount('1,5 billones de pesos'), money_currency('1,5 billones de pesos');
-- > 1500000000000.0|MXN

-- @test es: unos 200 euros
SELECT money_amount('unos 200 euros'), money_currency('unos 200 euros');
-- > 200.0|EUR

-- @test es: más de 4 millones de libras
SELECT money_amount('más de 4 millones de libras'), money_currency('más de 4 millones de libras');
-- > 4000000.0|GBP

-- @test es: US$ 30 millones
SELECT money_amount('US$ 30 millones'), money_currency('US$ 30 millones');
-- > 30000000.0|USD

-- @test es: doscientos cuarenta y cinco euros
SELECT money_amount('doscientos cuarenta y cinco euros'), money_currency('doscientos cuarenta y cinco euros');
-- > 245.0|EUR

-- @test es: 15 dólares y 15 centavos
SELECT money_amount('15 dólares y 15 centavos'), money_currency('15 dólares y 15 centavos');
-- > 15.15|USD

-- @test es: cien dólares
SELECT money_amount('cien dólares'), money_currency('cien dólares');
-- > 100.0|USD

-- @test es: 25 mil dólares
SELECT money_amount('25 mil dólares'), money_currency('25 mil dólares');
-- > 25000.0|USD

-- @test es: 500 millones de yenes
SELECT money_amount('500 millones de yenes'), money_currency('500 millones de yenes');
-- > 500000000.0|JPY

-- @test es: 1.200 millones de yuanes
SELECT money_amount('1.200 millones de yuanes'), money_currency('1.200 millones de yuanes');
-- > 1200000000.0|CNY

-- @test es: veinticinco euros
SELECT money_amount('veinticinco euros'), money_currency('veinticinco euros');
-- > 25.0|EUR

-- @test es: quinientos mil dólares
SELECT money_amount('quinientos mil dólares'), money_currency('quinientos mil dólares');
-- > 500000.0|USD

-- @test es: 3 euros con 99 céntimos
SELECT money_amount('3 euros con 99 céntimos'), money_currency('3 euros con 99 céntimos');
-- > 3.99|EUR

-- ---- Portuguese ----

-- @test pt: R$ 2,5 bilhões
SELECT money_amount('R$ 2,5 bilhões'), money_currency('R$ 2,5 bilhões');
-- > 2500000000.0|BRL

-- @test pt: 300 milhões de reais
SELECT money_amount('300 milhões de reais'), money_currency('300 milhões de reais');
-- > 300000000.0|BRL

-- ---- Italian ----

-- @test it: 300 milioni di euro
SELECT money_amount('300 milioni di euro'), money_currency('300 milioni di euro');
-- > 300000000.0|EUR

-- @test it: 2 miliardi di dollari
SELECT money_amount('2 miliardi di dollari'), money_currency('2 miliardi di dollari');
-- > 2000000000.0|USD

-- ---- Russian ----

-- @test ru: 5 млрд рублей
SELECT money_amount('5 млрд рублей'), money_currency('5 млрд рублей');
-- > 5000000000.0|RUB

-- @test ru: 100 долларов
SELECT money_amount('100 долларов'), money_currency('100 долларов');
-- > 100.0|USD

-- @test ru: 1,5 млн евро
SELECT money_amount('1,5 млн евро'), money_currency('1,5 млн евро');
-- > 1500000.0|EUR

-- ---- not money: counts, percentages, years, phone numbers, ids ----

-- @test not money (en): nearly 4 million customers
SELECT money_amount('nearly 4 million customers'), money_currency('nearly 4 million customers'), money_usd('nearly 4 million customers');
-- > NULL|NULL|NULL

-- @test not money (en): sales grew 5% in 2023
SELECT money_amount('sales grew 5% in 2023'), money_currency('sales grew 5% in 2023'), money_usd('sales grew 5% in 2023');
-- > NULL|NULL|NULL

-- @test not money (en): call 555-1234 now
SELECT money_amount('call 555-1234 now'), money_currency('call 555-1234 now'), money_usd('call 555-1234 now');
-- > NULL|NULL|NULL

-- @test not money (en): in 1999 the company had 300 staff
SELECT money_amount('in 1999 the company had 300 staff'), money_currency('in 1999 the company had 300 staff'), money_usd('in 1999 the company had 300 staff');
-- > NULL|NULL|NULL

-- @test not money (en): the A380 has 4 engines
SELECT money_amount('the A380 has 4 engines'), money_currency('the A380 has 4 engines'), money_usd('the A380 has 4 engines');
-- > NULL|NULL|NULL

-- @test not money (zh): 拥有400万客户
SELECT money_amount('拥有400万客户'), money_currency('拥有400万客户'), money_usd('拥有400万客户');
-- > NULL|NULL|NULL

-- @test not money (zh): 增长了5%
SELECT money_amount('增长了5%'), money_currency('增长了5%'), money_usd('增长了5%');
-- > NULL|NULL|NULL

-- @test not money (zh): 2016年
SELECT money_amount('2016年'), money_currency('2016年'), money_usd('2016年');
-- > NULL|NULL|NULL

-- @test not money (zh): 人民币 美元
SELECT money_amount('人民币 美元'), money_currency('人民币 美元'), money_usd('人民币 美元');
-- > NULL|NULL|NULL

-- @test not money (zh): 两个亿
SELECT money_amount('两个亿'), money_currency('两个亿'), money_usd('两个亿');
-- > NULL|NULL|NULL

-- @test not money (ja): 次の停車駅は銭函
SELECT money_amount('次の停車駅は銭函'), money_currency('次の停車駅は銭函'), money_usd('次の停車駅は銭函');
-- > NULL|NULL|NULL

-- @test not money (ja): 人口は1億2千万人
SELECT money_amount('人口は1億2千万人'), money_currency('人口は1億2千万人'), money_usd('人口は1億2千万人');
-- > NULL|NULL|NULL

-- @test not money (de): Der Umsatz stieg um 5 Prozent
SELECT money_amount('Der Umsatz stieg um 5 Prozent'), money_currency('Der Umsatz stieg um 5 Prozent'), money_usd('Der Umsatz stieg um 5 Prozent');
-- > NULL|NULL|NULL

-- @test not money (de): im Jahr 2020
SELECT money_amount('im Jahr 2020'), money_currency('im Jahr 2020'), money_usd('im Jahr 2020');
-- > NULL|NULL|NULL

-- @test not money (fr): les 35 heures
SELECT money_amount('les 35 heures'), money_currency('les 35 heures'), money_usd('les 35 heures');
-- > NULL|NULL|NULL

-- @test not money (es): tiene 20 años
SELECT money_amount('tiene 20 años'), money_currency('tiene 20 años'), money_usd('tiene 20 años');
-- > NULL|NULL|NULL

-- @test not money (en): order A202107211321363588510367
SELECT money_amount('order A202107211321363588510367'), money_currency('order A202107211321363588510367'), money_usd('order A202107211321363588510367');
-- > NULL|NULL|NULL


-- ---- ambiguity rules ----

-- @test ¥ is CNY in Chinese text and JPY otherwise
SELECT money_currency('售价¥99'), money_currency('価格は¥99です'), money_currency('it costs ¥99');
-- > CNY|JPY|JPY

-- @test $ alone is USD; prefixed dollars are not
SELECT money_currency('$5'), money_currency('C$5'), money_currency('A$5'), money_currency('HK$5'), money_currency('NT$5'), money_currency('S$5'), money_currency('R$5'), money_currency('MX$5');
-- > USD|CAD|AUD|HKD|TWD|SGD|BRL|MXN

-- @test 元 is CNY unless another currency names it
SELECT money_currency('100元'), money_currency('100港元'), money_currency('100日元'), money_currency('100美元'), money_currency('新台币100元');
-- > CNY|HKD|JPY|USD|TWD

-- @test francs are French francs before 2002 when the date says so, Swiss francs otherwise
SELECT money_currency('100 francs'), round(money_usd('100 francs', '1995') / money_usd('100 FRF', '1995'), 9), round(money_usd('100 francs', '2010') / money_usd('100 CHF', '2010'), 9);
-- > CHF|1.0|1.0

-- @test a German Billion is 10^12, an English billion 10^9
SELECT money_amount('2 Billionen Euro'), money_amount('2 billion euros'), money_amount('2 Billion Dollars');
-- > 2000000000000.0|2000000000.0|2000000000.0

-- @test 1.234 and 1,234: English and continental readings
SELECT money_amount('$1,234'), money_amount('1.234 €'), money_amount('$1.234 million'), money_amount('1.234 Millionen Euro'), money_amount('1,5 Mio. Euro');
-- > 1234.0|1234.0|1234000.0|1234000000.0|1500000.0

-- @test ranges: the scalars return the low bound
SELECT money_amount('$5-10 million'), money_amount('5至10亿美元'), money_amount('zwischen 3 und 4 Mio. Euro'), money_amount('entre 2 et 3 milliards d''euros');
-- > 5000000.0|500000000.0|3000000.0|2000000000.0

-- @test qualifiers leave the value as written
SELECT money_amount('about $5 million'), money_amount('近5000万美元'), money_amount('knapp 5 Mio. Euro'), money_amount('plus de 5 millions d''euros');
-- > 5000000.0|50000000.0|5000000.0|5000000.0

-- @test the first money expression is the one the scalars read
SELECT money_amount('from $3 million to €4 million'), money_currency('5 years and 20 euros later, $3');
-- > 3000000.0|EUR

-- ---- money_usd: dates and rates ----

-- @test money_usd of US dollars is the amount
SELECT money_usd('$5 million'), money_usd('$5 million', '2020-06-15'), money_usd('$5', '1980');
-- > 5000000.0|5000000.0|5.0

-- @test money_usd converts at the month's FRED rate
SELECT round(money_usd('100 EUR', '2024-05-17') - 100 * (SELECT usd_per_unit FROM fx_rates WHERE currency = 'EUR' AND period = '2024-05'), 9);
-- > 0.0

-- @test a year selects the mean of its months for FRED currencies
SELECT round(money_usd('100 EUR', '2023') - 100 * (SELECT avg(usd_per_unit) FROM fx_rates WHERE currency = 'EUR' AND period LIKE '2023-%'), 9);
-- > 0.0

-- @test IMF annual rates for currencies FRED does not have
SELECT round(money_usd('1000 XOF', '2020-03') - 1000 * (SELECT usd_per_unit FROM fx_rates WHERE currency = 'XOF' AND period = '2020'), 9);
-- > 0.0

-- @test without a date, the newest rate
SELECT money_usd('100 EUR') = 100 * (SELECT usd_per_unit FROM fx_rates WHERE currency = 'EUR' AND source = 'FRED' ORDER BY period DESC LIMIT 1);
-- > 1

-- @test a date outside the table uses the nearest period
SELECT money_usd('100 EUR', '2199') = money_usd('100 EUR'), money_usd('100 EUR', '1950-01') = 100 * (SELECT usd_per_unit FROM fx_rates WHERE currency = 'EUR' AND source = 'FRED' ORDER BY period LIMIT 1);
-- > 1|1

-- @test legacy euro currencies go through the fixed euro rate after 1999
SELECT round(money_usd('1955.83 DEM', '2010-05') / money_usd('1000 EUR', '2010-05'), 9), round(money_usd('6559.57 FRF', '2015') / money_usd('1000 EUR', '2015'), 9);
-- > 1.0|1.0

-- @test legacy currencies before the euro use their own rate
SELECT money_usd('100 DEM', '1990-06') = 100 * (SELECT usd_per_unit FROM fx_rates WHERE currency = 'DEM' AND period = '1990-06');
-- > 1

-- @test money_usd of a currency without a rate is NULL, its amount and code are kept
SELECT money_usd('5 bitcoins'), money_amount('100 PAB'), money_currency('100 PAB');
-- > NULL|100.0|PAB

-- ---- fx_rates ----

-- @test fx_rates lists FRED months and IMF years
SELECT count(*) > 20000, count(DISTINCT currency) > 150, count(DISTINCT source) FROM fx_rates;
-- > 1|1|2

-- @test fx_rates: US dollars per unit (GBP above 1, JPY below 0.01)
SELECT (SELECT usd_per_unit FROM fx_rates WHERE currency = 'GBP' AND period = '2024-05') BETWEEN 1.1 AND 1.4, (SELECT usd_per_unit FROM fx_rates WHERE currency = 'JPY' AND period = '2024-05') < 0.01, (SELECT usd_per_unit FROM fx_rates WHERE currency = 'AUD' AND period = '2024-05') BETWEEN 0.6 AND 0.7;
-- > 1|1|1

-- @test fx_rates periods: YYYY-MM for FRED, YYYY for the IMF
SELECT period, source FROM fx_rates WHERE currency = 'USD' AND period = '2000';
-- > 2000|IMF

-- @test fx_rates with an unknown currency has no rows
SELECT count(*) FROM fx_rates WHERE currency = 'XYZ';
-- > 0

-- @test fx_rates is eponymous only
CREATE VIRTUAL TABLE t_fx USING fx_rates;
-- ! fx_rates

-- ---- bad input ----

-- @test NULL gives NULL
SELECT money_usd(NULL), money_usd(NULL, '2020'), money_amount(NULL), money_currency(NULL), money_usd('$5', NULL);
-- > NULL|NULL|NULL|NULL|5.0

-- @test a malformed date is an error
SELECT money_usd('$5', 'soon');
-- ! money_usd(): invalid date 'soon' (expected YYYY-MM-DD, YYYY-MM or YYYY)

-- @test a month out of range is an error
SELECT money_usd('$5', '2024-13');
-- ! money_usd(): invalid date '2024-13' (expected YYYY-MM-DD, YYYY-MM or YYYY)

-- @test a date with a time is accepted
SELECT money_usd('$5', '2024-05-17 10:30:00'), money_usd('$5', '2024-05-17T10:30:00Z');
-- > 5.0|5.0

-- @test numbers are read as text
SELECT money_amount(12345), money_usd('$5', 2020);
-- > NULL|5.0

-- @test no money gives NULL
SELECT money_usd('no money here'), money_amount(''), money_currency('$');
-- > NULL|NULL|NULL

-- @test numbers too large to be amounts give NULL
SELECT money_amount('$1000000000000000000'), money_amount('10000000000000000000000 美元');
-- > NULL|NULL

-- @test invalid UTF-8 and BLOBs never crash
SELECT money_amount(X'FFFE24353030'), money_currency(X'24FF35'), money_amount(X'E4B8'), money_usd(X'00112233');
-- > 500.0|NULL|NULL|NULL

-- @test a long text with many amounts
SELECT money_amount(printf('%.*c', 5000, 'x') || ' costs 5 dollars');
-- > 5.0

-- @test deterministic and innocuous: usable in an index and a generated column
CREATE TABLE t_money(body TEXT, usd REAL GENERATED ALWAYS AS (money_usd(body, '2024-01')));
CREATE INDEX t_money_cur ON t_money(money_currency(body));
INSERT INTO t_money(body) VALUES ('Deal: $7 million'), ('Kosten: 3 Mio. Euro');
SELECT body, usd > 0 FROM t_money WHERE money_currency(body) = 'USD';
-- > Deal: $7 million|1

-- @test wrong number of arguments
SELECT money_amount('$5', 'x');
-- ! wrong number of arguments to function money_amount()

-- @test a currency word in a compound is no currency
SELECT money_amount('ein Euro-City nach Wien'), money_amount('zwei Euro-Länder'), money_amount('5 Euro'), money_amount('siebenhundert-Euro');
-- > NULL|NULL|5.0|700.0

-- @test cents are EUR in German and French words, USD in English
SELECT money_amount('sechs Cent') || money_currency('sechs Cent'), money_currency('25 bis 30 Cent'), money_currency('50 centimes'), money_currency('50 cents'), money_currency('50美分');
-- > 0.06EUR|EUR|EUR|USD|USD

-- @test a percentage after a currency word is not money
SELECT money_amount('the dollar 0.5% weaker'), money_amount('dollar 22.5 million');
-- > NULL|22500000.0

-- @test kr by language: Danish and Norwegian names, kr alone is SEK
SELECT money_currency('100 kr'), money_currency('100 danske kroner'), money_currency('100 norske kroner'), money_currency('100 kroner'), money_currency('100 kronor');
-- > SEK|DKK|NOK|DKK|SEK

-- @test codes glued to digits only for major currencies; COP is a conference
SELECT money_amount('COP24 in Katowice'), money_amount('the G20 summit'), money_amount('COP 26'), money_amount('USD115'), money_amount('100EUR');
-- > NULL|NULL|NULL|115.0|100.0

-- @test Japanese 元 after kanji numerals needs a subunit or a currency before it
SELECT money_amount('仙台、福岡から三元中継により'), money_amount('この本は五元三角です'), money_amount('人民元八千元です'), money_amount('5元です');
-- > NULL|5.3|8000.0|5.0

-- @test Spanish "Real Decreto" is no currency
SELECT money_amount('ha aprobado hoy un Real Decreto Ley'), money_currency('300 reais');
-- > NULL|BRL

-- @test currency names that are common words are left out
SELECT money_amount('production of 256K DRAM chips'), money_amount('0.53 Sum of adjustments'), money_amount('718 mln kwacha');
-- > NULL|NULL|718000000.0

-- @test pesos alone are MXN, other pesos by name or code
SELECT money_currency('100 pesos'), money_currency('100 Philippine pesos'), money_currency('PHP 100'), money_currency('100 pesos colombianos');
-- > MXN|PHP|NULL|COP

-- @test pounds of something are a weight; Reuters' dlrs and stg are money
SELECT money_amount('bought 2.3 mln pounds of peanuts'), money_amount('cost 2.1 mln dlrs'), money_amount('a 10 mln stg loan'), money_amount('250 million pounds in fines');
-- > NULL|2100000.0|10000000.0|250000000.0

-- @test fractions as market reports write prices
SELECT money_amount('shares fell 1-3/4 dlrs'), money_amount('closed at 64-7/8 dlrs'), money_amount('up 3/4 dlr'), money_amount('open 24/7 for $5');
-- > 1.75|64.875|0.75|5.0

-- @test an upper-case headline BILLION is 10^9
SELECT money_amount('SWISS SIGHT DEPOSITS FALL 2.88 BILLION FRANCS');
-- > 2880000000.0

-- @test "Cent" written as a German noun is a euro cent
SELECT money_currency('ein Strompreis von 6 Cent'), money_currency('a 6 cent rise');
-- > EUR|USD

-- @test a product name is not money; D-Mark is
SELECT money_amount('Canon EOS 5D Mark II'), money_currency('100 D-Mark');
-- > NULL|DEM

-- @test currency words that are also common words need digits or a scale
SELECT money_amount('un peso importante'), money_amount('un franc succès'), money_amount('le vent a franchi les Alpes'), money_amount('sacar a Franco'), money_amount('Les 5 livres de la rentrée'), money_amount('361 millions de livres'), money_amount('20 francs'), money_amount('a pound of butter');
-- > NULL|NULL|NULL|NULL|NULL|361000000.0|20.0|NULL

-- @test an article in another language than the currency word is no number
SELECT money_amount('la star d''un Franken'), money_amount('y''en a cent, pour faire'), money_amount('ein Franken'), money_amount('ten tugriks');
-- > NULL|NULL|1.0|10.0

-- @test Japanese と joins a subunit without a word before kana, not a count
SELECT money_amount('この自転車は100ユーロと30です。'), money_amount('5ドルと3人で'), money_amount('5ドルと30円');
-- > 100.3|5.0|5.0

-- @test a currency name of several words before the number keeps its qualifier
SELECT money_currency('Canadian dollars 5'), money_amount('Canadian dollars 5'), money_currency('kanadische Dollar 5'), money_amount('kanadische Dollar 5'), money_currency('dollars canadiens 5'), money_amount('dollars canadiens 5'), money_currency('US dollars 5m'), money_amount('US dollars 5m');
-- > CAD|5.0|CAD|5.0|CAD|5.0|USD|5000000.0

-- @test more names before the number, with scales and hyphens
SELECT money_currency('a bond of Hong Kong dollars 3 bn'), money_amount('a bond of Hong Kong dollars 3 bn'), money_currency('ein Fonds über australische Dollar 7,5 Mio.'), money_amount('ein Fonds über australische Dollar 7,5 Mio.'), money_currency('levée en dollars hongkongais 12 millions'), money_amount('levée en dollars hongkongais 12 millions'), money_currency('Hongkong-Dollar 8'), money_currency('5 Canadian dollars');
-- > HKD|3000000000.0|AUD|7500000.0|HKD|12000000.0|HKD|CAD

-- @test a name before no number, a place name or one word before a number is no money
SELECT money_amount('Canadian dollars rose against the yen'), money_amount('dollars are 5 times scarcer'), money_amount('Hong Kong 5 was closed'), money_amount('tickets for Euro 2024'), money_amount('the Australian dollar 0.5% weaker'), money_amount('dollars canadiens en baisse');
-- > NULL|NULL|NULL|NULL|NULL|NULL
