import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { type PageRequest } from '../../common/pagination/page';

/**
 * Keyset paging newest first: ordered by a time column, then `id`, both descending, starting
 * after `page.after` ([epoch milliseconds, id]); fetches `first + 1` rows so the extra one
 * proves a next page. Stable while rows are added, also when times are equal.
 */
export function newestFirstPage<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  timeProperty: keyof Row & string,
  page: PageRequest,
): SelectQueryBuilder<Row> {
  const alias = query.alias;
  const time = `${alias}.${timeProperty}`;
  if (page.after) {
    const [millis, id] = page.after;
    const column =
      query.expressionMap.mainAlias!.metadata.findColumnWithPropertyName(timeProperty)!;
    // Raw parameters skip TypeORM's value conversion, so convert the time like a stored one.
    const at = query.connection.driver.preparePersistentValue(
      new Date(Number(millis)),
      column,
    ) as unknown;
    query.andWhere(
      new Brackets((keyset) =>
        keyset.where(`${time} < :keysetAt`, { keysetAt: at }).orWhere(
          new Brackets((tie) =>
            tie.where(`${time} = :keysetAt`).andWhere(`${alias}.id < :keysetId`, {
              keysetId: id,
            }),
          ),
        ),
      ),
    );
  }
  return query
    .orderBy(time, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(page.first + 1);
}
