package io.chaingraph.model.rules;

import java.util.regex.Pattern;

/**
 * The syntax of one kind of key or code and the words for what was expected when a value breaks it.
 *
 * @param pattern the whole value must match it
 * @param expected what was expected, in words (English, with Chinese where it helps)
 */
public record FieldRule(Pattern pattern, String expected) {

	/** Ids a person types: lower-case letters, digits and hyphens. */
	public static final FieldRule SLUG = of("[a-z0-9][a-z0-9-]{0,99}",
			"an id of lower-case letters, digits and hyphens, e.g. jx-copper (小写字母、数字和连字符)");

	public static final FieldRule REGION_CODE = of("\\d{2}|\\d{4}|\\d{6}|\\d{4,6}Z\\d{2}|CA-[A-Z]{2,12}",
			"a region code: GB/T 2260 (36, 3601, 360102), a zone (3601Z01) or a cooperation area (CA-YRD) (地区代码)");

	public static final FieldRule ENTERPRISE_ID = of("[0-9A-HJ-NPQRTUWXY]{18}|[a-z0-9][a-z0-9-]{0,99}",
			"an enterprise id: an 18-character credit code, a stock code such as 600362-sh, or a slug (企业编号：统一社会信用代码、"
					+ "股票代码或小写字母、数字和连字符)");

	public static final FieldRule STOCK_CODE = of("\\d{6}\\.(SH|SZ|BJ)|\\d{4,5}\\.HK|[A-Z]{1,5}\\.US",
			"a stock code such as 600362.SH, 002460.SZ, 00358.HK (股票代码须带交易所后缀)");

	public static final FieldRule SEGMENT_ID = of("[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*",
			"a segment id <chain id>/<segment id> (环节编号：产业链编号/环节编号)");

	public static final FieldRule DATE = of("\\d{4}(-\\d{2}(-\\d{2})?)?", "a date YYYY-MM-DD, YYYY-MM or YYYY (日期，如 2019-02-26)");

	private static FieldRule of(String regex, String expected) {
		return new FieldRule(Pattern.compile(regex), expected);
	}

	/** Null when the value follows the rule, else {@link #expected()}. */
	public String problem(String value) {
		return this.pattern.matcher(value).matches() ? null : this.expected;
	}

}
