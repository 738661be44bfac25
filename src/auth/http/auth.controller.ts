import { ROUTES } from '../../http/routes';
import {
  Body,
  Controller,
  Headers,
  HttpCode,
  HttpStatus,
  Post,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { SkipApiKey } from '../../common/http/skip-api-key.decorator';
import { bearerTokenOf } from '../application/bearer-token';
import { LoginAttemptsInterceptor } from '../application/login-attempts.interceptor';
import { IssueTokenUseCase } from '../application/issue-token.use-case';
import { RefreshTokenUseCase } from '../application/refresh-token.use-case';
import { RefreshTokenRequestDto } from './refresh-token.request.dto';
import { TokenRequestDto } from './token.request.dto';
import { TokenResponseDto } from './token.response.dto';

@ApiTags('Auth')
@SkipApiKey()
// On these routes only: as a global interceptor it cost every other request a wrapper.
@UseInterceptors(LoginAttemptsInterceptor)
@Controller(ROUTES.auth)
export class AuthController {
  constructor(
    private readonly issueToken: IssueTokenUseCase,
    private readonly refreshToken: RefreshTokenUseCase,
  ) {}

  @Post('token')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Log in to Factus',
    description:
      'Exchanges a Factus user e-mail and password for a Factus access token (OAuth password grant).',
  })
  @ApiOkResponse({ type: TokenResponseDto, description: 'Factus issued a token.' })
  @ApiProblemResponses(400, 401, 403, 415, 429, 502, 503, 504)
  async token(@Body() body: TokenRequestDto): Promise<TokenResponseDto> {
    return TokenResponseDto.from(await this.issueToken.execute(body.email, body.password));
  }

  @Post('refresh')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Renew a Factus token',
    description:
      'Exchanges a refresh token for a new token pair (refresh grant). The old refresh token stops working.',
  })
  @ApiHeader({
    name: 'Authorization',
    required: false,
    description:
      'Bearer <the access token issued with this refresh token>, expired or not: Factus documents it on the refresh request.',
  })
  @ApiOkResponse({ type: TokenResponseDto, description: 'Factus issued a new token pair.' })
  @ApiProblemResponses(400, 401, 415, 429, 502, 503, 504)
  async refresh(
    @Body() body: RefreshTokenRequestDto,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<TokenResponseDto> {
    const accessToken = bearerTokenOf(authorization);
    return TokenResponseDto.from(await this.refreshToken.execute(body.refreshToken, accessToken));
  }
}
