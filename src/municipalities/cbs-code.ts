/** CBS municipality codes: "GM" and four digits (GM0363 is Amsterdam). */
export const CBS_CODE_PATTERN = /^GM\d{4}$/;
export const CBS_CODE_MESSAGE =
  'municipality codes are CBS codes: GM followed by four digits, e.g. GM0363 for Amsterdam';
