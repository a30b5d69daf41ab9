import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { validateDataset, type Dataset, type Review } from '../src/data/review-schema';

// A seeded generator (mulberry32): the same arguments always give the same file.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a and of to in is it that this was for with as on but film movie story plot character ' +
  'characters acting actor actors director scene scenes ending sequel original first second ' +
  'gangster drug dealer father son friend family city night violence realistic brutal dark ' +
  'gritty bleak tense slow fast pace pacing camera hand-held cinematography soundtrack music ' +
  'score colour colours red green light performance performances great good bad better best ' +
  'worse worst boring exciting powerful beautiful ugly honest raw raw intense quiet loud ' +
  'cliché naïve Nørrebro Vesterbro café déjà vu Copenhagen Danish Scandinavian underworld ' +
  'prison debt heroin cocaine money trouble loser hero anti-hero redemption hope despair ' +
  'trilogy part chapter watch watched seen see saw recommend recommended expect expected ' +
  'surprise surprised moment moments minutes hour end beginning middle real really very ' +
  'quite rather too much many more most some few little all every never always often ' +
  'sometimes maybe perhaps still even just only also again though although because while ' +
  'when where who what why how which there here then than so such not no yes one two three ' +
  'years time life world people man woman child baby girlfriend wife mother brother ' +
  'script dialogue writing written shot shots editing cut lighting budget low high style ' +
  'documentary drama thriller crime noir genre audience viewers critics festival premiere ' +
  'cinema theatre screen DVD version subtitles language english danish feel feeling ' +
  'felt think thought believe believable convincing natural flawless flawed weak strong ' +
  'nerve punch atmosphere mood tone tension suspense shock shocking disturbing memorable'
).split(/\s+/);

const FIRST = [
  'Anna',
  'Lars',
  'Mette',
  'Jonas',
  'Sofie',
  'Peter',
  'Ida',
  'Mads',
  'Karen',
  'Ole',
  'Emma',
  'Noah',
];
const LAST = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
];

interface Options {
  reviews: number;
  seed: number;
  film?: string;
  year?: number;
}

export function generateDataset({
  reviews: count,
  seed,
  film = 'Synthetic Film',
  year = 2004,
}: Options): Dataset {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const sentence = () => {
    const length = 6 + Math.floor(next() * 18);
    const words = Array.from({ length }, () => pick(WORDS));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${pick(['.', '.', '.', '!', '?', '...'])}`;
  };
  const paragraph = (targetChars: number) => {
    const parts: string[] = [];
    let length = 0;
    while (length < targetChars) {
      const s = sentence();
      parts.push(s);
      length += s.length + 1;
    }
    return parts.join(' ');
  };
  const releaseDay = Date.UTC(year, 8, 1) / 86_400_000;
  const reviews: Review[] = [];
  for (let i = 0; i < count; i += 1) {
    // Body length: log-normal around ~900 characters, 150 to ~6,000, a few longer.
    const bodyChars = Math.min(20_000, Math.max(150, Math.round(Math.exp(6.8 + 0.8 * normal()))));
    const paragraphs = Math.max(1, Math.min(8, Math.round(bodyChars / 700 + next())));
    const body = Array.from({ length: paragraphs }, () => paragraph(bodyChars / paragraphs)).join(
      '\n\n',
    );
    // Most reviews come in the first years after release, with a long tail.
    const undated = next() < 0.01;
    const day = releaseDay + (Math.floor(-Math.log(1 - next()) * 900) % (15 * 365));
    const date = undated ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);
    const named = next() < 0.5;
    const author = undated
      ? null
      : named
        ? `${pick(FIRST)} ${pick(LAST)}${next() < 0.1 ? `-${1 + Math.floor(next() * 9)}` : ''}`
        : `${pick(WORDS).replace(/[^a-z]/gi, '') || 'user'}_${pick(WORDS).replace(/[^a-z]/gi, '') || 'fan'}${Math.floor(next() * 9999)}`;
    const roll = next();
    const rating =
      roll < 0.4
        ? null
        : roll < 0.45
          ? 1
          : Math.max(1, Math.min(10, Math.round(7.4 + 1.8 * normal())));
    // Votes: heavy-tailed; most reviews get a handful, a few get thousands.
    const total =
      next() < 0.15 ? 0 : Math.min(50_000, Math.floor(Math.exp(1.6 + 1.5 * Math.abs(normal()))));
    const share = Math.min(1, Math.max(0, 0.62 + 0.25 * normal()));
    const up = Math.min(total, Math.round(total * share));
    const titleWords = 3 + Math.floor(next() * 8);
    const title =
      next() < 0.05
        ? null
        : sentence()
            .split(' ')
            .slice(0, titleWords)
            .join(' ')
            .replace(/[.!?]+$/, '');
    reviews.push({
      id: `s${seed}-${i}`,
      title,
      author,
      date,
      spoiler: next() < 0.08,
      body,
      rating,
      helpful: { up, total },
    });
  }
  return validateDataset({
    schemaVersion: 1,
    film: { title: film, year },
    declaredReviewCount: count,
    reviews,
  });
}

function fail(message: string): never {
  console.error(`gen: ${message}`);
  process.exit(1);
}

function readArguments(argv: readonly string[]): Options & { out: string } {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i] ?? '';
    const value = argv[i + 1];
    if (!name.startsWith('--') || value === undefined)
      fail(`expected --name value pairs, got "${name}"`);
    values.set(name.slice(2), value);
  }
  const whole = (name: string, fallback: number) => {
    const text = values.get(name);
    if (text === undefined) return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value <= 0)
      fail(`--${name} must be a positive whole number, got "${text}"`);
    return value;
  };
  const out = values.get('out');
  if (!out) fail('--out FILE is required');
  for (const name of values.keys()) {
    if (!['reviews', 'seed', 'out', 'film', 'year'].includes(name))
      fail(`unknown option --${name}`);
  }
  return {
    reviews: whole('reviews', 1000),
    seed: whole('seed', 1),
    year: whole('year', 2004),
    film: values.get('film') ?? 'Synthetic Film',
    out,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { out, ...options } = readArguments(process.argv.slice(2));
  const text = JSON.stringify(generateDataset(options));
  try {
    writeFileSync(out, text);
  } catch {
    fail(`cannot write ${out}`);
  }
  console.log(
    `gen: wrote ${options.reviews} reviews (${(text.length / 1e6).toFixed(1)} MB) to ${out}`,
  );
}
