import type { DemoItem } from './demo-types';

/**
 * The nationwide base layer, written by "Wegwijs Nederland": what every labour migrant in the
 * Netherlands needs to know, whatever the municipality or employer.
 */
export const NATIONAL_ITEMS: DemoItem[] = [
  {
    key: 'brp-registration',
    layer: 'national',
    category: 'rules',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 9,
    texts: {
      nl: {
        title: 'Inschrijven en uitschrijven bij de gemeente (BRP)',
        summary: 'Blijf je langer dan 4 maanden in Nederland? Dan schrijf je je in bij de gemeente waar je woont.',
        body:
          '<p>Woon je binnen 6 maanden langer dan 4 maanden in Nederland? Dan moet je je inschrijven in de <strong>Basisregistratie Personen (BRP)</strong>. Dat doe je bij de gemeente waar je woont, binnen 5 dagen na aankomst. Maak een afspraak.</p>' +
          '<p>Neem mee:</p><ul><li>je geldige paspoort of identiteitskaart</li><li>je huurcontract, of een brief van de hoofdbewoner dat je daar mag wonen</li></ul>' +
          '<p>De gemeente zegt je of je nog meer papieren nodig hebt, bijvoorbeeld een geboorteakte. Heb je nog geen BSN? Dan krijg je dat bij je inschrijving.</p>' +
          '<h3>Verhuizen of vertrekken?</h3>' +
          '<p>Verhuis je binnen Nederland? Geef je nieuwe adres door aan je nieuwe gemeente. Ga je langer dan 8 maanden binnen een jaar naar het buitenland? Meld je dan af bij je gemeente. Dat kan op zijn vroegst 5 dagen voor je vertrek.</p>',
      },
      en: {
        title: 'Registering and deregistering with your municipality (BRP)',
        summary: 'Staying in the Netherlands for more than 4 months? Then you register with the municipality where you live.',
        body:
          '<p>Will you live in the Netherlands for more than 4 months within a period of 6 months? Then you must register in the <strong>Personal Records Database (BRP)</strong>. You do this at the municipality where you live, within 5 days after you arrive. Make an appointment.</p>' +
          '<p>Bring:</p><ul><li>your valid passport or ID card</li><li>your rental contract, or a letter from the main occupant saying that you may live there</li></ul>' +
          '<p>The municipality will tell you if you need other papers, for example a birth certificate. No BSN yet? You get one when you register.</p>' +
          '<h3>Moving or leaving?</h3>' +
          '<p>Moving within the Netherlands? Give your new address to your new municipality. Leaving the Netherlands for more than 8 months within a year? Then deregister at your municipality. You can do this at the earliest 5 days before you leave.</p>',
      },
      pl: {
        title: 'Meldunek i wymeldowanie w gminie (BRP)',
        summary: 'Zostajesz w Holandii dłużej niż 4 miesiące? Zamelduj się w gminie, w której mieszkasz.',
        body:
          '<p>Jeśli w ciągu 6 miesięcy mieszkasz w Holandii dłużej niż 4 miesiące, musisz zarejestrować się w <strong>rejestrze mieszkańców (BRP)</strong>. Robisz to w gminie, w której mieszkasz, w ciągu 5 dni od przyjazdu. Umów się na wizytę.</p>' +
          '<p>Zabierz ze sobą:</p><ul><li>ważny paszport lub dowód osobisty</li><li>umowę najmu albo pisemną zgodę głównego lokatora, że możesz tam mieszkać</li></ul>' +
          '<p>W gminie powiedzą Ci, czy potrzebujesz innych dokumentów, na przykład aktu urodzenia. Nie masz jeszcze numeru BSN? Dostaniesz go przy rejestracji.</p>' +
          '<h3>Przeprowadzka lub wyjazd</h3>' +
          '<p>Przeprowadzasz się w Holandii? Podaj nowy adres w nowej gminie. Wyjeżdżasz z Holandii na dłużej niż 8 miesięcy w ciągu roku? Wymelduj się w swojej gminie. Możesz to zrobić najwcześniej 5 dni przed wyjazdem.</p>',
      },
      ro: {
        title: 'Înregistrarea și radierea la primărie (BRP)',
        summary: 'Stați în Țările de Jos mai mult de 4 luni? Atunci trebuie să vă înregistrați la primăria localității în care locuiți.',
        body:
          '<p>Dacă locuiți în Țările de Jos mai mult de 4 luni într-o perioadă de 6 luni, trebuie să vă înregistrați în <strong>Registrul de evidență a persoanelor (BRP)</strong>. Faceți acest lucru la primăria localității în care locuiți, în termen de 5 zile de la sosire. Faceți o programare.</p>' +
          '<p>Luați cu dumneavoastră:</p><ul><li>pașaportul sau cartea de identitate, valabile</li><li>contractul de închiriere sau o declarație scrisă de la locatarul principal că puteți locui acolo</li></ul>' +
          '<p>Primăria vă spune dacă mai aveți nevoie de alte acte, de exemplu certificatul de naștere. Nu aveți încă un BSN? Îl primiți la înregistrare.</p>' +
          '<h3>Vă mutați sau plecați?</h3>' +
          '<p>Vă mutați în altă locuință din Țările de Jos? Comunicați noua adresă primăriei din noua localitate. Plecați din Țările de Jos pentru mai mult de 8 luni într-un an? Cereți radierea la primărie. Puteți face acest lucru cel mai devreme cu 5 zile înainte de plecare.</p>',
      },
      bg: {
        title: 'Регистрация и отписване в общината (BRP)',
        summary: 'Оставате в Нидерландия повече от 4 месеца? Тогава трябва да се регистрирате в общината, в която живеете.',
        body:
          '<p>Ако живеете в Нидерландия повече от 4 месеца в рамките на 6 месеца, трябва да се регистрирате в <strong>Базовия регистър на населението (BRP)</strong>. Това става в общината, в която живеете, в срок от 5 дни след пристигането. Запишете си час.</p>' +
          '<p>Вземете със себе си:</p><ul><li>валиден паспорт или лична карта</li><li>договор за наем или писмо от основния обитател, че може да живеете там</li></ul>' +
          '<p>Общината ще ви каже дали ви трябват и други документи, например акт за раждане. Нямате още BSN? Ще го получите при регистрацията.</p>' +
          '<h3>Премествате се или заминавате?</h3>' +
          '<p>Премествате се в друго жилище в Нидерландия? Съобщете новия си адрес на новата община. Заминавате от Нидерландия за повече от 8 месеца в рамките на една година? Отпишете се от общината. Можете да направите това най-рано 5 дни преди заминаването.</p>',
      },
      uk: {
        title: 'Реєстрація та зняття з реєстрації в муніципалітеті (BRP)',
        summary: 'Залишаєтеся в Нідерландах довше ніж 4 місяці? Тоді зареєструйтеся в муніципалітеті, де ви живете.',
        body:
          '<p>Якщо протягом 6 місяців ви живете в Нідерландах довше ніж 4 місяці, ви повинні зареєструватися в <strong>Базовому реєстрі осіб (BRP)</strong>. Це робиться в муніципалітеті (gemeente), де ви живете, протягом 5 днів після приїзду. Запишіться на прийом.</p>' +
          '<p>Візьміть із собою:</p><ul><li>дійсний паспорт або ID-картку</li><li>договір оренди або лист від основного мешканця про те, що ви можете там жити</li></ul>' +
          '<p>У муніципалітеті вам скажуть, чи потрібні інші документи, наприклад свідоцтво про народження. Ще не маєте BSN? Ви отримаєте його під час реєстрації.</p>' +
          '<h3>Переїжджаєте чи виїжджаєте?</h3>' +
          '<p>Переїжджаєте в межах Нідерландів? Повідомте нову адресу новому муніципалітету. Виїжджаєте з Нідерландів більш ніж на 8 місяців протягом року? Зніміться з реєстрації у своєму муніципалітеті. Це можна зробити не раніше ніж за 5 днів до від’їзду.</p>',
      },
    },
  },
  {
    key: 'rni-registration',
    layer: 'national',
    category: 'rules',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 8,
    links: [{ kind: 'web', url: 'https://www.rvig.nl' }],
    texts: {
      nl: {
        title: 'Korter dan 4 maanden in Nederland: inschrijven in de RNI',
        summary: 'Blijf je korter dan 4 maanden? Dan schrijf je je in als niet-ingezetene (RNI). Zo krijg je een BSN.',
        body:
          '<p>Blijf je <strong>korter dan 4 maanden</strong> in Nederland? Dan schrijf je je niet in de BRP in, maar in de <strong>Registratie Niet-Ingezetenen (RNI)</strong>.</p>' +
          '<p>Dat doe je bij een RNI-loket. Er zijn RNI-loketten in 19 gemeenten in Nederland. Je hoeft niet in die gemeente te wonen. Maak eerst een afspraak en neem je geldige paspoort of identiteitskaart mee.</p>' +
          '<p>Na je inschrijving krijg je een <strong>BSN</strong>. Dat nummer heb je nodig voor je werk.</p>' +
          '<p>Blijf je toch langer dan 4 maanden? Schrijf je dan in de BRP in bij de gemeente waar je woont.</p>',
      },
      en: {
        title: 'Staying less than 4 months: register in the RNI',
        summary: 'Staying less than 4 months? Then you register as a non-resident (RNI). This gives you a BSN.',
        body:
          '<p>Will you stay in the Netherlands for <strong>less than 4 months</strong>? Then you do not register in the BRP, but in the <strong>Non-Residents Records Database (RNI)</strong>.</p>' +
          '<p>You do this at an RNI desk. There are RNI desks in 19 municipalities in the Netherlands. You do not have to live in that municipality. Make an appointment first and bring your valid passport or ID card.</p>' +
          '<p>After you register, you get a <strong>BSN</strong>. You need this number for your work.</p>' +
          '<p>Staying longer than 4 months after all? Then register in the BRP at the municipality where you live.</p>',
      },
      pl: {
        title: 'Pobyt krótszy niż 4 miesiące: rejestracja w RNI',
        summary: 'Zostajesz krócej niż 4 miesiące? Zarejestruj się jako nierezydent (RNI). Dzięki temu dostaniesz numer BSN.',
        body:
          '<p>Jeśli zostajesz w Holandii <strong>krócej niż 4 miesiące</strong>, nie rejestrujesz się w BRP, tylko w <strong>rejestrze nierezydentów (RNI)</strong>.</p>' +
          '<p>Możesz to zrobić w punkcie RNI (RNI-loket). Takie punkty są w 19 gminach w Holandii. Nie musisz mieszkać w tej gminie. Najpierw umów się na wizytę i zabierz ważny paszport lub dowód osobisty.</p>' +
          '<p>Po rejestracji otrzymasz numer <strong>BSN</strong>. Ten numer jest potrzebny do pracy.</p>' +
          '<p>Zostajesz jednak dłużej niż 4 miesiące? Wtedy zamelduj się w BRP w gminie, w której mieszkasz.</p>',
      },
      ro: {
        title: 'Ședere mai scurtă de 4 luni: înregistrarea în RNI',
        summary: 'Stați mai puțin de 4 luni? Atunci vă înregistrați ca nerezident (RNI). Astfel primiți un BSN.',
        body:
          '<p>Dacă stați în Țările de Jos <strong>mai puțin de 4 luni</strong>, nu vă înregistrați în BRP, ci în <strong>Registrul nerezidenților (RNI)</strong>.</p>' +
          '<p>Înregistrarea se face la un ghișeu RNI (RNI-loket). Există ghișee RNI în 19 localități din Țările de Jos. Nu trebuie să locuiți în acea localitate. Faceți mai întâi o programare și luați cu dumneavoastră pașaportul sau cartea de identitate, valabile.</p>' +
          '<p>După înregistrare primiți un <strong>BSN</strong>. Aveți nevoie de acest număr pentru muncă.</p>' +
          '<p>Rămâneți totuși mai mult de 4 luni? Atunci înregistrați-vă în BRP la primăria localității în care locuiți.</p>',
      },
      bg: {
        title: 'Престой под 4 месеца: регистрация в RNI',
        summary: 'Оставате по-малко от 4 месеца? Тогава се регистрирате като нерезидент (RNI). Така получавате BSN.',
        body:
          '<p>Ако оставате в Нидерландия <strong>по-малко от 4 месеца</strong>, не се регистрирате в BRP, а в <strong>Регистъра на нерезидентите (RNI)</strong>.</p>' +
          '<p>Това става на гише на RNI (RNI-loket). Такива гишета има в 19 общини в Нидерландия. Не е нужно да живеете в тази община. Първо си запишете час и вземете валиден паспорт или лична карта.</p>' +
          '<p>След регистрацията получавате <strong>BSN</strong>. Този номер ви трябва за работата.</p>' +
          '<p>Все пак оставате повече от 4 месеца? Тогава се регистрирайте в BRP в общината, в която живеете.</p>',
      },
    },
  },
  {
    key: 'bsn-citizen-service-number',
    layer: 'national',
    category: 'rules',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 8,
    texts: {
      nl: {
        title: 'Je BSN: je persoonlijke nummer',
        summary: 'Het burgerservicenummer (BSN) is je persoonlijke nummer in Nederland. Je hebt het nodig voor werk, zorg en de bank.',
        body:
          '<p>Het <strong>burgerservicenummer (BSN)</strong> is een persoonlijk nummer van 9 cijfers. Je krijgt het als je je inschrijft in de BRP of de RNI.</p>' +
          '<p>Je hebt je BSN onder andere nodig voor:</p>' +
          '<ul><li>je werk en je loon</li><li>de Belastingdienst</li><li>je zorgverzekering en de huisarts</li><li>een bankrekening</li><li>toeslagen, zoals zorgtoeslag</li></ul>' +
          '<p>Geef je BSN zo snel mogelijk aan je werkgever. Let op: geef je BSN en een kopie van je paspoort alleen aan organisaties die het echt nodig hebben.</p>',
      },
      en: {
        title: 'Your BSN: your personal number',
        summary: 'The citizen service number (BSN) is your personal number in the Netherlands. You need it for work, healthcare and the bank.',
        body:
          '<p>The <strong>citizen service number (BSN)</strong> is a personal number of 9 digits. You get it when you register in the BRP or the RNI.</p>' +
          '<p>You need your BSN for things like:</p>' +
          '<ul><li>your work and your wage</li><li>the Tax Administration (Belastingdienst)</li><li>your health insurance and the GP</li><li>a bank account</li><li>allowances, like the healthcare allowance (zorgtoeslag)</li></ul>' +
          '<p>Give your BSN to your employer as soon as possible. Be careful: only give your BSN and a copy of your passport to organisations that really need them.</p>',
      },
      pl: {
        title: 'Twój BSN: osobisty numer identyfikacyjny',
        summary: 'Burgerservicenummer (BSN) to Twój osobisty numer w Holandii. Potrzebujesz go do pracy, w służbie zdrowia i w banku.',
        body:
          '<p><strong>Burgerservicenummer (BSN)</strong> to osobisty numer składający się z 9 cyfr. Dostajesz go przy rejestracji w BRP lub w RNI.</p>' +
          '<p>Numer BSN jest potrzebny między innymi do:</p>' +
          '<ul><li>pracy i wypłaty wynagrodzenia</li><li>spraw w urzędzie skarbowym (Belastingdienst)</li><li>ubezpieczenia zdrowotnego i wizyt u lekarza rodzinnego</li><li>założenia konta w banku</li><li>dodatków, na przykład dodatku do ubezpieczenia zdrowotnego (zorgtoeslag)</li></ul>' +
          '<p>Jak najszybciej przekaż numer BSN pracodawcy. Uważaj: podawaj BSN i kopię paszportu tylko instytucjom, które naprawdę ich potrzebują.</p>',
      },
      ro: {
        title: 'BSN-ul dumneavoastră: numărul personal',
        summary: 'Numărul de serviciu al cetățeanului (BSN) este numărul dumneavoastră personal în Țările de Jos. Aveți nevoie de el pentru muncă, asistență medicală și bancă.',
        body:
          '<p><strong>Burgerservicenummer (BSN)</strong> este un număr personal format din 9 cifre. Îl primiți când vă înregistrați în BRP sau în RNI.</p>' +
          '<p>Aveți nevoie de BSN, printre altele, pentru:</p>' +
          '<ul><li>muncă și salariu</li><li>administrația fiscală (Belastingdienst)</li><li>asigurarea de sănătate și medicul de familie</li><li>un cont bancar</li><li>subvenții, de exemplu subvenția pentru asigurarea de sănătate (zorgtoeslag)</li></ul>' +
          '<p>Comunicați cât mai repede BSN-ul angajatorului. Atenție: dați BSN-ul și o copie a pașaportului numai organizațiilor care au cu adevărat nevoie de ele.</p>',
      },
      bg: {
        title: 'Вашият BSN: личен номер',
        summary: 'Гражданският служебен номер (BSN) е вашият личен номер в Нидерландия. Трябва ви за работа, здравни грижи и банка.',
        body:
          '<p><strong>Burgerservicenummer (BSN)</strong> е личен номер от 9 цифри. Получавате го, когато се регистрирате в BRP или в RNI.</p>' +
          '<p>BSN ви трябва например за:</p>' +
          '<ul><li>работата и заплатата</li><li>данъчната служба (Belastingdienst)</li><li>здравната застраховка и личния лекар</li><li>банкова сметка</li><li>помощи, например помощта за здравна застраховка (zorgtoeslag)</li></ul>' +
          '<p>Дайте своя BSN на работодателя възможно най-скоро. Внимавайте: давайте BSN и копие от паспорта си само на организации, които наистина имат нужда от тях.</p>',
      },
    },
  },
  {
    key: 'health-insurance',
    layer: 'national',
    category: 'health',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 9,
    links: [{ kind: 'web', url: 'https://www.toeslagen.nl' }],
    outdated: ['pl'],
    texts: {
      nl: {
        title: 'Zorgverzekering: verplicht als je in Nederland werkt',
        summary: 'Werk je in Nederland? Dan moet je een Nederlandse basisverzekering afsluiten, binnen 4 maanden nadat je bent begonnen met werken.',
        body:
          '<p>Werk je in Nederland? Dan moet je een Nederlandse <strong>basisverzekering</strong> (zorgverzekering) hebben. Sluit die af binnen 4 maanden nadat je bent begonnen met werken. De verzekering geldt dan vanaf je eerste werkdag. Ben je niet verzekerd, dan kun je een boete krijgen.</p>' +
          '<p>Je werkgever of uitzendbureau biedt soms een collectieve verzekering aan. Dat mag, maar je mag ook zelf een zorgverzekeraar kiezen.</p>' +
          '<p>Je betaalt elke maand premie. Daarnaast is er een <strong>eigen risico</strong> van €385 per jaar: de eerste kosten, bijvoorbeeld voor het ziekenhuis of medicijnen, betaal je zelf. Voor de huisarts betaal je geen eigen risico.</p>' +
          '<p>Heb je een laag inkomen? Dan kun je misschien <strong>zorgtoeslag</strong> krijgen. Die vraag je aan bij Dienst Toeslagen.</p>',
      },
      en: {
        title: 'Health insurance: required when you work in the Netherlands',
        summary: 'Do you work in the Netherlands? Then you must take out Dutch basic health insurance within 4 months after you start working.',
        body:
          '<p>Do you work in the Netherlands? Then you must have Dutch <strong>basic health insurance</strong> (zorgverzekering). Take it out within 4 months after you start working. The insurance then counts from your first working day. If you are not insured, you can get a fine.</p>' +
          '<p>Your employer or employment agency sometimes offers a collective policy. That is allowed, but you may also choose your own health insurer.</p>' +
          '<p>You pay a premium every month. On top of that there is an <strong>own risk</strong> (eigen risico) of €385 per year: you pay the first costs yourself, for example for the hospital or medicines. Visits to the GP do not count towards the own risk.</p>' +
          '<p>Do you have a low income? Then you may be able to get <strong>healthcare allowance</strong> (zorgtoeslag). You apply for it at Dienst Toeslagen.</p>',
      },
      pl: {
        title: 'Ubezpieczenie zdrowotne: obowiązkowe, jeśli pracujesz w Holandii',
        summary: 'Pracujesz w Holandii? Musisz wykupić holenderskie podstawowe ubezpieczenie zdrowotne w ciągu 4 miesięcy od rozpoczęcia pracy.',
        body:
          '<p>Pracujesz w Holandii? Musisz mieć holenderskie <strong>podstawowe ubezpieczenie zdrowotne</strong> (zorgverzekering). Wykup je w ciągu 4 miesięcy od rozpoczęcia pracy. Ubezpieczenie obowiązuje wtedy od pierwszego dnia pracy. Jeśli nie masz ubezpieczenia, możesz dostać karę.</p>' +
          '<p>Pracodawca lub agencja pracy czasem proponuje ubezpieczenie zbiorowe. Jest to dozwolone, ale możesz też sam wybrać ubezpieczyciela.</p>' +
          '<p>Co miesiąc płacisz składkę. Do tego dochodzi <strong>udział własny</strong> (eigen risico) w wysokości 385 € rocznie: pierwsze koszty, na przykład za szpital lub leki, płacisz sam. Wizyty u lekarza rodzinnego nie są wliczane do udziału własnego.</p>' +
          '<p>Masz niskie dochody? Być może przysługuje Ci <strong>dodatek do ubezpieczenia zdrowotnego</strong> (zorgtoeslag). Wniosek składasz w Dienst Toeslagen.</p>',
      },
      ro: {
        title: 'Asigurarea de sănătate: obligatorie dacă lucrați în Țările de Jos',
        summary: 'Lucrați în Țările de Jos? Atunci trebuie să încheiați o asigurare de sănătate de bază olandeză în termen de 4 luni de la începerea lucrului.',
        body:
          '<p>Lucrați în Țările de Jos? Atunci trebuie să aveți o <strong>asigurare de sănătate de bază</strong> olandeză (zorgverzekering). Încheiați-o în termen de 4 luni de la începerea lucrului. Asigurarea este valabilă atunci din prima zi de lucru. Dacă nu sunteți asigurat, puteți primi o amendă.</p>' +
          '<p>Angajatorul sau agenția de muncă temporară vă oferă uneori o asigurare colectivă. Acest lucru este permis, dar puteți alege și singur o companie de asigurări.</p>' +
          '<p>Plătiți o primă în fiecare lună. În plus, există o <strong>franșiză</strong> (eigen risico) de 385 € pe an: primele costuri, de exemplu pentru spital sau medicamente, le plătiți dumneavoastră. Vizitele la medicul de familie nu intră în franșiză.</p>' +
          '<p>Aveți un venit mic? Atunci este posibil să primiți <strong>subvenția pentru asigurarea de sănătate</strong> (zorgtoeslag). O solicitați la Dienst Toeslagen.</p>',
      },
      bg: {
        title: 'Здравна застраховка: задължителна, ако работите в Нидерландия',
        summary: 'Работите в Нидерландия? Тогава трябва да сключите нидерландска основна здравна застраховка до 4 месеца след започване на работа.',
        body:
          '<p>Работите в Нидерландия? Тогава трябва да имате нидерландска <strong>основна здравна застраховка</strong> (zorgverzekering). Сключете я до 4 месеца след започване на работа. Тогава застраховката важи от първия ви работен ден. Ако нямате застраховка, може да получите глоба.</p>' +
          '<p>Понякога работодателят или агенцията за временна работа предлага колективна застраховка. Това е разрешено, но можете и сами да изберете здравен застраховател.</p>' +
          '<p>Всеки месец плащате вноска (премия). Освен това има <strong>собствен риск</strong> (eigen risico) от 385 € на година: първите разходи, например за болница или лекарства, плащате сами. Посещенията при личния лекар не влизат в собствения риск.</p>' +
          '<p>Имате нисък доход? Тогава може да получите <strong>помощ за здравна застраховка</strong> (zorgtoeslag). Кандидатствате за нея в Dienst Toeslagen.</p>',
      },
    },
  },
  {
    key: 'gp-and-pharmacy',
    layer: 'national',
    category: 'health',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 7,
    texts: {
      nl: {
        title: 'De huisarts en de apotheek',
        summary: 'De huisarts is je eerste aanspreekpunt als je ziek bent. Schrijf je in bij een huisarts bij jou in de buurt.',
        body:
          '<p>Ben je ziek of heb je pijn? Ga dan eerst naar de <strong>huisarts</strong>. De huisarts helpt je en stuurt je zo nodig door naar het ziekenhuis of een specialist.</p>' +
          '<p>Schrijf je op tijd in bij een huisarts dicht bij je huis, dus al voordat je ziek bent. Neem je identiteitsbewijs en je zorgpas mee. Bel voor een afspraak.</p>' +
          '<p>Is het dringend en is de huisarts dicht, ’s avonds, ’s nachts of in het weekend? Bel dan de <strong>huisartsenpost</strong>. Bij levensgevaar bel je altijd <strong>112</strong>.</p>' +
          '<p>Medicijnen op recept haal je bij de <strong>apotheek</strong>. Gewone middelen, zoals pijnstillers, koop je ook bij de drogist.</p>',
      },
      en: {
        title: 'The GP (huisarts) and the pharmacy',
        summary: 'The GP is your first point of contact when you are ill. Register with a GP near your home.',
        body:
          '<p>Are you ill or in pain? Go to the <strong>GP</strong> (huisarts) first. The GP helps you and, if needed, refers you to the hospital or a specialist.</p>' +
          '<p>Register with a GP close to your home in good time, before you get ill. Bring your ID and your health insurance card. Call to make an appointment.</p>' +
          '<p>Is it urgent and is the GP practice closed, in the evening, at night or at the weekend? Then call the <strong>out-of-hours GP service</strong> (huisartsenpost). If a life is in danger, always call <strong>112</strong>.</p>' +
          '<p>You collect prescription medicines at the <strong>pharmacy</strong> (apotheek). You can also buy simple products, like painkillers, at a drugstore (drogist).</p>',
      },
      pl: {
        title: 'Lekarz rodzinny (huisarts) i apteka',
        summary: 'Gdy jesteś chory, najpierw zgłoś się do lekarza rodzinnego. Zapisz się do lekarza rodzinnego blisko domu.',
        body:
          '<p>Jesteś chory albo coś Cię boli? Najpierw idź do <strong>lekarza rodzinnego</strong> (huisarts). Lekarz rodzinny Ci pomoże, a w razie potrzeby skieruje Cię do szpitala lub do specjalisty.</p>' +
          '<p>Zapisz się do lekarza rodzinnego blisko domu wcześniej, zanim zachorujesz. Zabierz dokument tożsamości i kartę ubezpieczenia zdrowotnego. Na wizytę umawiasz się telefonicznie.</p>' +
          '<p>Sprawa jest pilna, a przychodnia jest zamknięta – wieczorem, w nocy lub w weekend? Zadzwoń do <strong>dyżurnej przychodni lekarzy rodzinnych</strong> (huisartsenpost). W sytuacji zagrożenia życia zawsze dzwoń pod <strong>112</strong>.</p>' +
          '<p>Leki na receptę odbierasz w <strong>aptece</strong> (apotheek). Proste środki, na przykład przeciwbólowe, kupisz też w drogerii (drogist).</p>',
      },
      ro: {
        title: 'Medicul de familie (huisarts) și farmacia',
        summary: 'Când sunteți bolnav, mergeți mai întâi la medicul de familie. Înscrieți-vă la un medic de familie aproape de casă.',
        body:
          '<p>Sunteți bolnav sau aveți dureri? Mergeți mai întâi la <strong>medicul de familie</strong> (huisarts). Medicul de familie vă ajută și, dacă este nevoie, vă trimite la spital sau la un specialist.</p>' +
          '<p>Înscrieți-vă din timp la un medic de familie aproape de casă, înainte să vă îmbolnăviți. Luați cu dumneavoastră actul de identitate și cardul de asigurare de sănătate. Sunați pentru o programare.</p>' +
          '<p>Este urgent, iar cabinetul este închis – seara, noaptea sau în weekend? Sunați la <strong>serviciul de gardă al medicilor de familie</strong> (huisartsenpost). Dacă viața cuiva este în pericol, sunați întotdeauna la <strong>112</strong>.</p>' +
          '<p>Medicamentele cu rețetă le ridicați de la <strong>farmacie</strong> (apotheek). Produsele simple, cum ar fi calmantele, le puteți cumpăra și de la drogherie (drogist).</p>',
      },
      bg: {
        title: 'Личният лекар (huisarts) и аптеката',
        summary: 'Когато сте болни, първо се обърнете към личния лекар. Запишете се при личен лекар близо до дома си.',
        body:
          '<p>Болни сте или ви боли нещо? Първо отидете при <strong>личния лекар</strong> (huisarts). Личният лекар ви помага и при нужда ви насочва към болница или специалист.</p>' +
          '<p>Запишете се навреме при личен лекар близо до дома си, още преди да се разболеете. Вземете документ за самоличност и картата си за здравна застраховка. Обадете се, за да си запишете час.</p>' +
          '<p>Спешно е, а кабинетът е затворен – вечер, през нощта или през уикенда? Обадете се на <strong>дежурния лекарски пункт</strong> (huisartsenpost). При опасност за живота винаги звънете на <strong>112</strong>.</p>' +
          '<p>Лекарствата по рецепта взимате от <strong>аптеката</strong> (apotheek). Обикновени средства, например болкоуспокояващи, можете да купите и от дрогерия (drogist).</p>',
      },
      hu: {
        title: 'A háziorvos (huisarts) és a gyógyszertár',
        summary: 'Ha beteg, először a háziorvoshoz forduljon. Válasszon háziorvost a lakóhelye közelében.',
        body:
          '<p>Beteg, vagy fáj valamije? Először a <strong>háziorvoshoz</strong> (huisarts) menjen. A háziorvos segít, és ha szükséges, kórházba vagy szakorvoshoz küldi.</p>' +
          '<p>Még mielőtt megbetegszik, válasszon háziorvost az otthona közelében, és jelentkezzen be nála. Vigye magával a személyazonosító igazolványát és az egészségbiztosítási kártyáját. Időpontot telefonon kérhet.</p>' +
          '<p>Sürgős a dolog, és a rendelő zárva van – este, éjszaka vagy hétvégén? Hívja a <strong>háziorvosi ügyeletet</strong> (huisartsenpost). Életveszély esetén mindig a <strong>112</strong>-t hívja.</p>' +
          '<p>A receptre felírt gyógyszereket a <strong>gyógyszertárban</strong> (apotheek) kapja meg. Egyszerű szereket, például fájdalomcsillapítót, drogériában (drogist) is vehet.</p>',
      },
    },
  },
  {
    key: 'emergency-112',
    layer: 'national',
    category: 'emergency',
    kind: 'contact',
    sourceLanguage: 'nl',
    pinned: true,
    priority: 10,
    contact: {
      phones: [
        { number: '112', label: 'emergency' },
        { number: '0900-8844', label: 'main' },
      ],
    },
    links: [
      { kind: 'tel', url: 'tel:112' },
      { kind: 'tel', url: 'tel:0900-8844' },
    ],
    texts: {
      nl: {
        title: 'Noodgeval? Bel 112',
        summary: 'Bel 112 voor politie, brandweer of ambulance als er direct hulp nodig is. Geen spoed? Bel de politie op 0900-8844.',
        body:
          '<p>Bel <strong>112</strong> als iemands leven in gevaar is of als er direct hulp nodig is. Bijvoorbeeld bij brand, een ernstig ongeluk of een misdrijf dat nu gebeurt.</p>' +
          '<ul><li>Zeg welke hulp je nodig hebt: politie, brandweer of ambulance.</li><li>Zeg waar je bent: adres of plaats.</li><li>Zeg wat er is gebeurd.</li></ul>' +
          '<p>Je kunt ook Engels spreken. Bellen naar 112 is gratis.</p>' +
          '<p>Geen spoed, maar wil je wel de politie spreken? Bel dan <strong>0900-8844</strong>. Bijvoorbeeld om aangifte te doen van diefstal.</p>',
      },
      en: {
        title: 'Emergency? Call 112',
        summary: 'Call 112 for police, fire brigade or ambulance when help is needed right away. Not urgent? Call the police on 0900-8844.',
        body:
          '<p>Call <strong>112</strong> when someone’s life is in danger or when help is needed right away. For example a fire, a serious accident or a crime that is happening now.</p>' +
          '<ul><li>Say what help you need: police, fire brigade or ambulance.</li><li>Say where you are: address or place.</li><li>Say what happened.</li></ul>' +
          '<p>You can also speak English. Calling 112 is free.</p>' +
          '<p>Not urgent, but you want to talk to the police? Call <strong>0900-8844</strong>. For example to report a theft.</p>',
      },
      pl: {
        title: 'Nagły wypadek? Dzwoń pod 112',
        summary: 'Dzwoń pod 112 po policję, straż pożarną lub karetkę, gdy pomoc jest potrzebna natychmiast. Sprawa nie jest pilna? Zadzwoń na policję pod numer 0900-8844.',
        body:
          '<p>Dzwoń pod <strong>112</strong>, gdy czyjeś życie jest w niebezpieczeństwie albo gdy pomoc jest potrzebna natychmiast. Na przykład przy pożarze, poważnym wypadku lub przestępstwie, które dzieje się teraz.</p>' +
          '<ul><li>Powiedz, jakiej pomocy potrzebujesz: policji, straży pożarnej czy karetki.</li><li>Powiedz, gdzie jesteś: adres lub miejsce.</li><li>Powiedz, co się stało.</li></ul>' +
          '<p>Możesz też mówić po angielsku. Połączenie z numerem 112 jest bezpłatne.</p>' +
          '<p>Sprawa nie jest pilna, ale chcesz porozmawiać z policją? Zadzwoń pod <strong>0900-8844</strong>. Na przykład, żeby zgłosić kradzież.</p>',
      },
      ro: {
        title: 'Urgență? Sunați la 112',
        summary: 'Sunați la 112 pentru poliție, pompieri sau ambulanță când este nevoie de ajutor imediat. Nu este urgent? Sunați la poliție la 0900-8844.',
        body:
          '<p>Sunați la <strong>112</strong> când viața cuiva este în pericol sau când este nevoie de ajutor imediat. De exemplu, la un incendiu, un accident grav sau o infracțiune care are loc chiar acum.</p>' +
          '<ul><li>Spuneți de ce ajutor aveți nevoie: poliție, pompieri sau ambulanță.</li><li>Spuneți unde vă aflați: adresa sau locul.</li><li>Spuneți ce s-a întâmplat.</li></ul>' +
          '<p>Puteți vorbi și în engleză. Apelul la 112 este gratuit.</p>' +
          '<p>Nu este urgent, dar vreți să vorbiți cu poliția? Sunați la <strong>0900-8844</strong>. De exemplu, pentru a depune o plângere pentru furt.</p>',
      },
      bg: {
        title: 'Спешен случай? Обадете се на 112',
        summary: 'Обадете се на 112 за полиция, пожарна или линейка, когато помощта е нужна веднага. Не е спешно? Обадете се на полицията на 0900-8844.',
        body:
          '<p>Обадете се на <strong>112</strong>, когато животът на някого е в опасност или когато помощта е нужна веднага. Например при пожар, тежка злополука или престъпление, което се случва в момента.</p>' +
          '<ul><li>Кажете каква помощ ви трябва: полиция, пожарна или линейка.</li><li>Кажете къде се намирате: адрес или място.</li><li>Кажете какво се е случило.</li></ul>' +
          '<p>Можете да говорите и на английски. Обаждането на 112 е безплатно.</p>' +
          '<p>Не е спешно, но искате да говорите с полицията? Обадете се на <strong>0900-8844</strong>. Например, за да съобщите за кражба.</p>',
      },
      uk: {
        title: 'Надзвичайна ситуація? Телефонуйте 112',
        summary: 'Телефонуйте 112, щоб викликати поліцію, пожежну службу або швидку допомогу, коли допомога потрібна негайно. Не терміново? Телефонуйте в поліцію за номером 0900-8844.',
        body:
          '<p>Телефонуйте <strong>112</strong>, коли чиєсь життя в небезпеці або коли допомога потрібна негайно. Наприклад, у разі пожежі, серйозної аварії чи злочину, який відбувається зараз.</p>' +
          '<ul><li>Скажіть, яка допомога вам потрібна: поліція, пожежна служба чи швидка допомога.</li><li>Скажіть, де ви перебуваєте: адресу або місце.</li><li>Скажіть, що сталося.</li></ul>' +
          '<p>Можна також говорити англійською. Дзвінок на 112 безкоштовний.</p>' +
          '<p>Не терміново, але вам потрібно поговорити з поліцією? Телефонуйте <strong>0900-8844</strong>. Наприклад, щоб повідомити про крадіжку.</p>',
      },
    },
  },
  {
    key: 'minimum-wage-holiday-allowance',
    layer: 'national',
    category: 'work',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 8,
    links: [{ kind: 'web', url: 'https://www.rijksoverheid.nl' }],
    draft: ['bg'],
    texts: {
      nl: {
        title: 'Minimumloon en vakantiegeld',
        summary: 'Ben je 21 jaar of ouder? Dan heb je recht op minstens het wettelijk minimumloon per uur. Daarbovenop krijg je 8% vakantiegeld.',
        body:
          '<p>In Nederland is er een <strong>wettelijk minimumloon</strong>. Het is een bedrag per uur. Ben je 21 jaar of ouder? Dan moet je werkgever je minstens dit bedrag voor elk uur betalen. Voor jongeren onder de 21 is het minimumloon lager.</p>' +
          '<p>Het minimumloon verandert twee keer per jaar: op <strong>1 januari</strong> en op <strong>1 juli</strong>. Het actuele bedrag vind je op de website van de overheid: <a href="https://www.rijksoverheid.nl">www.rijksoverheid.nl</a>.</p>' +
          '<p>Je krijgt ook <strong>vakantiegeld</strong>: 8% van je brutoloon. Vaak krijg je dit één keer per jaar, meestal in mei of juni. Soms krijg je het elke week of maand bij je loon. Dan moet het op je loonstrook staan.</p>',
      },
      en: {
        title: 'Minimum wage and holiday allowance',
        summary: 'Are you 21 or older? Then you have the right to at least the statutory minimum wage per hour. On top of that you get 8% holiday allowance.',
        body:
          '<p>The Netherlands has a <strong>statutory minimum wage</strong>. It is an amount per hour. Are you 21 or older? Then your employer must pay you at least this amount for every hour. For young people under 21 the minimum wage is lower.</p>' +
          '<p>The minimum wage changes twice a year: on <strong>1 January</strong> and on <strong>1 July</strong>. You can find the current amount on the government website: <a href="https://www.rijksoverheid.nl">www.rijksoverheid.nl</a>.</p>' +
          '<p>You also get <strong>holiday allowance</strong> (vakantiegeld): 8% of your gross wage. Often you get it once a year, usually in May or June. Sometimes you get it every week or month with your wage. Then it must be on your payslip.</p>',
      },
      pl: {
        title: 'Płaca minimalna i dodatek urlopowy',
        summary: 'Masz 21 lat lub więcej? Masz prawo co najmniej do ustawowej płacy minimalnej za godzinę. Do tego dostajesz 8% dodatku urlopowego.',
        body:
          '<p>W Holandii obowiązuje <strong>ustawowa płaca minimalna</strong>. Jest to stawka za godzinę. Masz 21 lat lub więcej? Pracodawca musi Ci płacić co najmniej tę kwotę za każdą godzinę. Dla osób poniżej 21 lat płaca minimalna jest niższa.</p>' +
          '<p>Płaca minimalna zmienia się dwa razy w roku: <strong>1 stycznia</strong> i <strong>1 lipca</strong>. Aktualną kwotę znajdziesz na stronie rządu: <a href="https://www.rijksoverheid.nl">www.rijksoverheid.nl</a>.</p>' +
          '<p>Dostajesz też <strong>dodatek urlopowy</strong> (vakantiegeld): 8% wynagrodzenia brutto. Często jest wypłacany raz w roku, zwykle w maju lub czerwcu. Czasem dostajesz go co tydzień lub co miesiąc razem z wypłatą. Wtedy musi być widoczny na pasku wypłaty.</p>',
      },
      ro: {
        title: 'Salariul minim și indemnizația de concediu',
        summary: 'Aveți 21 de ani sau mai mult? Atunci aveți dreptul la cel puțin salariul minim legal pe oră. În plus, primiți 8% indemnizație de concediu.',
        body:
          '<p>În Țările de Jos există un <strong>salariu minim legal</strong>. Este o sumă pe oră. Aveți 21 de ani sau mai mult? Atunci angajatorul trebuie să vă plătească cel puțin această sumă pentru fiecare oră. Pentru tinerii sub 21 de ani, salariul minim este mai mic.</p>' +
          '<p>Salariul minim se schimbă de două ori pe an: la <strong>1 ianuarie</strong> și la <strong>1 iulie</strong>. Suma actuală o găsiți pe site-ul guvernului: <a href="https://www.rijksoverheid.nl">www.rijksoverheid.nl</a>.</p>' +
          '<p>Primiți și <strong>indemnizație de concediu</strong> (vakantiegeld): 8% din salariul brut. De multe ori o primiți o dată pe an, de obicei în mai sau iunie. Uneori o primiți în fiecare săptămână sau lună, împreună cu salariul. Atunci trebuie să apară pe fluturașul de salariu.</p>',
      },
      bg: {
        title: 'Минимална заплата и добавка за отпуск',
        summary: 'Навършили ли сте 21 години? Тогава имате право поне на законовата минимална заплата на час. Освен това получавате 8% добавка за отпуск.',
        body:
          '<p>В Нидерландия има <strong>законова минимална заплата</strong>. Тя е сума на час. Ако сте на 21 или повече години, работодателят трябва да ви плаща поне тази сума за всеки час. За младежите под 21 години минималната заплата е по-ниска.</p>' +
          '<p>Минималната заплата се променя два пъти в годината: на <strong>1 януари</strong> и на <strong>1 юли</strong>. Актуалната сума ще намерите на сайта на правителството: <a href="https://www.rijksoverheid.nl">www.rijksoverheid.nl</a>.</p>' +
          '<p>Получавате и <strong>добавка за отпуск</strong> (vakantiegeld): 8% от брутната заплата. Често я получавате веднъж годишно, обикновено през май или юни. Понякога я получавате всяка седмица или всеки месец заедно със заплатата. Тогава тя трябва да е посочена във фиша за заплата.</p>',
      },
    },
  },
  {
    key: 'payslip-and-deductions',
    layer: 'national',
    category: 'work',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 7,
    outdated: ['pl'],
    texts: {
      nl: {
        title: 'Controleer je loonstrook',
        summary: 'Bij elke betaling krijg je een loonstrook. Controleer die elke keer: kloppen je uren en kloppen de inhoudingen?',
        body:
          '<p>Bij elke betaling moet je een <strong>loonstrook</strong> krijgen, op papier of digitaal. Daarop staan onder andere:</p>' +
          '<ul><li>het aantal uren dat je hebt gewerkt</li><li>je brutoloon</li><li>wat eraf gaat (inhoudingen), zoals belasting en premies</li><li>wat je netto krijgt</li></ul>' +
          '<p>Controleer je loonstrook elke keer. Schrijf zelf je gewerkte uren op, dan kun je ze vergelijken.</p>' +
          '<p>Gaat er geld af voor je huisvesting? Dat mag alleen als je een <strong>apart schriftelijk huurcontract</strong> hebt. Het bedrag mag niet hoger zijn dan het wettelijk maximum.</p>' +
          '<p>Klopt er iets niet? Vraag het eerst aan je werkgever of uitzendbureau.</p>',
      },
      en: {
        title: 'Check your payslip',
        summary: 'You get a payslip with every payment. Check it every time: are your hours right, and are the deductions right?',
        body:
          '<p>With every payment you must get a <strong>payslip</strong> (loonstrook), on paper or digital. It shows, among other things:</p>' +
          '<ul><li>the number of hours you worked</li><li>your gross wage</li><li>what is taken off (deductions), like tax and premiums</li><li>what you get net</li></ul>' +
          '<p>Check your payslip every time. Write down your own working hours, so that you can compare them.</p>' +
          '<p>Is money taken off for your housing? That is only allowed if you have a <strong>separate written rental contract</strong>. The amount may not be higher than the legal maximum.</p>' +
          '<p>Is something wrong? Ask your employer or employment agency first.</p>',
      },
      pl: {
        title: 'Sprawdzaj pasek wypłaty',
        summary: 'Przy każdej wypłacie dostajesz pasek wypłaty (loonstrook). Sprawdzaj go za każdym razem: czy zgadzają się godziny i potrącenia?',
        body:
          '<p>Przy każdej wypłacie musisz dostać <strong>pasek wypłaty</strong> (loonstrook), papierowy lub elektroniczny. Znajdziesz na nim między innymi:</p>' +
          '<ul><li>liczbę przepracowanych godzin</li><li>wynagrodzenie brutto</li><li>potrącenia, na przykład podatek i składki</li><li>kwotę netto, którą dostajesz</li></ul>' +
          '<p>Sprawdzaj pasek wypłaty za każdym razem. Sam zapisuj swoje godziny pracy, żeby móc je porównać.</p>' +
          '<p>Pracodawca potrąca pieniądze za mieszkanie? Wolno mu to robić tylko wtedy, gdy masz <strong>osobną pisemną umowę najmu</strong>. Kwota nie może być wyższa niż ustawowe maksimum.</p>' +
          '<p>Coś się nie zgadza? Najpierw zapytaj pracodawcę lub agencję pracy.</p>',
      },
      ro: {
        title: 'Verificați fluturașul de salariu',
        summary: 'La fiecare plată primiți un fluturaș de salariu (loonstrook). Verificați-l de fiecare dată: sunt corecte orele și reținerile?',
        body:
          '<p>La fiecare plată trebuie să primiți un <strong>fluturaș de salariu</strong> (loonstrook), pe hârtie sau în format digital. Pe el apar, printre altele:</p>' +
          '<ul><li>numărul de ore lucrate</li><li>salariul brut</li><li>reținerile, de exemplu impozitul și contribuțiile</li><li>suma netă pe care o primiți</li></ul>' +
          '<p>Verificați fluturașul de fiecare dată. Notați-vă singur orele lucrate, ca să le puteți compara.</p>' +
          '<p>Vi se rețin bani pentru locuință? Acest lucru este permis numai dacă aveți un <strong>contract de închiriere scris, separat</strong>. Suma nu poate fi mai mare decât maximul legal.</p>' +
          '<p>Ceva nu este în regulă? Întrebați mai întâi angajatorul sau agenția.</p>',
      },
      bg: {
        title: 'Проверявайте фиша си за заплата',
        summary: 'При всяко плащане получавате фиш за заплата (loonstrook). Проверявайте го всеки път: верни ли са часовете и удръжките?',
        body:
          '<p>При всяко плащане трябва да получите <strong>фиш за заплата</strong> (loonstrook), на хартия или електронно. В него са посочени например:</p>' +
          '<ul><li>броят на изработените часове</li><li>брутната заплата</li><li>удръжките, например данъци и осигуровки</li><li>сумата, която получавате нето</li></ul>' +
          '<p>Проверявайте фиша всеки път. Записвайте сами изработените часове, за да можете да ги сравните.</p>' +
          '<p>Удържат ли ви пари за жилище? Това е разрешено само ако имате <strong>отделен писмен договор за наем</strong>. Сумата не може да е по-висока от законовия максимум.</p>' +
          '<p>Нещо не е наред? Първо попитайте работодателя или агенцията.</p>',
      },
    },
  },
  {
    key: 'agencies-and-help',
    layer: 'national',
    category: 'work',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 7,
    links: [{ kind: 'web', url: 'https://www.nlarbeidsinspectie.nl' }],
    texts: {
      nl: {
        title: 'Uitzendbureau, uitbuiting en hulp',
        summary: 'Werk je via een uitzendbureau? Kies een bureau dat geregistreerd en gecertificeerd is. Word je uitgebuit? Meld het bij de Nederlandse Arbeidsinspectie.',
        body:
          '<p>Veel arbeidsmigranten werken via een <strong>uitzendbureau</strong>. Een goed uitzendbureau is ingeschreven bij de Kamer van Koophandel (KvK) en is gecertificeerd. Vraag het bureau daarnaar. Een uitzendbureau mag je geen geld vragen om werk voor je te vinden.</p>' +
          '<p>Werk je veel te lang, krijg je te weinig betaald, is het werk onveilig of word je bedreigd? Dan is er misschien sprake van uitbuiting. Meld dit bij de <strong>Nederlandse Arbeidsinspectie</strong>.</p>' +
          '<p>Wil je eerst advies? <strong>FairWork</strong> helpt arbeidsmigranten en geeft advies in veel talen.</p>',
      },
      en: {
        title: 'Employment agencies, exploitation and help',
        summary: 'Do you work through an employment agency? Choose an agency that is registered and certified. Are you being exploited? Report it to the Netherlands Labour Authority.',
        body:
          '<p>Many labour migrants work through an <strong>employment agency</strong> (uitzendbureau). A good agency is registered with the Chamber of Commerce (KvK) and is certified. Ask the agency about this. An agency may not ask you for money to find you work.</p>' +
          '<p>Do you work far too many hours, are you paid too little, is the work unsafe or are you threatened? Then you may be a victim of exploitation. Report this to the <strong>Netherlands Labour Authority</strong> (Nederlandse Arbeidsinspectie).</p>' +
          '<p>Do you want advice first? <strong>FairWork</strong> helps labour migrants and gives advice in many languages.</p>',
      },
      pl: {
        title: 'Agencja pracy, wyzysk i pomoc',
        summary: 'Pracujesz przez agencję pracy? Wybierz agencję, która jest zarejestrowana i ma certyfikat. Jesteś wykorzystywany? Zgłoś to do holenderskiej Inspekcji Pracy.',
        body:
          '<p>Wielu migrantów zarobkowych pracuje przez <strong>agencję pracy</strong> (uitzendbureau). Dobra agencja jest wpisana do rejestru Izby Handlowej (KvK) i ma certyfikat. Zapytaj o to agencję. Agencja nie może żądać od Ciebie pieniędzy za znalezienie pracy.</p>' +
          '<p>Pracujesz o wiele za długo, dostajesz za mało pieniędzy, praca jest niebezpieczna albo ktoś Ci grozi? Może to być wyzysk. Zgłoś to do <strong>holenderskiej Inspekcji Pracy</strong> (Nederlandse Arbeidsinspectie).</p>' +
          '<p>Chcesz najpierw zasięgnąć porady? <strong>FairWork</strong> pomaga migrantom zarobkowym i udziela porad w wielu językach.</p>',
      },
      ro: {
        title: 'Agenția de muncă, exploatarea și ajutorul',
        summary: 'Lucrați printr-o agenție de muncă temporară? Alegeți o agenție înregistrată și certificată. Sunteți exploatat? Raportați acest lucru Inspecției Muncii din Țările de Jos.',
        body:
          '<p>Mulți lucrători migranți lucrează printr-o <strong>agenție de muncă temporară</strong> (uitzendbureau). O agenție bună este înregistrată la Camera de Comerț (KvK) și este certificată. Întrebați agenția despre acest lucru. Agenția nu are voie să vă ceară bani ca să vă găsească de lucru.</p>' +
          '<p>Lucrați mult prea multe ore, sunteți plătit prea puțin, munca este periculoasă sau sunteți amenințat? Atunci este posibil să fiți exploatat. Raportați acest lucru la <strong>Inspecția Muncii din Țările de Jos</strong> (Nederlandse Arbeidsinspectie).</p>' +
          '<p>Vreți mai întâi un sfat? <strong>FairWork</strong> ajută lucrătorii migranți și oferă consiliere în multe limbi.</p>',
      },
    },
  },
  {
    key: 'bank-account-allowances',
    layer: 'national',
    category: 'money',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 6,
    links: [{ kind: 'web', url: 'https://www.toeslagen.nl' }],
    texts: {
      nl: {
        title: 'Een bankrekening openen en toeslagen',
        summary: 'Met je BSN en een identiteitsbewijs kun je een Nederlandse bankrekening openen. Soms heb je recht op een toeslag van de overheid.',
        body:
          '<p>Je werkgever betaalt je loon op een bankrekening. Voor een Nederlandse <strong>bankrekening</strong> heb je meestal nodig:</p>' +
          '<ul><li>je geldige paspoort of identiteitskaart</li><li>je BSN</li><li>je adres in Nederland</li></ul>' +
          '<p>Heb je al een rekening in een ander EU-land? Dan kan je loon vaak ook daarop worden betaald. Vraag het aan je werkgever.</p>' +
          '<h3>Toeslagen</h3>' +
          '<p>Met een laag inkomen kun je soms geld van de overheid krijgen: een <strong>toeslag</strong>. Bijvoorbeeld zorgtoeslag voor je zorgverzekering. Je vraagt dit aan bij Dienst Toeslagen. Geef je inkomen goed op en geef veranderingen door. Anders moet je later geld terugbetalen.</p>' +
          '<p>Let op: geef nooit je bankpas, pincode of DigiD aan iemand anders.</p>',
      },
      en: {
        title: 'Opening a bank account, and allowances',
        summary: 'With your BSN and an ID document you can open a Dutch bank account. Sometimes you have the right to an allowance from the government.',
        body:
          '<p>Your employer pays your wage into a bank account. For a Dutch <strong>bank account</strong> you usually need:</p>' +
          '<ul><li>your valid passport or ID card</li><li>your BSN</li><li>your address in the Netherlands</li></ul>' +
          '<p>Do you already have an account in another EU country? Then your wage can often be paid into that account too. Ask your employer.</p>' +
          '<h3>Allowances</h3>' +
          '<p>With a low income you can sometimes get money from the government: an <strong>allowance</strong> (toeslag). For example healthcare allowance for your health insurance. You apply for this at Dienst Toeslagen. Give your correct income and report changes. Otherwise you will have to pay money back later.</p>' +
          '<p>Be careful: never give your bank card, PIN code or DigiD to someone else.</p>',
      },
      pl: {
        title: 'Konto w banku i dodatki',
        summary: 'Z numerem BSN i dokumentem tożsamości możesz otworzyć konto w holenderskim banku. Czasem przysługuje Ci dodatek od państwa.',
        body:
          '<p>Pracodawca wypłaca wynagrodzenie na konto bankowe. Aby otworzyć <strong>konto w holenderskim banku</strong>, zwykle potrzebujesz:</p>' +
          '<ul><li>ważnego paszportu lub dowodu osobistego</li><li>numeru BSN</li><li>adresu w Holandii</li></ul>' +
          '<p>Masz już konto w innym kraju UE? Często wynagrodzenie może wpływać także na to konto. Zapytaj pracodawcę.</p>' +
          '<h3>Dodatki (toeslagen)</h3>' +
          '<p>Przy niskich dochodach możesz czasem dostać pieniądze od państwa, czyli <strong>dodatek</strong> (toeslag). Na przykład dodatek do ubezpieczenia zdrowotnego (zorgtoeslag). Wniosek składasz w Dienst Toeslagen. Podaj prawidłowe dochody i zgłaszaj zmiany. W przeciwnym razie później będziesz musiał zwrócić pieniądze.</p>' +
          '<p>Uwaga: nigdy nie dawaj nikomu swojej karty bankowej, kodu PIN ani DigiD.</p>',
      },
      ro: {
        title: 'Deschiderea unui cont bancar și subvențiile',
        summary: 'Cu BSN-ul și un act de identitate puteți deschide un cont bancar olandez. Uneori aveți dreptul la o subvenție de la stat.',
        body:
          '<p>Angajatorul vă plătește salariul într-un cont bancar. Pentru un <strong>cont bancar</strong> olandez aveți nevoie de obicei de:</p>' +
          '<ul><li>pașaportul sau cartea de identitate, valabile</li><li>BSN-ul dumneavoastră</li><li>adresa dumneavoastră din Țările de Jos</li></ul>' +
          '<p>Aveți deja un cont într-o altă țară din UE? De multe ori salariul poate fi plătit și în acel cont. Întrebați angajatorul.</p>' +
          '<h3>Subvenții (toeslagen)</h3>' +
          '<p>Dacă aveți un venit mic, puteți primi uneori bani de la stat: o <strong>subvenție</strong> (toeslag). De exemplu, subvenția pentru asigurarea de sănătate (zorgtoeslag). O solicitați la Dienst Toeslagen. Declarați corect venitul și anunțați orice schimbare. Altfel, mai târziu va trebui să dați banii înapoi.</p>' +
          '<p>Atenție: nu dați niciodată altcuiva cardul bancar, codul PIN sau DigiD-ul.</p>',
      },
      bg: {
        title: 'Банкова сметка и помощи от държавата',
        summary: 'С BSN и документ за самоличност можете да откриете банкова сметка в Нидерландия. Понякога имате право на помощ от държавата.',
        body:
          '<p>Работодателят превежда заплатата ви по банкова сметка. За <strong>банкова сметка</strong> в Нидерландия обикновено ви трябват:</p>' +
          '<ul><li>валиден паспорт или лична карта</li><li>вашият BSN</li><li>вашият адрес в Нидерландия</li></ul>' +
          '<p>Вече имате сметка в друга държава от ЕС? Често заплатата може да се превежда и по нея. Попитайте работодателя си.</p>' +
          '<h3>Помощи (toeslagen)</h3>' +
          '<p>При нисък доход понякога можете да получите пари от държавата – <strong>помощ</strong> (toeslag). Например помощ за здравната застраховка (zorgtoeslag). Кандидатствате в Dienst Toeslagen. Посочете правилно дохода си и съобщавайте за промени. Иначе по-късно ще трябва да върнете пари.</p>' +
          '<p>Внимание: никога не давайте на друг човек банковата си карта, ПИН кода или своя DigiD.</p>',
      },
    },
  },
  {
    key: 'cycling-public-transport',
    layer: 'national',
    category: 'transport',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 5,
    texts: {
      nl: {
        title: 'Fietsen en openbaar vervoer',
        summary: 'Op de fiets: licht aan in het donker en geen telefoon in je hand. In bus, tram, metro en trein check je in en uit.',
        body:
          '<h3>Fietsen</h3>' +
          '<ul><li>Gebruik je fietslicht als het donker is: wit of geel voor, rood achter.</li><li>Houd geen telefoon in je hand tijdens het fietsen. Dat is verboden.</li><li>Fiets op het fietspad als er een is, en stop voor rood licht.</li><li>Zet je fiets altijd op slot.</li></ul>' +
          '<h3>Openbaar vervoer</h3>' +
          '<p>In de bus, tram, metro en trein <strong>check je in</strong> als je instapt en <strong>check je uit</strong> als je uitstapt. Dat doe je met een OV-chipkaart of met je bankpas of telefoon (OVpay). Gebruik bij inchecken en uitchecken dezelfde kaart of telefoon. Vergeet je uit te checken? Dan betaal je te veel.</p>',
      },
      en: {
        title: 'Cycling and public transport',
        summary: 'On your bike: lights on in the dark and no phone in your hand. On the bus, tram, metro and train you check in and check out.',
        body:
          '<h3>Cycling</h3>' +
          '<ul><li>Use your bike lights when it is dark: white or yellow at the front, red at the back.</li><li>Do not hold a phone in your hand while cycling. This is forbidden.</li><li>Use the bike path if there is one, and stop at a red light.</li><li>Always lock your bike.</li></ul>' +
          '<h3>Public transport</h3>' +
          '<p>On the bus, tram, metro and train you <strong>check in</strong> when you get on and <strong>check out</strong> when you get off. You do this with an OV-chipkaart or with your bank card or phone (OVpay). Use the same card or phone to check in and check out. Forget to check out? Then you pay too much.</p>',
      },
      pl: {
        title: 'Rower i komunikacja publiczna',
        summary: 'Na rowerze: po zmroku włącz światła i nie trzymaj telefonu w ręce. W autobusie, tramwaju, metrze i pociągu zawsze rób check-in i check-out.',
        body:
          '<h3>Rower</h3>' +
          '<ul><li>Gdy jest ciemno, włącz światła: z przodu białe lub żółte, z tyłu czerwone.</li><li>Nie trzymaj telefonu w ręce podczas jazdy. To jest zabronione.</li><li>Jeśli jest ścieżka rowerowa, jedź po niej. Zatrzymuj się na czerwonym świetle.</li><li>Zawsze zapinaj rower na zamek.</li></ul>' +
          '<h3>Komunikacja publiczna</h3>' +
          '<p>W autobusie, tramwaju, metrze i pociągu przy wejściu robisz <strong>check-in</strong>, a przy wyjściu <strong>check-out</strong>: przykładasz kartę do czytnika. Możesz użyć karty OV-chipkaart albo karty bankowej lub telefonu (OVpay). Przy check-in i check-out używaj tej samej karty lub telefonu. Jeśli zapomnisz zrobić check-out, zapłacisz za dużo.</p>',
      },
    },
  },
  {
    key: 'tenant-rights',
    layer: 'national',
    category: 'housing',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 6,
    links: [{ kind: 'web', url: 'https://www.juridischloket.nl' }],
    texts: {
      nl: {
        title: 'Je rechten als huurder',
        summary: 'Huur je een kamer of huis? Zorg voor een schriftelijk huurcontract en weet wat je betaalt. De borg is maximaal twee keer de kale huur.',
        body:
          '<p>Huur je een kamer of huis, ook via je werkgever? Dan heb je rechten als huurder.</p>' +
          '<ul><li>Vraag altijd om een <strong>schriftelijk huurcontract</strong>. Daarin staat hoeveel je betaalt en wat daarbij hoort, zoals gas, water en licht.</li><li>Regelt je werkgever je woning? Dan moet het huurcontract los staan van je arbeidscontract.</li><li>De <strong>borg</strong> is maximaal twee keer de kale huur (de huur zonder extra kosten).</li><li>Vraag om een bewijs als je betaalt.</li></ul>' +
          '<p>Als je weggaat, krijg je je borg terug. Is er schade, dan mag de verhuurder daarvoor een deel van de borg houden.</p>' +
          '<p>Heb je een probleem met je woning of je verhuurder? Het <strong>Juridisch Loket</strong> geeft gratis advies.</p>',
      },
      en: {
        title: 'Your rights as a tenant',
        summary: 'Do you rent a room or a house? Make sure you have a written rental contract and know what you pay. The deposit is at most twice the basic rent.',
        body:
          '<p>Do you rent a room or a house, also through your employer? Then you have rights as a tenant.</p>' +
          '<ul><li>Always ask for a <strong>written rental contract</strong>. It says how much you pay and what is included, like gas, water and electricity.</li><li>Does your employer arrange your housing? Then the rental contract must be separate from your employment contract.</li><li>The <strong>deposit</strong> (borg) is at most twice the basic rent (the rent without extra costs).</li><li>Ask for a receipt when you pay.</li></ul>' +
          '<p>When you leave, you get your deposit back. If there is damage, the landlord may keep part of the deposit for it.</p>' +
          '<p>Do you have a problem with your home or your landlord? The <strong>Juridisch Loket</strong> (Legal Services Counter) gives free advice.</p>',
      },
      pl: {
        title: 'Twoje prawa jako najemcy',
        summary: 'Wynajmujesz pokój lub dom? Zadbaj o pisemną umowę najmu i sprawdź, ile płacisz. Kaucja może wynosić najwyżej dwukrotność czynszu podstawowego.',
        body:
          '<p>Wynajmujesz pokój lub dom, także przez pracodawcę? Masz wtedy prawa jako najemca.</p>' +
          '<ul><li>Zawsze proś o <strong>pisemną umowę najmu</strong>. Jest w niej napisane, ile płacisz i co wchodzi w cenę, na przykład gaz, woda i prąd.</li><li>Mieszkanie załatwia Ci pracodawca? Umowa najmu musi być osobna, niezależna od umowy o pracę.</li><li><strong>Kaucja</strong> (borg) może wynosić najwyżej dwukrotność czynszu podstawowego (czynszu bez dodatkowych opłat).</li><li>Gdy płacisz, proś o potwierdzenie.</li></ul>' +
          '<p>Gdy się wyprowadzasz, dostajesz kaucję z powrotem. Jeśli są szkody, wynajmujący może zatrzymać za nie część kaucji.</p>' +
          '<p>Masz problem z mieszkaniem lub wynajmującym? <strong>Juridisch Loket</strong> udziela bezpłatnych porad prawnych.</p>',
      },
      ro: {
        title: 'Drepturile dumneavoastră ca chiriaș',
        summary: 'Închiriați o cameră sau o casă? Cereți un contract de închiriere scris și aflați cât plătiți. Garanția este de cel mult două chirii de bază.',
        body:
          '<p>Închiriați o cameră sau o casă, chiar și prin angajator? Atunci aveți drepturi ca chiriaș.</p>' +
          '<ul><li>Cereți întotdeauna un <strong>contract de închiriere scris</strong>. În el scrie cât plătiți și ce este inclus, de exemplu gazul, apa și curentul.</li><li>Locuința vă este asigurată de angajator? Atunci contractul de închiriere trebuie să fie separat de contractul de muncă.</li><li><strong>Garanția</strong> (borg) este de cel mult două ori chiria de bază (chiria fără costuri suplimentare).</li><li>Cereți o chitanță când plătiți.</li></ul>' +
          '<p>Când plecați, primiți garanția înapoi. Dacă există pagube, proprietarul poate păstra o parte din garanție pentru ele.</p>' +
          '<p>Aveți o problemă cu locuința sau cu proprietarul? <strong>Juridisch Loket</strong> oferă consiliere juridică gratuită.</p>',
      },
      bg: {
        title: 'Вашите права като наемател',
        summary: 'Наемате стая или жилище? Поискайте писмен договор за наем и разберете колко плащате. Депозитът е най-много в размер на два основни месечни наема.',
        body:
          '<p>Наемате стая или жилище, включително чрез работодателя си? Тогава имате права като наемател.</p>' +
          '<ul><li>Винаги искайте <strong>писмен договор за наем</strong>. В него пише колко плащате и какво е включено, например газ, вода и ток.</li><li>Жилището ви е осигурено от работодателя? Тогава договорът за наем трябва да е отделен от трудовия договор.</li><li><strong>Депозитът</strong> (borg) е най-много в размер на два основни месечни наема (наемът без допълнителни разходи).</li><li>Искайте разписка, когато плащате.</li></ul>' +
          '<p>Когато се изнасяте, получавате депозита си обратно. Ако има щети, наемодателят може да задържи част от депозита за тях.</p>' +
          '<p>Имате проблем с жилището или с наемодателя? <strong>Juridisch Loket</strong> дава безплатни правни съвети.</p>',
      },
    },
  },
  {
    key: 'fire-safety-shared-housing',
    layer: 'national',
    category: 'housing',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 8,
    links: [{ kind: 'tel', url: 'tel:112' }],
    texts: {
      nl: {
        title: 'Brandveiligheid in een gedeeld huis',
        summary: 'In een huis met veel bewoners is brand extra gevaarlijk. Met een paar eenvoudige regels blijf je veilig.',
        body:
          '<ul><li>Er moeten werkende <strong>rookmelders</strong> hangen. Haal ze nooit weg en dek ze niet af. Werkt een rookmelder niet? Meld het aan je verhuurder.</li>' +
          '<li>Houd gangen, trappen en nooduitgangen <strong>vrij</strong>. Zet er geen fietsen, dozen of afval neer.</li>' +
          '<li><strong>Kook niet op je slaapkamer.</strong> Kook alleen in de keuken en blijf erbij.</li>' +
          '<li>Laad e-bikes, scooters en accu’s <strong>niet op in de gang</strong> of bij de uitgang, en niet terwijl je slaapt.</li>' +
          '<li>Weet waar de uitgangen zijn. Rook niet in bed.</li></ul>' +
          '<p>Is er brand? Ga direct naar buiten, sluit de deuren achter je en bel <strong>112</strong>. Ga niet terug naar binnen.</p>',
      },
      en: {
        title: 'Fire safety in shared housing',
        summary: 'In a house with many residents, a fire is extra dangerous. A few simple rules keep you safe.',
        body:
          '<ul><li>There must be working <strong>smoke alarms</strong>. Never remove or cover them. Is a smoke alarm not working? Tell your landlord.</li>' +
          '<li>Keep hallways, stairs and emergency exits <strong>free</strong>. Do not put bikes, boxes or rubbish there.</li>' +
          '<li><strong>Do not cook in your bedroom.</strong> Only cook in the kitchen and stay with your cooking.</li>' +
          '<li>Do <strong>not charge</strong> e-bikes, scooters or batteries <strong>in the hallway</strong> or near the exit, and not while you sleep.</li>' +
          '<li>Know where the exits are. Do not smoke in bed.</li></ul>' +
          '<p>Is there a fire? Get out right away, close the doors behind you and call <strong>112</strong>. Do not go back inside.</p>',
      },
      pl: {
        title: 'Bezpieczeństwo pożarowe we wspólnym mieszkaniu',
        summary: 'W domu, w którym mieszka wiele osób, pożar jest szczególnie niebezpieczny. Kilka prostych zasad pomoże Ci zachować bezpieczeństwo.',
        body:
          '<ul><li>W domu muszą być sprawne <strong>czujniki dymu</strong>. Nigdy ich nie zdejmuj ani nie zakrywaj. Czujnik nie działa? Zgłoś to wynajmującemu.</li>' +
          '<li>Korytarze, schody i wyjścia ewakuacyjne muszą być <strong>wolne</strong>. Nie stawiaj tam rowerów, pudeł ani śmieci.</li>' +
          '<li><strong>Nie gotuj w sypialni.</strong> Gotuj tylko w kuchni i nie zostawiaj gotowania bez nadzoru.</li>' +
          '<li><strong>Nie ładuj</strong> rowerów elektrycznych, skuterów ani akumulatorów <strong>na korytarzu</strong> ani przy wyjściu. Nie ładuj ich też podczas snu.</li>' +
          '<li>Sprawdź, gdzie są wyjścia. Nie pal papierosów w łóżku.</li></ul>' +
          '<p>Wybuchł pożar? Natychmiast wyjdź na zewnątrz, zamknij za sobą drzwi i zadzwoń pod <strong>112</strong>. Nie wracaj do środka.</p>',
      },
      ro: {
        title: 'Siguranța la incendiu într-o locuință comună',
        summary: 'Într-o casă cu mulți locatari, un incendiu este deosebit de periculos. Câteva reguli simple vă ajută să fiți în siguranță.',
        body:
          '<ul><li>Trebuie să existe <strong>detectoare de fum</strong> care funcționează. Nu le scoateți și nu le acoperiți niciodată. Un detector nu funcționează? Anunțați proprietarul.</li>' +
          '<li>Holurile, scările și ieșirile de urgență trebuie să rămână <strong>libere</strong>. Nu lăsați acolo biciclete, cutii sau gunoi.</li>' +
          '<li><strong>Nu gătiți în dormitor.</strong> Gătiți numai în bucătărie și nu lăsați mâncarea pe foc nesupravegheată.</li>' +
          '<li><strong>Nu încărcați</strong> biciclete electrice, scutere sau baterii <strong>pe hol</strong> ori lângă ieșire. Nu le încărcați nici în timp ce dormiți.</li>' +
          '<li>Aflați unde sunt ieșirile. Nu fumați în pat.</li></ul>' +
          '<p>A izbucnit un incendiu? Ieșiți imediat afară, închideți ușile în urma dumneavoastră și sunați la <strong>112</strong>. Nu vă întoarceți înăuntru.</p>',
      },
      bg: {
        title: 'Пожарна безопасност в споделено жилище',
        summary: 'В къща с много обитатели пожарът е особено опасен. Няколко прости правила ще ви помогнат да сте в безопасност.',
        body:
          '<ul><li>Трябва да има работещи <strong>датчици за дим</strong>. Никога не ги махайте и не ги покривайте. Датчикът не работи? Съобщете на наемодателя.</li>' +
          '<li>Коридорите, стълбите и аварийните изходи трябва да са <strong>свободни</strong>. Не оставяйте там велосипеди, кашони или боклук.</li>' +
          '<li><strong>Не гответе в спалнята.</strong> Гответе само в кухнята и не оставяйте готвенето без надзор.</li>' +
          '<li><strong>Не зареждайте</strong> електрически велосипеди, скутери или батерии <strong>в коридора</strong> или до изхода. Не ги зареждайте и докато спите.</li>' +
          '<li>Знайте къде са изходите. Не пушете в леглото.</li></ul>' +
          '<p>Има пожар? Излезте веднага навън, затворете вратите след себе си и се обадете на <strong>112</strong>. Не се връщайте вътре.</p>',
      },
    },
  },
  {
    key: 'learning-dutch',
    layer: 'national',
    category: 'daily',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 4,
    texts: {
      nl: {
        title: 'Nederlands leren',
        summary: 'Een beetje Nederlands maakt je werk en je dagelijks leven makkelijker. Er zijn veel manieren om te beginnen.',
        body:
          '<p>Ook als je maar kort in Nederland bent, helpt een beetje Nederlands. Je begrijpt instructies op je werk beter en je maakt makkelijker contact met buren en collega’s.</p>' +
          '<ul><li>Vraag je werkgever of er een taalcursus is.</li><li>Veel bibliotheken hebben een <strong>Taalhuis</strong> of een taalcafé. Daar kun je oefenen met vrijwilligers, vaak gratis.</li><li>Vraag bij je gemeente naar cursussen bij jou in de buurt.</li><li>Oefen elke dag een paar minuten met een app.</li></ul>' +
          '<p>Begin met woorden die je elke dag nodig hebt: groeten, getallen, tijden en woorden van je werk.</p>',
      },
      en: {
        title: 'Learning Dutch',
        summary: 'A little Dutch makes your work and daily life easier. There are many ways to start.',
        body:
          '<p>Even if you are only in the Netherlands for a short time, a little Dutch helps. You understand instructions at work better and it is easier to talk to neighbours and colleagues.</p>' +
          '<ul><li>Ask your employer if there is a language course.</li><li>Many libraries have a <strong>Taalhuis</strong> (language house) or a language café. There you can practise with volunteers, often for free.</li><li>Ask your municipality about courses near you.</li><li>Practise a few minutes every day with an app.</li></ul>' +
          '<p>Start with words you need every day: greetings, numbers, times and words from your work.</p>',
      },
      pl: {
        title: 'Nauka języka niderlandzkiego',
        summary: 'Trochę niderlandzkiego ułatwia pracę i codzienne życie. Jest wiele sposobów, żeby zacząć.',
        body:
          '<p>Nawet jeśli jesteś w Holandii tylko przez krótki czas, trochę niderlandzkiego bardzo pomaga. Lepiej rozumiesz polecenia w pracy i łatwiej nawiązujesz kontakt z sąsiadami i współpracownikami.</p>' +
          '<ul><li>Zapytaj pracodawcę, czy organizuje kurs językowy.</li><li>Wiele bibliotek ma <strong>Taalhuis</strong> (punkt nauki języka) lub kawiarenkę językową. Możesz tam ćwiczyć z wolontariuszami, często za darmo.</li><li>Zapytaj w gminie o kursy w Twojej okolicy.</li><li>Ćwicz codziennie kilka minut z aplikacją.</li></ul>' +
          '<p>Zacznij od słów, których potrzebujesz na co dzień: powitań, liczb, godzin i słów związanych z pracą.</p>',
      },
    },
  },
];
