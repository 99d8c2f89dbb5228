import { describe, expect, it } from 'vitest';
import { columnsOf, guessMapping, jobCounts, splitCsvLine } from './columns';

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

describe('job counts', () => {
  const errors = [
    { row: 3, field: 'receivedAt', message: 'x' },
    { row: 3, field: 'channel', message: 'y' },
    { row: 5, field: 'externalId', message: 'z' },
  ];
  it('counts rows with errors once each', () => {
    expect(jobCounts({ dryRun: false, processed: 10, created: 7, skipped: 1, errors })).toEqual({ created: 7, skipped: 1, errorRows: 2 });
  });
  it('shows what a dry run would create', () => {
    expect(jobCounts({ dryRun: true, processed: 10, created: 0, skipped: 1, errors })).toEqual({ created: 7, skipped: 1, errorRows: 2 });
  });
});
