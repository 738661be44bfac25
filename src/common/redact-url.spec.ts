import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('hides the user and the password of a URL', () => {
    expect(redactUrl('https://ops:s3cret@api.factus.com.co')).toBe(
      'https://***:***@api.factus.com.co',
    );
    expect(redactUrl('redis://:pw@redis:6379/0')).toBe('redis://:***@redis:6379/0');
  });

  it('hides secret-looking query values and keeps the rest', () => {
    expect(redactUrl('https://factus.test/v2?api_key=abc&page=2')).toBe(
      'https://factus.test/v2?api_key=***&page=2',
    );
  });

  it('leaves a URL without credentials as configured', () => {
    expect(redactUrl('https://api-sandbox.factus.com.co')).toBe(
      'https://api-sandbox.factus.com.co',
    );
    expect(redactUrl('http://127.0.0.1:4010/')).toBe('http://127.0.0.1:4010/');
  });

  it('never echoes text that is not a URL', () => {
    expect(redactUrl('s3cret-token')).toBe('[not a URL]');
  });
});
