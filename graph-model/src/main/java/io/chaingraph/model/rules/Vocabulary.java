package io.chaingraph.model.rules;

import java.util.Map;
import java.util.Set;

/** The closed word lists of the model: enterprise tags and designation kinds. */
public final class Vocabulary {

	/** Enterprise tags the product knows (filters and ranking signals). */
	public static final Set<String> TAGS = Set.of("链主", "领航", "龙头", "专精特新", "专精特新小巨人", "单项冠军", "上市",
			"高新技术企业", "独角兽", "瞪羚", "规上");

	/** Designation kinds as a person writes them (链主 …), and as stored (CHAIN_LEADER …). */
	public static final Map<String, String> DESIGNATION_KINDS = Map.of("链主", "CHAIN_LEADER", "领航", "NAVIGATOR", "龙头",
			"LEADING");

	/** Longest text accepted in one field: longer ones are almost always a broken export. */
	public static final int MAX_LENGTH = 2_000;

	private Vocabulary() {
	}

	/** Null when every value is in the list, else the words for what was expected. */
	public static String oneOf(Set<String> allowed, String value) {
		return allowed.contains(value) ? null : "one of " + allowed.stream().sorted().toList();
	}

	/**
	 * The words of the list a value outside it may have meant, sorted: those it holds or that hold it (专精特新企业 →
	 * 专精特新, 小巨人 → 专精特新小巨人), or one typing slip away.
	 */
	public static java.util.List<String> meant(Set<String> allowed, String value) {
		var given = value == null ? "" : value.strip();
		return allowed.stream()
			.filter(word -> !given.isEmpty() && (given.contains(word) || word.contains(given) || Slips.distance(word, given) <= 1))
			.sorted()
			.toList();
	}

	/** The key of a designation: {@code CHAIN_LEADER:<chain>:<region>:<firm>}. */
	public static String designationKey(String kind, String chainId, String regionCode, String enterpriseId) {
		return kind + ":" + chainId + ":" + regionCode + ":" + enterpriseId;
	}

}
