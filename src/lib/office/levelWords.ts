/**
 * The words that name a plan's levels, as the compiler knows them (…目標・施策・方針・項目・分野・
 * 課題, 取組, 理念): used here only as evidence about a table or a sheet, never to build the tree.
 */
import { levelSuffixes } from '../plan/rules';

const WORD = `(?:基本理念|理念|[\\p{Script=Han}\\p{Script=Hiragana}ー]{0,6}(?:${levelSuffixes('column')}))`;
/** A level word at the start of a cell. */
export const LEVEL_WORD = new RegExp(`^(?:【)?${WORD}`, 'u');
/** A cell that is only a level word: a header over a column of the 体系図. */
export const HEADER_WORD = new RegExp(`^(?:【)?${WORD}(?:の方向性?)?(?:】)?$`, 'u');
