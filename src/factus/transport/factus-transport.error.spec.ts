import { networkFailure } from './factus-transport.error';

describe('networkFailure', () => {
  it.each([
    ['ECONNABORTED', 'timeout'],
    ['ETIMEDOUT', 'timeout'],
    ['ERR_CANCELED', 'timeout'],
    ['ECONNREFUSED', 'not_sent'],
    ['ENOTFOUND', 'not_sent'],
    ['EAI_AGAIN', 'not_sent'],
    ['EHOSTUNREACH', 'not_sent'],
    ['ENETUNREACH', 'not_sent'],
    ['ECONNRESET', 'connection_lost'],
    ['EPIPE', 'connection_lost'],
    ['ERR_BAD_RESPONSE', 'connection_lost'],
  ])('classifies %s as %s', (code, failure) => {
    expect(networkFailure(code, 'x')).toMatchObject({ failure, detail: code });
  });

  it('tells a closed connection from an unknown network error when there is no code', () => {
    expect(networkFailure('', 'socket hang up').detail).toBe('connection closed');
    expect(networkFailure('', 'request aborted').detail).toBe('connection closed');
    expect(networkFailure('', 'something odd')).toMatchObject({
      failure: 'connection_lost',
      detail: 'network error',
    });
  });

  it("keeps the underlying error's message and cause", () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:1');
    const error = networkFailure('ECONNREFUSED', cause.message, cause);
    expect(error.message).toBe('connect ECONNREFUSED 127.0.0.1:1');
    expect(error.cause).toBe(cause);
  });
});
