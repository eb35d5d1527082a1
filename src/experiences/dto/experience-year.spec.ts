import { validateSync } from 'class-validator';
import { IsExperienceYear, lastExperienceYear } from './experience-year';

class Subject {
  @IsExperienceYear()
  year!: unknown;
}

const errorsFor = (year: unknown): string[] => {
  const subject = new Subject();
  subject.year = year;
  return validateSync(subject).flatMap((error) => Object.values(error.constraints ?? {}));
};

describe('IsExperienceYear', () => {
  const next = new Date().getUTCFullYear() + 1;

  it('accepts 1990 up to and including next year', () => {
    expect(lastExperienceYear()).toBe(next);
    for (const year of [1990, 2005, next - 1, next]) expect(errorsFor(year)).toEqual([]);
  });

  it.each([1989, next + 1, 2020.5, '2020', null])('rejects %p naming the range', (year) => {
    expect(errorsFor(year)).toEqual([`year must be a whole year from 1990 to ${next}`]);
  });
});
