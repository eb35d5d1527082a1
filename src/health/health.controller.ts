import { Controller, Get, Header, HttpStatus, Res } from '@nestjs/common';
import { type Response } from 'express';
import { HealthService, type HealthReport } from './health.service';

/** Probes for operators and load balancers. Public by design, and without personal data. */
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** Both stores: 200 "ok", or 503 "degraded" naming the store that is down. */
  @Get()
  @Header('Cache-Control', 'no-store')
  async overall(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.check();
    response.status(report.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return report;
  }

  /** The process runs and answers HTTP; restart it only when this fails. */
  @Get('live')
  @Header('Cache-Control', 'no-store')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Send traffic here? Both stores answer and no shutdown has begun. */
  @Get('ready')
  @Header('Cache-Control', 'no-store')
  async ready(
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ status: 'ready' | 'not-ready' | 'shutting-down'; checks: HealthReport['checks'] }> {
    const { ready, report, shuttingDown } = await this.health.ready();
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    const status = ready ? 'ready' : shuttingDown ? 'shutting-down' : 'not-ready';
    return { status, checks: report.checks };
  }
}
