import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { ViewpointService } from '../../viewpoint/viewpoint.service';
import { renderCoverageHeatmap } from '../coverage-heatmap';
import { GapsException } from '../gaps.exception';
import { SkillGapsService } from '../skill-gaps.service';
import { type CsvFormat } from './csv-format';
import { RestCaller } from '../../auth/rest-caller';
import { Scope } from '../../common/request/caller';
import { ExportsExceptionFilter } from './exports.filter';
import { ExportQuery } from '../dto/export.query';
import { skillCoverageCsv } from './skill-coverage.csv';
import { skillGapsCsv } from './skill-gaps.csv';

/** Every gap of an area fits in one export: an area needs a few hundred skills at most. */
const ALL_GAPS = 100_000;

/**
 * The HR analytics as files for spreadsheets and reports, behind the same credentials and the
 * `hr` scope as the GraphQL operations, with the same suppression: GET
 * /exports/skill-gaps.csv?municipalityCode=…|collaborationId=…,
 * /exports/skill-coverage.csv?collaborationId=… and /exports/skill-coverage.svg?collaborationId=….
 */
@Controller('exports')
@UseFilters(ExportsExceptionFilter)
export class ExportsController {
  constructor(
    private readonly caller: RestCaller,
    private readonly viewpoints: ViewpointService,
    private readonly gaps: SkillGapsService,
  ) {}

  @Get('skill-gaps.csv')
  async skillGapsCsv(
    @Query() query: ExportQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const caller = await this.caller.require(request, Scope.HR);
    const viewpoint = await this.viewpoints.resolve(caller);
    const report = await this.gaps.skillGaps(caller, viewpoint, {
      municipalityCode: query.municipalityCode,
      collaborationId: query.collaborationId,
      minLevel: query.minLevel,
      page: { first: ALL_GAPS, after: null },
    });
    const labels = await this.gaps.labels(report);
    const csv = skillGapsCsv(report, labels, this.format(query, report.kAnonymity));
    const area = query.municipalityCode ?? query.collaborationId ?? 'gebied';
    send(
      response,
      'text/csv; charset=utf-8',
      csv,
      `skill-gaps-${area}-${day(report.generatedAt)}.csv`,
    );
  }

  @Get('skill-coverage.csv')
  async skillCoverageCsv(
    @Query() query: ExportQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { matrix } = await this.coverage(query, request);
    const csv = skillCoverageCsv(matrix, this.format(query, matrix.kAnonymity));
    send(
      response,
      'text/csv; charset=utf-8',
      csv,
      `skill-coverage-${matrix.collaboration.id}-${day(matrix.generatedAt)}.csv`,
    );
  }

  @Get('skill-coverage.svg')
  async skillCoverageSvg(
    @Query() query: ExportQuery,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { matrix } = await this.coverage(query, request);
    send(
      response,
      'image/svg+xml; charset=utf-8',
      renderCoverageHeatmap(matrix),
      `skill-coverage-${matrix.collaboration.id}-${day(matrix.generatedAt)}.svg`,
      'inline',
    );
  }

  private async coverage(query: ExportQuery, request: Request) {
    const caller = await this.caller.require(request, Scope.HR);
    if (query.collaborationId === undefined || query.municipalityCode !== undefined) {
      throw GapsException.coverageNeedsCollaboration();
    }
    const viewpoint = await this.viewpoints.resolve(caller);
    return this.gaps.coverage(caller, viewpoint, {
      collaborationId: query.collaborationId,
      minLevel: query.minLevel,
    });
  }

  private format(query: ExportQuery, kAnonymity: number): CsvFormat {
    return { separator: query.sep, kAnonymity };
  }
}

function send(
  response: Response,
  contentType: string,
  body: string,
  filename: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): void {
  response
    .status(200)
    .setHeader('Content-Type', contentType)
    .setHeader('Content-Disposition', `${disposition}; filename="${filename}"`)
    .setHeader('Cache-Control', 'no-store')
    .send(body);
}

/** YYYY-MM-DD of an instant, for file names. */
function day(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
