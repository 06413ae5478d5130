// Language detection, CJK tokenisation and per-language stopword thresholds.

import { readSource } from '../../../src/input/source.js';
import { detectLanguage, stopwordThresholds, surelyEnglish, DEFAULT_LANGUAGE } from '../../../src/features/language.js';
import { prepare } from '../../../src/index.js';
import { words } from '../../../src/features/tokenize.js';
import { strip } from '../../../src/index.js';

const GERMAN = [
  'Die Stadtbibliothek in der Mühlenstraße hat am Samstag nach zwei Jahren wieder geöffnet, und schon vor neun Uhr warteten viele Familien am Fluss.',
  'Das Gebäude war seit einem Hochwasser im Winter geschlossen, das den Lesesaal und einen großen Teil der Kinderbücher beschädigt hatte.',
  'Freiwillige haben in den letzten Monaten gespendete Bücher sortiert, und die Stadt hat ein neues Dach und einen Aufzug bezahlt.',
].join('\n');
const CHINESE = [
  '市图书馆在周六重新开放，很多家庭一早就在河边排队等候。这座建筑在冬天的一场洪水之后一直关闭，阅览室和大部分儿童图书都受到了损坏。',
  '志愿者在过去几个月里整理了捐赠的图书，市政府也出钱修了新的屋顶和电梯。馆长说，他们希望在夏天之前恢复所有的阅读活动，并且为孩子们增加新的故事时间。',
  '附近的居民表示，他们很高兴能够再次在这里借书和学习，这对整个社区来说都是一个好消息。',
  '图书馆还计划在秋天举办一次大型的读书节，邀请本地的作家和老师来和读者见面，并且介绍新的电子图书服务。',
].join('\n');
const ENGLISH = [
  'The old library on Mill Street opened its doors again on Saturday morning, and a queue of families had formed along the river path.',
  'The building had been closed since a winter flood damaged the reading room and most of the children’s collection of books.',
].join('\n');

describe('detectLanguage', () => {
  it('detects the language of longer text and falls back to English on short text', () => {
    expect(detectLanguage(readSource(GERMAN).lines)).toBe('de');
    expect(detectLanguage(readSource(ENGLISH).lines)).toBe('en');
    expect(detectLanguage(readSource('Home\nNews').lines)).toBe(DEFAULT_LANGUAGE);
  });

  it('detects a Chinese page of short sentences: a CJK character counts as much text as three letters', () => {
    // Six sentences of 20-32 characters, 160 in all: as Latin letters, lines too short to sample and
    // too little text to tell; as Chinese, a paragraph of news.
    const shortChinese = [
      '青河县今年新建了三所乡村寄宿制学校。',
      '新学校预计在九月一日正式开学招生。',
      '县教育局表示，三所学校共可容纳一千二百名学生。',
      '学校还配备了新的图书室、食堂和学生宿舍。',
      '当地家长说，孩子们以后上学不用再走很远的山路了。',
      '县里明年还计划改造十二所老旧校舍，并招聘更多年轻教师。',
    ].join('\n');
    expect(shortChinese.length).toBeLessThan(200);
    expect(detectLanguage(readSource(shortChinese).lines)).toBe('zh');
    expect(detectLanguage(readSource(CHINESE).lines)).toBe('zh');
  });

  it('settles English pages from their English-counted features, and counts other pages again with their own list', () => {
    const english = prepare(ENGLISH);
    expect(surelyEnglish(english.blocks.map((block) => block.features))).toBe(true);
    expect(english.language).toBe('en');
    // Counted with the English list a German page is not dense in stopwords: it goes to the detector,
    // and its features are those of the German list (a German stopword in every line).
    const german = prepare(GERMAN);
    expect(german.language).toBe('de');
    expect(german.blocks.map((block) => block.features)).toEqual(prepare(GERMAN, { language: 'de' }).blocks.map((block) => block.features));
    expect(german.blocks.every((block) => block.features.stopwordDensity > 0.25)).toBe(true);
    // A page with CJK characters goes to the detector at its first such block, and is counted with its list.
    const chinese = prepare(CHINESE);
    expect(chinese.language).toBe('zh');
    expect(chinese.blocks.map((block) => block.features)).toEqual(
      prepare(CHINESE, { language: 'zh' }).blocks.map((block) => block.features),
    );
    // A few words are no sample: the detector's own rules decide.
    expect(surelyEnglish(prepare('The news').blocks.map((block) => block.features))).toBe(false);
  });

  it('is overridden by the language option', () => {
    expect(strip(GERMAN).language).toBe('de');
    expect(strip(GERMAN, { language: 'fr' }).language).toBe('fr');
  });
});

describe('words', () => {
  it('segments CJK text into words and keeps the regex path for other scripts', () => {
    expect(words('宇航员在太空中喝酒')).toEqual(expect.arrayContaining(['太空', '喝酒']));
    expect(words('Hello, world 2024')).toEqual(['Hello', 'world', '2024']);
  });
});

describe('stopwordThresholds', () => {
  const english = { stopwordsLow: 0.3, stopwordsHigh: 0.36 };
  it('keeps English thresholds as they are, scales calibrated languages, and falls back to 0', () => {
    expect(stopwordThresholds('en', english)).toEqual({ ...english, source: 'english' });
    const german = stopwordThresholds('de', english);
    expect(german.source).toBe('calibrated');
    expect(german.stopwordsHigh).toBeLessThan(english.stopwordsHigh);
    expect(stopwordThresholds('xx', english)).toEqual({ stopwordsLow: 0, stopwordsHigh: 0, source: 'fallback' });
  });
});
