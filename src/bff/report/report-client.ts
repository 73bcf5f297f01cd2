import {
  REPORT_SUCCESS_CODE,
  type ReportEnvelope,
  type TerminalOtaReportPage,
  type TerminalOtaReportRequest,
} from '../../shared/cloud/report';
import { bffErrorCodes } from '../../shared/contract/api-error';
import { withRetries } from '../cloud/retry';
import { AppError } from '../errors';

/** The login is not in the vendor's public pages; the emulator serves this one (see src/emulator/README.md). */
export const REPORT_LOGIN_PATH = '/system/login';
export const REPORT_QUERY_PATH = '/system/asset/command/queryTerminalOtaReport';

export interface ReportClientOptions {
  baseUrl: string;
  username: string;
  password: string;
  timeoutMs?: number;
  /** Attempts for one page when the report API fails in a way that may pass (5xx, reset, bad JSON). */
  attempts?: number;
}

export class ReportUpstreamError extends AppError {
  constructor(
    message: string,
    readonly retryable: boolean,
    code: string = bffErrorCodes.upstreamUnavailable,
  ) {
    super(502, code, message);
  }
}

class TokenRejected extends Error {}

const RENEW_BEFORE_MS = 30_000;

/**
 * The terminal OTA report API (seed 004). Logs in with the configured account, keeps the token in
 * memory only (never sent to a browser), renews it shortly before it expires and whenever the API
 * refuses it, and retries a page that failed in a passing way.
 */
export class ReportClient {
  private token: { id: string; expiresAt: number | null } | null = null;
  private loggingIn: Promise<string> | null = null;
  /** For tests and logs: how many logins this client has made. */
  logins = 0;

  constructor(private readonly options: ReportClientOptions) {}

  async queryPage(
    body: TerminalOtaReportRequest,
    signal?: AbortSignal,
  ): Promise<TerminalOtaReportPage> {
    return withRetries(() => this.queryOnce(body, signal), {
      attempts: this.options.attempts ?? 3,
      signal,
      retryable: (error) => error instanceof ReportUpstreamError && error.retryable,
    });
  }

  private async queryOnce(
    body: TerminalOtaReportRequest,
    signal?: AbortSignal,
  ): Promise<TerminalOtaReportPage> {
    let token = await this.currentToken();
    try {
      return await this.post<TerminalOtaReportPage>(REPORT_QUERY_PATH, body, token, signal);
    } catch (error) {
      if (!(error instanceof TokenRejected)) throw error;
      // Expired or revoked: log in again once and repeat the call.
      this.invalidate(token);
      token = await this.currentToken();
      try {
        return await this.post<TerminalOtaReportPage>(REPORT_QUERY_PATH, body, token, signal);
      } catch (again) {
        if (again instanceof TokenRejected)
          throw new ReportUpstreamError('The report API refused a fresh token', false);
        throw again;
      }
    }
  }

  private invalidate(token: string) {
    if (this.token?.id === token) this.token = null;
  }

  private async currentToken(): Promise<string> {
    const now = Date.now();
    if (
      this.token &&
      (this.token.expiresAt === null || this.token.expiresAt - RENEW_BEFORE_MS > now)
    )
      return this.token.id;
    this.loggingIn ??= this.login().finally(() => {
      this.loggingIn = null;
    });
    return this.loggingIn;
  }

  private async login(): Promise<string> {
    const data = await this.post<{ tokenId?: unknown; expireTimestamp?: unknown }>(
      REPORT_LOGIN_PATH,
      {
        userName: this.options.username,
        password: this.options.password,
      },
    );
    if (typeof data?.tokenId !== 'string' || data.tokenId === '') {
      throw new ReportUpstreamError(
        'The report API login answered no token',
        false,
        bffErrorCodes.upstreamMalformed,
      );
    }
    this.logins += 1;
    const expiresAt = typeof data.expireTimestamp === 'number' ? data.expireTimestamp : null;
    this.token = { id: data.tokenId, expiresAt };
    return data.tokenId;
  }

  private async post<T>(
    path: string,
    body: unknown,
    token?: string,
    signal?: AbortSignal,
  ): Promise<T> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 15_000);
    let response: Response;
    try {
      response = await fetch(`${this.options.baseUrl.replace(/\/$/, '')}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(token ? { token } : {}),
        },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      const name = (error as Error).name;
      throw new ReportUpstreamError(
        name === 'TimeoutError'
          ? 'The report API did not answer in time'
          : 'The report API is unreachable',
        true,
        name === 'TimeoutError' ? bffErrorCodes.upstreamTimeout : bffErrorCodes.upstreamUnavailable,
      );
    }
    const text = await response.text().catch(() => '');
    if (token && (response.status === 401 || response.status === 403)) throw new TokenRejected();
    if (response.status >= 500 || response.status === 429) {
      throw new ReportUpstreamError(`The report API answered HTTP ${response.status}`, true);
    }
    let envelope: ReportEnvelope<T>;
    try {
      envelope = JSON.parse(text) as ReportEnvelope<T>;
    } catch {
      throw new ReportUpstreamError(
        'The report API sent a reply the console cannot read',
        true,
        bffErrorCodes.upstreamMalformed,
      );
    }
    if (!envelope || typeof envelope !== 'object') {
      throw new ReportUpstreamError(
        'The report API sent a reply the console cannot read',
        true,
        bffErrorCodes.upstreamMalformed,
      );
    }
    if (envelope.code !== REPORT_SUCCESS_CODE) {
      if (token && isTokenProblem(envelope)) throw new TokenRejected();
      if (!token)
        throw new ReportUpstreamError(
          'The report API refused the console’s login (check REPORT_USERNAME / REPORT_PASSWORD)',
          false,
        );
      if (envelope.code === 400 || envelope.code === 404) {
        throw new AppError(
          400,
          bffErrorCodes.reportQueryRefused,
          `The report API refused the query: ${String(envelope.message ?? envelope.code)}`,
        );
      }
      throw new ReportUpstreamError(
        `The report API failed: ${String(envelope.message ?? envelope.code)}`,
        envelope.code >= 500,
      );
    }
    return envelope.data;
  }
}

function isTokenProblem(envelope: ReportEnvelope<unknown>): boolean {
  return (
    envelope.code === 401 ||
    envelope.code === 403 ||
    /token|login|expire/i.test(String(envelope.message ?? ''))
  );
}
