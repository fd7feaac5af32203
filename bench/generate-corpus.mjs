#!/usr/bin/env node
// Writes N valid, realistic plan files for the benchmark: `node bench/generate-corpus.mjs 1000 [dir]`
// (default dir bench/corpus/<N>). About four in five are Markdown with front matter (≈ 4.5 KiB of YAML, ≈ 6.6 KiB
// in all, like the issue's reference files), the rest pure YAML with the prose under `brödtext`.
//
// Every file is drawn from its own PRNG seeded by its index, so the output is byte-for-byte reproducible and the
// first 1,000 files of the 10,000 corpus are the 1,000 corpus. The vocabulary (roles, statuses, intervals, period
// forms) is the repo's plan.config.yaml and docs/format.md, so `plan check` must accept every file with exit 0.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

/** mulberry32: tiny, fast and good enough to vary text; Math.random would make every corpus different. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(random) {
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;
  /** k distinct items, so measure ids stay unique within a plan. */
  const sample = (list, k) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, k);
  };
  const decimal = (lo, hi) => (lo + random() * (hi - lo)).toFixed(1);
  return { int, pick, chance, sample, decimal };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates (UTC day arithmetic, so no time zone can shift a date)

const pad = (n) => String(n).padStart(2, "0");
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const addDays = (date, n) => new Date(Date.parse(date) + n * 86_400_000).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------------------------
// Swedish text pools, in the register of a vård- och omsorgsförvaltning's budget action plans

const UNIT_TYPES = [
  ["Hemtjänst", "hemtjanst"],
  ["Särskilt boende", "sabo"],
  ["Gruppbostad LSS", "gruppbostad"],
  ["Servicebostad", "servicebostad"],
  ["Korttidsvistelse", "korttidsvistelse"],
  ["Korttidstillsyn", "korttidstillsyn"],
  ["Daglig verksamhet", "daglig-verksamhet"],
  ["Boendestöd", "boendestod"],
  ["Personlig assistans", "personlig-assistans"],
  ["Nattpatrull", "nattpatrull"],
  ["Dagverksamhet för personer med demenssjukdom", "dagverksamhet-demens"],
  ["Rehabenheten", "rehab"],
];
const PLACES = [
  "Ekbacken",
  "Björkhagen",
  "Lindvallen",
  "Åsen",
  "Tallbacken",
  "Granliden",
  "Solgården",
  "Hagaberg",
  "Ängsbacken",
  "Rosengården",
  "Kvarnbacken",
  "Sjöstugan",
  "Bäckby",
  "Furuhöjden",
  "Lövsta",
  "Berga",
  "Vallby",
  "Hällby",
  "Ekdalen",
  "Norrgården",
  "Söderåsen",
  "Östra Stenby",
  "Västra Mark",
  "Älvängen",
  "Kyrkbyn",
  "Strandgården",
  "Myrbacka",
];
const DEPARTMENTS = [
  "Avdelningen för personlig assistans och stöd",
  "Avdelningen för hemtjänst",
  "Avdelningen för särskilt boende",
  "Avdelningen för hälso- och sjukvård",
  "Avdelningen för funktionsstöd",
  "Avdelningen för socialpsykiatri",
  "Avdelningen för myndighetsutövning",
];
const QUALIFIERS = ["pers. ass", "KTV", "BMSS", "myndighet", "hemtjänst", "natt", "LSS", "SÄBO", "rehab"];
const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"];

