package io.chaingraph.loader.chainkg;

/**
 * A known quirk of the ChainKnowledgeGraph data: not an error, handled as described, counted and reported with
 * examples. The labels are what {@link ChainKgReport#render()} prints.
 */
public enum ChainKgQuirk {

	/**
	 * A name with blanks around it, line breaks / tabs inside, or characters nobody sees: stripped, breaks collapsed to
	 * one space, the invisible removed.
	 */
	NAME_CLEANED("names cleaned (blanks, line breaks, tabs, invisible characters)", "名称已清理（空白、换行、制表符、不可见字符）"),

	/** A name with quotation marks: kept as written (every query is parameterised). */
	NAME_WITH_QUOTES("names with quotes, kept as written", "名称含引号（原样保留）"),

	/** A name or code present but empty: the line is skipped, it cannot be keyed. */
	BLANK_VALUE("empty name or code, line skipped", "名称或代码为空（跳过该行）"),

	/** A stock code not written as {@code 000408.SZ}: normalised (one example per code). */
	CODE_NORMALISED("stock codes normalised", "股票代码已规范化"),

	/** One company written in several code formats across the files: all meet on one node. */
	CODE_FORMATS_MIXED("companies written in several code formats, merged", "同一企业代码格式不一（已合并）"),

	/** {@code location} names another exchange than the code's: the code wins (it is the key). */
	EXCHANGE_MISMATCH("location disagrees with the code's exchange, code kept", "交易所与代码不符（以代码为准）"),

	/** {@code time} is not a date (it sometimes repeats the exchange): {@code listedOn} is left empty. */
	LISTING_DATE_INVALID("listing date not a date, left empty", "上市日期无效（留空）"),

	/** A company listed twice in company.json (same normalised code): the first line is kept. */
	DUPLICATE_COMPANY("companies listed twice, first kept", "企业重复（保留首条）"),

	/** A company named by a relation file but absent from company.json: created from the relation's code and name. */
	COMPANY_NOT_LISTED("companies missing from company.json, created", "企业不在 company.json 中（已创建）"),

	/** An industry listed twice in industry.json: the first line is kept. */
	DUPLICATE_INDUSTRY("industries listed twice, first kept", "行业重复（保留首条）"),

	/** An industry code named by a relation file but absent from industry.json: created from the relation row. */
	INDUSTRY_NOT_LISTED("industry codes missing from industry.json, created", "行业代码不在 industry.json 中（已创建）"),

	/** A product listed twice in product.json (after cleaning its name): the first line is kept. */
	DUPLICATE_PRODUCT("products listed twice, first kept", "产品重复（保留首条）"),

	/** A relation endpoint absent from product.json: created as a product. */
	PRODUCT_NOT_LISTED("relation endpoints missing from product.json, created", "产品不在 product.json 中（已创建）"),

	/** The same (company, product) pair stated again: one MAKES, with the first line's weight. */
	DUPLICATE_COMPANY_PRODUCT("duplicate (company, product) pairs, collapsed", "企业-产品重复（已合并）"),

	/** A weight below 0 or above 1 (accounting lines such as 分部间抵销): kept as given. */
	WEIGHT_OUT_OF_RANGE("weights < 0 or > 1 (accounting lines), kept", "权重小于 0 或大于 1（会计抵销项，保留）"),

	/** A weight that is not a finite number (NaN): the relationship is written without weight. */
	WEIGHT_NOT_A_NUMBER("weights not a number, left empty", "权重非数值（留空）"),

	/** A relation from a node to itself: skipped. */
	SELF_LOOP("self-loops, skipped", "自环（已跳过）"),

	/** A supply edge stated again (also as 上游材料 one way and 下游产品 the other): one SUPPLIES. */
	DUPLICATE_SUPPLY("supply edges stated more than once, one kept", "供应关系重复（保留一条）"),

	/** Any other relation stated again (行业上级, 所属行业, 产品小类): one relationship. */
	DUPLICATE_RELATION("other relations stated more than once, one kept", "其他关系重复（保留一条）");

	private final String english;

	private final String chinese;

	ChainKgQuirk(String english, String chinese) {
		this.english = english;
		this.chinese = chinese;
	}

	/** What it is and what the importer does about it, in English. */
	public String english() {
		return this.english;
	}

	/** The same in Chinese. */
	public String chinese() {
		return this.chinese;
	}

}
