package io.chaingraph.model.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words the loader and the curation API add to a problem when the value is a known slip: a code a spreadsheet
 * turned into a number in scientific notation, or a name where a code or id belongs. Both say the same, as they
 * check the same rules.
 */
public final class Slips {

	/** What a spreadsheet shows for a long number: 9.13600001583041E+17. */
	private static final Pattern SCIENTIFIC = Pattern.compile("-?\\d+(\\.\\d+)?[eE]\\+?\\d+");

	/**
	 * The suffixes a region's name may be given without, as people say it (江西 for 江西省, 恩施 for
	 * 恩施土家族苗族自治州): the loader's hints read it here, the API's {@code region/by-name} statement has the same
	 * expression written out for analysts (CypherCatalogTest holds the two together).
	 */
	public static final Pattern REGION_SUFFIX = Pattern
		.compile("省|市|地区|盟|县|区|旗|林区|特区|新区|特别行政区|(\\p{IsHan}+族|维吾尔)*自治(区|州|县|旗)");

	/** Candidates listed when a name is shared. */
	public static final int LISTED = 5;

	private Slips() {
	}

	/** The hint for a value in scientific notation, or null when the value is not one. */
	public static String scientific(String value) {
		return SCIENTIFIC.matcher(value).matches() ? "a number in scientific notation: the spreadsheet stored the code"
				+ " as a number and dropped digits; format the column as text and type the code again"
				+ " (表格把代码存成了科学计数法数字，请将该列设为文本格式后重新输入)" : null;
	}

	/** The hint for a region's name given where its code belongs. */
	public static String regionName(String fullName, String code) {
		return "a region's name: " + fullName + " is " + code + " (这是地区名称，请填写区划代码 " + code + ")";
	}

	/** The hint for a name several regions share; {@code listed} reads "code fullName", the first {@link #LISTED}. */
	public static String regionNameShared(int count, List<String> listed) {
		return "a name " + count + " regions share: " + String.join(", ", listed.stream().limit(LISTED).toList())
				+ (count > Math.min(LISTED, listed.size()) ? ", …" : "") + " (地区名称不唯一，请填写区划代码)";
	}

	/**
	 * The hint for a chain's or segment's name given where its id belongs.
	 * @param kind "chain" or "segment"
	 * @param chinese 产业链 or 环节
	 * @param ids the ids the name belongs to, each as it should read (a segment's with its chain's name)
	 * @param bare the first id alone, to copy
	 */
	public static String idName(String kind, String chinese, List<String> ids, String bare) {
		return ids.size() == 1
				? "a " + kind + "'s name: its id is " + ids.getFirst() + " (这是" + chinese + "名称，请填写编号 " + bare + ")"
				: "a name " + ids.size() + " " + kind + "s share: " + String.join(", ", ids.stream().limit(LISTED).toList())
						+ (ids.size() > LISTED ? ", …" : "") + " (" + chinese + "名称不唯一，请填写编号)";
	}

	/**
	 * The words for what a name or key that names nothing may have meant.
	 * @param candidates each as it should read ("有色金属 (jx-nonferrous)"), best first; at least one
	 */
	public static String didYouMean(List<String> candidates) {
		return didYouMean(candidates, candidates);
	}

	/**
	 * The words for what a value may have meant, where the Chinese half names them in other words than the English
	 * half: a list's code (CITY) is the Chinese reader's word (市级).
	 * @param candidates as the English half names them, best first; at least one
	 * @param chinese the same, as the Chinese half names them, in the same order
	 */
	public static String didYouMean(List<String> candidates, List<String> chinese) {
		var listed = candidates.stream().limit(LISTED).toList();
		return "did you mean " + String.join(", ", listed) + "? (您是否要找："
				+ String.join("、", chinese.stream().limit(LISTED).toList()) + ")";
	}

	/** Levenshtein distance, for "did you mean": names and keys are short. */
	public static int distance(String a, String b) {
		var previous = new int[b.length() + 1];
		var current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			var swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * A code, id, number or word of a list as typed with a Chinese input method in full-width mode (３６０７,
	 * ｊｘ－ｃｏｐｐｅｒ, ６０％) in its half-width form; null stays null. The loader and the curation API apply it to
	 * the fields with rules or references only: a name keeps its characters as written. The scan for full-width
	 * characters comes first, so that a cell without any (nearly all of them) costs one pass and no copy.
	 */
	public static String halfWidth(String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000') {
				return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFKC);
			}
		}
		return value;
	}

	/**
	 * ICU's conversion of traditional characters to simplified, built on first use (its rules take a moment to read,
	 * and the loader uses this class for every cell) and used one call at a time: ICU does not promise a
	 * transliterator to be thread-safe, and a call is rare, on the way to a NOT_FOUND.
	 */
	private static final class Simplified {

		static final com.ibm.icu.text.Transliterator INSTANCE = com.ibm.icu.text.Transliterator
			.getInstance("Traditional-Simplified");

	}

	/**
	 * The ways to read a name, in the order to look it up: as given, then, when it has traditional characters, in
	 * simplified ones ({@link #simplified}); the lookups stop at the first reading that finds something.
	 */
	public static List<String> readings(String value) {
		var simplified = simplified(value);
		return simplified == null || simplified.equals(value) ? List.of(value) : List.of(value, simplified);
	}

	/** 拼音 in brackets after a character, as a copy of a traditional-character text writes some: 贛州高新區(qū). */
	private static final Pattern PINYIN = Pattern.compile("(?<=\\p{IsHan})[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,6}[)）]");

	/** A name's English or 拼音 in brackets after it: 赣州 (Ganzhou), 中微公司(AMEC), 赣锋锂业（Ganfeng Lithium）. */
	private static final Pattern GLOSS = Pattern
		.compile("(?<=\\p{IsHan})[\\s\u3000]*[(（][A-Za-z][A-Za-z0-9 .,'&\\-]*[)）][\\s\u3000]*$");

	/**
	 * A name without the 拼音 or English a document writes in brackets after it or after its characters (赣州 (Ganzhou)
	 * is 赣州, 南康區(qū) 南康區), for a lookup to try when the name as written finds nothing; the same string when it
	 * has none. Brackets holding Chinese are part of a name (孚能科技(赣州)股份有限公司), and a name whose brackets
	 * hold English is found as written before this is tried (虚拟现实(VR)).
	 */
	public static String withoutGlosses(String value) {
		return GLOSS.matcher(PINYIN.matcher(value).replaceAll("")).replaceAll("");
	}

	/**
	 * A name in simplified characters (貴州 → 贵州, 江西銅業 → 江西铜业), as a name copied from a traditional-character
	 * text (a Hong Kong or Taiwan investor's brochure) is looked up in a graph whose names are simplified; the same
	 * string when there is nothing to change. Some characters are both: 乾安县 would become 干安县, 著名 着名, so a
	 * caller looks a name up as given first and simplified only when that finds nothing. Text without any Han
	 * character (keys, codes) is returned at once.
	 */
	public static String simplified(String value) {
		if (value == null || value.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
			return value;
		}
		synchronized (Simplified.INSTANCE) {
			return Simplified.INSTANCE.transliterate(value);
		}
	}

}
