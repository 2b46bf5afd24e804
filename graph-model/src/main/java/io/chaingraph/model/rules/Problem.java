package io.chaingraph.model.rules;

/**
 * One broken rule of one record, without saying where the record came from (the loader adds file and line, the API
 * the argument path).
 *
 * @param field the field (column) name
 * @param expected what was expected, in words
 * @param found what was found
 */
public record Problem(String field, String expected, String found) {

}