/** [id, rubrik, beskrivning, aktivitet, åtgärd]; ids are distinct so a sample of them is unique within a plan. */
const MEASURES = [
  [
    "beslutade-timmar",
    "Följa beslutade timmar och säkerställa intäkter",
    "utförd tid jämförs varje månad med beviljad tid per brukare, och avvikelser över fem procent förklaras till avdelningschef.",
    "Följa upp utförd mot beviljad tid",
    "Månatlig avstämning i verksamhetssystemet",
  ],
  [
    "bemanning",
    "Optimera bemanningen",
    "bemanningen anpassas efter brukarnas faktiska behov över dygnet i stället för efter historiska scheman.",
    "Se över bemanning per pass",
    "Bemanna efter beslut",
  ],
  [
    "sjukfranvaro",
    "Sänka sjukfrånvaron",
    "tidiga samtal vid upprepad korttidsfrånvaro och samarbete med företagshälsovården kring rehabilitering.",
    "Tidig dialog vid korttidsfrånvaro",
    "Rehabiliteringsmöten enligt rutin",
  ],
  [
    "timvikarier",
    "Rekrytering av fler timvikarier i syfte att minska övertiden",
    "en gemensam vikariepool för enheterna i området byggs upp så att övertid och mertid inte behövs vid frånvaro.",
    "Rekrytera timvikarier",
    "Gemensam vikariepool",
  ],
  [
    "motestid",
    "Effektivisera mötestid/utbildningstid",
    "arbetsplatsträffar och utbildningar samlas till färre tillfällen och förläggs när brukarbehovet är lägst.",
    "Samla mötestid",
    "Ny mötesstruktur",
  ],
  [
    "raster",
    "Schemalägga raster för personal i de verksamheter som tillåter",
    "till exempel korttidsvistelse- och fritidsverksamhet, där rasterna i dag tas obetalt men inte schemaläggs.",
    "Införa raster",
    "Schemalägga raster anpassat efter verksamhet",
  ],
  [
    "bemanningsforetag",
    "Minska användningen av bemanningsföretag",
    "sjuksköterskor från bemanningsföretag ersätts successivt med egen personal genom rekrytering och introduktion.",
    "Avveckla inhyrd personal",
    "Rekrytera egna sjuksköterskor",
  ],
  [
    "nattbemanning",
    "Se över bemanningstätheten nattetid",
    "behovet nattetid kartläggs per boende och jämförs med nuvarande bemanning.",
    "Kartlägga nattbehov",
    "Behovsinventering per natt",
  ],
  [
    "resursplanering",
    "Införa resursplanering i verksamhetssystemet",
    "planeringen av besök och pass görs i verksamhetssystemet så att restid och dubbelbemanning syns.",
    "Införa digital planering",
    "Utbilda planerare",
  ],
  [
    "inkop",
    "Samordna inköp av förbrukningsmaterial",
    "beställningar görs av en person per enhet och enbart från upphandlade leverantörer.",
    "Samordna beställningar",
    "Utse beställare per enhet",
  ],
  [
    "handkassekort",
    "Avveckla handkassekort",
    "nya rutiner för ersättning till personal vid medföljande aktiviteter tas fram innan korten avvecklas.",
    "Avveckla handkassakorten",
    "Skapa nya rutiner för utlägg",
  ],
  [
    "lokaler",
    "Översyn av lokaler",
    "lokaler som avdelningen inte har behov av sägs upp och möjligheten till samlokalisering utreds.",
    "Se över lokalbehovet",
    "Säga upp hyra av lokaler som inte behövs",
  ],
  [
    "fakturering",
    "Säkra intäkter genom rutiner för fakturering",
    "rutiner för fakturering till andra kommuner och privata utförare säkerställs, och avtal finns för varje köpt plats.",
    "Säkra intäkter och utgifter",
    "Skapa rutiner och avtal",
  ],
  [
    "tidrapporter",
    "Kontrollera tidrapporter före attest",
    "tidrapporter för ob-ersättning och övertid kontrolleras mot schema innan de godkänns.",
    "Kontrollera tidrapporter",
    "Stickprov varje månad",
  ],
  [
    "heltid",
    "Införa heltid som norm inom befintlig budget",
    "nya tjänster utlyses på heltid och resurspass planeras där behovet är störst.",
    "Heltid som norm",
    "Resurspass i schemat",
  ],
  [
    "fordon",
    "Se över fordonsflottan inom hemtjänsten",
    "leasingbilar som används mindre än halva dagen lämnas tillbaka och ersätts med elcyklar där det går.",
    "Minska antalet bilar",
    "Inventering av körjournaler",
  ],
  [
    "e-las",
    "Införa digital nyckelhantering",
    "digitala lås ersätter nyckelskåp, vilket minskar tiden för nyckelhämtning och risken för borttappade nycklar.",
    "Digitala lås",
    "Installation hos brukare",
  ],
  [
    "digital-tillsyn",
    "Införa digital tillsyn nattetid",
    "brukare som önskar erbjuds tillsyn med kamera i stället för fysiska besök nattetid.",
    "Digital tillsyn",
    "Erbjuda kameratillsyn",
  ],
  [
    "restid",
    "Minska restiden i hemtjänsten",
    "turerna planeras geografiskt och besök samlas till färre områden per arbetslag.",
    "Planera turer geografiskt",
    "Ny områdesindelning",
  ],
  [
    "samlokalisering",
    "Samlokalisera dagverksamheter",
    "två dagverksamheter med låg beläggning flyttas till gemensamma lokaler.",
    "Samlokalisera",
    "Flytt till gemensam lokal",
  ],
  [
    "helgovertid",
    "Minska övertid under helger",
    "helgpass bemannas i första hand med ordinarie personal enligt rullande schema.",
    "Färre övertidspass",
    "Rullande helgschema",
  ],
  [
    "kompetens",
    "Kompetensutveckling för undersköterskor",
    "undersköterskor erbjuds utbildning i demensvård och läkemedelshantering för att minska behovet av sjuksköterskebesök.",
    "Utbildningsinsats",
    "Utbildning i demensvård",
  ],
  [
    "arbetsmiljo",
    "Stärka det systematiska arbetsmiljöarbetet",
    "skyddsronder och riskbedömningar genomförs enligt årshjulet och åtgärder följs upp på arbetsplatsträffar.",
    "Arbetsmiljöarbete",
    "Skyddsrond och riskbedömning",
  ],
  [
    "maltider",
    "Se över avtal för måltider",
    "måltidsavtalet jämförs med faktisk beställning och portioner som inte äts minskas.",
    "Översyn av måltidsavtal",
    "Jämföra beställning och åtgång",
  ],
  [
    "lakemedel",
    "Översyn av läkemedelshanteringen",
    "avvikelser i läkemedelshanteringen analyseras varje kvartal tillsammans med ansvarig sjuksköterska.",
    "Säker läkemedelshantering",
    "Kvartalsvis avvikelseanalys",
  ],
  [
    "inkontinens",
    "Minska kostnaden för inkontinenshjälpmedel",
    "förskrivningen ses över tillsammans med förskrivande sjuksköterska och utprovning görs vid varje ny insats.",
    "Rätt hjälpmedel",
    "Ny utprovning",
  ],
  [
    "utskrivningsklara",
    "Utveckla samverkan med regionen kring utskrivningsklara",
    "planeringen inför hemgång påbörjas redan på sjukhuset så att betalningsansvar för utskrivningsklara undviks.",
    "Samverkan vid utskrivning",
    "Gemensam planering med regionen",
  ],
  [
    "ob-ersattning",
    "Se över utbetalning av ob-ersättning",
    "anhörigvårdare och PAN-anställda ska inte få ut fel ersättning för obekväm arbetstid och övertid.",
    "Se över utbetalningar",
    "Kontrollera tidrapporter innan godkännande",
  ],
  [
    "dubbla-beslut",
    "Översyn av dubbla beslut",
    "det finns i dag ärenden med dubbla beslut där den enskilde även har personlig assistans beviljad.",
    "Översyn av korttidsvistelse",
    "Översyn av andel dubbla beslut",
  ],
  [
    "overtalighet",
    "Ej ha övertalig personal",
    "medarbetare i övertalighetsteamet erbjuds vakanta tjänster innan externa rekryteringar görs.",
    "Tillsätta vakanser internt",
    "Matchning mot vakanser",
  ],
];

