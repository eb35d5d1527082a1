import { type DataSource, In, type Repository } from 'typeorm';
import {
  type ExpertFeedback,
  ExpertFeedbackRepository,
} from '../../matching/expert-feedback.repository';
import { INTRODUCTION_ENTITY, type IntroductionRow } from '../entities/introduction.entity';

type FeedbackRow = { expertId: string } & { [K in keyof ExpertFeedback]: string | number | null };

/** Ids per query: well under the bind-parameter limits of SQLite and PostgreSQL. */
const CHUNK = 500;

export class ExpertFeedbackTypeormRepository extends ExpertFeedbackRepository {
  private readonly rows: Repository<IntroductionRow>;

  constructor(dataSource: DataSource) {
    super();
    this.rows = dataSource.getRepository<IntroductionRow>(INTRODUCTION_ENTITY);
  }

  async feedbackFor(expertIds: readonly string[]): Promise<Map<string, ExpertFeedback>> {
    const feedback = new Map<string, ExpertFeedback>();
    const ids = [...new Set(expertIds)];
    for (let start = 0; start < ids.length; start += CHUNK) {
      for (const row of await this.query(ids.slice(start, start + CHUNK))) {
        feedback.set(row.expertId, {
          accepted: Number(row.accepted),
          declined: Number(row.declined),
          helpful: Number(row.helpful),
          unhelpful: Number(row.unhelpful),
          ratingSum: Number(row.ratingSum ?? 0),
          rated: Number(row.rated),
          open: Number(row.open),
        });
      }
    }
    return feedback;
  }

  private query(expertIds: string[]): Promise<FeedbackRow[]> {
    // TRUE and FALSE are keywords on both databases (SQLite stores them as 1 and 0).
    const count = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;
    const completed = "i.status = 'COMPLETED'";
    return this.rows
      .createQueryBuilder('i')
      .select('i.expertId', 'expertId')
      .addSelect(count("i.status IN ('ACCEPTED', 'COMPLETED')"), 'accepted')
      .addSelect(count("i.status = 'DECLINED'"), 'declined')
      .addSelect(count(`${completed} AND i.helpful = TRUE`), 'helpful')
      .addSelect(count(`${completed} AND i.helpful = FALSE`), 'unhelpful')
      .addSelect(`SUM(CASE WHEN ${completed} THEN i.rating ELSE 0 END)`, 'ratingSum')
      .addSelect(count(`${completed} AND i.rating IS NOT NULL`), 'rated')
      .addSelect(count("i.status IN ('PENDING', 'ACCEPTED')"), 'open')
      .where({ expertId: In(expertIds) })
      .groupBy('i.expertId')
      .getRawMany<FeedbackRow>();
  }
}
