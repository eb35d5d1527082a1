import { DomainException } from '../common/errors/domain.exception';

export enum PeopleSearchErrorCode {
  /** searchPeople got filter.text, which its query already does (ranked). */
  SEARCH_TEXT_FILTER = 'SEARCH_TEXT_FILTER',
}

export class PeopleSearchException extends DomainException<PeopleSearchErrorCode> {
  constructor(code: PeopleSearchErrorCode, message: string) {
    super(code, message);
  }

  static textFilter(): PeopleSearchException {
    return new PeopleSearchException(
      PeopleSearchErrorCode.SEARCH_TEXT_FILTER,
      'Invalid input: searchPeople takes its words in query; filter.text is for people(filter). Put the words in query and leave filter.text out.',
    );
  }
}
