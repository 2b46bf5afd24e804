package io.chaingraph.api.enterprise;

import java.util.List;
import java.util.stream.Collectors;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.model.rules.Slips;
import io.chaingraph.model.rules.Vocabulary;

/**
 * Tags asked for in a filter: the product's closed list only. A tag outside it (专精特新企业, 小巨人) would find no firm,
 * an answer that reads as "there are none"; it is BAD_INPUT instead, with the tags it may have meant.
 */
public final class TagFilter {

	private TagFilter() {
	}

	/**
	 * The tags as the graph stores them, for the statements' {@code $tags}: trimmed, as {@link #check} reads them (a
	 * tag pasted with a space, " 专精特新", would otherwise pass the check and find no firm); null for none.
	 */
	public static List<String> stored(List<String> tags) {
		return tags == null || tags.isEmpty() ? null : tags.stream().map(String::strip).toList();
	}

	/**
	 * The query of the index {@code enterprise_tags} (V0012, one whole term per tag) that finds the firms holding
	 * every tag: {@code "专精特新" AND "上市"}; null for none. The tags are the product's closed list, checked
	 * before; a quote or backslash is escaped all the same, so no text reads as the query's syntax.
	 */
	public static String indexQuery(List<String> tags) {
		var stored = stored(tags);
		return stored == null ? null
				: stored.stream()
					.map(tag -> '"' + tag.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
					.collect(Collectors.joining(" AND "));
	}

	/**
	 * @param field the argument's path, for the message ({@code filter.tags})
	 * @throws ApiException BAD_INPUT naming the first tag the product does not know
	 */
	public static void check(List<String> tags, String field) {
		if (tags == null) {
			return;
		}
		for (var tag : tags) {
			var given = tag == null ? "" : tag.strip();
			var expected = Vocabulary.oneOf(Vocabulary.TAGS, given);
			if (expected != null) {
				var meant = Vocabulary.meant(Vocabulary.TAGS, given);
				throw ApiException.badInput(field + ": expected " + expected + ", found '" + tag + "' (未知的企业标签)"
						+ (meant.isEmpty() ? "" : "; " + Slips.didYouMean(meant)));
			}
		}
	}

}
