import type { DemoItem } from './demo-types';

/**
 * Demo items of the two fictional employers in Waalhaven:
 * FlexWerk Uitzendbureau (temp agency) and De Lage Weide Huisvesting (housing provider).
 * All phone numbers, addresses and e-mail addresses are fictional.
 */
export const EMPLOYER_ITEMS: DemoItem[] = [
  // ─── FlexWerk Uitzendbureau ───────────────────────────────────────────────
  {
    key: 'flexwerk-office-contact',
    layer: 'flexwerk',
    category: 'work',
    kind: 'contact',
    sourceLanguage: 'nl',
    priority: 50,
    contact: {
      phones: [
        { number: '+31 416 700 100', label: 'main' },
        { number: '+31 6 1234 5678', label: 'whatsapp' },
      ],
      email: 'planning@flexwerk.example',
      address: { street: 'Havenweg 2', postalCode: '5145 PN', city: 'Waalhaven' },
      openingHours: [{ days: [1, 2, 3, 4, 5], opens: '07:30', closes: '17:00' }],
      website: 'https://flexwerk.example',
    },
    links: [
      { kind: 'tel', url: 'tel:+31416700100' },
      { kind: 'mail', url: 'mailto:planning@flexwerk.example' },
    ],
    texts: {
      nl: {
        title: 'FlexWerk Uitzendbureau – kantoor en planning',
        summary: 'Vragen over je werk, je rooster of je contract? Bel, app of kom langs bij het kantoor van FlexWerk.',
        body:
          '<p>Het kantoor van FlexWerk is aan de Havenweg 2 in Waalhaven. Je kunt hier terecht met vragen over je rooster, je contract, je loon en je werkplek.</p>' +
          '<ul><li>Bellen: <a href="tel:+31416700100">0416 700 100</a> (maandag tot en met vrijdag, 07:30–17:00)</li>' +
          '<li>WhatsApp: +31 6 1234 5678 (alleen berichten, niet bellen)</li>' +
          '<li>E-mail: <a href="mailto:planning@flexwerk.example">planning@flexwerk.example</a></li></ul>' +
          '<p>Neem bij een bezoek je identiteitsbewijs mee. Ben je ziek? Bel dan altijd, stuur niet alleen een bericht.</p>',
      },
      en: {
        title: 'FlexWerk Uitzendbureau – office and planning',
        summary: 'Questions about your work, your schedule or your contract? Call, send a WhatsApp message or visit the FlexWerk office.',
        body:
          '<p>The FlexWerk office is at Havenweg 2 in Waalhaven. You can come here with questions about your schedule, your contract, your pay and your workplace.</p>' +
          '<ul><li>Phone: <a href="tel:+31416700100">0416 700 100</a> (Monday to Friday, 07:30–17:00)</li>' +
          '<li>WhatsApp: +31 6 1234 5678 (messages only, no calls)</li>' +
          '<li>Email: <a href="mailto:planning@flexwerk.example">planning@flexwerk.example</a></li></ul>' +
          '<p>Bring your ID when you visit. Are you sick? Always call – do not only send a message.</p>',
      },
      pl: {
        title: 'FlexWerk Uitzendbureau – biuro i planowanie',
        summary: 'Masz pytania o pracę, grafik lub umowę? Zadzwoń, napisz na WhatsAppie albo przyjdź do biura FlexWerk.',
        body:
          '<p>Biuro FlexWerk znajduje się przy Havenweg 2 w Waalhaven. Możesz tu przyjść z pytaniami o grafik, umowę, wynagrodzenie i miejsce pracy.</p>' +
          '<ul><li>Telefon: <a href="tel:+31416700100">0416 700 100</a> (od poniedziałku do piątku, 07:30–17:00)</li>' +
          '<li>WhatsApp: +31 6 1234 5678 (tylko wiadomości, bez połączeń)</li>' +
          '<li>E-mail: <a href="mailto:planning@flexwerk.example">planning@flexwerk.example</a></li></ul>' +
          '<p>Na wizytę zabierz ze sobą dokument tożsamości. Jesteś chory? Zawsze dzwoń – nie wysyłaj tylko wiadomości.</p>',
      },
      ro: {
        title: 'FlexWerk Uitzendbureau – birou și planificare',
        summary: 'Ai întrebări despre muncă, program sau contract? Sună, scrie pe WhatsApp sau vino la biroul FlexWerk.',
        body:
          '<p>Biroul FlexWerk se află pe Havenweg 2, în Waalhaven. Poți veni aici cu întrebări despre programul de lucru, contract, salariu și locul de muncă.</p>' +
          '<ul><li>Telefon: <a href="tel:+31416700100">0416 700 100</a> (de luni până vineri, 07:30–17:00)</li>' +
          '<li>WhatsApp: +31 6 1234 5678 (doar mesaje, nu apeluri)</li>' +
          '<li>E-mail: <a href="mailto:planning@flexwerk.example">planning@flexwerk.example</a></li></ul>' +
          '<p>Când vii la birou, ia cu tine actul de identitate. Ești bolnav? Sună întotdeauna – nu trimite doar un mesaj.</p>',
      },
      bg: {
        title: 'FlexWerk Uitzendbureau – офис и планиране',
        summary: 'Имаш въпроси за работата, графика или договора си? Обади се, пиши в WhatsApp или ела в офиса на FlexWerk.',
        body:
          '<p>Офисът на FlexWerk се намира на Havenweg 2 в Waalhaven. Тук можеш да дойдеш с въпроси за графика, договора, заплатата и работното място.</p>' +
          '<ul><li>Телефон: <a href="tel:+31416700100">0416 700 100</a> (от понеделник до петък, 07:30–17:00)</li>' +
          '<li>WhatsApp: +31 6 1234 5678 (само съобщения, без обаждания)</li>' +
          '<li>Имейл: <a href="mailto:planning@flexwerk.example">planning@flexwerk.example</a></li></ul>' +
          '<p>Когато идваш в офиса, носи документ за самоличност. Болен ли си? Винаги се обаждай – не пиши само съобщение.</p>',
      },
    },
  },
  {
    key: 'flexwerk-report-sick',
    layer: 'flexwerk',
    category: 'work',
    kind: 'article',
    sourceLanguage: 'nl',
    priority: 40,
    links: [{ kind: 'tel', url: 'tel:+31416700100' }],
    texts: {
      nl: {
        title: 'Ziek? Bel vóór je dienst begint',
        summary: 'Ben je ziek en kun je niet werken? Bel FlexWerk vóór het begin van je dienst. Alleen een bericht sturen is niet genoeg.',
        body:
          '<p>Ben je ziek? Meld je dan zo snel mogelijk af, en altijd <strong>vóór je dienst begint</strong>.</p>' +
          '<ol><li>Bel FlexWerk: <a href="tel:+31416700100">0416 700 100</a>. Is het kantoor dicht? Spreek dan de voicemail in.</li>' +
          '<li>Zeg je naam, je werkplek en hoe lang je denkt dat je ziek bent.</li>' +
          '<li>Bel ook als je weer beter bent, zodat we je weer kunnen inplannen.</li></ol>' +
          '<p>Alleen een WhatsApp-bericht of sms sturen is <strong>niet</strong> genoeg. Ben je erg ziek? Ga dan naar de huisarts. Bij levensgevaar bel je 112.</p>',
      },
      en: {
        title: 'Sick? Call before your shift starts',
        summary: 'Are you sick and cannot work? Call FlexWerk before your shift starts. Only sending a message is not enough.',
        body:
          '<p>Are you sick? Report it as soon as possible, and always <strong>before your shift starts</strong>.</p>' +
          '<ol><li>Call FlexWerk: <a href="tel:+31416700100">0416 700 100</a>. Is the office closed? Then leave a voicemail message.</li>' +
          '<li>Say your name, where you work and how long you think you will be sick.</li>' +
          '<li>Call again when you are better, so we can plan your shifts again.</li></ol>' +
          '<p>Only sending a WhatsApp message or a text is <strong>not</strong> enough. Are you very sick? Go to the GP (<em>huisarts</em>). If your life is in danger, call 112.</p>',
      },
      pl: {
        title: 'Choroba? Zadzwoń przed rozpoczęciem zmiany',
        summary: 'Jesteś chory i nie możesz pracować? Zadzwoń do FlexWerk przed rozpoczęciem zmiany. Sama wiadomość nie wystarczy.',
        body:
          '<p>Jesteś chory? Zgłoś to jak najszybciej, zawsze <strong>przed rozpoczęciem zmiany</strong>.</p>' +
          '<ol><li>Zadzwoń do FlexWerk: <a href="tel:+31416700100">0416 700 100</a>. Biuro jest zamknięte? Nagraj wiadomość na pocztę głosową.</li>' +
          '<li>Podaj imię i nazwisko, miejsce pracy i jak długo Twoim zdaniem potrwa choroba.</li>' +
          '<li>Zadzwoń też, gdy wyzdrowiejesz, abyśmy mogli znowu zaplanować Twoje zmiany.</li></ol>' +
          '<p>Sama wiadomość na WhatsAppie lub SMS <strong>nie</strong> wystarczy. Jesteś bardzo chory? Idź do lekarza rodzinnego (<em>huisarts</em>). W sytuacji zagrożenia życia dzwoń pod numer 112.</p>',
      },
      ro: {
        title: 'Bolnav? Sună înainte să înceapă tura',
        summary: 'Ești bolnav și nu poți lucra? Sună la FlexWerk înainte să înceapă tura ta. Doar un mesaj nu este suficient.',
        body:
          '<p>Ești bolnav? Anunță cât mai repede, întotdeauna <strong>înainte să înceapă tura</strong>.</p>' +
          '<ol><li>Sună la FlexWerk: <a href="tel:+31416700100">0416 700 100</a>. Biroul este închis? Lasă un mesaj vocal.</li>' +
          '<li>Spune-ți numele, locul de muncă și cât timp crezi că vei fi bolnav.</li>' +
          '<li>Sună și când te-ai făcut bine, ca să te putem programa din nou.</li></ol>' +
          '<p>Un mesaj pe WhatsApp sau un SMS <strong>nu</strong> este suficient. Ești foarte bolnav? Mergi la medicul de familie (<em>huisarts</em>). Dacă viața ta este în pericol, sună la 112.</p>',
      },
      bg: {
        title: 'Болен ли си? Обади се преди началото на смяната',
        summary: 'Болен си и не можеш да работиш? Обади се на FlexWerk преди началото на смяната. Само съобщение не е достатъчно.',
        body:
          '<p>Болен ли си? Съобщи възможно най-бързо и винаги <strong>преди началото на смяната</strong>.</p>' +
          '<ol><li>Обади се на FlexWerk: <a href="tel:+31416700100">0416 700 100</a>. Офисът е затворен? Остави гласово съобщение.</li>' +
          '<li>Кажи името си, къде работиш и колко време мислиш, че ще бъдеш болен.</li>' +
          '<li>Обади се и когато оздравееш, за да те включим отново в графика.</li></ol>' +
          '<p>Само съобщение в WhatsApp или SMS <strong>не</strong> е достатъчно. Много ли си болен? Отиди при личния лекар (<em>huisarts</em>). При опасност за живота звъни на 112.</p>',
      },
      hu: {
        title: 'Beteg vagy? Telefonálj a műszakod kezdete előtt',
        summary: 'Beteg vagy, és nem tudsz dolgozni? Hívd fel a FlexWerket a műszakod kezdete előtt. Egy üzenet nem elég.',
        body:
          '<p>Beteg vagy? Jelezd minél hamarabb, de mindig <strong>a műszakod kezdete előtt</strong>.</p>' +
          '<ol><li>Hívd a FlexWerket: <a href="tel:+31416700100">0416 700 100</a>. Zárva van az iroda? Hagyj üzenetet a hangpostán.</li>' +
          '<li>Mondd meg a neved, a munkahelyed, és hogy szerinted meddig leszel beteg.</li>' +
          '<li>Akkor is telefonálj, amikor meggyógyultál, hogy újra beoszthassunk.</li></ol>' +
          '<p>Csak egy WhatsApp-üzenet vagy SMS <strong>nem</strong> elég. Nagyon beteg vagy? Menj el a háziorvoshoz (<em>huisarts</em>). Életveszély esetén hívd a 112-t.</p>',
      },
    },
  },
  {
    key: 'flexwerk-shift-transport',
    layer: 'flexwerk',
    category: 'transport',
    kind: 'article',
    sourceLanguage: 'en',
    texts: {
      en: {
        title: 'Transport to work: the FlexWerk van',
        summary: 'FlexWerk drives you to the warehouse and back in a company van. Check the pick-up time and place in your schedule.',
        body:
          '<p>Do you work in a warehouse in the Havenkwartier? Then you can travel with the FlexWerk van. The trip is free. The exact times are in your schedule in the app.</p>' +
          '<ul><li><strong>Lage Weide 12</strong> (car park): 35 minutes before your shift starts.</li>' +
          '<li><strong>Station Waalhaven</strong> (bus stop side): 25 minutes before your shift starts.</li></ul>' +
          '<p>Be on time: the driver waits 2 minutes at most. After work, the van leaves 15 minutes after the end of your shift. Did you miss the van, or do you not need it? Send a WhatsApp message to +31 6 1234 5678.</p>',
      },
      nl: {
        title: 'Vervoer naar je werk: het busje van FlexWerk',
        summary: 'FlexWerk brengt je met een busje naar het magazijn en weer terug. Kijk in je rooster hoe laat en waar je wordt opgehaald.',
        body:
          '<p>Werk je in een magazijn in het Havenkwartier? Dan kun je met het busje van FlexWerk mee. De rit is gratis. De precieze tijden staan in je rooster in de app.</p>' +
          '<ul><li><strong>Lage Weide 12</strong> (parkeerplaats): 35 minuten voordat je dienst begint.</li>' +
          '<li><strong>Station Waalhaven</strong> (kant van de bushalte): 25 minuten voordat je dienst begint.</li></ul>' +
          '<p>Wees op tijd: de chauffeur wacht maximaal 2 minuten. Na het werk vertrekt het busje 15 minuten na het einde van je dienst. Heb je het busje gemist, of heb je het niet nodig? Stuur een WhatsApp-bericht naar +31 6 1234 5678.</p>',
      },
      pl: {
        title: 'Dojazd do pracy: bus FlexWerk',
        summary: 'FlexWerk zawozi Cię busem do magazynu i z powrotem. Godzinę i miejsce odbioru sprawdzisz w swoim grafiku.',
        body:
          '<p>Pracujesz w magazynie w Havenkwartier? Możesz jeździć busem FlexWerk. Przejazd jest bezpłatny. Dokładne godziny znajdziesz w grafiku w aplikacji.</p>' +
          '<ul><li><strong>Lage Weide 12</strong> (parking): 35 minut przed rozpoczęciem zmiany.</li>' +
          '<li><strong>Station Waalhaven</strong> (od strony przystanku autobusowego): 25 minut przed rozpoczęciem zmiany.</li></ul>' +
          '<p>Przyjdź na czas: kierowca czeka najwyżej 2 minuty. Po pracy bus odjeżdża 15 minut po zakończeniu zmiany. Bus odjechał bez Ciebie albo go nie potrzebujesz? Wyślij wiadomość na WhatsAppie pod numer +31 6 1234 5678.</p>',
      },
      ro: {
        title: 'Transportul la muncă: microbuzul FlexWerk',
        summary: 'FlexWerk te duce cu microbuzul la depozit și înapoi. Ora și locul de preluare le găsești în programul tău.',
        body:
          '<p>Lucrezi într-un depozit din Havenkwartier? Atunci poți merge cu microbuzul FlexWerk. Transportul este gratuit. Orele exacte sunt în programul tău din aplicație.</p>' +
          '<ul><li><strong>Lage Weide 12</strong> (parcarea): cu 35 de minute înainte de începerea turei.</li>' +
          '<li><strong>Station Waalhaven</strong> (în partea cu stația de autobuz): cu 25 de minute înainte de începerea turei.</li></ul>' +
          '<p>Vino la timp: șoferul așteaptă cel mult 2 minute. După muncă, microbuzul pleacă la 15 minute după terminarea turei. Ai pierdut microbuzul sau nu ai nevoie de el? Trimite un mesaj pe WhatsApp la +31 6 1234 5678.</p>',
      },
    },
  },
  {
    key: 'flexwerk-payslip',
    layer: 'flexwerk',
    category: 'money',
    kind: 'article',
    sourceLanguage: 'en',
    outdated: ['pl'],
    links: [{ kind: 'mail', url: 'mailto:planning@flexwerk.example' }],
    texts: {
      en: {
        title: 'Your payslip from FlexWerk',
        summary: 'FlexWerk pays you every week. Your payslip is in the FlexWerk app every Friday.',
        body:
          '<p>FlexWerk pays your wages <strong>every week</strong>. The money is in your bank account on Friday. On the same day your payslip (<em>loonstrook</em>) is ready.</p>' +
          '<p>Where to find it: open the FlexWerk app, tap <strong>My documents</strong> and then <strong>Payslips</strong>. You can download it as a PDF.</p>' +
          '<p>On the payslip you see your hours, your gross and net pay, the tax and any deductions, for example for housing. Check it every week.</p>' +
          '<p>Is something wrong, or do you not understand it? Ask the payroll desk at the office, or send an email to <a href="mailto:planning@flexwerk.example">planning@flexwerk.example</a>.</p>',
      },
      nl: {
        title: 'Je loonstrook van FlexWerk',
        summary: 'FlexWerk betaalt je elke week. Je loonstrook staat elke vrijdag in de FlexWerk-app.',
        body:
          '<p>FlexWerk betaalt je loon <strong>elke week</strong>. Het geld staat op vrijdag op je bankrekening. Op dezelfde dag staat je loonstrook klaar.</p>' +
          '<p>Waar vind je hem? Open de FlexWerk-app, tik op <strong>Mijn documenten</strong> en dan op <strong>Loonstroken</strong>. Je kunt hem downloaden als pdf.</p>' +
          '<p>Op je loonstrook zie je je uren, je bruto- en nettoloon, de belasting en eventuele inhoudingen, bijvoorbeeld voor huisvesting. Controleer hem elke week.</p>' +
          '<p>Klopt er iets niet, of begrijp je iets niet? Vraag het aan de salarisadministratie op het kantoor, of mail naar <a href="mailto:planning@flexwerk.example">planning@flexwerk.example</a>.</p>',
      },
      // An older translation: made before the paragraph about deductions was added.
      pl: {
        title: 'Twój pasek wypłaty od FlexWerk',
        summary: 'FlexWerk płaci Ci co tydzień. Pasek wypłaty jest w aplikacji FlexWerk w każdy piątek.',
        body:
          '<p>FlexWerk wypłaca wynagrodzenie <strong>co tydzień</strong>. Pieniądze są na Twoim koncie w piątek. Tego samego dnia gotowy jest Twój pasek wypłaty (<em>loonstrook</em>).</p>' +
          '<p>Gdzie go znaleźć: otwórz aplikację FlexWerk, wybierz <strong>Moje dokumenty</strong>, a potem <strong>Paski wypłat</strong>. Możesz go pobrać jako plik PDF.</p>' +
          '<p>Coś się nie zgadza albo czegoś nie rozumiesz? Zapytaj w dziale płac w biurze albo napisz e-mail na adres <a href="mailto:planning@flexwerk.example">planning@flexwerk.example</a>.</p>',
      },
      ro: {
        title: 'Fluturașul de salariu de la FlexWerk',
        summary: 'FlexWerk te plătește în fiecare săptămână. Fluturașul tău de salariu apare în aplicația FlexWerk în fiecare vineri.',
        body:
          '<p>FlexWerk îți plătește salariul <strong>în fiecare săptămână</strong>. Banii ajung în contul tău bancar vinerea. În aceeași zi, fluturașul de salariu (<em>loonstrook</em>) este gata.</p>' +
          '<p>Unde îl găsești: deschide aplicația FlexWerk, apasă pe <strong>Documentele mele</strong> și apoi pe <strong>Fluturași de salariu</strong>. Îl poți descărca în format PDF.</p>' +
          '<p>Pe fluturaș vezi orele lucrate, salariul brut și net, impozitul și eventualele rețineri, de exemplu pentru locuință. Verifică-l în fiecare săptămână.</p>' +
          '<p>Ceva nu este corect sau nu înțelegi ceva? Întreabă la departamentul de salarizare de la birou sau trimite un e-mail la <a href="mailto:planning@flexwerk.example">planning@flexwerk.example</a>.</p>',
      },
      bg: {
        title: 'Твоят фиш за заплата от FlexWerk',
        summary: 'FlexWerk ти плаща всяка седмица. Фишът за заплата е в приложението на FlexWerk всеки петък.',
        body:
          '<p>FlexWerk изплаща заплатата ти <strong>всяка седмица</strong>. Парите са в банковата ти сметка в петък. В същия ден е готов и фишът ти за заплата (<em>loonstrook</em>).</p>' +
          '<p>Къде да го намериш: отвори приложението на FlexWerk, натисни <strong>Моите документи</strong> и после <strong>Фишове за заплата</strong>. Можеш да го изтеглиш като PDF.</p>' +
          '<p>Във фиша виждаш часовете си, брутната и нетната заплата, данъка и евентуалните удръжки, например за квартира. Проверявай го всяка седмица.</p>' +
          '<p>Нещо не е наред или не разбираш нещо? Попитай в отдел „Заплати“ в офиса или изпрати имейл на <a href="mailto:planning@flexwerk.example">planning@flexwerk.example</a>.</p>',
      },
    },
  },
  {
    key: 'flexwerk-safety-shoes-briefing',
    layer: 'flexwerk',
    category: 'work',
    kind: 'article',
    sourceLanguage: 'nl',
    texts: {
      nl: {
        title: 'Veiligheidsschoenen en de veiligheidsinstructie in het magazijn',
        summary: 'In het magazijn draag je altijd veiligheidsschoenen. Op je eerste werkdag krijg je een veiligheidsinstructie.',
        body:
          '<p>In het magazijn rijden heftrucks en staan zware pallets. Daarom draag je altijd <strong>veiligheidsschoenen</strong> (met stalen neus) en een geel hesje.</p>' +
          '<ul><li>Je eerste paar schoenen en een hesje krijg je gratis van FlexWerk. Haal ze op bij het kantoor, vóór je eerste dienst.</li>' +
          '<li>Zonder veiligheidsschoenen mag je niet werken.</li></ul>' +
          '<p>Op je eerste dag krijg je de <strong>veiligheidsinstructie</strong> (ongeveer 45 minuten, onder werktijd). Je leert de looproutes, de nooduitgangen en wat je doet bij een ongeluk. Begrijp je iets niet? Vraag de teamleider om uitleg in jouw taal.</p>',
      },
      en: {
        title: 'Safety shoes and the warehouse safety briefing',
        summary: 'In the warehouse you always wear safety shoes. On your first working day you get a safety briefing.',
        body:
          '<p>In the warehouse there are forklift trucks and heavy pallets. That is why you always wear <strong>safety shoes</strong> (with a steel toe cap) and a yellow vest.</p>' +
          '<ul><li>FlexWerk gives you your first pair of shoes and a vest for free. Pick them up at the office before your first shift.</li>' +
          '<li>Without safety shoes you are not allowed to work.</li></ul>' +
          '<p>On your first day you get the <strong>safety briefing</strong> (about 45 minutes, during paid working time). You learn the walking routes, the emergency exits and what to do after an accident. Do you not understand something? Ask the team leader to explain it in your language.</p>',
      },
      pl: {
        title: 'Obuwie ochronne i szkolenie BHP w magazynie',
        summary: 'W magazynie zawsze nosisz obuwie ochronne. Pierwszego dnia pracy przechodzisz szkolenie BHP.',
        body:
          '<p>W magazynie jeżdżą wózki widłowe i stoją ciężkie palety. Dlatego zawsze nosisz <strong>obuwie ochronne</strong> (ze stalowym noskiem) i żółtą kamizelkę.</p>' +
          '<ul><li>Pierwszą parę butów i kamizelkę dostajesz od FlexWerk za darmo. Odbierz je w biurze przed pierwszą zmianą.</li>' +
          '<li>Bez obuwia ochronnego nie możesz pracować.</li></ul>' +
          '<p>Pierwszego dnia przechodzisz <strong>szkolenie BHP</strong> (około 45 minut, w płatnym czasie pracy). Poznasz trasy dla pieszych, wyjścia ewakuacyjne i dowiesz się, co robić w razie wypadku. Czegoś nie rozumiesz? Poproś lidera zespołu o wyjaśnienie w Twoim języku.</p>',
      },
      bg: {
        title: 'Предпазни обувки и инструктаж по безопасност в склада',
        summary: 'В склада винаги носиш предпазни обувки. През първия работен ден минаваш инструктаж по безопасност.',
        body:
          '<p>В склада има мотокари и тежки палети. Затова винаги носиш <strong>предпазни обувки</strong> (с метално бомбе) и жълта светлоотразителна жилетка.</p>' +
          '<ul><li>Първия чифт обувки и жилетката получаваш безплатно от FlexWerk. Вземи ги от офиса преди първата си смяна.</li>' +
          '<li>Без предпазни обувки нямаш право да работиш.</li></ul>' +
          '<p>През първия ден минаваш <strong>инструктаж по безопасност</strong> (около 45 минути, в платено работно време). Научаваш пешеходните маршрути, аварийните изходи и какво да правиш при злополука. Не разбираш нещо? Помоли ръководителя на екипа да ти обясни на твоя език.</p>',
      },
    },
  },
  {
    key: 'flexwerk-holiday-days-off',
    layer: 'flexwerk',
    category: 'work',
    kind: 'article',
    sourceLanguage: 'en',
    draft: ['ro'],
    texts: {
      en: {
        title: 'Holiday and days off: how to ask',
        summary: 'Do you want a day off or a holiday? Ask at least two weeks before, in the FlexWerk app.',
        body:
          '<p>When you work through FlexWerk, you build up paid holiday hours. You can see how many hours you have in the app, under <strong>My hours</strong>.</p>' +
          '<ol><li>Open the FlexWerk app and tap <strong>Request time off</strong>.</li>' +
          '<li>Choose the dates. Ask at least <strong>2 weeks</strong> before. For a holiday of more than one week, ask at least <strong>4 weeks</strong> before.</li>' +
          '<li>Wait for approval. You get a message in the app.</li></ol>' +
          '<p>Only take the days off when your request is approved. In busy periods (November and December) it is harder to get time off. Questions? Call the office: <a href="tel:+31416700100">0416 700 100</a>.</p>',
      },
      nl: {
        title: 'Vakantie en vrije dagen aanvragen',
        summary: 'Wil je een vrije dag of vakantie? Vraag het minstens twee weken van tevoren aan in de FlexWerk-app.',
        body:
          '<p>Als je via FlexWerk werkt, bouw je betaalde vakantie-uren op. Hoeveel uren je hebt, zie je in de app onder <strong>Mijn uren</strong>.</p>' +
          '<ol><li>Open de FlexWerk-app en tik op <strong>Vrij vragen</strong>.</li>' +
          '<li>Kies de data. Vraag minstens <strong>2 weken</strong> van tevoren. Voor een vakantie van meer dan een week vraag je minstens <strong>4 weken</strong> van tevoren.</li>' +
          '<li>Wacht op goedkeuring. Je krijgt een bericht in de app.</li></ol>' +
          '<p>Neem pas vrij als je aanvraag is goedgekeurd. In drukke periodes (november en december) is het moeilijker om vrij te krijgen. Vragen? Bel het kantoor: <a href="tel:+31416700100">0416 700 100</a>.</p>',
      },
      pl: {
        title: 'Urlop i dni wolne: jak o nie poprosić',
        summary: 'Chcesz dzień wolny albo urlop? Złóż wniosek w aplikacji FlexWerk co najmniej dwa tygodnie wcześniej.',
        body:
          '<p>Pracując przez FlexWerk, gromadzisz godziny płatnego urlopu. Ile masz godzin, zobaczysz w aplikacji w zakładce <strong>Moje godziny</strong>.</p>' +
          '<ol><li>Otwórz aplikację FlexWerk i wybierz <strong>Wniosek o wolne</strong>.</li>' +
          '<li>Wybierz daty. Złóż wniosek co najmniej <strong>2 tygodnie</strong> wcześniej. Na urlop dłuższy niż tydzień – co najmniej <strong>4 tygodnie</strong> wcześniej.</li>' +
          '<li>Poczekaj na akceptację. Dostaniesz wiadomość w aplikacji.</li></ol>' +
          '<p>Bierz wolne dopiero wtedy, gdy wniosek zostanie zaakceptowany. W okresach dużego ruchu (listopad i grudzień) trudniej dostać wolne. Masz pytania? Zadzwoń do biura: <a href="tel:+31416700100">0416 700 100</a>.</p>',
      },
      ro: {
        title: 'Concediu și zile libere: cum le ceri',
        summary: 'Vrei o zi liberă sau concediu? Cere-l în aplicația FlexWerk cu cel puțin două săptămâni înainte.',
        body:
          '<p>Când lucrezi prin FlexWerk, acumulezi ore de concediu plătit. Câte ore ai vezi în aplicație, la <strong>Orele mele</strong>.</p>' +
          '<ol><li>Deschide aplicația FlexWerk și apasă pe <strong>Cerere de timp liber</strong>.</li>' +
          '<li>Alege datele. Cere cu cel puțin <strong>2 săptămâni</strong> înainte. Pentru un concediu mai lung de o săptămână, cere cu cel puțin <strong>4 săptămâni</strong> înainte.</li>' +
          '<li>Așteaptă aprobarea. Primești un mesaj în aplicație.</li></ol>' +
          '<p>Ia liber doar după ce cererea ta a fost aprobată. În perioadele aglomerate (noiembrie și decembrie) este mai greu să primești liber. Ai întrebări? Sună la birou: <a href="tel:+31416700100">0416 700 100</a>.</p>',
      },
      bg: {
        title: 'Отпуск и почивни дни: как да ги поискаш',
        summary: 'Искаш почивен ден или отпуск? Подай заявка в приложението на FlexWerk поне две седмици предварително.',
        body:
          '<p>Когато работиш чрез FlexWerk, натрупваш часове платен отпуск. Колко часа имаш, виждаш в приложението, в раздел <strong>Моите часове</strong>.</p>' +
          '<ol><li>Отвори приложението на FlexWerk и натисни <strong>Заявка за отпуск</strong>.</li>' +
          '<li>Избери датите. Подай заявка поне <strong>2 седмици</strong> предварително. За отпуск, по-дълъг от една седмица – поне <strong>4 седмици</strong> предварително.</li>' +
          '<li>Изчакай одобрение. Ще получиш съобщение в приложението.</li></ol>' +
          '<p>Почивай само след като заявката ти е одобрена. В натоварените периоди (ноември и декември) е по-трудно да получиш отпуск. Имаш въпроси? Обади се в офиса: <a href="tel:+31416700100">0416 700 100</a>.</p>',
      },
    },
  },
  // ─── De Lage Weide Huisvesting ─────────────────────────────────────────────
  {
    key: 'lageweide-caretaker-contact',
    layer: 'lageweide',
    category: 'housing',
    kind: 'contact',
    sourceLanguage: 'nl',
    priority: 50,
    contact: {
      phones: [
        { number: '+31 416 700 200', label: 'main' },
        { number: '+31 416 700 299', label: 'after_hours' },
      ],
      email: 'beheer@lageweide.example',
      address: { street: 'Lage Weide 12', postalCode: '5145 RK', city: 'Waalhaven' },
      openingHours: [
        { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:30' },
        { days: [6], opens: '10:00', closes: '12:00' },
      ],
      website: 'https://lageweide.example',
    },
    links: [
      { kind: 'tel', url: 'tel:+31416700200' },
      { kind: 'tel', url: 'tel:+31416700299' },
      { kind: 'mail', url: 'mailto:beheer@lageweide.example' },
    ],
    texts: {
      nl: {
        title: 'Beheerder De Lage Weide',
        summary: 'Voor vragen over je kamer, reparaties en de huisregels ga je naar de beheerder. Bij spoed buiten kantoortijd bel je het nummer voor na sluitingstijd.',
        body:
          '<p>De beheerder van De Lage Weide heeft een kantoor bij de ingang van Lage Weide 12. Kom langs of bel:</p>' +
          '<ul><li>Maandag tot en met vrijdag, 08:00–16:30: <a href="tel:+31416700200">0416 700 200</a></li>' +
          '<li>Zaterdag, 10:00–12:00: spreekuur op het kantoor</li>' +
          '<li>Buiten deze tijden, alleen bij spoed (zoals een lekkage, geen stroom of buitengesloten): <a href="tel:+31416700299">0416 700 299</a></li></ul>' +
          '<p>Mailen kan ook: <a href="mailto:beheer@lageweide.example">beheer@lageweide.example</a>. Bij brand, gevaar of een medisch noodgeval bel je altijd eerst <strong>112</strong>.</p>',
      },
      en: {
        title: 'Caretaker at De Lage Weide',
        summary: 'Go to the caretaker with questions about your room, repairs and the house rules. For urgent problems outside office hours, call the after-hours number.',
        body:
          '<p>The caretaker of De Lage Weide has an office at the entrance of Lage Weide 12. Visit or call:</p>' +
          '<ul><li>Monday to Friday, 08:00–16:30: <a href="tel:+31416700200">0416 700 200</a></li>' +
          '<li>Saturday, 10:00–12:00: walk-in hour at the office</li>' +
          '<li>Outside these hours, only for urgent problems (like a leak, no electricity or locked out): <a href="tel:+31416700299">0416 700 299</a></li></ul>' +
          '<p>You can also send an email: <a href="mailto:beheer@lageweide.example">beheer@lageweide.example</a>. In case of fire, danger or a medical emergency, always call <strong>112</strong> first.</p>',
      },
      pl: {
        title: 'Administrator budynku De Lage Weide',
        summary: 'Z pytaniami o pokój, naprawy i regulamin domu zwracaj się do administratora. W pilnych sprawach poza godzinami pracy biura dzwoń na numer dyżurny.',
        body:
          '<p>Administrator De Lage Weide ma biuro przy wejściu do budynku Lage Weide 12. Przyjdź albo zadzwoń:</p>' +
          '<ul><li>Od poniedziałku do piątku, 08:00–16:30: <a href="tel:+31416700200">0416 700 200</a></li>' +
          '<li>Sobota, 10:00–12:00: dyżur w biurze</li>' +
          '<li>Poza tymi godzinami, tylko w pilnych sprawach (np. przeciek, brak prądu, nie możesz wejść do domu): <a href="tel:+31416700299">0416 700 299</a></li></ul>' +
          '<p>Możesz też napisać e-mail: <a href="mailto:beheer@lageweide.example">beheer@lageweide.example</a>. W razie pożaru, zagrożenia lub nagłego wypadku medycznego zawsze najpierw dzwoń pod <strong>112</strong>.</p>',
      },
      ro: {
        title: 'Administratorul de la De Lage Weide',
        summary: 'Pentru întrebări despre camera ta, reparații și regulile casei, mergi la administrator. Pentru urgențe în afara programului, sună la numărul de după program.',
        body:
          '<p>Administratorul De Lage Weide are un birou la intrarea de la Lage Weide 12. Vino la birou sau sună:</p>' +
          '<ul><li>De luni până vineri, 08:00–16:30: <a href="tel:+31416700200">0416 700 200</a></li>' +
          '<li>Sâmbătă, 10:00–12:00: program cu publicul la birou</li>' +
          '<li>În afara acestui program, doar pentru urgențe (de exemplu o scurgere de apă, lipsă de curent sau dacă ai rămas pe dinafară): <a href="tel:+31416700299">0416 700 299</a></li></ul>' +
          '<p>Poți trimite și un e-mail: <a href="mailto:beheer@lageweide.example">beheer@lageweide.example</a>. În caz de incendiu, pericol sau urgență medicală, sună întotdeauna mai întâi la <strong>112</strong>.</p>',
      },
      bg: {
        title: 'Домоуправител на De Lage Weide',
        summary: 'С въпроси за стаята, ремонти и правилата на къщата се обръщай към домоуправителя. При спешни случаи извън работното време звъни на дежурния номер.',
        body:
          '<p>Домоуправителят на De Lage Weide има офис до входа на Lage Weide 12. Ела или се обади:</p>' +
          '<ul><li>От понеделник до петък, 08:00–16:30: <a href="tel:+31416700200">0416 700 200</a></li>' +
          '<li>Събота, 10:00–12:00: приемно време в офиса</li>' +
          '<li>Извън това време, само при спешни случаи (например теч на вода, липса на ток или ако не можеш да влезеш вкъщи): <a href="tel:+31416700299">0416 700 299</a></li></ul>' +
          '<p>Можеш да пишеш и на имейл: <a href="mailto:beheer@lageweide.example">beheer@lageweide.example</a>. При пожар, опасност или спешен медицински случай винаги първо звъни на <strong>112</strong>.</p>',
      },
    },
  },
  {
    key: 'lageweide-house-rules',
    layer: 'lageweide',
    category: 'housing',
    kind: 'article',
    sourceLanguage: 'nl',
    texts: {
      nl: {
        title: 'Huisregels van De Lage Weide',
        summary: 'Met veel mensen in één huis zijn duidelijke afspraken nodig. Lees hier de belangrijkste huisregels.',
        body:
          '<ul><li><strong>Stilte van 22:00 tot 07:00.</strong> Geen harde muziek en niet bellen op de gang. Denk aan collega’s met een nachtdienst.</li>' +
          '<li><strong>Bezoek</strong> is welkom tot 22:00. Blijft iemand slapen? Meld dit van tevoren bij de beheerder. Zonder melding mag niemand blijven overnachten.</li>' +
          '<li>Houd de keuken, badkamer en gang samen schoon. Volg het schoonmaakrooster.</li>' +
          '<li>Roken mag alleen buiten, op de rookplek bij de fietsenstalling.</li>' +
          '<li>Geen alcohol of drugs in de gedeelde ruimtes.</li></ul>' +
          '<p>Houd je je niet aan de regels? Dan krijg je eerst een waarschuwing. Ernstige of herhaalde overtredingen kunnen gevolgen hebben voor je huurcontract.</p>',
      },
      en: {
        title: 'House rules of De Lage Weide',
        summary: 'When many people live in one house, clear agreements are needed. Read the most important house rules here.',
        body:
          '<ul><li><strong>Quiet hours from 22:00 to 07:00.</strong> No loud music and no phone calls in the hallway. Think of colleagues who work night shifts.</li>' +
          '<li><strong>Visitors</strong> are welcome until 22:00. Is someone staying the night? Tell the caretaker in advance. Nobody may stay overnight without notice.</li>' +
          '<li>Keep the kitchen, bathroom and hallway clean together. Follow the cleaning schedule.</li>' +
          '<li>Smoking is only allowed outside, in the smoking area next to the bicycle shed.</li>' +
          '<li>No alcohol or drugs in the shared rooms.</li></ul>' +
          '<p>Do you not follow the rules? Then you first get a warning. Serious or repeated violations can have consequences for your rental contract.</p>',
      },
      pl: {
        title: 'Regulamin domu De Lage Weide',
        summary: 'Gdy w jednym domu mieszka wiele osób, potrzebne są jasne zasady. Przeczytaj najważniejsze z nich.',
        body:
          '<ul><li><strong>Cisza nocna od 22:00 do 07:00.</strong> Żadnej głośnej muzyki i żadnych rozmów telefonicznych na korytarzu. Pamiętaj o kolegach, którzy pracują na nocną zmianę.</li>' +
          '<li><strong>Goście</strong> są mile widziani do 22:00. Ktoś ma u Ciebie nocować? Zgłoś to wcześniej administratorowi. Bez zgłoszenia nikt nie może zostać na noc.</li>' +
          '<li>Wspólnie dbajcie o czystość w kuchni, łazience i na korytarzu. Przestrzegaj grafiku sprzątania.</li>' +
          '<li>Palenie jest dozwolone tylko na zewnątrz, w miejscu dla palących przy wiacie rowerowej.</li>' +
          '<li>W pomieszczeniach wspólnych obowiązuje zakaz alkoholu i narkotyków.</li></ul>' +
          '<p>Jeśli nie przestrzegasz zasad, najpierw dostaniesz ostrzeżenie. Poważne lub powtarzające się naruszenia mogą mieć konsekwencje dla Twojej umowy najmu.</p>',
      },
      ro: {
        title: 'Regulile casei De Lage Weide',
        summary: 'Când mulți oameni locuiesc într-o singură casă, este nevoie de reguli clare. Citește aici cele mai importante reguli.',
        body:
          '<ul><li><strong>Liniște între 22:00 și 07:00.</strong> Fără muzică tare și fără convorbiri telefonice pe hol. Gândește-te la colegii care lucrează în tura de noapte.</li>' +
          '<li><strong>Vizitatorii</strong> sunt bineveniți până la ora 22:00. Rămâne cineva peste noapte? Anunță administratorul din timp. Fără anunț, nimeni nu are voie să rămână peste noapte.</li>' +
          '<li>Păstrați împreună curățenia în bucătărie, în baie și pe hol. Respectă programul de curățenie.</li>' +
          '<li>Fumatul este permis doar afară, în locul pentru fumători de lângă parcarea de biciclete.</li>' +
          '<li>Alcoolul și drogurile sunt interzise în spațiile comune.</li></ul>' +
          '<p>Dacă nu respecți regulile, primești mai întâi un avertisment. Încălcările grave sau repetate pot avea consecințe pentru contractul tău de închiriere.</p>',
      },
      bg: {
        title: 'Правила на къщата в De Lage Weide',
        summary: 'Когато много хора живеят в една къща, са нужни ясни правила. Прочети най-важните от тях.',
        body:
          '<ul><li><strong>Тишина от 22:00 до 07:00.</strong> Без силна музика и без разговори по телефона в коридора. Мисли за колегите, които работят нощна смяна.</li>' +
          '<li><strong>Гостите</strong> са добре дошли до 22:00. Някой ще остане да спи при теб? Предупреди домоуправителя предварително. Без предупреждение никой не може да остава да нощува.</li>' +
          '<li>Поддържайте заедно чистотата в кухнята, банята и коридора. Спазвай графика за почистване.</li>' +
          '<li>Пушенето е разрешено само навън, на мястото за пушене до навеса за велосипеди.</li>' +
          '<li>Алкохол и наркотици в общите помещения са забранени.</li></ul>' +
          '<p>Ако не спазваш правилата, първо получаваш предупреждение. Сериозните или повтарящите се нарушения могат да имат последици за договора ти за наем.</p>',
      },
      lt: {
        title: 'De Lage Weide namo taisyklės',
        summary: 'Kai viename name gyvena daug žmonių, reikia aiškių susitarimų. Perskaitykite svarbiausias namo taisykles.',
        body:
          '<ul><li><strong>Tyla nuo 22:00 iki 07:00.</strong> Jokios garsios muzikos ir jokių pokalbių telefonu koridoriuje. Pagalvokite apie kolegas, kurie dirba naktinėje pamainoje.</li>' +
          '<li><strong>Svečiai</strong> laukiami iki 22:00. Ar kas nors liks nakvoti? Iš anksto praneškite administratoriui. Be pranešimo niekas negali likti nakvoti.</li>' +
          '<li>Kartu palaikykite švarą virtuvėje, vonios kambaryje ir koridoriuje. Laikykitės valymo grafiko.</li>' +
          '<li>Rūkyti galima tik lauke, rūkymo vietoje prie dviračių stoginės.</li>' +
          '<li>Bendrose patalpose alkoholis ir narkotikai draudžiami.</li></ul>' +
          '<p>Jei nesilaikote taisyklių, pirmiausia gausite įspėjimą. Rimti ar pasikartojantys pažeidimai gali turėti pasekmių jūsų nuomos sutarčiai.</p>',
      },
    },
  },
  {
    key: 'lageweide-fire-safety',
    layer: 'lageweide',
    category: 'emergency',
    kind: 'article',
    sourceLanguage: 'nl',
    pinned: true,
    priority: 90,
    links: [{ kind: 'tel', url: 'tel:112' }],
    texts: {
      nl: {
        title: 'Brandveiligheid in huis: zo blijf je veilig',
        summary: 'Weet wat je moet doen bij brand. Test je rookmelder, ken je vluchtroute en laad nooit een e-bike binnen op.',
        body:
          '<p>Bij brand: verlaat direct het huis, doe de deuren achter je dicht en bel <strong>112</strong>. Ga niet terug om spullen te halen.</p>' +
          '<ul><li><strong>Rookmelder:</strong> druk elke maand op de testknop. Hoor je niets, of piept hij steeds? Meld het meteen bij de beheerder.</li>' +
          '<li><strong>Vluchtroute:</strong> volg de groene bordjes naar de nooduitgang. Zet nooit spullen in de gang of op de trap.</li>' +
          '<li><strong>Verzamelplaats:</strong> de parkeerplaats voor Lage Weide 12. Wacht daar, zodat we weten dat je veilig bent.</li>' +
          '<li><strong>E-bikes en accu’s:</strong> laad ze nooit binnen op. Gebruik de laadpunten in de fietsenstalling.</li></ul>' +
          '<p>Laat koken nooit zonder toezicht en gebruik geen kaarsen op je kamer.</p>',
      },
      en: {
        title: 'Fire safety in the house: how to stay safe',
        summary: 'Know what to do if there is a fire. Test your smoke alarm, know your escape route and never charge an e-bike indoors.',
        body:
          '<p>If there is a fire: leave the house at once, close the doors behind you and call <strong>112</strong>. Do not go back for your things.</p>' +
          '<ul><li><strong>Smoke alarm:</strong> press the test button every month. Do you hear nothing, or does it keep beeping? Tell the caretaker right away.</li>' +
          '<li><strong>Escape route:</strong> follow the green signs to the emergency exit. Never leave things in the hallway or on the stairs.</li>' +
          '<li><strong>Meeting point:</strong> the car park in front of Lage Weide 12. Wait there, so we know you are safe.</li>' +
          '<li><strong>E-bikes and batteries:</strong> never charge them indoors. Use the charging points in the bicycle shed.</li></ul>' +
          '<p>Never leave cooking unattended, and do not use candles in your room.</p>',
      },
      pl: {
        title: 'Bezpieczeństwo pożarowe w domu – co musisz wiedzieć',
        summary: 'Dowiedz się, co robić w razie pożaru. Testuj czujnik dymu, znaj drogę ewakuacyjną i nigdy nie ładuj roweru elektrycznego w środku.',
        body:
          '<p>W razie pożaru: natychmiast wyjdź z domu, zamknij za sobą drzwi i zadzwoń pod <strong>112</strong>. Nie wracaj po swoje rzeczy.</p>' +
          '<ul><li><strong>Czujnik dymu:</strong> co miesiąc naciśnij przycisk testowy. Nic nie słychać albo czujnik ciągle piszczy? Od razu zgłoś to administratorowi.</li>' +
          '<li><strong>Droga ewakuacyjna:</strong> idź za zielonymi znakami do wyjścia ewakuacyjnego. Nigdy nie zostawiaj rzeczy na korytarzu ani na schodach.</li>' +
          '<li><strong>Miejsce zbiórki:</strong> parking przed budynkiem Lage Weide 12. Czekaj tam, abyśmy wiedzieli, że nic Ci się nie stało.</li>' +
          '<li><strong>Rowery elektryczne i akumulatory:</strong> nigdy nie ładuj ich w środku. Korzystaj z punktów ładowania w wiacie rowerowej.</li></ul>' +
          '<p>Nigdy nie zostawiaj gotującego się jedzenia bez nadzoru i nie używaj świeczek w pokoju.</p>',
      },
      ro: {
        title: 'Siguranța la incendiu în casă',
        summary: 'Află ce trebuie să faci în caz de incendiu. Testează detectorul de fum, cunoaște calea de evacuare și nu încărca niciodată o bicicletă electrică în casă.',
        body:
          '<p>În caz de incendiu: ieși imediat din casă, închide ușile în urma ta și sună la <strong>112</strong>. Nu te întoarce după lucruri.</p>' +
          '<ul><li><strong>Detectorul de fum:</strong> apasă butonul de test în fiecare lună. Nu auzi nimic sau piuie mereu? Anunță imediat administratorul.</li>' +
          '<li><strong>Calea de evacuare:</strong> urmează indicatoarele verzi până la ieșirea de urgență. Nu lăsa niciodată lucruri pe hol sau pe scări.</li>' +
          '<li><strong>Punctul de adunare:</strong> parcarea din fața clădirii Lage Weide 12. Așteaptă acolo, ca să știm că ești în siguranță.</li>' +
          '<li><strong>Biciclete electrice și baterii:</strong> nu le încărca niciodată în interior. Folosește punctele de încărcare din parcarea de biciclete.</li></ul>' +
          '<p>Nu lăsa niciodată mâncarea pe foc nesupravegheată și nu folosi lumânări în cameră.</p>',
      },
      bg: {
        title: 'Пожарна безопасност в къщата',
        summary: 'Научи какво да правиш при пожар. Тествай датчика за дим, знай пътя за евакуация и никога не зареждай електрически велосипед вътре.',
        body:
          '<p>При пожар: веднага излез от къщата, затвори вратите след себе си и звънни на <strong>112</strong>. Не се връщай за вещите си.</p>' +
          '<ul><li><strong>Датчик за дим:</strong> всеки месец натискай бутона за тест. Не чуваш нищо или датчикът постоянно пиука? Веднага кажи на домоуправителя.</li>' +
          '<li><strong>Път за евакуация:</strong> следвай зелените табели до аварийния изход. Никога не оставяй вещи в коридора или на стълбите.</li>' +
          '<li><strong>Място за събиране:</strong> паркингът пред Lage Weide 12. Чакай там, за да знаем, че си в безопасност.</li>' +
          '<li><strong>Електрически велосипеди и батерии:</strong> никога не ги зареждай вътре. Използвай местата за зареждане в навеса за велосипеди.</li></ul>' +
          '<p>Никога не оставяй готвенето без надзор и не пали свещи в стаята си.</p>',
      },
    },
  },
  {
    key: 'lageweide-report-repair',
    layer: 'lageweide',
    category: 'housing',
    kind: 'article',
    sourceLanguage: 'en',
    links: [
      { kind: 'tel', url: 'tel:+31416700200' },
      { kind: 'mail', url: 'mailto:beheer@lageweide.example' },
    ],
    texts: {
      en: {
        title: 'Something broken? Report a repair to the caretaker',
        summary: 'A leaking tap, a broken heater or a door that does not lock? Report it to the caretaker as soon as possible.',
        body:
          '<p>Do not try to repair it yourself and do not call a repair company. The caretaker arranges the repair. It is free if you did not cause the damage.</p>' +
          '<ol><li>Tell the caretaker: visit the office, call <a href="tel:+31416700200">0416 700 200</a> or email <a href="mailto:beheer@lageweide.example">beheer@lageweide.example</a>.</li>' +
          '<li>Say your room number and what is broken. A photo helps.</li>' +
          '<li>The caretaker tells you when the repair person comes.</li></ol>' +
          '<p><strong>Urgent</strong> (water leak, no heating in winter, no electricity) outside office hours? Call <a href="tel:+31416700299">0416 700 299</a>.</p>',
      },
      nl: {
        title: 'Iets kapot? Meld een reparatie bij de beheerder',
        summary: 'Een lekkende kraan, een kapotte verwarming of een deur die niet op slot kan? Meld het zo snel mogelijk bij de beheerder.',
        body:
          '<p>Probeer het niet zelf te repareren en bel geen reparatiebedrijf. De beheerder regelt de reparatie. Die is gratis als jij de schade niet hebt veroorzaakt.</p>' +
          '<ol><li>Meld het bij de beheerder: kom naar het kantoor, bel <a href="tel:+31416700200">0416 700 200</a> of mail naar <a href="mailto:beheer@lageweide.example">beheer@lageweide.example</a>.</li>' +
          '<li>Zeg je kamernummer en wat er kapot is. Een foto helpt.</li>' +
          '<li>De beheerder laat je weten wanneer de monteur komt.</li></ol>' +
          '<p><strong>Spoed</strong> (waterlekkage, geen verwarming in de winter, geen stroom) buiten kantoortijd? Bel <a href="tel:+31416700299">0416 700 299</a>.</p>',
      },
      pl: {
        title: 'Coś się zepsuło? Zgłoś naprawę administratorowi',
        summary: 'Cieknący kran, zepsute ogrzewanie albo drzwi, których nie da się zamknąć na klucz? Jak najszybciej zgłoś to administratorowi.',
        body:
          '<p>Nie próbuj niczego naprawiać na własną rękę i nie wzywaj firmy remontowej. Naprawę organizuje administrator. Jest ona bezpłatna, jeśli szkoda nie powstała z Twojej winy.</p>' +
          '<ol><li>Zgłoś to administratorowi: przyjdź do biura, zadzwoń pod numer <a href="tel:+31416700200">0416 700 200</a> albo napisz na <a href="mailto:beheer@lageweide.example">beheer@lageweide.example</a>.</li>' +
          '<li>Podaj numer pokoju i powiedz, co jest zepsute. Zdjęcie bardzo pomaga.</li>' +
          '<li>Administrator poinformuje Cię, kiedy przyjdzie fachowiec.</li></ol>' +
          '<p><strong>Pilna sprawa</strong> (wyciek wody, brak ogrzewania zimą, brak prądu) poza godzinami pracy biura? Dzwoń pod <a href="tel:+31416700299">0416 700 299</a>.</p>',
      },
      ro: {
        title: 'S-a stricat ceva? Anunță administratorul',
        summary: 'Un robinet care curge, o încălzire stricată sau o ușă care nu se încuie? Anunță administratorul cât mai repede.',
        body:
          '<p>Nu încerca să repari pe cont propriu și nu chema o firmă de reparații. Administratorul se ocupă de reparație. Aceasta este gratuită dacă nu tu ai provocat stricăciunea.</p>' +
          '<ol><li>Anunță administratorul: vino la birou, sună la <a href="tel:+31416700200">0416 700 200</a> sau trimite un e-mail la <a href="mailto:beheer@lageweide.example">beheer@lageweide.example</a>.</li>' +
          '<li>Spune numărul camerei tale și ce s-a stricat. O fotografie ajută.</li>' +
          '<li>Administratorul îți spune când vine meseriașul.</li></ol>' +
          '<p><strong>Urgență</strong> (scurgere de apă, fără încălzire iarna, fără curent) în afara programului? Sună la <a href="tel:+31416700299">0416 700 299</a>.</p>',
      },
    },
  },
  {
    key: 'lageweide-rent-deduction',
    layer: 'lageweide',
    category: 'money',
    kind: 'article',
    sourceLanguage: 'nl',
    texts: {
      nl: {
        title: 'Huur betalen: wat zit erin en hoe wordt het ingehouden?',
        summary: 'Je huur mag alleen van je loon worden ingehouden als je een apart, schriftelijk huurcontract hebt. Lees wat je voor je huur krijgt.',
        body:
          '<p>Je woont bij De Lage Weide en je werkt via FlexWerk. Je huur kan elke week van je loon worden ingehouden, maar <strong>alleen</strong> als:</p>' +
          '<ul><li>je een <strong>apart, schriftelijk huurcontract</strong> hebt, los van je arbeidscontract, en</li>' +
          '<li>je zelf schriftelijk toestemming hebt gegeven voor de inhouding.</li></ul>' +
          '<p>Op je loonstrook zie je precies hoeveel er is ingehouden. In de huur zit: je eigen kamer met bed en kast, de gedeelde keuken en badkamer, gas, water, stroom, wifi en het gebruik van de wasruimte.</p>' +
          '<p>Klopt het bedrag niet? Vraag het aan de beheerder of bij FlexWerk. Je mag altijd een kopie van je huurcontract vragen.</p>',
      },
      en: {
        title: 'Paying rent: what is included and how is it deducted?',
        summary: 'Your rent may only be deducted from your wages if you have a separate, written rental contract. Read what you get for your rent.',
        body:
          '<p>You live at De Lage Weide and you work through FlexWerk. Your rent can be deducted from your wages every week, but <strong>only</strong> if:</p>' +
          '<ul><li>you have a <strong>separate, written rental contract</strong>, apart from your employment contract, and</li>' +
          '<li>you have given written permission for the deduction yourself.</li></ul>' +
          '<p>Your payslip shows exactly how much was deducted. The rent includes: your own room with a bed and a wardrobe, the shared kitchen and bathroom, gas, water, electricity, Wi-Fi and use of the laundry room.</p>' +
          '<p>Is the amount wrong? Ask the caretaker or FlexWerk. You can always ask for a copy of your rental contract.</p>',
      },
      pl: {
        title: 'Czynsz: co obejmuje i jak jest potrącany?',
        summary: 'Czynsz może być potrącany z wynagrodzenia tylko wtedy, gdy masz osobną, pisemną umowę najmu. Sprawdź, co otrzymujesz w ramach czynszu.',
        body:
          '<p>Mieszkasz w De Lage Weide i pracujesz przez FlexWerk. Czynsz może być co tydzień potrącany z Twojego wynagrodzenia, ale <strong>tylko</strong> wtedy, gdy:</p>' +
          '<ul><li>masz <strong>osobną, pisemną umowę najmu</strong>, oddzielną od umowy o pracę, oraz</li>' +
          '<li>sam wyraziłeś pisemną zgodę na to potrącenie.</li></ul>' +
          '<p>Na pasku wypłaty widzisz dokładnie, ile zostało potrącone. Czynsz obejmuje: własny pokój z łóżkiem i szafą, wspólną kuchnię i łazienkę, gaz, wodę, prąd, Wi-Fi oraz korzystanie z pralni.</p>' +
          '<p>Kwota się nie zgadza? Zapytaj administratora albo w FlexWerk. Zawsze możesz poprosić o kopię swojej umowy najmu.</p>',
      },
      ro: {
        title: 'Chiria: ce include și cum se reține din salariu?',
        summary: 'Chiria poate fi reținută din salariu doar dacă ai un contract de închiriere separat, în scris. Citește ce primești pentru chiria ta.',
        body:
          '<p>Locuiești la De Lage Weide și lucrezi prin FlexWerk. Chiria poate fi reținută în fiecare săptămână din salariul tău, dar <strong>doar</strong> dacă:</p>' +
          '<ul><li>ai un <strong>contract de închiriere separat, în scris</strong>, diferit de contractul de muncă, și</li>' +
          '<li>ți-ai dat singur acordul în scris pentru această reținere.</li></ul>' +
          '<p>Pe fluturașul de salariu vezi exact cât s-a reținut. Chiria include: camera ta cu pat și dulap, bucătăria și baia comune, gaz, apă, curent, Wi-Fi și folosirea spălătoriei.</p>' +
          '<p>Suma nu este corectă? Întreabă administratorul sau la FlexWerk. Poți cere oricând o copie a contractului tău de închiriere.</p>',
      },
      bg: {
        title: 'Наем: какво включва и как се удържа?',
        summary: 'Наемът може да се удържа от заплатата ти само ако имаш отделен писмен договор за наем. Прочети какво получаваш срещу наема.',
        body:
          '<p>Живееш в De Lage Weide и работиш чрез FlexWerk. Наемът може да се удържа всяка седмица от заплатата ти, но <strong>само</strong> ако:</p>' +
          '<ul><li>имаш <strong>отделен писмен договор за наем</strong>, различен от трудовия договор, и</li>' +
          '<li>сам си дал писмено съгласие за удръжката.</li></ul>' +
          '<p>Във фиша за заплата виждаш точно колко е удържано. Наемът включва: собствена стая с легло и гардероб, обща кухня и баня, газ, вода, ток, Wi-Fi и ползване на пералното помещение.</p>' +
          '<p>Сумата не е вярна? Попитай домоуправителя или FlexWerk. Винаги можеш да поискаш копие от договора си за наем.</p>',
      },
    },
  },
  {
    key: 'lageweide-laundry-waste',
    layer: 'lageweide',
    category: 'daily',
    kind: 'article',
    sourceLanguage: 'nl',
    texts: {
      nl: {
        title: 'Wasruimte en afval',
        summary: 'Hoe gebruik je de wasruimte en hoe scheid je het afval bij De Lage Weide?',
        body:
          '<h3>Wasruimte</h3><p>De wasruimte is in de kelder en is open van 07:00 tot 22:00. Schrijf je in op de lijst bij de deur. Haal je was direct uit de machine en maak het filter van de droger schoon.</p>' +
          '<h3>Afval</h3><ul><li><strong>Restafval:</strong> in de grijze container bij de ingang.</li>' +
          '<li><strong>Plastic, blik en drinkpakken:</strong> in de oranje container.</li>' +
          '<li><strong>Papier en karton:</strong> in de blauwe container. Maak dozen plat.</li>' +
          '<li><strong>Glas:</strong> in de glasbak op de parkeerplaats.</li></ul>' +
          '<p>Zet grote spullen, zoals een matras, niet buiten. Vraag de beheerder wat je ermee moet doen.</p>',
      },
      en: {
        title: 'Laundry room and waste',
        summary: 'How do you use the laundry room, and how do you sort your waste at De Lage Weide?',
        body:
          '<h3>Laundry room</h3><p>The laundry room is in the basement and is open from 07:00 to 22:00. Write your name on the list next to the door. Take your laundry out of the machine straight away and clean the dryer filter.</p>' +
          '<h3>Waste</h3><ul><li><strong>General waste:</strong> in the grey container at the entrance.</li>' +
          '<li><strong>Plastic, cans and drink cartons:</strong> in the orange container.</li>' +
          '<li><strong>Paper and cardboard:</strong> in the blue container. Flatten boxes.</li>' +
          '<li><strong>Glass:</strong> in the bottle bank in the car park.</li></ul>' +
          '<p>Do not put large items, like a mattress, outside. Ask the caretaker what to do with them.</p>',
      },
      pl: {
        title: 'Pralnia i odpady',
        summary: 'Jak korzystać z pralni i jak segregować odpady w De Lage Weide?',
        body:
          '<h3>Pralnia</h3><p>Pralnia jest w piwnicy i jest otwarta od 07:00 do 22:00. Wpisz się na listę przy drzwiach. Od razu wyjmuj pranie z pralki i czyść filtr suszarki.</p>' +
          '<h3>Odpady</h3><ul><li><strong>Odpady zmieszane:</strong> do szarego kontenera przy wejściu.</li>' +
          '<li><strong>Plastik, puszki i kartony po napojach:</strong> do pomarańczowego kontenera.</li>' +
          '<li><strong>Papier i tektura:</strong> do niebieskiego kontenera. Składaj kartony na płasko.</li>' +
          '<li><strong>Szkło:</strong> do pojemnika na szkło na parkingu.</li></ul>' +
          '<p>Dużych rzeczy, np. materaca, nie wystawiaj na zewnątrz. Zapytaj administratora, co z nimi zrobić.</p>',
      },
      bg: {
        title: 'Перално помещение и отпадъци',
        summary: 'Как да използваш пералното помещение и как да разделяш отпадъците в De Lage Weide?',
        body:
          '<h3>Перално помещение</h3><p>Пералното помещение е в мазето и е отворено от 07:00 до 22:00. Запиши се в списъка до вратата. Вади прането от машината веднага и почиствай филтъра на сушилнята.</p>' +
          '<h3>Отпадъци</h3><ul><li><strong>Смесени отпадъци:</strong> в сивия контейнер до входа.</li>' +
          '<li><strong>Пластмаса, кенчета и кутии от напитки:</strong> в оранжевия контейнер.</li>' +
          '<li><strong>Хартия и картон:</strong> в синия контейнер. Сгъвай кашоните.</li>' +
          '<li><strong>Стъкло:</strong> в контейнера за стъкло на паркинга.</li></ul>' +
          '<p>Не оставяй големи вещи, например матрак, навън. Попитай домоуправителя какво да правиш с тях.</p>',
      },
    },
  },
];
