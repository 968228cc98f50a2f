/**
 * Hand-curated facts about single indicators: the brand names a site or account presents (only
 * where a source gives the name), the protected outlet an impersonation imitates when matching
 * by domain label cannot tell, typo fixes, and rows we refuse with the reason.
 */

/**
 * Brands, by indicator value, each with where the name comes from. Meta's network titles name
 * their outlets ("Voice of Gagauzia", "Euro Top News"); we attach a name only to the values whose
 * own spelling is that name, never by guesswork across a network.
 */
export const BRANDS: Record<string, string[]> = {
  // Doppelganger's own brand (campaigns.md; the DIMA RRN database, citing VIGINUM).
  'rrn.media': ['RRN', 'Reliable Recent News'],
  'rrn.world': ['RRN', 'Reliable Recent News'],
  // Meta Q1 2023 China-based network #1.
  'https://www.youtube.com/@northeastunion7212': ['Northeast Union'],
  // Meta Q1 2023 China-based network #2.
  'neweurope.online': ['New Europe Observation'],
  'https://x.com/new_observation': ['New Europe Observation'],
  // Meta Q2 2024 Russia-based network #2 ("Euro Top News"/"EU NEWS TOP"/"Newstop:Afrique").
  'euronewstop.co.uk': ['Euro Top News', 'EU NEWS TOP'],
  'https://x.com/euronewstop': ['Euro Top News', 'EU NEWS TOP'],
  'newstop.africa': ['Newstop:Afrique'],
  'https://t.me/newstopafrique': ['Newstop:Afrique'],
  'https://x.com/newstop_africa': ['Newstop:Afrique'],
  'https://www.youtube.com/@NEWSTOP-AFRIQUE': ['Newstop:Afrique'],
  // Meta H1 2026 China-based network targeting Taiwan.
  'twgossiping.com': ['Taiwan Gossip Net'],
  'newgenerationrebellion.com': ['New Generation Rebellion'],
  'newgenreb.com': ['New Generation Rebellion'],
  'ngrebellion.com': ['New Generation Rebellion'],
  'https://www.youtube.com/@NewGenerationRebellion': ['New Generation Rebellion'],
  // Meta H1 2026 Pakistan-based network.
  'thebalochistandiaries.com': ['The Balochistan Diaries'],
  'https://x.com/BalochDiaries': ['The Balochistan Diaries'],
  // Meta 2025 RT-linked network.
  'https://t.me/AlloAfrique': ['Allô Afrique'],
  'https://x.com/Allo_Afrique': ['Allô Afrique'],
  'https://www.youtube.com/@All%C3%B4Afrique': ['Allô Afrique'],
  'https://t.me/derniere_minute': ['Derniere Minute'],
  'https://x.com/dernierminute24': ['Derniere Minute'],
  // Meta Q3 2023 Russia-based network.
  'https://t.me/ps_peoplesay': ['People Say'],
  'https://x.com/PeopleSayNews': ['People Say'],
  'https://www.tiktok.com/@peoplesay05': ['People Say'],
  'https://www.youtube.com/@PeopleSayofficial': ['People Say'],
  'https://t.me/militarywave': ['Military Wave'],
  'https://x.com/militarywave001': ['Military Wave'],
  'https://www.youtube.com/@MilitaryWaves': ['Military Wave'],
  'https://t.me/PeoplesPress': ["The People's Press"],
  // Meta Q4 2024 Ghana-based network.
  'https://www.tiktok.com/@empoweringghana': ['Empowering Ghana'],
  'https://x.com/empoweringghana': ['Empowering Ghana'],
  'https://www.youtube.com/@EmpoweringGhana': ['Empowering Ghana'],
  // Meta Q3 2024 Lebanon-based network.
  'dofek.tv': ['Dofek'],
  'https://x.com/dofek_tv': ['Dofek'],
  'https://www.tiktok.com/@dofektv': ['Dofek'],
  'https://www.tiktok.com/@israel.in.a.minute': ['Israel in a Minute'],
  'https://x.com/israelinamin': ['Israel in a Minute'],
  'https://www.youtube.com/@IsraelinaMinute-in1zg': ['Israel in a Minute'],
  // Meta Q3 2023 Iran-based recidivist cluster.
  'afgreview.com': ['Afg Review'],
  'https://x.com/afg_review': ['Afg Review'],
  'tahlilroz.af': ['Tahlilroz'],
  'tahlilroz.com': ['Tahlilroz'],
  'https://t.me/Tahlilroz_af': ['Tahlilroz'],
  'https://x.com/Tahlilroz_af': ['Tahlilroz'],
  // Meta Q3 2023 Iran-based cluster.
  'https://x.com/SGTnewsNetwork': ['SGT News Network'],
  'https://www.linkedin.com/in/sgtnewsnetwork': ['SGT News Network'],
  // Meta Q1 2023 Venezuela/US-based network (Predictvia).
  'catrachonews.com': ['Catracho News'],
  'https://x.com/catracho_news': ['Catracho News'],
  'hondurasleaks.com': ['HondurasLeaks'],
  'https://x.com/LeaksHonduras': ['HondurasLeaks'],
  // Meta Q2 2023 Türkiye/Iran-based network.
  '7sabah.com': ['7Sabah'],
  '7sabah.com.tr': ['7Sabah'],
  'israilpost.com': ['İsrail Post'],
  'https://t.me/israilpost': ['İsrail Post'],
  'https://x.com/israilpost': ['İsrail Post'],
  'amerikagozlemi.com': ['Amerika Gözlemi'],
  'https://t.me/amerikagozlemi': ['Amerika Gözlemi'],
  'yedinot.com': ['YediNot'],
  'https://x.com/yedinot': ['YediNot'],
  'ulkededegisim.com': ['Ülkede Değişim'],
  // Meta Q2 2023 Türkiye-based network #2.
  'https://x.com/themarginale': ['Marginale'],
  'https://www.tiktok.com/@themarginale': ['Marginale'],
  'https://www.youtube.com/@themarginale': ['Marginale'],
  // Meta Q2 2024 US-based network.
  'patriotsrunproject.com': ['Patriots Run Project'],
  // Meta Q2 2024 Vietnam-based network.
  'itsinyourhands24.com': ["It's in Your Hands"],
  'https://x.com/ItsIn_YourHands': ["It's in Your Hands"],
  'https://www.youtube.com/@ItsInYourHands': ["It's in Your Hands"],
  // Meta 2025 Moldova-based network.
  'https://www.tiktok.com/@golosgagauzii': ['Voice of Gagauzia'],
  // Meta Q3 2024 Moldova-targeting network.
  'https://t.me/insider_md': ['Insider Moldova'],
  // Meta 2025 Russia-based network targeting Moldova.
  'govorit.md': ['Govorit MD'],
  'https://www.youtube.com/@GovoritMD': ['Govorit MD'],
  'https://t.me/govoritmd': ['Govorit MD'],
  'https://www.tiktok.com/@govorit.md': ['Govorit MD'],
  // Meta Q2 2024 Russia-based network #3.
  'https://t.me/ukreurofront': ['Ukrainian European Front'],
  // Meta H2 2026 fabricated think tank.
  'ibi.institute': ['International Burke Institute'],
  'burkeinstitute.substack.com': ['International Burke Institute'],
  'https://t.me/institute_ibi': ['International Burke Institute'],
  'https://x.com/institute_ibi': ['International Burke Institute'],
  // Meta Q1 2023 Iran-based hacktivist personas.
  'holysouls.cc': ['Holy Souls'],
  'https://www.youtube.com/@holy_souls': ['Holy Souls'],
  'amc239.com': ['AMC239'],
  'https://x.com/AMC239': ['AMC239'],
  'https://t.me/ALTOUFANTEAM': ['Altoufan Team'],
  'https://x.com/altoufanteam': ['Altoufan Team'],
  'https://t.me/generousthief': ['Generous Thief'],
  'https://t.me/generousthief1': ['Generous Thief'],
  'https://x.com/GenerousThief1': ['Generous Thief'],
  'https://t.me/BlackMagic2511': ['Black Magic'],
  'https://x.com/BlackMagic2511': ['Black Magic'],
  'https://www.youtube.com/@blackmagic7533': ['Black Magic'],
  // Meta Q3 2024 Iran-based hack-and-leak personas.
  'https://t.me/zeus_is_talking': ['Zeus'],
  'https://x.com/zeus_is_talking': ['Zeus'],
  'https://t.me/Nethunt3r': ['NetHunt3r'],
  // DIMA CopyCop database (citing Recorded Future): the Swahili sub-site's own name.
  'africa.truefact.news': ['Habari Afrika'],
};

