package io.chaingraph.api.target;

/** Why a firm ranks where it does: each reason adds its weight to the score. */
public enum ReasonCode {

	/** Fills a MISSING segment. */
	FILLS_MISSING("填补断点"),
	/** Fills a WEAK segment (and no MISSING one). */
	FILLS_WEAK("补强短板"),
	/** Fills further gaps at once. */
	ADDITIONAL_GAPS("一企补多环节"),
	/** 链主 of this chain. */
	CHAIN_LEADER("链主企业"),
	/** 龙头 or 领航 of this chain. */
	LEADING_FIRM("龙头/领航企业"),
	/** A tag with a weight (专精特新, 专精特新小巨人, 单项冠军, 上市 …). */
	TAG("企业资质"),
	/** In the same city (the region lies below a city). */
	SAME_CITY("同市企业"),
	/** In the same province. */
	SAME_PROVINCE("同省企业"),
	/** In a neighbouring region. */
	NEIGHBOUR("相邻地区"),
	/** In a cooperation area partner. */
	COOPERATION_AREA("区域合作"),
	/** Supplies a firm of the region already. */
	SUPPLIES_REGION("已向本地企业供货"),
	/** Buys from a firm of the region already. */
	BUYS_FROM_REGION("已从本地企业采购");

	private final String label;

	ReasonCode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
