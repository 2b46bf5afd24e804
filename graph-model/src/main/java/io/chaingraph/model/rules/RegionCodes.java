package io.chaingraph.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Region codes as other systems write them, and the regions no firm is located in: the API's region arguments, the
 * curation API and the loader read and refuse them alike.
 */
public final class RegionCodes {

	/** The level of a cooperation area (区域合作区): its members are MEMBER_OF it, no firm is located in it. */
	public static final String COOPERATION_AREA = "COOPERATION_AREA";

	/** How every cooperation area's code starts (CA-YRD): the loader refuses an area coded otherwise. */
	public static final String AREA_PREFIX = "CA-";

	/** What a firm's region is expected to be, where a cooperation area is given. */
	public static final String FIRM_REGION = "a region a firm can be located in: GB/T 2260 or a zone, not a cooperation"
			+ " area (企业所在地区须为行政区划或开发区，不能是区域合作区)";

	/** What to do with a cooperation area's members where a firm's region is asked for, in English. */
	public static final String FIRM_ACTION = "give the code of the one the firm is in";

	/** {@link #FIRM_ACTION} in Chinese. */
	public static final String FIRM_ACTION_CHINESE = "请填写企业所在成员地区的代码";

	/** Members named in a refusal; a larger area (none of the shipped ones) ends with how many it has. */
	static final int MEMBERS_LISTED = 30;

	private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

	private static final Pattern STATISTICAL = Pattern.compile("\\d{6}000000");

	private RegionCodes() {
	}

	/**
	 * The codes the graph may store a code as, to try in this order after the code itself: GB/T 2260's six-digit
	 * form of a province or city, padded with 00 as government systems write it (360000 is 36, 360700 is 3607; the
	 * graph keeps those as 2 and 4 digits and its counties as 6, so 360121 and 441900 are themselves), and the
	 * 12-digit statistical form (统计用区划代码) of any of them (360700000000, 360121000000). Empty for any other text.
	 */
	public static List<String> unpadded(String code) {
		var forms = new ArrayList<String>(2);
		var six = code;
		if (STATISTICAL.matcher(code).matches()) {
			six = code.substring(0, 6);
			forms.add(six);
		}
		if (SIX_DIGITS.matcher(six).matches()) {
			if (six.endsWith("0000")) {
				forms.add(six.substring(0, 2));
			}
			else if (six.endsWith("00")) {
				forms.add(six.substring(0, 4));
			}
		}
		return forms;
	}

	/** The loader's hint for a code in GB/T 2260's padded form ({@link #unpadded}): the code to write. */
	public static String paddedHint(String fullName, String code) {
		return "GB/T 2260's six-digit form of " + fullName + ", which the graph codes " + code + ": write " + code
				+ " (这是补零的六位区划代码，请填写 " + code + ")";
	}

	/**
	 * The words for a cooperation area given where a region holding firms belongs, with its members to use instead.
	 * @param members each as it should read ("上海市 (31)")
	 * @param memberNames their names alone, for the Chinese half
	 * @param action what to do with the members ("compare those")
	 * @param chineseAction the same in Chinese (请比较其成员地区)
	 */
	public static String cooperationArea(String name, String code, List<String> members, List<String> memberNames,
			String action, String chineseAction) {
		boolean more = members.size() > MEMBERS_LISTED;
		var listed = String.join(", ", members.stream().limit(MEMBERS_LISTED).toList())
				+ (more ? ", … (" + members.size() + " in all)" : "");
		var chinese = String.join("、", memberNames.stream().limit(MEMBERS_LISTED).toList())
				+ (more ? " 等 " + memberNames.size() + " 个" : "");
		return "'" + name + "' (" + code + ") is a cooperation area: firms are located in its member regions, " + action
				+ (members.isEmpty() ? "" : ": " + listed) + " (区域合作区不直接包含企业，" + chineseAction
				+ (members.isEmpty() ? "" : "：" + chinese) + ")";
	}

}
