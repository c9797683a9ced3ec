import { checkHandlers } from './mail.processor';

describe('checkHandlers', () => {
  const h = async () => undefined;
  it('passes when every declared job has exactly one handler', () => {
    expect(() => checkHandlers(['a', 'b'], { a: h, b: h })).not.toThrow();
  });
  it('refuses a missing handler', () => {
    expect(() => checkHandlers(['a', 'b'], { a: h })).toThrow(/missing \[b\]/);
  });
  it('refuses an undeclared handler', () => {
    expect(() => checkHandlers(['a'], { a: h, c: h })).toThrow(/undeclared \[c\]/);
  });
});