const STATUSES = ["pågår", "pågår", "pågår", "klar", "ej påbörjad"];
const COMMENTS = [
  (t) => `Sjukfrånvaron ${t.decimal(5, 11).replace(".", ",")} % (${t.decimal(5, 11).replace(".", ",")} % månaden innan).`,
  (t) => `Övertiden har minskat med ${t.int(3, 25)} % jämfört med samma period förra året.`,
  (t) => `${t.pick(["Två", "Tre", "Fyra", "Fem"])} timvikarier anställda, rekrytering pågår.`,
  (t) => `Avvikelse mot budget ${t.decimal(-2, 0.5).replace(".", ",")} mkr hittills i år.`,
  (t) => `Schemat justerat i ${t.pick(["två", "tre", "fyra"])} arbetslag.`,
  () => "Ingen förändring sedan förra uppföljningen.",
  () => "Rutinen beslutad i ledningsgruppen och införd på alla enheter.",
  () => "Väntar på underlag från HR, tas upp igen vid nästa avstämning.",
  (t) => `Utförd tid ${t.int(92, 108)} % av beviljad tid.`,
  () => "Avtalet uppsagt, gäller till årsskiftet.",
  (t) => `Genomgång med ${t.pick(["ekonom", "HR-konsult", "controller", "skyddsombud"])} genomförd.`,
];
const BODY_INTRO = [
  (p) =>
    `I samband med budgetbeslutet gav vård- och omsorgsnämnden förvaltningen i uppdrag att bedriva verksamheten kostnadseffektivt med bibehållen kvalitet. ${p.unit} har därför tagit fram denna handlingsplan.`,
  (p) =>
    `Handlingsplanen beskriver hur ${p.unit} ska nå en budget i balans under ${p.year}. Planen följs upp månadsvis av avdelningschef och återrapporteras till nämnden i maj och november.`,
];
const BODY_BACKGROUND = [
  (p, t) =>
    `Bokslutet för ${p.year - 1} visade ett underskott på ${t.decimal(0.5, 6).replace(".", ",")} mkr för enheten. Underskottet beror främst på höga personalkostnader, övertid och inhyrd personal vid sjukfrånvaro.`,
  (_p, t) =>
    `Prognosen efter ${t.pick(MONTHS.slice(2, 9))} visar att underskottet kvarstår. Antalet beviljade timmar har ökat med ${t.int(3, 18)} procent samtidigt som ersättningen inte har räknats upp i motsvarande grad.`,
  (_p, t) =>
    `Sjukfrånvaron har under året legat på ${t.decimal(6, 12).replace(".", ",")} procent, vilket är över förvaltningens mål. Korttidsfrånvaron står för den största delen och ersätts ofta med övertid.`,
  (_p, t) =>
    `Enheten har under perioden haft ${t.int(2, 9)} vakanta tjänster, vilket har lett till ökade kostnader för timvikarier och bemanningsföretag.`,
];
const BODY_ECONOMY = [
  (p, t) =>
    `Åtgärderna beräknas sammantaget minska kostnaderna med ${t.decimal(0.3, 3).replace(".", ",")} mkr under ${p.year}, varav den största delen avser minskad övertid och färre timmar från bemanningsföretag. Helårseffekten väntas först ${p.year + 1}.`,
  (p, t) =>
    `Målet är en budget i balans vid utgången av ${p.year}. Åtgärderna i planen bedöms ge en helårseffekt på ${t.decimal(0.3, 3).replace(".", ",")} mkr; resterande underskott hanteras inom avdelningens ram.`,
];
const BODY_ORG = [
  (p, t) =>
    `${p.unit} leds av en enhetschef och har cirka ${t.int(18, 95)} medarbetare fördelade på ${t.int(2, 6)} arbetslag. Enheten ingår i ${p.department.toLowerCase()}.`,
  (_p, t) =>
    `Verksamheten bedrivs dygnet runt och omfattar ${t.int(12, 140)} brukare med beslut enligt ${t.pick(["socialtjänstlagen", "LSS"])}.`,
  (_p, t) =>
    `Till enheten hör även ${t.pick(["en samordnare", "två samordnare", "en planerare"])} och ${t.pick(["en sjuksköterska", "delad sjuksköterska med grannenheten", "en arbetsterapeut"])}.`,
];

