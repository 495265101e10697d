/**
 * A phrase bank in the vocabulary of public welfare plans. Titles are composed from parts, so
 * thousands of distinct titles come from a few dozen words and no title is one plan's wording.
 */
import type { Rng } from './random';

const WHO = [
  '誰もが',
  'みんなで',
  '住民一人ひとりが',
  '地域のみんなが',
  '子どもから高齢者までが',
  'すべての人が',
  '市民が',
  '私たちが',
];
const DO = [
  '支え合う',
  'つながる',
  '安心して暮らせる',
  '助け合う',
  'いきいきと暮らせる',
  '共に生きる',
  '笑顔で暮らせる',
  '参加できる',
  '見守り合う',
  '語り合える',
];
const PLACE = ['地域', 'まち', '仕組み', '居場所', '体制', 'ネットワーク', '関係', '環境', '社会'];
const MAKE = ['づくり', 'の実現', 'の推進', 'の充実', 'の強化'];
const TOPIC = [
  '見守り活動',
  '相談支援',
  '福祉教育',
  'ボランティア活動',
  '権利擁護',
  '災害時の支援',
  '生活困窮者への支援',
  'サロン活動',
  '子育て支援',
  '認知症の理解',
  '地区社協活動',
  '情報発信',
  '人材の育成',
  '移動支援',
  '孤立の防止',
  '健康づくり',
  '生きがいづくり',
  '多世代交流',
  '福祉サービスの利用支援',
  '地域の担い手',
  '民生委員・児童委員との連携',
  '成年後見制度の利用',
  '居場所づくり',
  '買い物支援',
  '介護予防',
];
const ACT = ['の推進', 'の充実', 'の強化', 'の促進', 'への支援', 'の拡大', 'の普及', 'の整備', 'の啓発'];
const PREFIX = ['', '', '', '地域における', '身近な', '住民主体の', '小地域での', '多様な主体による'];

/** A goal-like title: 「誰もが安心して暮らせる地域づくり」. */
export function goalTitle(r: Rng): string {
  return `${r.pick(WHO)}${r.pick(DO)}${r.pick(PLACE)}${r.pick(MAKE)}`;
}

/** A measure-like title: 「身近な見守り活動の推進」. */
export function measureTitle(r: Rng): string {
  return `${r.pick(PREFIX)}${r.pick(TOPIC)}${r.pick(ACT)}`;
}

const DESC_HEAD = [
  '地域の課題を話し合う場を通じて',
  '関係機関と連携し',
  '住民の皆さんと協働して',
  '身近な地域で',
  '誰もが気軽に参加できるよう',
];
const DESC_TAIL = [
  '支え合いの輪を広げます。',
  '取り組みを進めます。',
  '仕組みをつくります。',
  '活動を支援します。',
  '意識を高めます。',
];

/** A description sentence, ending in 。. */
export function description(r: Rng): string {
  return `${r.pick(DESC_HEAD)}、${r.pick(TOPIC)}について${r.pick(DESC_TAIL)}`;
}

/** A vision statement (no 。, as visions are written). */
export function visionText(r: Rng): string {
  return `${r.pick(WHO)}${r.pick(DO)} ${r.pick(['笑顔あふれる', 'ぬくもりのある', '絆でむすばれた', 'ともに歩む'])}${r.pick(PLACE)}${r.pick(MAKE)}`;
}

const RESIDENT_HEADERS = [
  '地域住民のみなさんや団体は',
  '住民のみなさんにできること',
  'わたしたちができること',
  '市民の役割',
  '地域住民や団体の皆さんは',
  '家庭や地域でできること',
];
const RESIDENT_ACTS = [
  'あいさつや声かけをします',
  '地域の行事に参加します',
  '困ったときは相談します',
  '近所の見守りに協力します',
  'サロンに参加します',
];

/** A residents' list: a header naming people, then what they do. Not part of the hierarchy. */
export function residents(r: Rng): { header: string; lines: string[] } {
  const n = r.int(1, 3);
  return { header: r.pick(RESIDENT_HEADERS), lines: Array.from({ length: n }, () => r.pick(RESIDENT_ACTS)) };
}
