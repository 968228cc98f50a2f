/**
 * Words that would collapse "imitates", "run by", "persona" and the rest into "fake", per language
 * (docs/glossary.md, "Words to avoid"): the UI catalogues and the campaign translations are held
 * to the same list.
 */
export const AVOID: Record<string, RegExp> = {
  de: /\bfake|fälsch|gefälscht/i,
  fr: /\bfake|\bfaux\b|\bfausses?\b|contrefa/i,
  uk: /фейк|підробк|підробн/i,
  pl: /\bfake|fejk|fałszyw|podróbk/i,
  ru: /фейк|подделк|поддельн/i,
};