// ---------------------------------------------------------------------------------------------------------------
// YAML writing helpers: hand-written style (comments, flow lists, folded scalars), quoting only where YAML needs it

/** Plain when safe; otherwise double-quoted (JSON strings are valid YAML double-quoted scalars). */
function q(s) {
  const plain = /^[\p{L}]/u.test(s) && !/: |:$| #|[\n"]/.test(s) && !/^(true|false|null|yes|no|on|off)$/i.test(s);
  return plain ? s : JSON.stringify(s);
}

/** A folded block scalar wrapped near 110 columns, the way the shipped plans write long text. */
function folded(indent, key, text) {
  const pad = " ".repeat(indent);
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + word.length + 1 > 110 - indent - 2) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `${pad}${key}: >-\n${lines.map((l) => `${pad}  ${l}`).join("\n")}\n`;
}

const roleList = (roles) => `[${roles.join(", ")}]`;

// ---------------------------------------------------------------------------------------------------------------
// One plan

/** A deadline in one of the written forms, with the day it ends (an avstämning may not fall after it). */
function deadline(t, year) {
  const y = year + t.int(0, 1);
  const yy = String(y).slice(2);
  const m = t.int(1, 12);
  switch (t.int(0, 7)) {
    case 0: {
      const d = iso(y, m, t.int(1, daysIn(y, m)));
      return { written: d, end: d };
    }
    case 1:
      return { written: t.pick([`Vt-${yy}`, `Vt -${yy}`, `VT ${y}`]), end: iso(y, 6, 30) };
    case 2:
      return { written: t.pick([`Ht-${yy}`, `Ht ${y}`, `hösttermin ${y}`]), end: iso(y, 12, 31) };
    case 3:
      return { written: t.pick([`${MONTH_ABBR[m - 1]} ${yy}`, `${MONTHS[m - 1]} ${y}`]), end: iso(y, m, daysIn(y, m)) };
    case 4: {
      const qn = t.int(1, 4);
      return { written: t.pick([`Q${qn} ${y}`, `K${qn} ${y}`]), end: iso(y, qn * 3, daysIn(y, qn * 3)) };
    }
    case 5:
      return { written: `${y}-${pad(m)}`, end: iso(y, m, daysIn(y, m)) };
    default: {
      const d = iso(y, m, daysIn(y, m));
      return { written: d, end: d };
    }
  }
}

