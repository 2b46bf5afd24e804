package io.chaingraph.model.order;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The order Chinese readers expect a list of names in: by 拼音 (阿里巴巴, 安徽海螺, 北京燕京 … 中国铜业), as a spreadsheet
 * set to Chinese sorts them, not by Unicode code point (which puts 万, 中, 厦 before 安). Neo4j compares strings by
 * code point only, so each firm carries {@code nameKey}: this collation key of its name, written by every path that
 * writes a name (loads, the bulk first load, the ChainKnowledgeGraph import, curation) and backfilled by migration
 * V0009 for stores loaded before. Lists ordered by name order by {@code nameKey}, then by key.
 * <p>
 * The key is the JDK's collation for {@link Locale#SIMPLIFIED_CHINESE} at primary strength (GB2312 order: its
 * 3,755 common characters by 拼音, then the rest by radical and stroke; Latin letters and digits before Chinese, case
 * and width ignored), as lowercase hex, so that comparing two keys as strings compares the names. A character with
 * several readings sorts by one of them (重庆 under z). Names that differ only in case or width share a key and are
 * ordered by key among themselves.
 */
public final class NameOrder {

	/** The bytes every primary key ends with (the empty secondary and tertiary levels): dropped, they sort nothing. */
	private static final String LEVEL_ENDS = "00000000";

	private static final Collator PROTOTYPE = collator();

	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> (Collator) PROTOTYPE.clone());

	private NameOrder() {
	}

	/** The sort key of a name (null for null): compare keys as strings to compare names. */
	public static String key(String name) {
		if (name == null) {
			return null;
		}
		var hex = HexFormat.of().formatHex(COLLATOR.get().getCollationKey(name).toByteArray());
		return hex.endsWith(LEVEL_ENDS) ? hex.substring(0, hex.length() - LEVEL_ENDS.length()) : hex;
	}

	private static Collator collator() {
		var collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
		collator.setStrength(Collator.PRIMARY);
		collator.setDecomposition(Collator.FULL_DECOMPOSITION); // full-width ＡＢＣ１２３ as ABC123
		return collator;
	}

}
