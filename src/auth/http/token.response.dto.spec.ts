import { TokenResponseDto } from './token.response.dto';

describe('TokenResponseDto', () => {
  it('writes expiresAt in ISO 8601 Bogotá time, the convention of every date the API returns', () => {
    const dto = TokenResponseDto.from({
      accessToken: 'at',
      tokenType: 'Bearer',
      expiresIn: 3600,
      expiresAt: new Date('2026-11-27T15:04:05.678Z'),
      refreshToken: 'rt',
    });
    expect(dto.expiresAt).toBe('2026-11-27T10:04:05-05:00');
    expect(Date.parse(dto.expiresAt)).toBe(Date.parse('2026-11-27T15:04:05Z'));
  });
});