function role(t) {
  const code = t.pick(["EC", "EC", "EC", "AC", "AC", "FC"]);
  return t.chance(0.3) ? `${code} ${t.pick(QUALIFIERS)}` : code;
}

function measureYaml(t, [id, rubrik, beskrivning, aktivitet, åtgärd], year) {
  let out = `  - id: ${id}\n    rubrik: ${q(rubrik)}\n`;
  if (t.chance(0.4)) out += beskrivning.length > 70 ? folded(4, "beskrivning", beskrivning) : `    beskrivning: ${q(beskrivning)}\n`;
  if (t.chance(0.25)) out += "    fokus: true\n";
  if (t.chance(0.3)) out += `    aktivitet: ${q(aktivitet)}\n`;
  if (t.chance(0.35)) out += `    åtgärd: ${q(åtgärd)}\n`;
  const status = t.chance(0.9) ? t.pick(STATUSES) : undefined;
  if (status) out += `    status: ${status}\n`;
  const due = t.chance(0.8) ? deadline(t, year) : undefined;
  if (due) out += `    klart_senast: ${due.written}\n`;
  out += `    ansvarig: ${roleList(t.chance(0.7) ? [role(t)] : ["EC", role(t).replace(/^EC\b/, "AC")])}\n`;
  if (t.chance(0.15)) return out; // no follow-up written yet

  out += "    uppföljning:\n";
  const kind = t.int(0, 2);
  const interval = t.pick(["månadsvis", "månadsvis", "kvartalsvis", "kvartalsvis", "halvårsvis", "regelbundet"]);
  if (kind === 0)
    out += `      text: ${q(`Regelbunden ${interval === "kvartalsvis" ? "kvartalsuppföljning" : "månadsuppföljning"} ${t.pick(["EC & AC", "AC", "EC"])}`)}\n`;
  if (kind !== 2) out += `      intervall: ${interval}\n`;
  if (kind === 2) out += `      datum: ${iso(year, t.int(1, 12), t.int(1, 28))}\n`;
  if (due && kind !== 2 && t.chance(0.4)) out += `      avstämning: ${addDays(due.end, -t.int(0, 90))}\n`;
  out += `      av: ${roleList(t.chance(0.6) ? ["AC"] : ["EC", "AC"])}\n`;
  if (kind !== 2 && t.chance(0.2)) {
    // Logged follow-ups, oldest first, all before the benchmark's --today 2025-05-01.
    out += "      logg:\n";
    let day = iso(year, t.int(1, 2), t.int(1, 28));
    for (let n = t.int(1, 2); n > 0; n--) {
      day = addDays(day, t.int(20, 100));
      if (day > "2025-04-30") break;
      out += `        - datum: ${day}\n          status: pågår\n`;
      out += `          kommentar: ${q(t.pick(COMMENTS)(t))}\n          av: ${t.pick(["EC", "AC", "EC", "AC BMSS"])}\n`;
    }
    if (out.endsWith("      logg:\n")) out += `        - datum: ${iso(year, 1, 15)}\n          status: pågår\n          av: EC\n`;
  }
  return out;
}

