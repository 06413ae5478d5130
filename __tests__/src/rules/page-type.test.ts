// The page's kind (src/rules/page-type.ts), as `strip` reports it and the context rules read it:
// each document here is one kind and must be read as that kind, in both views where it applies.

import { strip, type PageType } from '../../../src/index.js';
import { balladRecords, STORM_PARAGRAPHS, stormArticle } from '../../../src/rules/example-article.js';

const forum = [
  'Damp patch above the window after heavy rain - Fixit Forum',
  'Forums',
  'Log in',
  'Damp patch above the window after heavy rain',
  'tarn_house',
  'Joined: Apr 2, 2020',
  'Messages: 88',
  'A damp patch has appeared above our bedroom window after the last two storms. It is about the size of a plate and dries out within a week. Any ideas where to start?',
  'Reply',
  'millstone_mick',
  'Joined: Jan 9, 2012',
  'Messages: 3,415',
  'Check the window head first. On houses of that age the drip groove is often filled with paint, so the water runs back into the wall.',
  'Reply',
].join('\n');

const product = [
  'Enamel kettle 1.7 litres, sage green - Hearth & Home',
  'Free delivery on orders over £40',
  'Home › Kitchen › Kettles',
  'Enamel kettle 1.7 litres, sage green',
  '£34.99',
  'Add to basket',
  'In stock',
  'A stovetop kettle of enamelled steel with a beech handle that stays cool. It whistles when the water boils and works on gas, electric and induction hobs.',
  'Specifications',
  'Capacity: 1.7 litres',
  'Customer reviews',
].join('\n');

const productEs = [
  'Tetera de hierro fundido 0,8 litros - Casa Norte',
  'Envío gratis a partir de 40 €',
  'Tetera de hierro fundido 0,8 litros',
  '39,90 €',
  'Añadir al carrito',
  'Quedan 3 unidades',
  'Tetera tradicional de hierro fundido con filtro de acero inoxidable, esmaltada por dentro para que el agua no tome sabor a metal.',
  'Características',
  'Opiniones de clientes',
].join('\n');

const teasers = [
  [
    'Council approves new cycle lanes on the ring road',
    'The lanes will be built next spring after a vote that split the ruling group down the middle.',
  ],
  [
    'Harbour dredging to start in June',
    'Ships of up to 8,000 tonnes will be able to dock at the east quay once the work is finished next year.',
  ],
  ['Library reopens after two-year repair', 'The roof, damaged in a storm, has been replaced and the children’s room has doubled in size.'],
  [
    'School meals to use more local produce',
    'A new contract asks suppliers to source at least half of all vegetables from farms within fifty miles.',
  ],
  [
    'Bus fares frozen for another year',
    'The operator said that passenger numbers had recovered and that it could hold prices until next April.',
  ],
  ['Market hall plans go on show', 'Residents can see the designs at the town hall until the end of the month and leave their comments.'],
  [
    'New footbridge opens over the river',
    'The bridge links the station to the old town and cuts ten minutes off the walk for commuters every day.',
  ],
  [
    'Swimming pool hours extended',
    'The pool will open at six in the morning on weekdays from next month after a petition by early swimmers.',
  ],
  [
    'Allotment waiting list reaches record',
    'More than four hundred people are now waiting for a plot, and the council is looking for new land.',
  ],
];
const listing = ['Local news - The Valley Courier', 'News', 'Sport', ...teasers.flat(), 'Next page'].join('\n');

const records = [
  'Search results - Riverside Ballad Archive',
  'Home',
  'Browse',
  'Search',
  'The archive holds printed ballad sheets collected by the county library between 1850 and 1920, most of them sold for a penny in markets and at fairs across the region.',
  'Each record below gives the title of a sheet, its first line, the printer and the shelfmark under which it can be ordered in the reading room.',
  ...balladRecords(6, true),
  'Next page',
  '© Riverside Library',
].join('\n');

// A Q&A page with one answer: the question's "asked" stamp and the answer's "answered" share a shape.
const questionAndAnswer = [
  'Ask Cyclists',
  'Why does my chain skip on the smallest cog?',
  'asked 2024-05-11 18:02:40 +0200',
  'Since I fitted a new chain last month it skips under load on the smallest cog at the back, but only there. The other cogs are fine and the gears are indexed. What should I check first?',
  '1 Answer',
  'answered 2024-05-12 07:31:05 +0200',
  'A new chain on an old cassette skips first on the cog that wore most, which is usually the smallest one. Check that cog for hooked teeth and replace the cassette if they look like shark fins.',
].join('\n');

const article = stormArticle(5).join('\n');
const notice = ['Opening hours', 'The office is closed on public holidays.', 'Contact us'].join('\n');

