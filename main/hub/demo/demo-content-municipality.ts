import type { DemoItem } from './demo-types';

/**
 * Demo content of the fictional municipality "Gemeente Waalhaven".
 * All phone numbers, addresses, e-mail addresses and websites here are invented.
 */
export const MUNICIPALITY_ITEMS: DemoItem[] = [
  {
    key: 'waalhaven-town-hall',
    layer: 'municipality',
    category: 'rules',
    kind: 'contact',
    sourceLanguage: 'nl',
    priority: 60,
    contact: {
      phones: [
        { number: '+31 416 683 000', label: 'main' },
        { number: '+31 416 683 010', label: 'appointments' },
      ],
      email: 'gemeente@waalhaven.example',
      address: { street: 'Raadhuisplein 1', postalCode: '5141 EP', city: 'Waalhaven' },
      openingHours: [
        { days: [1, 2, 3, 4, 5], opens: '08:30', closes: '17:00' },
        { days: [4], opens: '18:00', closes: '20:00' },
      ],
      website: 'https://www.waalhaven.example',
    },
    links: [
      { kind: 'tel', url: 'tel:+31416683000' },
      { kind: 'web', url: 'https://www.waalhaven.example' },
    ],
    texts: {
      nl: {
        title: 'Stadhuis Waalhaven',
        summary: 'Voor inschrijving, adreswijziging, uittreksels en vragen aan de gemeente. Voor de meeste zaken maakt u eerst een afspraak.',
        body: '<p>In het stadhuis kunt u zich inschrijven in de gemeente (BRP), een adreswijziging doorgeven, een uittreksel aanvragen, een Nederlands rijbewijs aanvragen en vragen stellen over wonen, afval en belastingen.</p><p>Voor de meeste zaken heeft u een afspraak nodig. Bel ons of maak online een afspraak.</p><p>Op donderdagavond is het stadhuis ook open, van 18:00 tot 20:00 uur. Neem altijd uw paspoort of ID-kaart mee.</p>',
      },
      en: {
        title: 'Waalhaven Town Hall',
        summary: 'For registration, change of address, extracts and questions for the municipality. For most things you make an appointment first.',
        body: '<p>At the town hall you can register with the municipality (BRP), report a change of address, ask for an extract from the register, apply for a Dutch driving licence and ask questions about housing, waste and local taxes.</p><p>For most things you need an appointment. Call us or make an appointment online.</p><p>The town hall is also open on Thursday evening, from 18:00 to 20:00. Always bring your passport or ID card.</p>',
      },
      pl: {
        title: 'Ratusz Waalhaven',
        summary: 'Meldunek, zmiana adresu, wyciągi z rejestru i pytania do gminy. W większości spraw trzeba najpierw umówić wizytę.',
        body: '<p>W ratuszu możesz zameldować się w gminie (BRP), zgłosić zmianę adresu, poprosić o wyciąg z rejestru, złożyć wniosek o holenderskie prawo jazdy i zadać pytania o mieszkanie, śmieci i podatki lokalne.</p><p>W większości spraw trzeba wcześniej umówić wizytę. Zadzwoń do nas albo umów się przez internet.</p><p>W czwartki ratusz jest otwarty także wieczorem, od 18:00 do 20:00. Zawsze zabierz ze sobą paszport lub dowód osobisty.</p>',
      },
      ro: {
        title: 'Primăria Waalhaven',
        summary: 'Pentru înregistrare, schimbarea adresei, extrase și întrebări pentru primărie. Pentru majoritatea serviciilor faceți mai întâi o programare.',
        body: '<p>La primărie vă puteți înregistra în registrul populației (BRP), puteți anunța schimbarea adresei, puteți cere un extras din registru, puteți solicita un permis de conducere olandez și puteți pune întrebări despre locuință, deșeuri și taxe locale.</p><p>Pentru majoritatea serviciilor aveți nevoie de o programare. Sunați-ne sau faceți o programare online.</p><p>Joia, primăria este deschisă și seara, între 18:00 și 20:00. Aduceți întotdeauna pașaportul sau cartea de identitate.</p>',
      },
      bg: {
        title: 'Кметство Waalhaven',
        summary: 'За регистрация, смяна на адрес, извлечения и въпроси към общината. За повечето услуги първо трябва да си запишете час.',
        body: '<p>В кметството можете да се регистрирате в общината (BRP), да съобщите за смяна на адреса си, да поискате извлечение от регистъра, да кандидатствате за нидерландска шофьорска книжка и да зададете въпроси за жилище, отпадъци и местни данъци.</p><p>За повечето услуги трябва да си запишете час. Обадете ни се или си запишете час онлайн.</p><p>В четвъртък кметството работи и вечер, от 18:00 до 20:00 ч. Винаги носете паспорта или личната си карта.</p>',
      },
      lt: {
        title: 'Waalhaveno rotušė',
        summary: 'Registracija, adreso keitimas, išrašai ir klausimai savivaldybei. Daugeliu atvejų pirmiausia reikia užsiregistruoti vizitui.',
        body: '<p>Rotušėje galite užsiregistruoti savivaldybėje (BRP), pranešti apie adreso pasikeitimą, gauti išrašą iš registro, pateikti prašymą gauti Nyderlandų vairuotojo pažymėjimą ir užduoti klausimų apie būstą, atliekas ir vietinius mokesčius.</p><p>Daugeliu atvejų reikia iš anksto užsiregistruoti vizitui. Paskambinkite mums arba užsiregistruokite internetu.</p><p>Ketvirtadieniais rotušė dirba ir vakare, nuo 18:00 iki 20:00. Visada turėkite su savimi pasą arba asmens tapatybės kortelę.</p>',
      },
    },
  },
  {
    key: 'waalhaven-brp-appointment',
    layer: 'municipality',
    category: 'rules',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 50,
    links: [
      { kind: 'tel', url: 'tel:+31416683010' },
      { kind: 'web', url: 'https://www.waalhaven.example/afspraak' },
    ],
    // The Dutch text gained the paragraph about children after the Polish translation was made.
    outdated: ['pl'],
    texts: {
      nl: {
        title: 'Inschrijven in de gemeente: maak een afspraak',
        summary: 'Blijft u langer dan 4 maanden in Nederland? Dan schrijft u zich in bij de gemeente (BRP). U krijgt dan ook een burgerservicenummer (BSN), als u dat nog niet heeft.',
        body: '<p>Schrijf u binnen 5 dagen na aankomst in bij de gemeente. Dat is verplicht als u langer dan 4 maanden in Nederland blijft.</p><h3>Zo maakt u een afspraak</h3><p>Bel +31 416 683 010 of maak een afspraak op de website van de gemeente. Kom zelf naar het stadhuis. Iedereen die zich inschrijft, moet erbij zijn.</p><h3>Neem mee</h3><ul><li>uw geldige paspoort of ID-kaart (een rijbewijs is niet genoeg)</li><li>uw huurcontract, of</li><li>een schriftelijke toestemming van de hoofdbewoner, met een kopie van zijn of haar ID-bewijs</li></ul><p>Schrijft u ook kinderen in? Neem dan ook hun paspoort of ID-kaart en hun geboorteakte mee.</p>',
      },
      en: {
        title: 'Register with the municipality: make an appointment',
        summary: 'Are you staying in the Netherlands for more than 4 months? Then you register with the municipality (BRP). You also get a citizen service number (BSN) if you do not have one yet.',
        body: '<p>Register with the municipality within 5 days after you arrive. This is required if you stay in the Netherlands for more than 4 months.</p><h3>How to make an appointment</h3><p>Call +31 416 683 010 or make an appointment on the website of the municipality. Come to the town hall in person. Everyone who registers must be there.</p><h3>What to bring</h3><ul><li>your valid passport or ID card (a driving licence is not enough)</li><li>your rental contract, or</li><li>written consent from the main occupant of the home, with a copy of his or her ID</li></ul><p>Are you also registering children? Then also bring their passport or ID card and their birth certificate.</p>',
      },
      pl: {
        title: 'Meldunek w gminie: umów wizytę',
        summary: 'Zostajesz w Holandii dłużej niż 4 miesiące? Musisz zameldować się w gminie (BRP). Otrzymasz też numer BSN (burgerservicenummer), jeśli jeszcze go nie masz.',
        body: '<p>Zamelduj się w gminie w ciągu 5 dni od przyjazdu. Jest to obowiązkowe, jeśli zostajesz w Holandii dłużej niż 4 miesiące.</p><h3>Jak umówić wizytę</h3><p>Zadzwoń pod numer +31 416 683 010 albo umów się na stronie internetowej gminy. Przyjdź osobiście do ratusza. Każda osoba, która się melduje, musi być obecna.</p><h3>Co zabrać</h3><ul><li>ważny paszport lub dowód osobisty</li><li>umowę najmu albo</li><li>pisemną zgodę głównego lokatora wraz z kopią jego dokumentu tożsamości</li></ul>',
      },
      ro: {
        title: 'Înregistrarea la primărie: faceți o programare',
        summary: 'Rămâneți în Olanda mai mult de 4 luni? Atunci trebuie să vă înregistrați la primărie (BRP). Veți primi și un număr BSN, dacă nu aveți deja unul.',
        body: '<p>Înregistrați-vă la primărie în cel mult 5 zile de la sosire. Este obligatoriu dacă rămâneți în Olanda mai mult de 4 luni.</p><h3>Cum faceți o programare</h3><p>Sunați la +31 416 683 010 sau faceți o programare pe site-ul primăriei. Veniți personal la primărie. Toate persoanele care se înregistrează trebuie să fie prezente.</p><h3>Ce trebuie să aduceți</h3><ul><li>pașaportul sau cartea de identitate, valabile (permisul de conducere nu este suficient)</li><li>contractul de închiriere sau</li><li>acordul scris al locatarului principal, împreună cu o copie a actului său de identitate</li></ul><p>Înregistrați și copii? Atunci aduceți și pașaportul sau cartea lor de identitate și certificatul lor de naștere.</p>',
      },
      bg: {
        title: 'Регистрация в общината: запишете си час',
        summary: 'Оставате в Нидерландия повече от 4 месеца? Тогава трябва да се регистрирате в общината (BRP). Ще получите и номер BSN, ако още нямате такъв.',
        body: '<p>Регистрирайте се в общината до 5 дни след пристигането си. Това е задължително, ако оставате в Нидерландия повече от 4 месеца.</p><h3>Как да си запишете час</h3><p>Обадете се на +31 416 683 010 или си запишете час на уебсайта на общината. Елате лично в кметството. Всеки, който се регистрира, трябва да присъства.</p><h3>Какво да носите</h3><ul><li>валиден паспорт или лична карта (шофьорската книжка не е достатъчна)</li><li>договора си за наем или</li><li>писмено съгласие от основния обитател на жилището, заедно с копие от неговия документ за самоличност</li></ul><p>Регистрирате ли и деца? Тогава носете и техните паспорти или лични карти и удостоверенията им за раждане.</p>',
      },
      uk: {
        title: 'Реєстрація в муніципалітеті: запишіться на прийом',
        summary: 'Ви залишаєтеся в Нідерландах довше ніж 4 місяці? Тоді ви маєте зареєструватися в муніципалітеті (BRP). Ви також отримаєте номер BSN, якщо у вас його ще немає.',
        body: '<p>Зареєструйтеся в муніципалітеті протягом 5 днів після приїзду. Це обов’язково, якщо ви залишаєтеся в Нідерландах довше ніж 4 місяці.</p><h3>Як записатися на прийом</h3><p>Зателефонуйте за номером +31 416 683 010 або запишіться на сайті муніципалітету. Приходьте до ратуші особисто. Кожна людина, яка реєструється, має бути присутня.</p><h3>Що взяти з собою</h3><ul><li>дійсний паспорт або ID-картку (посвідчення водія не підходить)</li><li>договір оренди або</li><li>письмову згоду основного мешканця житла разом із копією його документа, що посвідчує особу</li></ul><p>Реєструєте також дітей? Тоді візьміть і їхні паспорти або ID-картки та свідоцтва про народження.</p>',
      },
    },
  },
  {
    key: 'waalhaven-civil-affairs-closed',
    layer: 'municipality',
    category: 'rules',
    kind: 'urgent',
    sourceLanguage: 'nl',
    pinned: true,
    priority: 100,
    links: [{ kind: 'tel', url: 'tel:+31416683010' }],
    texts: {
      nl: {
        title: 'Balie Burgerzaken deze vrijdag gesloten',
        summary: 'Door een update van het computersysteem is de balie Burgerzaken deze vrijdag de hele dag dicht. Afspraken voor inschrijving verschuiven naar maandag.',
        body: '<p>Deze vrijdag werken wij aan ons computersysteem. De balie Burgerzaken in het stadhuis is daarom de hele dag gesloten.</p><p>Had u op vrijdag een afspraak voor inschrijving of een adreswijziging? Dan hoeft u niets te doen. Uw afspraak verschuift naar maandag, op dezelfde tijd. U krijgt hierover een bericht.</p><p>Kunt u maandag niet? Bel dan <a href="tel:+31416683010">+31 416 683 010</a> voor een nieuwe afspraak.</p>',
      },
      en: {
        title: 'Civil Affairs desk closed this Friday',
        summary: 'Because of a computer system update, the Civil Affairs desk is closed all day this Friday. Registration appointments move to Monday.',
        body: '<p>This Friday we are working on our computer system. The Civil Affairs desk (Burgerzaken) at the town hall is therefore closed all day.</p><p>Did you have an appointment on Friday for registration or a change of address? You do not need to do anything. Your appointment moves to Monday, at the same time. You will get a message about this.</p><p>Can you not come on Monday? Then call <a href="tel:+31416683010">+31 416 683 010</a> for a new appointment.</p>',
      },
      pl: {
        title: 'Dział Burgerzaken nieczynny w ten piątek',
        summary: 'Z powodu aktualizacji systemu komputerowego dział Burgerzaken (sprawy obywatelskie) w ten piątek jest nieczynny przez cały dzień. Wizyty w sprawie meldunku zostają przeniesione na poniedziałek.',
        body: '<p>W ten piątek pracujemy nad naszym systemem komputerowym. Dlatego dział Burgerzaken w ratuszu będzie nieczynny przez cały dzień.</p><p>Masz umówioną wizytę w piątek w sprawie meldunku lub zmiany adresu? Nie musisz nic robić. Twoja wizyta zostaje przeniesiona na poniedziałek, na tę samą godzinę. Otrzymasz o tym wiadomość.</p><p>Poniedziałek ci nie pasuje? Zadzwoń pod numer <a href="tel:+31416683010">+31 416 683 010</a>, aby umówić nowy termin.</p>',
      },
      ro: {
        title: 'Ghișeul Burgerzaken este închis vinerea aceasta',
        summary: 'Din cauza unei actualizări a sistemului informatic, ghișeul Burgerzaken (stare civilă) este închis toată ziua vinerea aceasta. Programările pentru înregistrare se mută pe luni.',
        body: '<p>Vinerea aceasta lucrăm la sistemul nostru informatic. De aceea, ghișeul Burgerzaken de la primărie este închis toată ziua.</p><p>Aveați vineri o programare pentru înregistrare sau pentru schimbarea adresei? Nu trebuie să faceți nimic. Programarea dumneavoastră se mută pe luni, la aceeași oră. Veți primi un mesaj despre acest lucru.</p><p>Nu puteți veni luni? Sunați la <a href="tel:+31416683010">+31 416 683 010</a> pentru o programare nouă.</p>',
      },
      bg: {
        title: 'Гишето Burgerzaken е затворено този петък',
        summary: 'Поради обновяване на компютърната система гишето Burgerzaken („Гражданско състояние“) е затворено през целия ден този петък. Часовете за регистрация се преместват за понеделник.',
        body: '<p>Този петък работим по нашата компютърна система. Затова гишето Burgerzaken в кметството е затворено през целия ден.</p><p>Имахте ли записан час в петък за регистрация или смяна на адрес? Не е нужно да правите нищо. Часът ви се премества за понеделник, в същото време. Ще получите съобщение за това.</p><p>Понеделник не ви е удобен? Обадете се на <a href="tel:+31416683010">+31 416 683 010</a>, за да си запишете нов час.</p>',
      },
    },
  },
  {
    key: 'waalhaven-info-evening',
    layer: 'municipality',
    category: 'daily',
    kind: 'article',
    sourceLanguage: 'nl',
    validFromDays: 7,
    texts: {
      nl: {
        title: 'Informatieavond voor nieuwe inwoners in de bibliotheek',
        summary: 'Woont u nog niet lang in Waalhaven? Kom woensdagavond naar de bibliotheek en leer de gemeente kennen.',
        body: '<p>Alle nieuwe inwoners van Waalhaven zijn welkom op onze informatieavond in de Bibliotheek Waalhaven, Stationsstraat 20.</p><p>Woensdag van 19:00 tot 21:00 uur vertellen medewerkers van de gemeente over inschrijven, afval, zorg, sport en Nederlandse les. U kunt ook vragen stellen.</p><ul><li>De avond is gratis.</li><li>Er zijn tolken Pools, Roemeens en Bulgaars.</li><li>Er staan koffie en thee klaar.</li></ul><p>U hoeft zich niet aan te melden.</p>',
      },
      en: {
        title: 'Information evening for new residents at the library',
        summary: 'Have you lived in Waalhaven for only a short time? Come to the library on Wednesday evening and get to know the town.',
        body: '<p>All new residents of Waalhaven are welcome at our information evening in Waalhaven Library, Stationsstraat 20.</p><p>On Wednesday from 19:00 to 21:00, staff of the municipality talk about registration, waste, health care, sport and Dutch lessons. You can also ask questions.</p><ul><li>The evening is free.</li><li>There are interpreters for Polish, Romanian and Bulgarian.</li><li>Coffee and tea are ready for you.</li></ul><p>You do not need to sign up.</p>',
      },
      pl: {
        title: 'Wieczór informacyjny dla nowych mieszkańców w bibliotece',
        summary: 'Od niedawna mieszkasz w Waalhaven? Przyjdź w środę wieczorem do biblioteki i poznaj swoją gminę.',
        body: '<p>Zapraszamy wszystkich nowych mieszkańców Waalhaven na wieczór informacyjny w Bibliotece Waalhaven, Stationsstraat 20.</p><p>W środę od 19:00 do 21:00 pracownicy gminy opowiedzą o meldunku, śmieciach, opiece zdrowotnej, sporcie i lekcjach niderlandzkiego. Możesz też zadawać pytania.</p><ul><li>Wstęp jest bezpłatny.</li><li>Na miejscu są tłumacze języka polskiego, rumuńskiego i bułgarskiego.</li><li>Czeka na ciebie kawa i herbata.</li></ul><p>Nie trzeba się zapisywać.</p>',
      },
      ro: {
        title: 'Seară de informare pentru locuitorii noi, la bibliotecă',
        summary: 'Locuiți de puțin timp în Waalhaven? Veniți miercuri seara la bibliotecă și cunoașteți orașul.',
        body: '<p>Toți locuitorii noi din Waalhaven sunt bineveniți la seara noastră de informare de la Biblioteca Waalhaven, Stationsstraat 20.</p><p>Miercuri, între 19:00 și 21:00, angajați ai primăriei vă vorbesc despre înregistrare, deșeuri, îngrijire medicală, sport și cursuri de limba olandeză. Puteți pune și întrebări.</p><ul><li>Intrarea este gratuită.</li><li>Sunt prezenți interpreți de poloneză, română și bulgară.</li><li>Vă așteaptă cafea și ceai.</li></ul><p>Nu este nevoie să vă înscrieți.</p>',
      },
      bg: {
        title: 'Информационна вечер за нови жители в библиотеката',
        summary: 'Живеете отскоро в Waalhaven? Елате в сряда вечерта в библиотеката и опознайте града.',
        body: '<p>Всички нови жители на Waalhaven са добре дошли на нашата информационна вечер в библиотеката на Waalhaven, Stationsstraat 20.</p><p>В сряда от 19:00 до 21:00 ч. служители на общината ще разкажат за регистрацията, отпадъците, здравеопазването, спорта и уроците по нидерландски език. Можете да задавате и въпроси.</p><ul><li>Вечерта е безплатна.</li><li>Има преводачи на полски, румънски и български език.</li><li>Ще ви чакат кафе и чай.</li></ul><p>Не е нужно да се записвате предварително.</p>',
      },
    },
  },
  {
    key: 'waalhaven-waste-tax',
    layer: 'municipality',
    category: 'money',
    kind: 'article',
    sourceLanguage: 'nl',
    // Still being prepared: the amounts for next year are not known yet.
    published: false,
    texts: {
      nl: {
        title: 'Afvalstoffenheffing: wat is het en wie betaalt het?',
        summary: 'Voor iedere woning in Waalhaven wordt elk jaar belasting betaald voor het ophalen van afval. Hier leest u hoe dat werkt.',
        body: '<p>De gemeente haalt uw afval op. Daarvoor betaalt u de afvalstoffenheffing. Dit is een belasting van de gemeente.</p><p>De aanslag komt aan het begin van het jaar. Meestal krijgt de hoofdbewoner of de eigenaar van de woning de brief. Woont u in een woning van uw werkgever? Vraag dan of de heffing al in uw huur zit.</p><p>Heeft u weinig geld? Dan kunt u misschien kwijtschelding krijgen: u hoeft dan niet te betalen. Vraag ernaar bij de helpdesk in het stadhuis.</p><p><em>Let op: de bedragen voor volgend jaar volgen nog.</em></p>',
      },
      en: {
        title: 'Waste collection tax: what is it and who pays it?',
        summary: 'For every home in Waalhaven, a tax for waste collection is paid each year. Read here how this works.',
        body: '<p>The municipality collects your waste. For this you pay the waste collection tax (afvalstoffenheffing). This is a municipal tax.</p><p>The tax bill comes at the start of the year. Usually the main occupant or the owner of the home gets the letter. Do you live in a home from your employer? Then ask if the tax is already part of your rent.</p><p>Do you have little money? Then you may get remission (kwijtschelding): you do not have to pay. Ask about it at the help desk in the town hall.</p><p><em>Note: the amounts for next year will follow.</em></p>',
      },
      pl: {
        title: 'Opłata za wywóz śmieci: co to jest i kto ją płaci?',
        summary: 'Za każde mieszkanie w Waalhaven co roku płaci się podatek za wywóz śmieci. Przeczytaj, jak to działa.',
        body: '<p>Gmina odbiera twoje śmieci. Płacisz za to opłatę za wywóz odpadów (afvalstoffenheffing). Jest to podatek gminny.</p><p>Decyzja podatkowa przychodzi na początku roku. Zwykle list dostaje główny lokator albo właściciel mieszkania. Mieszkasz w mieszkaniu zapewnionym przez pracodawcę? Zapytaj, czy opłata jest już wliczona w czynsz.</p><p>Masz mało pieniędzy? Być może możesz dostać zwolnienie z opłaty (kwijtschelding) i nie musisz płacić. Zapytaj o to w punkcie pomocy w ratuszu.</p><p><em>Uwaga: kwoty na przyszły rok podamy później.</em></p>',
      },
    },
  },
  {
    key: 'waalhaven-taalhuis',
    layer: 'municipality',
    category: 'daily',
    kind: 'article',
    sourceLanguage: 'nl',
    links: [{ kind: 'tel', url: 'tel:+31416683400' }],
    draft: ['bg'],
    texts: {
      nl: {
        title: 'Gratis Nederlandse les in het Taalhuis van de bibliotheek',
        summary: 'In het Taalhuis in de bibliotheek leert u gratis Nederlands. Beginners zijn ook welkom.',
        body: '<p>Wilt u Nederlands leren? Kom naar het Taalhuis in de Bibliotheek Waalhaven, Stationsstraat 20. De lessen zijn gratis.</p><ul><li>Dinsdag en donderdag, 19:00–20:30 uur: les in kleine groepen</li><li>Zaterdag, 10:00–12:00 uur: Taalcafé, samen praten bij een kopje koffie</li></ul><p>Vrijwilligers helpen u met spreken, lezen en schrijven. U hoeft geen lid te zijn van de bibliotheek.</p><p>Eerst kennismaken? Kom langs op dinsdagavond of bel <a href="tel:+31416683400">+31 416 683 400</a>.</p>',
      },
      en: {
        title: 'Free Dutch lessons at the Taalhuis in the library',
        summary: 'At the Taalhuis in the library you learn Dutch for free. Beginners are welcome too.',
        body: '<p>Do you want to learn Dutch? Come to the Taalhuis (language house) in Waalhaven Library, Stationsstraat 20. The lessons are free.</p><ul><li>Tuesday and Thursday, 19:00–20:30: lessons in small groups</li><li>Saturday, 10:00–12:00: Taalcafé, talking together over a cup of coffee</li></ul><p>Volunteers help you with speaking, reading and writing. You do not need to be a member of the library.</p><p>Want to meet us first? Drop by on Tuesday evening or call <a href="tel:+31416683400">+31 416 683 400</a>.</p>',
      },
      pl: {
        title: 'Bezpłatne lekcje niderlandzkiego w Taalhuis w bibliotece',
        summary: 'W Taalhuis w bibliotece nauczysz się niderlandzkiego za darmo. Osoby początkujące też są mile widziane.',
        body: '<p>Chcesz nauczyć się niderlandzkiego? Przyjdź do Taalhuis („Domu Języka”) w Bibliotece Waalhaven, Stationsstraat 20. Lekcje są bezpłatne.</p><ul><li>Wtorek i czwartek, 19:00–20:30: lekcje w małych grupach</li><li>Sobota, 10:00–12:00: Taalcafé – wspólne rozmowy przy kawie</li></ul><p>Wolontariusze pomagają w mówieniu, czytaniu i pisaniu. Nie musisz być członkiem biblioteki.</p><p>Chcesz najpierw nas poznać? Wpadnij we wtorek wieczorem albo zadzwoń pod numer <a href="tel:+31416683400">+31 416 683 400</a>.</p>',
      },
      ro: {
        title: 'Lecții gratuite de olandeză la Taalhuis, în bibliotecă',
        summary: 'La Taalhuis din bibliotecă învățați gratuit limba olandeză. Și începătorii sunt bineveniți.',
        body: '<p>Vreți să învățați limba olandeză? Veniți la Taalhuis („Casa limbii”) din Biblioteca Waalhaven, Stationsstraat 20. Lecțiile sunt gratuite.</p><ul><li>Marți și joi, 19:00–20:30: lecții în grupuri mici</li><li>Sâmbătă, 10:00–12:00: Taalcafé – conversații la o cafea</li></ul><p>Voluntarii vă ajută să vorbiți, să citiți și să scrieți. Nu trebuie să fiți membru al bibliotecii.</p><p>Vreți să ne cunoașteți mai întâi? Treceți pe la noi marți seara sau sunați la <a href="tel:+31416683400">+31 416 683 400</a>.</p>',
      },
      bg: {
        title: 'Безплатни уроци по нидерландски в Taalhuis в библиотеката',
        summary: 'В Taalhuis в библиотеката можете да учите нидерландски безплатно. Начинаещите също са добре дошли.',
        body: '<p>Искате ли да научите нидерландски? Елате в Taalhuis („Къщата на езика“) в библиотеката на Waalhaven, Stationsstraat 20. Уроците са безплатни.</p><ul><li>Вторник и четвъртък, 19:00–20:30 ч.: уроци в малки групи</li><li>Събота, 10:00–12:00 ч.: Taalcafé – разговори на чаша кафе</li></ul><p>Доброволци ви помагат да говорите, четете и пишете. Не е нужно да сте членове на библиотеката.</p><p>Искате първо да се запознаем? Елате във вторник вечерта или се обадете на <a href="tel:+31416683400">+31 416 683 400</a>.</p>',
      },
    },
  },
  {
    key: 'waalhaven-waste-sorting',
    layer: 'municipality',
    category: 'daily',
    kind: 'article',
    sourceLanguage: 'nl',
    links: [{ kind: 'web', url: 'https://www.waalhaven.example/afval' }],
    // The collection time moved from 8:00 to 7:30; the Romanian text still says 8:00.
    outdated: ['ro'],
    texts: {
      nl: {
        title: 'Afval scheiden en de afvalkalender',
        summary: 'In Waalhaven scheidt u uw afval. Op de afvalkalender ziet u wanneer welke container aan de straat moet.',
        body: '<p>In Waalhaven gooit u afval in verschillende containers:</p><ul><li><strong>Groene container:</strong> groente-, fruit- en tuinafval en etensresten</li><li><strong>Blauwe container:</strong> papier en karton</li><li><strong>Oranje zak:</strong> plastic, blik en drinkpakken</li><li><strong>Grijze container:</strong> restafval</li></ul><p>Glas brengt u naar de glasbak. Grote spullen, zoals een matras, brengt u gratis naar de milieustraat aan de Industrieweg 5.</p><p>Zet de container op de ophaaldag vóór 7:30 uur aan de straat. De data staan op de afvalkalender: <a href="https://www.waalhaven.example/afval">www.waalhaven.example/afval</a>.</p>',
      },
      en: {
        title: 'Sorting waste and the waste calendar',
        summary: 'In Waalhaven you sort your waste. The waste calendar shows when to put which bin out on the street.',
        body: '<p>In Waalhaven you put waste in different bins:</p><ul><li><strong>Green bin:</strong> vegetable, fruit and garden waste and food leftovers</li><li><strong>Blue bin:</strong> paper and cardboard</li><li><strong>Orange bag:</strong> plastic, cans and drink cartons</li><li><strong>Grey bin:</strong> all other waste</li></ul><p>Take glass to the bottle bank. Bring large items, such as a mattress, to the recycling centre (milieustraat) at Industrieweg 5. This is free.</p><p>On collection day, put the bin on the street before 7:30. The dates are in the waste calendar: <a href="https://www.waalhaven.example/afval">www.waalhaven.example/afval</a>.</p>',
      },
      pl: {
        title: 'Segregacja śmieci i kalendarz wywozu',
        summary: 'W Waalhaven segregujesz śmieci. W kalendarzu wywozu sprawdzisz, kiedy wystawić który pojemnik przed dom.',
        body: '<p>W Waalhaven wyrzucasz śmieci do różnych pojemników:</p><ul><li><strong>Zielony pojemnik:</strong> odpady z warzyw, owoców i ogrodu oraz resztki jedzenia</li><li><strong>Niebieski pojemnik:</strong> papier i karton</li><li><strong>Pomarańczowy worek:</strong> plastik, puszki i kartony po napojach</li><li><strong>Szary pojemnik:</strong> odpady zmieszane</li></ul><p>Szkło wyrzucaj do kontenera na szkło. Duże rzeczy, na przykład materac, możesz bezpłatnie oddać w punkcie zbiórki odpadów (milieustraat) przy Industrieweg 5.</p><p>W dniu wywozu wystaw pojemnik przed dom przed 7:30. Daty znajdziesz w kalendarzu wywozu: <a href="https://www.waalhaven.example/afval">www.waalhaven.example/afval</a>.</p>',
      },
      ro: {
        title: 'Sortarea deșeurilor și calendarul de colectare',
        summary: 'În Waalhaven sortați deșeurile. În calendarul de colectare vedeți când trebuie scos în stradă fiecare container.',
        body: '<p>În Waalhaven aruncați deșeurile în containere diferite:</p><ul><li><strong>Containerul verde:</strong> resturi de legume și fructe, resturi din grădină și resturi de mâncare</li><li><strong>Containerul albastru:</strong> hârtie și carton</li><li><strong>Sacul portocaliu:</strong> plastic, doze și cutii de lapte sau suc</li><li><strong>Containerul gri:</strong> restul deșeurilor</li></ul><p>Sticla o duceți la containerul pentru sticlă. Obiectele mari, de exemplu o saltea, le puteți duce gratuit la centrul de reciclare (milieustraat) de pe Industrieweg 5.</p><p>În ziua de colectare, scoateți containerul în stradă până la ora 8:00. Datele le găsiți în calendarul de colectare: <a href="https://www.waalhaven.example/afval">www.waalhaven.example/afval</a>.</p>',
      },
      bg: {
        title: 'Разделяне на отпадъците и календар за извозване',
        summary: 'В Waalhaven разделяте отпадъците си. В календара за извозване виждате кога кой контейнер да изнесете на улицата.',
        body: '<p>В Waalhaven изхвърляте отпадъците в различни контейнери:</p><ul><li><strong>Зелен контейнер:</strong> отпадъци от зеленчуци, плодове и градина и остатъци от храна</li><li><strong>Син контейнер:</strong> хартия и картон</li><li><strong>Оранжев чувал:</strong> пластмаса, метални кутии и кутии от мляко и сок</li><li><strong>Сив контейнер:</strong> всички останали отпадъци</li></ul><p>Стъклото изхвърляйте в контейнера за стъкло. Големи предмети, например матрак, можете да занесете безплатно в пункта за отпадъци (milieustraat) на Industrieweg 5.</p><p>В деня на извозване изнесете контейнера на улицата преди 7:30 ч. Датите ще намерите в календара за извозване: <a href="https://www.waalhaven.example/afval">www.waalhaven.example/afval</a>.</p>',
      },
    },
  },
  {
    key: 'waalhaven-gp-practices',
    layer: 'municipality',
    category: 'health',
    kind: 'contact',
    sourceLanguage: 'nl',
    contact: {
      phones: [
        { number: '+31 416 683 210', label: 'main' },
        { number: '+31 416 683 299', label: 'after_hours' },
        { number: '112', label: 'emergency' },
      ],
      email: 'info@huisartsendehaven.example',
      address: { street: 'Kerkstraat 14', postalCode: '5141 AC', city: 'Waalhaven' },
      openingHours: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '17:00' }],
      website: 'https://www.huisartsendehaven.example',
    },
    links: [
      { kind: 'tel', url: 'tel:+31416683210' },
      { kind: 'tel', url: 'tel:+31416683230' },
    ],
    texts: {
      nl: {
        title: 'Huisartsen in Waalhaven die nieuwe patiënten aannemen',
        summary: 'Huisartsenpraktijk De Haven neemt nieuwe patiënten aan. Schrijf u nu in, ook als u niet ziek bent.',
        body: '<p>In Nederland gaat u bij ziekte eerst naar de huisarts. Schrijf u daarom meteen in bij een huisarts, ook als u nu niet ziek bent.</p><p>Huisartsenpraktijk De Haven, Kerkstraat 14, neemt nieuwe patiënten aan. Neem uw ID-bewijs en uw zorgpas mee. Inschrijven kan ook online. Ook Gezondheidscentrum Waalhaven-Zuid, Parklaan 3, heeft nog plaats: <a href="tel:+31416683230">+31 416 683 230</a>.</p><p>Is de praktijk dicht en kan het niet wachten tot de volgende dag? Bel de huisartsenpost: <a href="tel:+31416683299">+31 416 683 299</a>. Bij levensgevaar belt u altijd 112.</p>',
      },
      en: {
        title: 'GPs in Waalhaven taking new patients',
        summary: 'GP practice De Haven is taking new patients. Register now, even if you are not ill.',
        body: '<p>In the Netherlands, when you are ill you first go to the GP (huisarts). So register with a GP straight away, even if you are not ill now.</p><p>GP practice De Haven, Kerkstraat 14, is taking new patients. Bring your ID and your health insurance card. You can also register online. Waalhaven-Zuid Health Centre, Parklaan 3, also has places: <a href="tel:+31416683230">+31 416 683 230</a>.</p><p>Is the practice closed and can it not wait until the next day? Call the out-of-hours GP service (huisartsenpost): <a href="tel:+31416683299">+31 416 683 299</a>. If a life is in danger, always call 112.</p>',
      },
      pl: {
        title: 'Lekarze rodzinni w Waalhaven, którzy przyjmują nowych pacjentów',
        summary: 'Praktyka lekarzy rodzinnych De Haven przyjmuje nowych pacjentów. Zapisz się już teraz, nawet jeśli nic ci nie dolega.',
        body: '<p>W Holandii, gdy zachorujesz, najpierw idziesz do lekarza rodzinnego (huisarts). Dlatego od razu zapisz się do lekarza rodzinnego, nawet jeśli teraz nic ci nie dolega.</p><p>Praktyka De Haven, Kerkstraat 14, przyjmuje nowych pacjentów. Zabierz dokument tożsamości i kartę ubezpieczenia zdrowotnego. Możesz też zapisać się przez internet. Wolne miejsca ma także Centrum Zdrowia Waalhaven-Zuid, Parklaan 3: <a href="tel:+31416683230">+31 416 683 230</a>.</p><p>Praktyka jest zamknięta, a sprawa nie może czekać do następnego dnia? Zadzwoń na dyżur lekarski (huisartsenpost): <a href="tel:+31416683299">+31 416 683 299</a>. W razie zagrożenia życia zawsze dzwoń pod numer 112.</p>',
      },
      ro: {
        title: 'Medici de familie din Waalhaven care primesc pacienți noi',
        summary: 'Cabinetul de medicină de familie De Haven primește pacienți noi. Înscrieți-vă acum, chiar dacă nu aveți probleme de sănătate.',
        body: '<p>În Olanda, când vă îmbolnăviți, mergeți mai întâi la medicul de familie (huisarts). De aceea, înscrieți-vă imediat la un medic de familie, chiar dacă acum nu aveți probleme de sănătate.</p><p>Cabinetul De Haven, Kerkstraat 14, primește pacienți noi. Aduceți actul de identitate și cardul de asigurare medicală. Vă puteți înscrie și online. Are locuri libere și Centrul medical Waalhaven-Zuid, Parklaan 3: <a href="tel:+31416683230">+31 416 683 230</a>.</p><p>Cabinetul este închis și problema nu poate aștepta până a doua zi? Sunați la serviciul medical de gardă (huisartsenpost): <a href="tel:+31416683299">+31 416 683 299</a>. Dacă viața cuiva este în pericol, sunați întotdeauna la 112.</p>',
      },
      bg: {
        title: 'Лични лекари в Waalhaven, които приемат нови пациенти',
        summary: 'Практиката на личните лекари De Haven приема нови пациенти. Регистрирайте се сега, дори ако в момента нямате здравословни проблеми.',
        body: '<p>В Нидерландия, когато се разболеете, първо отивате при личния лекар (huisarts). Затова се регистрирайте веднага при личен лекар, дори ако в момента нямате здравословни проблеми.</p><p>Практиката De Haven, Kerkstraat 14, приема нови пациенти. Носете документ за самоличност и картата си за здравна осигуровка. Можете да се регистрирате и онлайн. Свободни места има и в Здравния център Waalhaven-Zuid, Parklaan 3: <a href="tel:+31416683230">+31 416 683 230</a>.</p><p>Практиката е затворена, а проблемът не може да чака до следващия ден? Обадете се на дежурния лекарски пункт (huisartsenpost): <a href="tel:+31416683299">+31 416 683 299</a>. При опасност за живота винаги звънете на 112.</p>',
      },
    },
  },
  {
    key: 'waalhaven-sports',
    layer: 'municipality',
    category: 'daily',
    kind: 'article',
    sourceLanguage: 'nl',
    // The free trial month ends after 30 days.
    validUntilDays: 30,
    links: [{ kind: 'web', url: 'https://www.waalhaven.example/sport' }],
    texts: {
      nl: {
        title: 'Sporten en zwemmen in Waalhaven: deze maand gratis proberen',
        summary: 'Bij veel sportclubs in Waalhaven doet u deze maand gratis mee. Zwembad De Golf heeft extra uren voor volwassenen.',
        body: '<p>Sporten is gezond en u leert nieuwe mensen kennen. Deze maand kunt u bij veel sportclubs in Waalhaven een paar keer gratis meedoen, bijvoorbeeld met voetbal, volleybal, badminton en fitness.</p><p><strong>Zwembad De Golf</strong>, Sportlaan 8, is elke dag open voor vrij zwemmen. Op maandag- en woensdagavond van 20:00 tot 21:30 uur is er baantjeszwemmen voor volwassenen.</p><p>Heeft u weinig geld? Met de Waalhavenpas krijgt u korting op sport. Vraag de pas aan bij de helpdesk in het stadhuis.</p>',
      },
      en: {
        title: 'Sport and swimming in Waalhaven: try it for free this month',
        summary: 'This month you can join many sports clubs in Waalhaven for free. De Golf swimming pool has extra hours for adults.',
        body: '<p>Sport is healthy and you meet new people. This month you can join in a few times for free at many sports clubs in Waalhaven, for example football, volleyball, badminton and fitness.</p><p><strong>De Golf swimming pool</strong>, Sportlaan 8, is open every day for recreational swimming. On Monday and Wednesday evening from 20:00 to 21:30 there is lane swimming for adults.</p><p>Do you have little money? With the Waalhaven Pass (Waalhavenpas) you get a discount on sport. Ask for the pass at the help desk in the town hall.</p>',
      },
      pl: {
        title: 'Sport i pływanie w Waalhaven: w tym miesiącu spróbuj za darmo',
        summary: 'W tym miesiącu w wielu klubach sportowych w Waalhaven możesz trenować za darmo. Basen De Golf ma dodatkowe godziny dla dorosłych.',
        body: '<p>Sport jest zdrowy, a przy okazji poznajesz nowych ludzi. W tym miesiącu w wielu klubach sportowych w Waalhaven możesz kilka razy za darmo wziąć udział w treningu, na przykład piłki nożnej, siatkówki, badmintona albo fitnessu.</p><p><strong>Basen De Golf</strong>, Sportlaan 8, jest codziennie otwarty dla wszystkich. W poniedziałki i środy od 20:00 do 21:30 dorośli mogą pływać na wydzielonych torach.</p><p>Masz mało pieniędzy? Z kartą Waalhavenpas dostaniesz zniżkę na sport. Kartę możesz zamówić w punkcie pomocy w ratuszu.</p>',
      },
      ro: {
        title: 'Sport și înot în Waalhaven: încercați gratuit luna aceasta',
        summary: 'Luna aceasta puteți participa gratuit la multe cluburi sportive din Waalhaven. Piscina De Golf are ore în plus pentru adulți.',
        body: '<p>Sportul este sănătos și cunoașteți oameni noi. Luna aceasta puteți participa gratuit de câteva ori la antrenamente în multe cluburi sportive din Waalhaven, de exemplu la fotbal, volei, badminton și fitness.</p><p><strong>Piscina De Golf</strong>, Sportlaan 8, este deschisă în fiecare zi pentru înot liber. Luni și miercuri seara, între 20:00 și 21:30, adulții pot înota pe culoare.</p><p>Aveți venituri mici? Cu cardul Waalhavenpas primiți reducere la sport. Cereți cardul la biroul de ajutor din primărie.</p>',
      },
    },
  },
  {
    key: 'waalhaven-bus-connections',
    layer: 'municipality',
    category: 'transport',
    kind: 'article',
    sourceLanguage: 'nl',
    links: [{ kind: 'web', url: 'https://9292.nl' }],
    texts: {
      nl: {
        title: 'Met de bus naar de bedrijventerreinen en het station',
        summary: 'Buslijnen 301 en 302 rijden van het centrum naar de bedrijventerreinen en het treinstation. U betaalt met uw bankpas of OV-chipkaart.',
        body: '<p>Vanaf het busstation naast het stadhuis rijden twee buslijnen:</p><ul><li><strong>Lijn 301</strong> naar bedrijventerrein Havenkwartier, elk half uur, ook vroeg in de ochtend (eerste bus om 5:15 uur)</li><li><strong>Lijn 302</strong> naar bedrijventerrein De Lage Weide en het treinstation, elk kwartier</li></ul><p>In de bus kunt u niet contant betalen. Check in met uw bankpas (contactloos) of met een OV-chipkaart. Vergeet niet uit te checken als u uitstapt.</p><p>Plan uw reis met 9292: <a href="https://9292.nl">9292.nl</a>.</p>',
      },
      en: {
        title: 'By bus to the industrial estates and the station',
        summary: 'Bus lines 301 and 302 go from the town centre to the industrial estates and the train station. You pay with your bank card or OV-chipkaart.',
        body: '<p>Two bus lines leave from the bus station next to the town hall:</p><ul><li><strong>Line 301</strong> to the Havenkwartier industrial estate, every half hour, also early in the morning (first bus at 5:15)</li><li><strong>Line 302</strong> to the De Lage Weide industrial estate and the train station, every 15 minutes</li></ul><p>You cannot pay cash on the bus. Check in with your bank card (contactless) or with an OV-chipkaart. Do not forget to check out when you get off.</p><p>Plan your journey with 9292: <a href="https://9292.nl">9292.nl</a>.</p>',
      },
      pl: {
        title: 'Autobusem do stref przemysłowych i na dworzec',
        summary: 'Linie autobusowe 301 i 302 jeżdżą z centrum do stref przemysłowych i na dworzec kolejowy. Płacisz kartą bankową albo kartą OV-chipkaart.',
        body: '<p>Z dworca autobusowego obok ratusza odjeżdżają dwie linie:</p><ul><li><strong>Linia 301</strong> do strefy przemysłowej Havenkwartier, co pół godziny, także wcześnie rano (pierwszy autobus o 5:15)</li><li><strong>Linia 302</strong> do strefy przemysłowej De Lage Weide i na dworzec kolejowy, co 15 minut</li></ul><p>W autobusie nie zapłacisz gotówką. Przy wejściu przyłóż do czytnika kartę bankową (zbliżeniowo) albo kartę OV-chipkaart (check in). Nie zapomnij przyłożyć karty także przy wyjściu (check out).</p><p>Zaplanuj podróż w 9292: <a href="https://9292.nl">9292.nl</a>.</p>',
      },
      bg: {
        title: 'С автобус до индустриалните зони и гарата',
        summary: 'Автобусни линии 301 и 302 се движат от центъра до индустриалните зони и жп гарата. Плащате с банкова карта или с OV-chipkaart.',
        body: '<p>От автогарата до кметството тръгват две автобусни линии:</p><ul><li><strong>Линия 301</strong> до индустриалната зона Havenkwartier, на всеки половин час, също и рано сутрин (първият автобус е в 5:15 ч.)</li><li><strong>Линия 302</strong> до индустриалната зона De Lage Weide и жп гарата, на всеки 15 минути</li></ul><p>В автобуса не можете да платите в брой. При качване допрете до четеца банковата си карта (безконтактно) или OV-chipkaart (check in). Не забравяйте да допрете картата и при слизане (check out).</p><p>Планирайте пътуването си с 9292: <a href="https://9292.nl">9292.nl</a>.</p>',
      },
    },
  },
  {
    key: 'waalhaven-housing-complaints',
    layer: 'municipality',
    category: 'housing',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 40,
    links: [
      { kind: 'tel', url: 'tel:+31416683050' },
      { kind: 'mail', url: 'mailto:wonen@waalhaven.example' },
    ],
    texts: {
      nl: {
        title: 'Slechte of te volle woning? Meld het bij de gemeente',
        summary: 'Woont u in een huis met schimmel, gevaarlijke elektriciteit of te veel mensen? Meld het bij de gemeente. Dat kan ook anoniem.',
        body: '<p>Iedereen heeft recht op een veilige en gezonde woning. Meld het bij de gemeente als:</p><ul><li>er te veel mensen in één huis of kamer wonen</li><li>er schimmel, lekkage of gevaarlijke elektriciteit is</li><li>er geen werkende rookmelder of nooduitgang is</li></ul><p>Bel het Meldpunt Wonen: <a href="tel:+31416683050">+31 416 683 050</a>, of mail naar <a href="mailto:wonen@waalhaven.example">wonen@waalhaven.example</a>. U hoeft uw naam niet te noemen. Een toezichthouder van de gemeente komt dan kijken.</p><p>Wij vertellen uw werkgever niet wie de melding heeft gedaan.</p>',
      },
      en: {
        title: 'Poor or overcrowded housing? Report it to the municipality',
        summary: 'Do you live in a house with mould, dangerous electricity or too many people? Report it to the municipality. You can also do this anonymously.',
        body: '<p>Everyone has the right to a safe and healthy home. Report it to the municipality if:</p><ul><li>too many people live in one house or room</li><li>there is mould, a leak or dangerous electricity</li><li>there is no working smoke alarm or emergency exit</li></ul><p>Call the Housing Report Line (Meldpunt Wonen): <a href="tel:+31416683050">+31 416 683 050</a>, or email <a href="mailto:wonen@waalhaven.example">wonen@waalhaven.example</a>. You do not have to give your name. An inspector from the municipality will then come and check.</p><p>We do not tell your employer who made the report.</p>',
      },
      pl: {
        title: 'Złe warunki lub przepełnione mieszkanie? Zgłoś to w gminie',
        summary: 'Mieszkasz w domu z pleśnią, niebezpieczną instalacją elektryczną albo ze zbyt dużą liczbą osób? Zgłoś to w gminie. Możesz to zrobić anonimowo.',
        body: '<p>Każdy ma prawo do bezpiecznego i zdrowego mieszkania. Zgłoś to w gminie, jeśli:</p><ul><li>w jednym domu lub pokoju mieszka zbyt wiele osób</li><li>jest pleśń, przeciek albo niebezpieczna instalacja elektryczna</li><li>nie ma działającego czujnika dymu albo wyjścia awaryjnego</li></ul><p>Zadzwoń do punktu zgłoszeń Meldpunt Wonen: <a href="tel:+31416683050">+31 416 683 050</a> albo napisz na adres <a href="mailto:wonen@waalhaven.example">wonen@waalhaven.example</a>. Nie musisz podawać swojego nazwiska. Inspektor z gminy przyjdzie i sprawdzi sytuację.</p><p>Nie mówimy twojemu pracodawcy, kto złożył zgłoszenie.</p>',
      },
      ro: {
        title: 'Locuință în stare proastă sau supraaglomerată? Anunțați primăria',
        summary: 'Locuiți într-o casă cu mucegai, cu instalație electrică periculoasă sau cu prea mulți oameni? Anunțați primăria. Puteți face acest lucru și anonim.',
        body: '<p>Toată lumea are dreptul la o locuință sigură și sănătoasă. Anunțați primăria dacă:</p><ul><li>în aceeași casă sau cameră locuiesc prea mulți oameni</li><li>există mucegai, infiltrații de apă sau o instalație electrică periculoasă</li><li>nu există un detector de fum care funcționează sau o ieșire de urgență</li></ul><p>Sunați la Meldpunt Wonen (punctul de sesizări pentru locuințe): <a href="tel:+31416683050">+31 416 683 050</a> sau scrieți la <a href="mailto:wonen@waalhaven.example">wonen@waalhaven.example</a>. Nu este obligatoriu să vă spuneți numele. Un inspector al primăriei va veni să verifice.</p><p>Nu îi spunem angajatorului dumneavoastră cine a făcut sesizarea.</p>',
      },
      bg: {
        title: 'Лошо или пренаселено жилище? Съобщете на общината',
        summary: 'Живеете в жилище с мухъл, опасна електрическа инсталация или твърде много хора? Съобщете на общината. Можете да го направите и анонимно.',
        body: '<p>Всеки има право на безопасно и здравословно жилище. Съобщете на общината, ако:</p><ul><li>в една къща или стая живеят твърде много хора</li><li>има мухъл, теч или опасна електрическа инсталация</li><li>няма работещ датчик за дим или авариен изход</li></ul><p>Обадете се на Meldpunt Wonen (пункт за сигнали за жилища): <a href="tel:+31416683050">+31 416 683 050</a> или пишете на <a href="mailto:wonen@waalhaven.example">wonen@waalhaven.example</a>. Не е нужно да казвате името си. Инспектор от общината ще дойде да провери.</p><p>Не казваме на работодателя ви кой е подал сигнала.</p>',
      },
      lt: {
        title: 'Blogas ar perpildytas būstas? Praneškite savivaldybei',
        summary: 'Gyvenate name, kuriame yra pelėsių, pavojinga elektros instaliacija arba per daug žmonių? Praneškite savivaldybei. Tai galite padaryti ir anonimiškai.',
        body: '<p>Kiekvienas turi teisę į saugų ir sveiką būstą. Praneškite savivaldybei, jeigu:</p><ul><li>viename name ar kambaryje gyvena per daug žmonių</li><li>yra pelėsių, teka vanduo arba elektros instaliacija pavojinga</li><li>nėra veikiančio dūmų detektoriaus arba avarinio išėjimo</li></ul><p>Skambinkite į Meldpunt Wonen (pranešimų apie būstą liniją) telefonu <a href="tel:+31416683050">+31 416 683 050</a> arba rašykite el. paštu <a href="mailto:wonen@waalhaven.example">wonen@waalhaven.example</a>. Savo vardo nurodyti nebūtina. Savivaldybės inspektorius atvyks ir patikrins.</p><p>Mes nesakome jūsų darbdaviui, kas pateikė pranešimą.</p>',
      },
    },
  },
  {
    key: 'waalhaven-letters-help',
    layer: 'municipality',
    category: 'money',
    kind: 'article',
    sourceLanguage: 'nl',
    links: [{ kind: 'tel', url: 'tel:+31416683020' }],
    texts: {
      nl: {
        title: 'Hulp bij brieven en formulieren in het stadhuis',
        summary: 'Begrijpt u een brief van de Belastingdienst, de zorgverzekeraar of de gemeente niet? Bij de helpdesk in het stadhuis helpen we u gratis.',
        body: '<p>Krijgt u een brief die u niet begrijpt? Of moet u een formulier invullen, bijvoorbeeld voor zorgtoeslag of een belastingaangifte? Kom naar de helpdesk Geld &amp; Post in het stadhuis.</p><ul><li>Dinsdag en donderdag, 9:00–12:00 uur, zonder afspraak</li><li>Donderdagavond, 18:00–20:00 uur, op afspraak: <a href="tel:+31416683020">+31 416 683 020</a></li></ul><p>De hulp is gratis. Neem de brief en uw ID-bewijs mee. U logt zelf in met DigiD; wij kijken met u mee. Geef uw DigiD-wachtwoord nooit aan iemand anders, ook niet aan ons.</p>',
      },
      en: {
        title: 'Help with letters and forms at the town hall',
        summary: 'Do you not understand a letter from the Tax Administration, your health insurer or the municipality? The help desk at the town hall helps you for free.',
        body: '<p>Did you get a letter that you do not understand? Or do you need to fill in a form, for example for healthcare allowance (zorgtoeslag) or a tax return? Come to the Money &amp; Post help desk (Geld &amp; Post) at the town hall.</p><ul><li>Tuesday and Thursday, 9:00–12:00, no appointment needed</li><li>Thursday evening, 18:00–20:00, by appointment: <a href="tel:+31416683020">+31 416 683 020</a></li></ul><p>The help is free. Bring the letter and your ID. You log in to DigiD yourself; we look at the screen with you. Never give your DigiD password to anyone, not even to us.</p>',
      },
      pl: {
        title: 'Pomoc z listami i formularzami w ratuszu',
        summary: 'Nie rozumiesz listu z urzędu skarbowego (Belastingdienst), od ubezpieczyciela zdrowotnego albo z gminy? W punkcie pomocy w ratuszu pomożemy ci za darmo.',
        body: '<p>Przyszedł do ciebie list, którego nie rozumiesz? Albo musisz wypełnić formularz, na przykład wniosek o dodatek do ubezpieczenia zdrowotnego (zorgtoeslag) albo zeznanie podatkowe? Przyjdź do punktu pomocy Geld &amp; Post w ratuszu.</p><ul><li>Wtorek i czwartek, 9:00–12:00, bez umawiania się</li><li>Czwartek wieczorem, 18:00–20:00, po wcześniejszym umówieniu: <a href="tel:+31416683020">+31 416 683 020</a></li></ul><p>Pomoc jest bezpłatna. Zabierz list i dokument tożsamości. Do DigiD logujesz się samodzielnie, a my patrzymy z tobą na ekran. Nigdy nikomu nie podawaj hasła do DigiD, nawet nam.</p>',
      },
      ro: {
        title: 'Ajutor cu scrisori și formulare la primărie',
        summary: 'Nu înțelegeți o scrisoare de la Fisc (Belastingdienst), de la asigurarea de sănătate sau de la primărie? La biroul de ajutor din primărie vă ajutăm gratuit.',
        body: '<p>Ați primit o scrisoare pe care nu o înțelegeți? Sau trebuie să completați un formular, de exemplu pentru subvenția la asigurarea de sănătate (zorgtoeslag) sau pentru declarația de impozit? Veniți la biroul de ajutor Geld &amp; Post din primărie.</p><ul><li>Marți și joi, 9:00–12:00, fără programare</li><li>Joi seara, 18:00–20:00, cu programare: <a href="tel:+31416683020">+31 416 683 020</a></li></ul><p>Ajutorul este gratuit. Aduceți scrisoarea și actul de identitate. Vă conectați personal la DigiD, iar noi ne uităm împreună cu dumneavoastră pe ecran. Nu dați niciodată nimănui parola DigiD, nici măcar nouă.</p>',
      },
    },
  },
];