function keyFiguresYaml(t, year) {
  const y = (k) => `"${year - k}"`;
  let out = "\nnyckeltal:\n";
  out += `  - id: resultat\n    namn: Enhetens resultat\n    värden:\n`;
  for (let k = 3; k >= 1; k--) out += `      ${y(k)}: ${t.decimal(-8, 1)}\n`;
  out += `    mål: 0\n    källa: ${q(`Bokslut ${year - 1}, ekonomiavdelningen`)}\n`;
  out += `  - id: sjukfranvaro\n    namn: Sjukfrånvaro\n    enhet: "%"\n`;
  out += `    värden: { Vt-${String(year - 1).slice(2)}: ${t.decimal(6, 11)}, Ht-${String(year - 1).slice(2)}: ${t.decimal(6, 11)}, Q1 ${year}: ${t.decimal(6, 11)} }\n`;
  out += `    mål: 6.5\n`;
  if (t.chance(0.6)) {
    out += `  - id: overtid\n    namn: Övertid och mertid\n    enhet: timmar\n    värden:\n`;
    for (const mon of ["jan", "feb", "mar"]) out += `      ${mon} ${year}: ${t.int(40, 400)}\n`;
  }
  return out;
}

function body(t, p) {
  const para = (list) => t.pick(list)(p, t);
  return `${[
    `## 1. Inledning\n\n${BODY_INTRO.map((f) => f(p, t)).join("\n\n")}`,
    `## 2. Bakgrund\n\n${t
      .sample(BODY_BACKGROUND, 4)
      .map((f) => f(p, t))
      .join("\n\n")}`,
    `## 3. Organisation\n\n${BODY_ORG.map((f) => f(p, t)).join(" ")}`,
    `## 4. Åtgärdsplan\n\nÅtgärderna och tidsplanen står i filens front matter under \`åtgärder\`. Varje åtgärd följs upp enligt sin rad i tidsplanen, och resultatet förs in i uppföljningens logg med \`plan followup\`.`,
    `## 5. Ekonomiska konsekvenser\n\n${para(BODY_ECONOMY)}`,
    `## 6. Uppföljning\n\nEnhetschef följer upp åtgärderna ${t.pick(["månadsvis", "varje kvartal"])} tillsammans med avdelningschef och controller. Avvikelser från planen rapporteras i månadsuppföljningen, och förvaltningen återrapporterar till nämnden i maj och november ${p.year}.`,
  ].join("\n\n")}\n`;
}

/** Returns [relative path, text]. Index i alone decides the content. */
export function generatePlan(i) {
  const t = tools(prng(0x5eed ^ Math.imul(i + 1, 0x9e3779b1)));
  const year = 2023 + (i % 3);
  const ansvar = String(80000 + (i % 20000)); // unique for up to 20,000 plans
  const [unitType, unitSlug] = t.pick(UNIT_TYPES);
  const place = t.pick(PLACES);
  const department = t.pick(DEPARTMENTS);
  const asYaml = i % 5 === 4;
  const id = `${unitSlug}-${ansvar}-${year}`;
  const unit = `${unitType} ${place}`;

  let fm = asYaml ? "# yaml-language-server: $schema=../../../../plan.schema.json\n" : "";
  fm += `# Enhetens handlingsplan ${year}, beslutad av vård- och omsorgsnämnden. Åtgärdsplan och tidsplan står under\n`;
  fm += `# åtgärder; uppföljningarna förs in med plan followup.\n`;
  fm += `id: ${id}\ntitel: ${q(`Handlingsplan ${year} ${unit}`)}\nansvar: "${ansvar}"\nenhet: ${q(unit)}\når: ${year}\n\n`;
  fm += "styrdokument:\n  typ_av_styrdokument: Plan\n  beslutande_instans: Vård- och omsorgsnämnden\n";
  fm += t.chance(0.9)
    ? `  datum_för_beslut: ${iso(year, t.int(1, 3), t.int(1, 28))}\n`
    : "  datum_för_beslut:        # utkast, inte beslutad än\n";
  fm += `  diarienummer: ${year - t.int(0, 1)}.${String(t.int(1, 350)).padStart(3, "0")} VON\n`;
  fm += `  gäller_för: ${q(unit)}\n`;
  fm += `  giltighetstid: ${t.chance(0.7) ? "Tills vidare" : iso(year + 1, 12, 31)}\n`;
  fm += `  revideras_senast: ${t.chance(0.5) ? iso(year, 6, 30) : iso(year, 12, 31)}\n`;
  fm += `  dokumentansvarig: ${t.chance(0.5) ? "EC" : `AC ${t.pick(QUALIFIERS)}`}\n\n`;
  fm += "# Avsnitt 4 Åtgärdsplan och avsnitt 5 Tidsplan.\nåtgärder:\n";
  fm += t
    .sample(MEASURES, t.int(8, 15))
    .map((m) => measureYaml(t, m, year))
    .join("\n");
  fm += keyFiguresYaml(t, year);

  const prose = body(t, { unit, year, department });
  const dir = String(year);
  if (!asYaml) return [join(dir, `${id}.md`), `---\n${fm}---\n\n${prose}`];
  const indented = prose
    .split("\n")
    .map((l) => (l ? `  ${l}` : l))
    .join("\n");
  return [join(dir, `${id}.yaml`), `${fm}\nbrödtext: |\n${indented}`];
}

// ---------------------------------------------------------------------------------------------------------------

export function generateCorpus(n, dir) {
  rmSync(dir, { recursive: true, force: true }); // a smaller earlier run must not leave extra files behind
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const [rel, text] = generatePlan(i);
    const path = join(dir, rel);
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2]);
  if (!Number.isInteger(n) || n < 1) {
    console.error("usage: node bench/generate-corpus.mjs N [dir]   (e.g. npm run bench:corpus -- 1000)");
    process.exit(2);
  }
  const dir = resolve(process.argv[3] ?? fileURLToPath(new URL(`./corpus/${n}`, import.meta.url)));
  const bytes = generateCorpus(n, dir);
  console.log(`${n} plans, ${(bytes / n / 1024).toFixed(1)} KiB each on average, in ${dir}`);
}