/**
 * Impersonations whose outlet the domain label alone cannot identify: value -> an official domain
 * of the imitated outlet (the outlet id is then looked up in lists/protected-outlets.json, so this
 * table never depends on how the outlets list names its ids). Each line says which source
 * supports it.
 */
export const IMPERSONATION_OVERRIDES: Record<string, string> = {
  // Meta Q2 2023 spoof domains (Meta: "Domains spoofing news or government sites").
  'bild-d.beauty': 'bild.de',
  'bildd.beauty': 'bild.de',
  'spiegeli.life': 'spiegel.de',
  'spiegeli.today': 'spiegel.de',
  'spiegell.beauty': 'spiegel.de',
  'spiegelr.life': 'spiegel.de',
  'spiegelr.live': 'spiegel.de',
  'spiegelr.today': 'spiegel.de',
  'weltt.beauty': 'welt.de',
  'fazz.beauty': 'faz.net',
  't-onlinl.live': 't-online.de',
  't-onlinl.today': 't-online.de',
  't-onlinr.life': 't-online.de',
  't-onlinr.live': 't-online.de',
  't-onlinr.today': 't-online.de',
  // Meta: Ukraine-targeted; DIMA (citing Qurium): "clone of the Ukrainian outlet RBK".
  'rbk.media': 'rbc.ua',
  'rbk.today': 'rbc.ua',
  'rbk.kiev.ua': 'rbc.ua',
  'rbk-sourse.digital': 'rbc.ua',
  // Meta: Ukraine-targeted spoofs of Ukrainska Pravda.
  'pravda-ua.com': 'pravda.com.ua',
  'pravda-ua.rest': 'pravda.com.ua',
  'pravda-ua.space': 'pravda.com.ua',
  'ua-pravda.click': 'pravda.com.ua',
  // Meta: "mfa-qov", Ukraine-targeted: the Ukrainian foreign ministry.
  'mfa-qov.info': 'mfa.gov.ua',
  // Meta: Germany-targeted spoof of the federal government portal ("bund" is also other bodies' label).
  'bund.pe': 'bund.de',
  // Meta: Germany-targeted; "geo" is also a French magazine.
  'geo.frl': 'geo.de',
  // Meta: France-targeted spoofs of French government sites.
  'gouv.fm': 'info.gouv.fr',
  'historia.fyi': 'historia.fr',
  // Meta: US-targeted; "slate" is also Slate.fr.
  'slate.bz': 'slate.com',
  // Meta: a domain that "hosted a spoof of Der Spiegel".
  'jiraboom.pro': 'spiegel.de',
  // Citizen Lab: the typosquat of theatlantic.com.
  'theatlatnic.com': 'theatlantic.com',
  // Graphika Glass Onion lookalikes (campaigns.md marks them T0149.003).
  'newyorkdailynet.com': 'nydailynews.com',
  'ukguardiannet.com': 'theguardian.com',
  'losangelestimesnet.com': 'latimes.com',
  // DIMA (citing VIGINUM / Recorded Future / Tadaweb), each naming the outlet in its description.
  'bbc-uk.news': 'bbc.com',
  'tvfrance2.fr': 'france.tv',
  'warstudiescentre.co.uk': 'understandingwar.org',
  'wehrpflicht2025.de': 'bmvg.de',
  'dertagesspiegel.com': 'tagesspiegel.de',
  'nrchandelsblad.com': 'nrc.nl',
  'afp-hub.com': 'spiegel.de',
  'delfi.life': 'delfi.lv',
  'delfi.top': 'delfi.lv',
};

