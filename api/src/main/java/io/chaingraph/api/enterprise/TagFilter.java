package io.chaingraph.api.enterprise;

import java.util.List;

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
