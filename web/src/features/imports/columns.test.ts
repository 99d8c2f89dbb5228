import { describe, expect, it } from 'vitest';
import { columnsOf, guessMapping, splitCsvLine } from './columns';

describe('import columns', () => {
  it('reads a CSV header with quotes and a BOM', () => {
    expect(splitCsvLine('a,"b,c","d""e"')).toEqual(['a', 'b,c', 'd"e']);
    expect(columnsOf('x.csv', '\uFEFF留言编号,留言主题,留言详情,留言时间\r')).toEqual(['留言编号', '留言主题', '留言详情', '留言时间']);
  });

  it('reads JSONL keys and leaves Excel to the user', () => {
    expect(columnsOf('m.jsonl', '{"id":1,"title":"t","content":"c"}')).toEqual(['id', 'title', 'content']);
    expect(columnsOf('m.jsonl', 'not json')).toEqual([]);
    expect(columnsOf('m.xlsx', 'whatever')).toEqual([]);
  });

  it('guesses a mapping from familiar names', () => {
    expect(guessMapping(['留言编号', '留言主题', '留言详情', '留言时间', '留言用户'])).toEqual({
      externalId: '留言编号',
      title: '留言主题',
      content: '留言详情',
      receivedAt: '留言时间',
      petitionerName: '留言用户',
    });
  });
});