/**
 * DIMA entries that the compilation describes as copying a named entity that is not a news outlet
 * on the protected list (a campaign site, a party): impersonation without an outlet id.
 */
export const DIMA_IMITATES_UNLISTED: Record<string, string> = {
  'newswayforward.us': "Kamala Harris's campaign website",
  'newwayforward.vote': "Kamala Harris's campaign website",
  'greenarmenia.org': 'the Armenian Green Party',
};

/** Typos in the shared data with the evidence for the fix. */
export const VALUE_FIXES: Record<string, { value: string; why: string }> = {
  'ahtribune,com': { value: 'ahtribune.com', why: 'the source page writes "ahtribune,com" (comma for dot); the DOJ seizure concerns ahtribune.com' },
};

/**
 * Rows we refuse, with the reason. These are not indicators of the campaign even though a source
 * row names them.
 */
export const REFUSED_ROWS: Record<string, string> = {
  // Meta 8.2.1 / 8.3.1: the network CLAIMED to have defaced or stolen from these sites: they are
  // victims, and flagging them would accuse the victims.
  '7brachot.co.il': 'a victim: Meta lists it under "8.3.1 Extracting data" (sites the network claimed to have stolen data from)',
  'tehillim-center.co.il': 'a victim: Meta lists it under "8.2.1 Defacing websites" (sites the network claimed to have defaced)',
  // Meta 0.9.8 rows whose URL is a real outlet's own article or comment page, not an item the
  // network placed: flagging it would say the outlet published campaign content.
  'https://www.indiatimes.com/explainers/news/victory-day-in-russia-its-significance-this-may-9-569022.html':
    "an editorial article of a real outlet (Meta lists it under 0.9.8 'acquiring accounts on forums': the network's account was active there, the article is not the network's)",
  'https://www.ftchinese.com/comments/index/001098872':
    "the comment page of a real outlet's article (Meta 0.9.8: the account commented there; the page is not the network's)",
};