const kinds: Array<[string, string, PageType]> = [
  ['a forum thread', forum, 'discussion'],
  ['a Q&A page with one answer', questionAndAnswer, 'discussion'],
  ['a product page', product, 'product'],
  ['a Spanish product page', productEs, 'product'],
  ['a listing of headlines and teasers', listing, 'listing'],
  ['a news article', article, 'article'],
  ['a short notice', notice, 'other'],
  ['a page of catalogue records with two paragraphs of introduction', records, 'listing'],
];

it.each(kinds)('reads %s as its kind', (_name, text, type) => {
  const { page } = strip(text);
  expect(page.type).toBe(type);
  expect(page.reason.length).toBeGreaterThan(10);
});

it('reads an article with a related-stories list under it as an article, not a listing', () => {
  const text = [...stormArticle(5), 'Related stories', ...teasers.slice(0, 4).map(([headline]) => headline)].join('\n');
  expect(strip(text).page.type).toBe('article');
});

it("reads a shop's list of products (one widget under every product, and prices) as a product page that keeps every description", () => {
  const shop = [
    'Garden furniture | Hollin & Vane',
    'Home',
    'Shop',
    'Garden',
    'Chairs',
    'Tables',
    'Lighting',
    'Sale',
    'Basket (0)',
    'Sign in',
    'Garden furniture',
    'Sort by: price',
    'Birchwood folding chair',
    '£89.00',
    'Hand-made in our workshop in the Lake District from oak felled on the estate, the Birchwood folds flat in one movement and hangs on a hook in the shed. The slats are close enough that no cushion is needed.',
    'Add to basket',
    'Hollin garden bench',
    '£240.00',
    'The frame is joined with brass pins rather than screws, so nothing works loose after a season out in the rain. The oak weathers to a soft silver grey unless it is oiled once a year with the oil we sell beside it.',
    'Add to basket',
    'Vane side table',
    '£65.00',
    'Small enough to stand between two chairs and strong enough to hold a tray of drinks, the side table is made from the offcuts of the bench. Each one is a little different in the grain of its top.',
    'Add to basket',
    'Delivery',
    'Returns',
    'Contact',
    '© Hollin & Vane 2024',
  ].join('\n');
  const cleaned = strip(shop);
  expect(cleaned.page.type).toBe('product');
  const descriptions = cleaned.blocks.filter((block) => block.text.split(' ').length > 30);
  expect(descriptions).toHaveLength(3);
  for (const block of descriptions) expect(block).toMatchObject({ kept: true, role: 'body' });
});

it('a listing keeps the entries after its "Related" heading; an article ends there', () => {
  const onListing = strip(
    [
      'Local news - The Valley Courier',
      'News',
      'Sport',
      ...teasers.slice(0, 6).flat(),
      'Related stories',
      'Photo gallery',
      ...teasers.slice(6).flat(),
    ].join('\n'),
  );
  expect(onListing.page.type).toBe('listing');
  // Neither the end-of-article marker nor the chrome around them takes the entries below it.
  for (const [, teaser] of teasers.slice(6)) expect(onListing.blocks.find((block) => block.text === teaser)).toMatchObject({ kept: true });

  const onArticle = strip([...stormArticle(4), 'Related articles', STORM_PARAGRAPHS[4]!].join('\n'));
  expect(onArticle.page.type).toBe('article');
  expect(onArticle.blocks.at(-1)).toMatchObject({ kept: false, rule: 'end-of-article' });
});

it('a page of records keeps its fields; an article with a fact box of labels that do not repeat stays an article', () => {
  const cleaned = strip(records);
  expect(cleaned.page.reason).toMatch(/^24 fields of records \(title, first line, printer\)/);
  const fields = cleaned.blocks.filter((block) => /^(?:Title|First line|Printer|Shelfmark): /.test(block.text));
  expect(fields.filter((block) => block.kept).length).toBeGreaterThanOrEqual(20);

  // One label over and over ("Source: headline", "Posted by:" over each comment) is a list, not records.
  const sourced = ['Courier: Storm closes schools', 'Courier: Buses cancelled', 'Herald: Council meets', 'Herald: Roads reopen'];
  const headlines = [...stormArticle(2), ...sourced, ...sourced, ...sourced, ...sourced].join('\n');
  expect(strip(headlines).page.reason).not.toMatch(/records/);

  const factBox = ['Population: 12,400', 'Area: 31 km²', 'Mayor: Ruth Ellery', 'Twinned with: Bourg-Neuf'];
  expect(strip([...stormArticle(3), ...factBox, ...STORM_PARAGRAPHS.slice(3)].join('\n')).page.type).toBe('article');
});