/**
 * DIMA entries we refuse (value -> reason). Rules in shared.ts refuse whole classes (personal
 * sites, non-domains); these are the single cases.
 */
export const DIMA_REFUSED: Record<string, string> = {
  'reuters.uk.net': 'the compilation only says it is "possibly linked" to CopyCop',
  'linformateurdujour.fraffichedujour.fr': 'the compilation itself marks it as a formatting error (two domains run together)',
  'news-front.su': 'the compilation describes it as a source the network republishes, not as part of the network',
  'mytransitionua.org': 'the compilation attributes it to Project Lakhta and says Storm-1516 only amplified it',
  'fcastro.ru': 'the site of a foundation that, per the compilation, was only hosted on shared infrastructure',
  // Personal and business sites of a named individual, and sites he hosted for other named people:
  // the compilation does not call them campaign outlets, and people are not campaigns.
  'badvolf.com': 'a personal site of a named individual, not described as a campaign outlet',
  'badvolf.ru': 'a personal site of a named individual, not described as a campaign outlet',
  'botbook.us': "a named individual's book promotion site, not described as a campaign outlet",
  'falconeye.tech': "a named individual's business site, not described as a campaign outlet",
  'gaugerformayor.com': "a named individual's site about people investigating him, not a campaign outlet",
  'pbsotalk.org': "a named individual's site about people investigating him, not a campaign outlet",
  'huawei-govno.ru': "a named individual's personal protest site, not a campaign outlet",
  'sarahwestall.com': 'the site of a named third person, which the compilation only says was hosted by another individual',
  'sarahwestall.org': 'the site of a named third person, which the compilation only says was hosted by another individual',
  'timkirbyshow.com': 'the site of a named third person, which the compilation only says was hosted by another individual',
  'foreignagentintel.com': 'the site of a named third person, which the compilation only says was hosted by another individual',
  'https://www.facebook.com/ads/library/?id=1057518095586240': 'an ad-library entry, not an account or a site',
};
